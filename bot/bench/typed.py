"""Typed-text benchmark: cost of reading a message, memory, and the first answer after start.

- per message: `bot.ask.answer` on real-world messages (tests/data/realworld_dev.jsonl) joined
  into messages of up to 1,000 characters, p50 / p99, next to the findings reader alone and the
  topic matcher alone in the same run (ratios), and on the longest messages Telegram carries
  (4,096 characters; the chat reads a message whole);
- the bot as a separate process: cold start to the first getUpdates, the reply to a long typed
  story sent the moment polling starts, and the resident memory after that answer.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.ask import answer, indexes_for
from bot.bench.foundation import (
    ROOT,
    _first_get_updates,
    _spawn,
    _stop,
    compile_bytecode,
    drop_bytecode,
)
from bot.content.library import load_bundle
from bot.localapi import LocalBotApi

CORPUS = ROOT / "tests" / "data" / "realworld_dev.jsonl"
MAX_TEXT = 1000
LONGEST = 4096  # Telegram's limit for a text message
STORY = (
    "I'm 58 and type 2 diabetic. For the last few months both my feet have been tingling and "
    "burning, worse at night, and now the numbness is creeping up to my ankles. No chest pain, "
    "no trouble peeing. What could this be and should I see someone?"
)


def messages(limit: int = MAX_TEXT) -> list[str]:
    """Real-world messages joined (a few at a time) into stories of up to `limit` characters."""
    texts = [json.loads(x)["text"] for x in CORPUS.read_text("utf-8").splitlines() if x.strip()]
    out: list[str] = []
    for i, t in enumerate(texts):
        joined = t
        k = i + 1
        while len(joined) < limit and k < i + 4 * limit // MAX_TEXT:
            joined += " " + texts[k % len(texts)]
            k += 1
        out.append(joined[:limit])
    return out


def _pct(samples: list[float], q: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(len(s) * q))]


def per_message(rounds: int = 3) -> dict[str, float]:
    bundle = load_bundle()
    idx = indexes_for(bundle)
    texts = messages()
    t0 = time.perf_counter()
    answer(texts[0], bundle)  # loads the embedding model
    first = time.perf_counter() - t0
    full: list[float] = []
    reader: list[float] = []
    topics: list[float] = []
    for _ in range(rounds):
        for text in texts:
            t = time.perf_counter()
            answer(text, bundle)
            full.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            idx.topics.rank([w for w, _ in idx.topics.terms_marked(text)])
            topics.append((time.perf_counter() - t) * 1000)
        # in a loop of its own: the reader keeps the message it read last, and right after
        # `answer` it would only look it up
        for text in texts:
            t = time.perf_counter()
            idx.detector.read(text)
            reader.append((time.perf_counter() - t) * 1000)
    longest: list[float] = []
    for text in messages(LONGEST)[::4]:
        t = time.perf_counter()
        answer(text, bundle)
        longest.append((time.perf_counter() - t) * 1000)
    return {
        "messages": len(texts),
        "chars_mean": statistics.mean(len(t) for t in texts),
        "first_call_s": first,
        "answer_ms_p50": _pct(full, 0.5),
        "answer_ms_p99": _pct(full, 0.99),
        "reader_ms_p50": _pct(reader, 0.5),
        "reader_ms_p99": _pct(reader, 0.99),
        "keyword_topics_ms_p50": _pct(topics, 0.5),
        "answer_vs_reader_p50": _pct(full, 0.5) / _pct(reader, 0.5),
        "longest_answer_ms_p50": _pct(longest, 0.5),
        "longest_answer_ms_p99": _pct(longest, 0.99),
        "longest_vs_answer_p50": _pct(longest, 0.5) / _pct(full, 0.5),
    }


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def first_answer(runs: int = 3, *, from_source: bool = False) -> dict[str, float]:
    """Start the bot, send a long story the moment it polls, time the reply; RSS after it.

    As deployed, the bot's modules are compiled (`compile_bytecode`); `from_source` starts it
    with none, as the systemd path did before its `compileall` step."""
    extra = drop_bytecode() if from_source else None
    if not from_source:
        compile_bytecode()
    starts, answers, rss = [], [], []
    async with LocalBotApi() as api:
        for n in range(runs):
            with tempfile.TemporaryDirectory() as tmp:
                since = len(api.calls)
                t0 = time.monotonic()
                proc = _spawn(api, Path(tmp) / "db.sqlite3", ["bot", "run"], extra)
                try:
                    polled = await _first_get_updates(api, since)
                    starts.append(polled - t0)
                    person = api.user(70_000 + n)
                    t1 = time.monotonic()
                    await person.send(STORY)
                    await person.reply(timeout=30)
                    answers.append(time.monotonic() - t1)
                    await asyncio.sleep(0.5)
                    rss.append(_rss_mb(proc.pid))
                finally:
                    await _stop(proc)
    return {
        "cold_start_s_median": statistics.median(starts),
        "first_answer_s_median": statistics.median(answers),
        "first_answer_s_max": max(answers),
        "rss_mb_after_first_answer": max(rss),
    }


def _starts(rounds: int = 5) -> dict[str, float]:
    """`first_answer` as deployed and from source, alternating (the machine is shared)."""
    runs: dict[bool, list[dict[str, float]]] = {False: [], True: []}
    for _ in range(rounds):
        for from_source in (False, True):
            runs[from_source].append(asyncio.run(first_answer(1, from_source=from_source)))
    compile_bytecode()

    def median(from_source: bool, key: str) -> float:
        return statistics.median(r[key] for r in runs[from_source])

    return {
        "cold_start_s_median": median(False, "cold_start_s_median"),
        "first_answer_s_median": median(False, "first_answer_s_median"),
        "first_answer_s_max": max(r["first_answer_s_max"] for r in runs[False]),
        "rss_mb_after_first_answer": max(r["rss_mb_after_first_answer"] for r in runs[False]),
        "cold_start_from_source_s_median": median(True, "cold_start_s_median"),
        "first_answer_from_source_s_median": median(True, "first_answer_s_median"),
        "cold_start_source_vs_compiled": (
            median(True, "cold_start_s_median") / median(False, "cold_start_s_median")
        ),
    }


def main(argv: Sequence[str] | None = None) -> int:
    results: dict[str, Any] = per_message()
    results.update(_starts())
    print("Typed-text benchmark (messages of up to 1,000 characters from the real-world set)")
    print(
        f"  per message: answer p50 {results['answer_ms_p50']:.2f} ms, "
        f"p99 {results['answer_ms_p99']:.2f} ms; findings reader alone p50 "
        f"{results['reader_ms_p50']:.2f} ms ({results['answer_vs_reader_p50']:.1f}x)"
    )
    print(
        f"  messages of up to {LONGEST:,} characters: answer p50 "
        f"{results['longest_answer_ms_p50']:.2f} ms, p99 {results['longest_answer_ms_p99']:.2f} ms "
        f"({results['longest_vs_answer_p50']:.1f}x)"
    )
    print(
        f"  bot process: cold start {results['cold_start_s_median']:.2f} s, first answer to a "
        f"typed story {results['first_answer_s_median']:.2f} s (max "
        f"{results['first_answer_s_max']:.2f} s), RSS {results['rss_mb_after_first_answer']:.0f} MB"
    )
    print(
        f"  ... the bot's modules not compiled (no bytecode): cold start "
        f"{results['cold_start_from_source_s_median']:.2f} s "
        f"({results['cold_start_source_vs_compiled']:.2f}x), first answer "
        f"{results['first_answer_from_source_s_median']:.2f} s"
    )
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
