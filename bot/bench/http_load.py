"""HTTP robustness of the webhook listener under hostile load (part of ``make bench``).

The listener runs in its own process (the real ``HttpServer`` + ``OpsRouter`` + webhook receiver,
with a 16 KB header / 1 MB body limit and the production timeouts). From outside:

1. **forged flood** — ``wrk`` (Debian package ``wrk``; the phase is skipped with a note when it is
   not installed) POSTs updates with a wrong secret over 64 connections for 5 s: requests/s, p50
   and p99, and every answer must be 403;
2. **held connections** — 1,000 idle keep-alive connections plus 3,000 half-open requests (a
   request head without its end) are held open;
3. **a real update meanwhile** — with the flood running and all those sockets held, one genuine
   update is POSTed: the time until it is accepted (200) and handed to the bot.

Run alone: ``python -m bot.bench.http_load``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Any

SECRET = "bench-secret-123"
PATH = "/telegram"


# ---------------------------------------------------------------- the server process


async def _serve(port_file: str) -> None:
    from bot.ops.metrics import Metrics
    from bot.ops.routes import HttpServer, OpsRouter, RecentIds, WebhookReceiver

    accepted = 0

    def parse(data: dict[str, Any]) -> dict[str, Any]:
        return data

    async def submit(update_id: int, update: dict[str, Any]) -> None:
        nonlocal accepted
        accepted += 1

    metrics = Metrics()
    receiver = WebhookReceiver(SECRET, parse, submit, recent=RecentIds(10_000), metrics=metrics)
    server = HttpServer(
        OpsRouter(metrics=metrics, webhook=receiver, webhook_path=PATH),
        "127.0.0.1",
        0,
        max_connections=8192,
    )
    await server.start()
    _write_port(port_file, server.port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(15, stop.set)
    await stop.wait()
    await server.close(grace=1)


def _write_port(path: str, port: int) -> None:
    with open(path, "w") as fh:
        fh.write(str(port))


def _read_port(path: str) -> int | None:
    try:
        with open(path) as fh:
            text = fh.read()
    except FileNotFoundError:
        return None
    return int(text) if text else None


# ---------------------------------------------------------------- the load side


def _raise_fd_limit() -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _wrk(port: int, seconds: int) -> dict[str, float] | None:
    wrk = shutil.which("wrk")
    if wrk is None:
        return None
    body = json.dumps({"update_id": 1, "message": {"text": "forged"}})
    script = (
        'wrk.method = "POST"\n'
        f"wrk.body = {json.dumps(body)}\n"
        'wrk.headers["Content-Type"] = "application/json"\n'
        'wrk.headers["X-Telegram-Bot-Api-Secret-Token"] = "wrong"\n'
        "done = function(summary, latency, requests)\n"
        '  io.write(string.format("P50 %d\\nP99 %d\\nNON2XX %d\\n", '
        "latency:percentile(50), latency:percentile(99), summary.errors.status))\n"
        "end\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(script)
    try:
        out = subprocess.run(
            [wrk, "-t1", "-c64", f"-d{seconds}s", "-s", fh.name, f"http://127.0.0.1:{port}{PATH}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(fh.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = float(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    p50 = float(re.search(r"P50 (\d+)", out).group(1)) / 1000  # type: ignore[union-attr]
    p99 = float(re.search(r"P99 (\d+)", out).group(1)) / 1000  # type: ignore[union-attr]
    non2xx = float(re.search(r"NON2XX (\d+)", out).group(1))  # type: ignore[union-attr]
    return {"rps": rps, "total": total, "p50_ms": p50, "p99_ms": p99, "non2xx": non2xx}


async def _hold(port: int, idle: int, half_open: int) -> list[asyncio.StreamWriter]:
    writers: list[asyncio.StreamWriter] = []
    for i in range(idle + half_open):
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        if i >= idle:
            writer.write(f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n".encode())
        writers.append(writer)
        if i % 200 == 0:
            await asyncio.sleep(0)
    return writers


async def _real_update(port: int, update_id: int) -> tuple[float, int]:
    body = json.dumps({"update_id": update_id, "message": {"text": "real"}}).encode()
    head = (
        f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"X-Telegram-Bot-Api-Secret-Token: {SECRET}\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    t0 = time.perf_counter()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(head + body)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), timeout=30)
    elapsed = time.perf_counter() - t0
    writer.close()
    status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.") else 0
    return elapsed, status


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def _run(seconds: int, idle: int, half_open: int) -> int:
    _raise_fd_limit()
    with tempfile.TemporaryDirectory() as tmp:
        port_file = os.path.join(tmp, "port")
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.bench.http_load", "--serve", port_file
        )
        try:
            port: int | None = None
            for _ in range(200):
                port = _read_port(port_file)
                if port is not None:
                    break
                await asyncio.sleep(0.05)
            assert port is not None, "the server did not start"
            rss0 = _rss_mb(proc.pid)
            idle_s, status = await _real_update(port, 1)
            print(
                f"  real update, server idle:               {idle_s * 1000:7.1f} ms (HTTP {status})"
            )
            flood = _wrk(port, seconds)
            if flood is None:
                print("  forged flood: skipped (wrk not installed: apt-get install wrk)")
            else:
                print(
                    f"  forged flood (wrk, 64 conns, {seconds} s):   {flood['rps']:8.0f} req/s, "
                    f"p50 {flood['p50_ms']:.1f} ms, p99 {flood['p99_ms']:.1f} ms, "
                    f"2xx answers to forged requests: {flood['total'] - flood['non2xx']:.0f}"
                )
            t0 = time.perf_counter()
            held = await _hold(port, idle, half_open)
            await asyncio.sleep(0.5)
            print(
                f"  held: {idle} idle + {half_open} half-open connections "
                f"(opened in {time.perf_counter() - t0:.1f} s); server RSS "
                f"{rss0:.0f} -> {_rss_mb(proc.pid):.0f} MB"
            )
            flood_task = asyncio.create_task(asyncio.to_thread(_wrk, port, 3))
            await asyncio.sleep(1.0)
            busy_s, status = await _real_update(port, 2)
            print(
                f"  real update, flood + held sockets:      {busy_s * 1000:7.1f} ms (HTTP {status})"
            )
            await flood_task
            alive = proc.returncode is None
            print(f"  server still up: {alive}")
            for w in held:
                w.close()
            return 0 if alive and status == 200 else 1
        finally:
            if proc.returncode is None:
                proc.terminate()
                try:
                    await asyncio.wait_for(proc.wait(), timeout=10)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", metavar="PORT_FILE", help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--idle", type=int, default=1000)
    parser.add_argument("--half-open", type=int, default=3000)
    args = parser.parse_args(argv)
    if args.serve:
        asyncio.run(_serve(args.serve))
        return 0
    print("HTTP listener under hostile load (aiohttp)")
    return asyncio.run(_run(args.seconds, args.idle, args.half_open))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
