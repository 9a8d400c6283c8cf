"""``python -m bot.ops.healthcheck [PATH]``: exit 0 when the local ops listener says healthy.

Used by the Docker ``HEALTHCHECK``. Reads ``PINBOT_LISTEN`` (host:port, default
127.0.0.1:8080); a wildcard bind address is probed on loopback. Standard library only, so it
starts fast and never loads the bot.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request


def probe_url(listen: str | None, path: str = "/healthz") -> str:
    host, _, port = (listen or "127.0.0.1:8080").strip().rpartition(":")
    host = host.strip("[]")
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}{path}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    url = probe_url(os.environ.get("PINBOT_LISTEN"), args[0] if args else "/healthz")
    try:
        with urllib.request.urlopen(url, timeout=4) as resp:
            ok = resp.status == 200
            body = resp.read(512)
    except urllib.error.HTTPError as exc:
        ok, body = False, exc.read(512)
    except OSError as exc:
        print(f"healthcheck: {url}: {exc}", file=sys.stderr)
        return 1
    print(body.decode("utf-8", "replace").strip())
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
