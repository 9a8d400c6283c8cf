"""Guard handlers that run before everything else."""

from __future__ import annotations

from bot.ops.floodguard import flood_guard

__all__ = ["flood_guard"]
