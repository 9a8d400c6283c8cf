"""The `pinbot` console script (also `python -m bot`)."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from bot.config import ConfigError, Settings
from bot.storage.migrate import DatabaseError

log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pinbot", description="Pinbot: help with pins and needles in the leg, on Telegram."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    sub.add_parser("run", help="serve Telegram (long polling, or webhook when configured)")
    sub.add_parser("chat", help="talk to the bot in this terminal: no token, no network")

    content = sub.add_parser("content", help="content tools").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    content.add_parser("check", help="validate everything under content/")
    sheet = content.add_parser(
        "sheet", help="draw every exercise illustration into one PNG (docs/ contact sheet)"
    )
    sheet.add_argument("path", nargs="?", default="docs/exercises-contact-sheet.png")

    db = sub.add_parser("db", help="database tools").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    db.add_parser("migrate", help="apply pending migrations and print the schema version")
    backup = db.add_parser("backup", help="consistent online copy of the database")
    backup.add_argument("path")
    restore = db.add_parser("restore", help="replace the (stopped) database with a backup")
    restore.add_argument("path")

    ev = sub.add_parser("eval", help="machine-readable evaluations (JSONL in, JSONL out)")
    ev_sub = ev.add_subparsers(dest="action", metavar="ACTION", required=True)
    ev_sub.add_parser("triage", help="run the symptom check for each line of findings")
    ev_sub.add_parser("ask", help="answer each line's question as the chat would")

    bench = sub.add_parser("bench", help="benchmarks").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    bench.add_parser("reminders", help="reminder dispatcher benchmark", add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `bench reminders` and the eval tools parse their own options.
    if args_list[:2] == ["bench", "reminders"]:
        from bot.bench.reminders import main as bench_main

        return _guard(lambda: bench_main(args_list[2:]))
    args = _parser().parse_args(args_list)
    command = args.command
    if command == "run":
        return _guard(_run)
    if command == "chat":
        from bot.chat import main as chat_main

        return _guard(lambda: chat_main([]))
    if command == "content":
        if args.action == "sheet":
            from bot.contentcheck import write_sheet

            return write_sheet(args.path)
        from bot.contentcheck import main as check_main

        return check_main([])
    if command == "db":
        return _guard(lambda: _db(args.action, getattr(args, "path", None)))
    if command == "eval":
        if args.action == "triage":
            from bot.triage.eval_cli import main as triage_main

            return triage_main([])
        from bot.ask.eval_cli import main as ask_main

        return ask_main([])
    return 2  # pragma: no cover - argparse already refused


def _settings() -> Settings:
    return Settings.from_env(os.environ)


def _db(action: str, path: str | None) -> int:
    from pathlib import Path

    from bot.storage.migrate import migrate

    settings = _settings()
    if action == "migrate":
        if settings.db_url is not None:
            import asyncio

            from bot.storage.pg import migrate_pg

            version, applied = asyncio.run(migrate_pg(settings.db_url.get()))
        else:
            version, applied = migrate(settings.db_path)
        done = ", ".join(f"{v:03d}" for v in applied) or "none pending"
        print(f"schema version {version} ({done}) at {settings.db_label}")
        return 0
    if settings.db_url is not None:
        # PostgreSQL has its own tools, which an operations team already uses; copying tables
        # by hand here would only pretend to be a backup.
        tool = (
            'pg_dump --format=custom --file=pinbot.dump "$PINBOT_DB"'
            if action == "backup"
            else 'pg_restore --clean --if-exists --dbname="$PINBOT_DB" pinbot.dump'
        )
        print(
            f"pinbot db {action} works on SQLite files only; {settings.db_label} is PostgreSQL: "
            f"use {tool} (see deploy/README.md)",
            file=sys.stderr,
        )
        return 2
    from bot.ops.backup import backup, restore

    assert path is not None
    if action == "backup":
        backup(settings.db_path, Path(path))
        print(f"backed up {settings.db_path} to {path}")
        return 0
    restore(Path(path), settings.db_path)
    print(f"restored {settings.db_path} from {path}")
    return 0


def _run() -> int:
    # Start-up allocates a great deal and frees little (modules, content, the application):
    # the cyclic collector would walk that heap again and again for nothing. It is switched
    # back on when the bot is ready to take updates (`bot.app._post_init`).
    gc.disable()
    from bot.app import build_application
    from bot.logs import setup_logging

    settings = _settings()
    token = settings.require_token()
    setup_logging(
        settings.log_level,
        secrets=[token.get()],
        json_format=settings.log_format == "json",
    )
    from bot.config import ALLOWED_UPDATES
    from bot.ops.preflight import wait_for_telegram

    wait_for_telegram(token.get(), settings.api_base_url)
    app = build_application(settings)
    if settings.webhook_mode or settings.listen_set:
        from bot.ops.serve import run_server

        return run_server(settings, app)
    app.run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0


def _guard(action: Callable[[], int]) -> int:
    """Turn expected failures into one readable line; never print the token."""
    try:
        return action()
    except ConfigError as exc:
        print(f"pinbot: {exc}", file=sys.stderr)
        return 2
    except DatabaseError as exc:
        print(f"pinbot: database: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:
        text = traceback.format_exc()
        token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
        if token:
            text = text.replace(token, "[REDACTED]")
        print(text, file=sys.stderr, end="")
        return 1
