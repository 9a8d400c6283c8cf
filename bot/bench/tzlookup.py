"""`python -m bot.bench.tzlookup`: the cost of looking up a shared location's time zone with
timezonefinder (bot/reminders/tzinput.py): import time, memory, time per lookup.

Runs in a fresh interpreter so the figures are the lookup's own (nothing else imported).
"""

from __future__ import annotations

import subprocess
import sys

_PROBE = r"""
import random, resource, time
rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
from bot.reminders.tzinput import tz_from_location
t1 = time.perf_counter()
tz_from_location(49.842, 24.032)  # first lookup: imports timezonefinder, opens its data
t2 = time.perf_counter()
rnd = random.Random(15)
points = [(rnd.uniform(-60, 70), rnd.uniform(-180, 180)) for _ in range(20000)]
t3 = time.perf_counter()
for lat, lon in points:
    tz_from_location(lat, lon)
t4 = time.perf_counter()
rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{(t1 - t0) * 1000:.0f} {(t2 - t1) * 1000:.0f} {(t4 - t3) / len(points) * 1e6:.1f} "
      f"{(rss1 - rss0) / 1024:.1f}")
"""


def main(argv: list[str] | None = None) -> int:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    imp, first, per, rss = out
    print("time zone of a shared location (timezonefinder, lazy)")
    print(f"  import tzinput: {imp} ms; first lookup (loads timezonefinder): {first} ms")
    print(f"  per lookup: {per} µs (20,000 random points); memory: +{rss} MiB RSS")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
