"""`make bench`: every benchmark, figures printed (see README for the latest numbers)."""

from __future__ import annotations

import sys

from bot.bench import core


def main() -> int:
    status = core.main([])
    try:
        from bot.bench import reminders
    except ImportError:
        print("reminder benchmark not available", file=sys.stderr)
        return status
    return status or reminders.main(["--schedules", "100000"])


raise SystemExit(main())
