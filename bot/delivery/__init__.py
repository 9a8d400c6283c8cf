"""Sending what is due: the paced reminder dispatcher (reads the schedule store, talks to
Telegram through a send function, handles 429/5xx/403). Above storage, below the handlers."""
