"""Pinbot: a Telegram bot for adults who get pins and needles in a leg."""

__version__ = "0.1.0"
