"""`make bench`: every benchmark, figures printed (see README for the latest numbers)."""

from __future__ import annotations

from bot.bench import chaos, diary, foundation, http_load, reminders, replicas, typed, tzlookup


def main() -> int:
    status = foundation.main([])
    print()
    status = status or typed.main([])
    print()
    status = status or chaos.main([])
    print()
    status = status or http_load.main([])
    print()
    status = status or tzlookup.main([])
    print()
    status = status or diary.main([])
    print()
    status = status or reminders.main(["--schedules", "100000"])
    print()
    return status or replicas.main([])


raise SystemExit(main())
