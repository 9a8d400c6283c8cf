"""`make bench`: every benchmark, figures printed (see README for the latest numbers)."""

from __future__ import annotations

from bot.bench import chaos, foundation, reminders, replicas, typed


def main() -> int:
    status = foundation.main([])
    print()
    status = status or typed.main([])
    print()
    status = status or chaos.main([])
    print()
    status = status or reminders.main(["--schedules", "100000"])
    print()
    return status or replicas.main([])


raise SystemExit(main())
