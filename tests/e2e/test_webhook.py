"""Webhook mode and the ops endpoints, end to end: the real Application behind our listener.

The local Bot API server does not push to webhooks, so the tests play Telegram's part: they take
the updates the simulated people produced and POST them to the bot's listener.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.app import PinbotApp, build_application
from bot.config import Settings
from bot.context import services_of
from bot.localapi import LocalBotApi, SimUser
from bot.ops.serve import serve
from bot.ops.state import ops_of

SECRET = "webhook-Secret_123"
URL = "https://bot.example.org/telegram"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def take_updates(api: LocalBotApi) -> list[dict[str, Any]]:
    """What Telegram would push to the webhook (and then forget)."""
    pending: list[dict[str, Any]] = list(api._updates)
    api._updates.clear()
    return pending


class Hook:
    def __init__(self, api: LocalBotApi, port: int) -> None:
        self.api = api
        self.base = f"http://127.0.0.1:{port}"
        self.client = httpx.AsyncClient(base_url=self.base, timeout=10)

    async def post(
        self, update: dict[str, Any] | bytes, secret: str | None = SECRET
    ) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        body = update if isinstance(update, bytes) else json.dumps(update).encode()
        return await self.client.post("/telegram", content=body, headers=headers)


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def webhook_env(bot_env: dict[str, str], port: int) -> dict[str, str]:
    return {
        **bot_env,
        "PINBOT_WEBHOOK_URL": URL,
        "PINBOT_WEBHOOK_SECRET": SECRET,
        "PINBOT_LISTEN": f"127.0.0.1:{port}",
    }


@contextlib.asynccontextmanager
async def serving(settings: Settings, api: LocalBotApi | None = None) -> AsyncIterator[PinbotApp]:
    """Run ``serve()`` in this loop. With ``api``, the local Bot API server pushes updates to the
    bot's listener like Telegram does (the registered https URL points at a public host that
    stands for the reverse proxy; here the proxy is skipped)."""
    app = build_application(settings)
    stop, started = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(
        serve(settings, app, stop=stop, install_signals=False, started=started)
    )
    waiter = asyncio.create_task(started.wait())
    done, _ = await asyncio.wait({task, waiter}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        waiter.cancel()
        task.result()  # raises the start-up error
    assert started.is_set()
    if api is not None and settings.webhook_mode:
        assert api.webhook["url"] == settings.webhook_url
        api.webhook["url"] = f"http://127.0.0.1:{settings.listen_port}/telegram"
    try:
        yield app
    finally:
        stop.set()
        assert await asyncio.wait_for(task, timeout=15) == 0


@pytest.fixture
async def webhook_bot(webhook_env: dict[str, str], api: LocalBotApi) -> AsyncIterator[PinbotApp]:
    async with serving(Settings.from_env(webhook_env), api) as app:
        yield app


@pytest.fixture
async def hook(api: LocalBotApi, port: int) -> AsyncIterator[Hook]:
    h = Hook(api, port)
    yield h
    await h.client.aclose()


@pytest.fixture
def ann(api: LocalBotApi) -> SimUser:
    return api.user(4242, first_name="Ann")


async def test_webhook_is_registered_with_the_secret(
    webhook_bot: PinbotApp, api: LocalBotApi
) -> None:
    [call] = [c for c in api.calls if c.method == "setWebhook"]
    assert call.ok and call.params["url"] == URL
    assert call.params["secret_token"] == SECRET
    assert api.webhook["secret_token"] == SECRET
    assert "message" in api.webhook["allowed_updates"]


async def test_right_secret_is_processed(
    webhook_bot: PinbotApp, api: LocalBotApi, ann: SimUser
) -> None:
    await ann.send("/help")
    assert "/triage" in (await ann.reply()).text
    assert api.webhook_deliveries[-1][1] == 200
    assert "last_error_message" not in api.webhook


def forged_update(uid: int, text: str = "/help") -> dict[str, Any]:
    return {
        "update_id": 700_000 + uid % 1000,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": uid, "type": "private", "first_name": "Ann"},
            "from": {"id": uid, "is_bot": False, "first_name": "Ann"},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text)}],
        },
    }


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", SECRET.lower()])
async def test_missing_or_wrong_secret_is_403_and_nothing_processed(
    webhook_bot: PinbotApp, hook: Hook, ann: SimUser, secret: str | None
) -> None:
    r = await hook.post(forged_update(ann.user_id), secret=secret)
    assert r.status_code == 403
    assert await ann.quiet(0.5)
    assert ops_of(webhook_bot).metrics.updates.labels(kind="command")._value.get() == 0


@pytest.mark.parametrize(
    "body",
    [b"{", b"[]", b'{"update_id": "x"}', b'{"message": {}}', b'{"update_id": 5, "message": 7}'],
)
async def test_malformed_body_is_400(webhook_bot: PinbotApp, hook: Hook, body: bytes) -> None:
    r = await hook.post(body)
    assert r.status_code == 400
    await asyncio.sleep(0.1)
    assert sum(s.value for s in _samples(webhook_bot, "pinbot_updates_total")) == 0


def _samples(app: PinbotApp, name: str) -> list[Any]:
    text = ops_of(app).metrics.render().decode()
    return [s for f in text_string_to_metric_families(text) for s in f.samples if s.name == name]


async def test_duplicate_update_id_is_processed_once(
    webhook_bot: PinbotApp, hook: Hook, ann: SimUser
) -> None:
    update = forged_update(ann.user_id)
    responses = await asyncio.gather(*(hook.post(update) for _ in range(5)))
    responses.append(await hook.post(update))
    assert all(r.status_code == 200 for r in responses)
    assert sum(r.json().get("duplicate", False) for r in responses) == 5
    await ann.reply()
    assert await ann.quiet(0.5)
    assert len(ann.bot_messages) == 1


async def test_duplicate_is_recognised_after_a_restart(
    webhook_env: dict[str, str], api: LocalBotApi, port: int, ann: SimUser
) -> None:
    settings = Settings.from_env(webhook_env)
    hook = Hook(api, port)
    update = forged_update(ann.user_id)
    try:
        async with serving(settings):
            assert (await hook.post(update)).status_code == 200
            await ann.reply()
        async with serving(settings):
            r = await hook.post(update)
            assert r.status_code == 200 and r.json()["duplicate"] is True
            assert await ann.quiet(0.5)
    finally:
        await hook.client.aclose()


async def test_healthz(webhook_bot: PinbotApp, hook: Hook, monkeypatch: pytest.MonkeyPatch) -> None:
    r = await hook.client.get("/healthz")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["db"] == "ok" and body["heartbeat"] == "ok"
    db = services_of(webhook_bot).db

    async def broken() -> bool:
        return False

    monkeypatch.setattr(db, "ping", broken)
    r = await hook.client.get("/healthz")
    assert r.status_code == 503 and r.json()["db"] == "fail"


async def test_healthz_fails_when_the_heartbeat_is_stale(
    webhook_bot: PinbotApp, hook: Hook
) -> None:
    health = ops_of(webhook_bot).health
    assert health is not None
    health.max_age = 0.0
    await asyncio.sleep(0.01)
    r = await hook.client.get("/healthz")
    assert r.status_code == 503 and r.json()["heartbeat"] == "stale"


async def test_metrics(webhook_bot: PinbotApp, hook: Hook, ann: SimUser, api: LocalBotApi) -> None:
    await ann.send("/help")
    await ann.send("hello there")
    await ann.replies(2)
    await hook.post({"update_id": 999_999}, secret="nope")
    api.faults.add(method="sendMessage", kind="429", count=1)
    await ann.send("/about")
    await ann.reply(timeout=10)
    r = await hook.client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(r.text)
        for s in f.samples
    }
    assert samples[("pinbot_updates_total", (("kind", "command"),))] == 2
    assert samples[("pinbot_updates_total", (("kind", "text"),))] == 1
    api_calls = "pinbot_bot_api_calls_total"
    assert samples[(api_calls, (("method", "setWebhook"), ("outcome", "ok")))] == 1
    assert samples[(api_calls, (("method", "sendMessage"), ("outcome", "ok")))] >= 3
    assert samples[(api_calls, (("method", "sendMessage"), ("outcome", "429")))] == 1
    assert samples[("pinbot_webhook_requests_total", (("result", "forbidden"),))] == 1
    assert samples[("pinbot_webhook_requests_total", (("result", "accepted"),))] == 3
    for name in (
        "pinbot_handler_errors_total",
        "pinbot_reminders_due_total",
        "pinbot_reminders_sent_total",
        "pinbot_reminders_late_total",
        "pinbot_reminder_lateness_seconds_count",
        "pinbot_active_schedules",
    ):
        assert (name, ()) in samples, name
    assert "pinbot_triage_outcomes_total" in r.text


async def test_handler_errors_are_counted(
    webhook_bot: PinbotApp, hook: Hook, ann: SimUser, api: LocalBotApi
) -> None:
    api.faults.add(method="sendMessage", kind="400", count=1)
    await ann.send("/help")
    assert "something went wrong" in (await ann.reply()).text
    errors = ops_of(webhook_bot).metrics.handler_errors
    for _ in range(100):  # the counting error handler runs after the one that replies
        if errors._value.get() == 1:
            break
        await asyncio.sleep(0.02)
    assert errors._value.get() == 1


async def test_polling_mode_serves_ops_endpoints_when_listen_is_set(
    bot_env: dict[str, str], api: LocalBotApi, port: int, ann: SimUser
) -> None:
    settings = Settings.from_env({**bot_env, "PINBOT_LISTEN": f"127.0.0.1:{port}"})
    async with serving(settings), httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as c:
        await ann.send("/help")
        assert "/triage" in (await ann.reply(timeout=10)).text
        assert (await c.get("/healthz")).status_code == 200
        assert "pinbot_updates_total" in (await c.get("/metrics")).text
        assert (await c.post("/telegram", content=b"{}")).status_code == 404  # no webhook here


async def test_second_instance_on_the_same_database_refuses_to_start(
    webhook_bot: PinbotApp, webhook_env: dict[str, str]
) -> None:
    from bot.ops.lock import DatabaseInUse

    other = {**webhook_env, "PINBOT_LISTEN": f"127.0.0.1:{free_port()}"}
    with pytest.raises(DatabaseInUse):
        async with serving(Settings.from_env(other)):
            pass  # pragma: no cover


@pytest.mark.slow
async def test_sigterm_during_a_delivery_storm_loses_nothing(
    api: LocalBotApi,
    port: int,
    webhook_env: dict[str, str],
    spawn_bot: Callable[..., subprocess.Popen[bytes]],
    db_path: Path,
) -> None:
    proc = spawn_bot({k: v for k, v in webhook_env.items() if k.startswith("PINBOT_")})
    hook = Hook(api, port)
    try:
        for _ in range(200):
            with contextlib.suppress(httpx.HTTPError):
                if (await hook.client.get("/healthz")).status_code == 200:
                    break
            await asyncio.sleep(0.1)
        else:
            pytest.fail("the bot did not become healthy")
        people = [api.user(50_000 + i, first_name=f"P{i}") for i in range(25)]
        for round_ in range(4):
            for person in people:
                await person.send("/help" if round_ % 2 == 0 else "/about")
        updates = take_updates(api)
        assert len(updates) == 100

        accepted: list[dict[str, Any]] = []
        refused = 0

        async def deliver(update: dict[str, Any]) -> None:
            nonlocal refused
            try:
                r = await hook.post(update)
            except httpx.HTTPError:
                refused += 1  # listener closed: Telegram would deliver it again later
                return
            if r.status_code == 200:
                accepted.append(update)
            else:
                refused += 1

        async def storm() -> None:
            # ten deliveries at a time, like Telegram's parallel webhook connections
            for i in range(0, len(updates), 10):
                await asyncio.gather(*(deliver(u) for u in updates[i : i + 10]))

        storm_task = asyncio.create_task(storm())
        while len(accepted) < 40:  # noqa: ASYNC110 - polling a plain counter
            await asyncio.sleep(0.005)
        proc.send_signal(signal.SIGTERM)
        await storm_task
        out, _ = await asyncio.to_thread(proc.communicate, timeout=30)
        assert proc.returncode == 0, out.decode(errors="replace")[-3000:]
        assert len(accepted) + refused == 100 and len(accepted) >= 40
        # Every accepted update got its reply before the process exited.
        expected: dict[int, int] = {}
        for u in accepted:
            uid = u["message"]["from"]["id"]
            expected[uid] = expected.get(uid, 0) + 1
        for person in people:
            assert len(person.bot_messages) == expected.get(person.user_id, 0), person
        text = out.decode("utf-8", "replace")
        assert "stopped cleanly" in text
    finally:
        await hook.client.aclose()


async def test_reminder_and_triage_metrics(
    webhook_bot: PinbotApp, hook: Hook, ann: SimUser, db_path: Path
) -> None:
    await ann.send("/start")
    await ann.reply()
    with sqlite3.connect(db_path) as conn:
        now = int(time.time())
        conn.execute(
            "INSERT INTO reminder_schedules (user_id, chat_id, interval_min, start_min, end_min,"
            " weekdays, tz, created_at, updated_at) VALUES (?, ?, 60, 540, 1020, 31, 'UTC', ?, ?)",
            (ann.user_id, ann.user_id, now, now),
        )
        conn.executemany(
            "INSERT INTO triage_outcomes (user_id, level, date) VALUES (?, ?, '2025-01-01')",
            [(ann.user_id, "emergency"), (ann.user_id, "self_care"), (ann.user_id, "self_care")],
        )
    conn.close()
    dispatcher = services_of(webhook_bot).dispatcher
    dispatcher.stats.sent += 2
    dispatcher.stats.missed += 1
    dispatcher.stats.lateness.extend([0.3, 125.0])

    def value(text: str, name: str, **labels: str) -> float:
        for family in text_string_to_metric_families(text):
            for s in family.samples:
                if s.name == name and s.labels == labels:
                    return float(s.value)
        raise KeyError(name)

    text = (await hook.client.get("/metrics")).text
    assert value(text, "pinbot_active_schedules") == 1
    assert value(text, "pinbot_triage_outcomes_total", level="self_care") == 2
    assert value(text, "pinbot_triage_outcomes_total", level="emergency") == 1
    assert value(text, "pinbot_reminders_due_total") == 3
    assert value(text, "pinbot_reminders_sent_total") == 2
    assert value(text, "pinbot_reminders_late_total") == 1
    assert value(text, "pinbot_reminder_lateness_seconds_bucket", le="0.5") == 1
    # Scraping again counts nothing twice; deleting rows never lowers a counter.
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM triage_outcomes")
    conn.close()
    text = (await hook.client.get("/metrics")).text
    assert value(text, "pinbot_triage_outcomes_total", level="self_care") == 2
    assert value(text, "pinbot_reminders_sent_total") == 2


async def test_backup_while_running_and_restore_refused(
    webhook_bot: PinbotApp, ann: SimUser, db_path: Path, tmp_path: Path
) -> None:
    await ann.send("/start")
    await ann.reply()
    backup_path = tmp_path / "backup.sqlite3"
    run = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "db",
        "backup",
        str(backup_path),
        env={**os.environ, "PINBOT_DB": str(db_path)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await run.communicate()
    assert run.returncode == 0, err.decode()
    with sqlite3.connect(backup_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 1
    conn.close()
    run = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "db",
        "restore",
        str(backup_path),
        env={**os.environ, "PINBOT_DB": str(db_path)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await run.communicate()
    assert run.returncode == 1
    assert "in use by a running bot" in err.decode()
    assert "Traceback" not in err.decode()
