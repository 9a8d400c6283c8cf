"""Update delivery: getUpdates long polling and webhooks (set/delete/info and the delivery loop)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from typing import Any

from bot.localapi.core import ApiCore
from bot.localapi.models import ApiError, bad_request
from bot.localapi.params import Params

LOOPBACK_URL_RE = re.compile(r"^http://(127\.0\.0\.1|localhost)(:[0-9]+)?(/|$)")
# update types delivered when allowed_updates is [] (Telegram's default set)
DEFAULT_UPDATE_TYPES_EXCLUDED = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)
CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
    "delete the webhook first"
)


class UpdateMethods:
    """getUpdates, setWebhook, deleteWebhook, getWebhookInfo and the webhook delivery loop."""

    def __init__(self, core: ApiCore) -> None:
        self.core = core

    def _allowed(self, update: dict[str, Any]) -> bool:
        kinds = [k for k in update if k != "update_id"]
        if not kinds:
            return True
        kind = kinds[0]
        if self.core._allowed_updates:
            return kind in self.core._allowed_updates
        return kind not in DEFAULT_UPDATE_TYPES_EXCLUDED

    async def get_updates(self, p: Params) -> Any:
        if self.core.webhook.get("url"):
            raise ApiError(409, CONFLICT_WEBHOOK)
        offset = p.integer("offset")
        limit = p.integer("limit") or 100
        limit = max(1, min(100, limit))
        timeout = max(0, p.integer("timeout") or 0)
        allowed = p.json("allowed_updates")
        if isinstance(allowed, list):
            self.core._allowed_updates = [str(a) for a in allowed]
        self.core._poll_generation += 1
        generation = self.core._poll_generation
        assert self.core._update_pulse is not None
        self.core._update_pulse.notify()  # an older long poll (if any) ends with a conflict
        if offset is not None:
            if offset < 0:
                self.core._updates = self.core._updates[offset:]
            else:
                self.core._updates = [
                    u for u in self.core._updates if int(u["update_id"]) >= offset
                ]
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            dropped = [u for u in self.core._updates if not self._allowed(u)]
            if dropped:
                self.core._updates = [u for u in self.core._updates if self._allowed(u)]
            if self.core._updates:
                return self.core._updates[:limit]
            if generation != self.core._poll_generation:
                raise ApiError(409, CONFLICT_POLL)
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            await self.core._update_pulse.wait(remaining)
            if generation != self.core._poll_generation:
                raise ApiError(409, CONFLICT_POLL)

    async def delete_webhook(self, p: Params) -> Any:
        if p.flag("drop_pending_updates"):
            self.core._updates.clear()
        self.core.webhook = {}
        await self.stop_webhook_delivery()
        return True

    async def set_webhook(self, p: Params) -> Any:
        url = p.string("url") or ""
        secret = p.string("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise bad_request("secret token contains unallowed characters")
        if url and not (url.startswith("https://") or LOOPBACK_URL_RE.match(url)):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if p.flag("drop_pending_updates"):
            self.core._updates.clear()
        self.core.webhook = {"url": url, "secret_token": secret} if url else {}
        if url:
            allowed = p.json("allowed_updates")
            if isinstance(allowed, list):
                self.core.webhook["allowed_updates"] = allowed
                self.core._allowed_updates = [str(a) for a in allowed]
            self._start_webhook_delivery()
        else:
            await self.stop_webhook_delivery()
        return True

    @property
    def webhook_mode(self) -> bool:
        """True while a webhook is set: updates are POSTed to it instead of getUpdates."""
        return bool(self.core.webhook.get("url"))

    def _start_webhook_delivery(self) -> None:
        if self.core._webhook_task is None or self.core._webhook_task.done():
            self.core._webhook_task = asyncio.create_task(self._webhook_loop())
        elif self.core._update_pulse is not None:
            self.core._update_pulse.notify()

    async def stop_webhook_delivery(self) -> None:
        task, self.core._webhook_task = self.core._webhook_task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _webhook_loop(self) -> None:
        """Deliver updates one at a time, in order, retrying until the bot answers 2xx."""
        import httpx  # a dependency of python-telegram-bot

        assert self.core._update_pulse is not None
        turn = 0
        async with httpx.AsyncClient(timeout=10.0) as client:
            while self.webhook_mode:
                self.core._updates = [u for u in self.core._updates if self._allowed(u)]
                if not self.core._updates:
                    await self.core._update_pulse.wait(1.0)
                    continue
                update = self.core._updates[0]
                headers = {"Content-Type": "application/json"}
                if self.core.webhook.get("secret_token"):
                    headers["X-Telegram-Bot-Api-Secret-Token"] = self.core.webhook["secret_token"]
                targets = self.core.webhook_targets
                url = targets[turn % len(targets)] if targets else self.core.webhook["url"]
                try:
                    resp = await client.post(url, content=json.dumps(update), headers=headers)
                    status: int | None = resp.status_code
                    error = (
                        None
                        if 200 <= resp.status_code < 300
                        else f"Wrong response from "
                        f"the webhook: {resp.status_code} {resp.reason_phrase}"
                    )
                except httpx.HTTPError as exc:
                    status, error = None, f"Connection failed: {exc!r}"
                self.core.webhook_deliveries.append((int(update["update_id"]), status))
                if error is None:
                    every = self.core.webhook_repeat_every
                    if targets and every and int(update["update_id"]) % every == 0:
                        again = targets[(turn + 1) % len(targets)]
                        with contextlib.suppress(httpx.HTTPError):
                            await client.post(again, content=json.dumps(update), headers=headers)
                    turn += 1
                    if self.core._updates and self.core._updates[0] is update:
                        self.core._updates.pop(0)
                else:
                    self.core.webhook["last_error_date"] = int(self.core.clock())
                    self.core.webhook["last_error_message"] = error
                    await asyncio.sleep(self.core.webhook_retry_delay)

    async def get_webhook_info(self, p: Params) -> Any:
        info: dict[str, Any] = {
            "url": self.core.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.core._updates),
        }
        for key in ("allowed_updates", "last_error_date", "last_error_message"):
            if key in self.core.webhook:
                info[key] = self.core.webhook[key]
        return info
