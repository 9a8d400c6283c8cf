"""Typed settings built from an environment mapping.

Tests pass a plain dict; production passes ``os.environ``. Every bad value stops start-up with
one line that names the variable and says what is expected. The token is a :class:`Secret`,
which never prints its value.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DB = "./data/pinbot.sqlite3"
_TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,100}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Anything that looks like a URL or a driver prefix but is not PostgreSQL (mysql://, sqlite:,
# file:) is refused rather than taken as a folder name.
_URL_LIKE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(//|[^\\/])")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

# The updates the bot asks Telegram for. Edits of old messages are not asked for:
# re-answering an edited message would only confuse.
ALLOWED_UPDATES = ["message", "callback_query"]


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable."""


class Secret:
    """A string that never shows itself in ``str``, ``repr`` or f-strings."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass(frozen=True)
class Settings:
    token: Secret | None = None
    api_base_url: str = DEFAULT_API_BASE_URL
    db_path: Path = Path(DEFAULT_DB)
    # PINBOT_DB=postgresql://...: PostgreSQL instead of the SQLite file (several replicas).
    db_url: Secret | None = None
    log_level: str = "INFO"
    log_format: str = "text"
    # Production settings (webhook, ops listener, admins, retention).
    webhook_url: str | None = None
    webhook_secret: Secret | None = None
    listen_host: str = "127.0.0.1"
    listen_port: int = 8080
    listen_set: bool = False
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    retention_days: int = 90
    # Reminder delivery pace (messages per second for all reminder traffic together).
    reminder_pace: float = 25.0
    # reminders carry the exercise's picture (PINBOT_REMINDER_PICTURES=0: text only)
    reminder_pictures: bool = True
    # How many chats are processed at once (updates of one chat always run in order).
    max_concurrent_updates: int = 256

    @property
    def db_target(self) -> Path | str:
        """What ``Database.open`` takes: the SQLite path or the PostgreSQL URL."""
        return self.db_path if self.db_url is None else self.db_url.get()

    @property
    def shared_db(self) -> bool:
        """True on PostgreSQL: other replicas may use the same database at the same time."""
        return self.db_url is not None

    @property
    def db_label(self) -> str:
        """The database for messages: the path, or the URL without its password."""
        if self.db_url is None:
            return str(self.db_path)
        parts = urlsplit(self.db_url.get())
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        user = f"{parts.username}@" if parts.username else ""
        return f"{parts.scheme}://{user}{host}{port}{parts.path}"

    @property
    def webhook_mode(self) -> bool:
        return self.webhook_url is not None

    def require_token(self) -> Secret:
        if self.token is None:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set: expected the token from @BotFather, "
                "like 123456789:AAE... (or run `pinbot chat` to try the bot without one)"
            )
        return self.token

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        def get(name: str) -> str | None:
            value = env.get(name)
            if value is None:
                return None
            value = value.strip()
            return value or None

        token_raw = get("TELEGRAM_BOT_TOKEN")
        token = None
        if token_raw is not None:
            if not _TOKEN_RE.match(token_raw):
                raise ConfigError(
                    "TELEGRAM_BOT_TOKEN is malformed: expected digits, a colon and the key, "
                    "like 123456789:AAE... (the value is not shown)"
                )
            token = Secret(token_raw)

        base_url = get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL
        if not re.match(r"^https?://[^\s/]+(/\S*)?$", base_url):
            raise ConfigError(
                "TELEGRAM_API_BASE_URL is malformed: expected an http(s) URL such as "
                "https://api.telegram.org/bot"
            )

        db_raw = get("PINBOT_DB") or DEFAULT_DB
        db_url = None
        db_path = Path(DEFAULT_DB)
        if db_raw.startswith(("postgresql://", "postgres://")):
            try:
                parts = urlsplit(db_raw)
                parts.port  # noqa: B018 - raises ValueError on a bad port
            except ValueError:
                parts = None
            if parts is None or not (parts.hostname or "host=" in parts.query):
                raise ConfigError(
                    "PINBOT_DB is not a usable PostgreSQL URL: expected "
                    "postgresql://user:password@host:5432/dbname (the value is not shown)"
                )
            db_url = Secret(db_raw)
        elif _URL_LIKE_RE.match(db_raw):
            raise ConfigError(
                "PINBOT_DB is invalid: expected a file path (SQLite, the default) or a "
                "postgresql:// URL"
            )
        else:
            db_path = Path(db_raw)

        log_level = (get("PINBOT_LOG_LEVEL") or "INFO").upper()
        if log_level not in _LOG_LEVELS:
            raise ConfigError(
                f"PINBOT_LOG_LEVEL is invalid: expected one of {', '.join(_LOG_LEVELS)}"
            )
        log_format = (get("PINBOT_LOG_FORMAT") or "text").lower()
        if log_format not in ("text", "json"):
            raise ConfigError("PINBOT_LOG_FORMAT is invalid: expected 'text' or 'json'")

        webhook_url = get("PINBOT_WEBHOOK_URL")
        webhook_secret = None
        if webhook_url is not None:
            if not re.match(r"^https://[^\s/]+(/\S*)?$", webhook_url):
                raise ConfigError(
                    "PINBOT_WEBHOOK_URL is invalid: expected the public https URL, "
                    "like https://bot.example.org/telegram"
                )
            secret_raw = get("PINBOT_WEBHOOK_SECRET")
            if secret_raw is None or not _SECRET_RE.match(secret_raw):
                raise ConfigError(
                    "PINBOT_WEBHOOK_SECRET is required in webhook mode: expected 1-256 "
                    "characters of A-Z a-z 0-9 _ -"
                )
            webhook_secret = Secret(secret_raw)

        listen_raw = get("PINBOT_LISTEN")
        host, port = "127.0.0.1", 8080
        if listen_raw is not None:
            host, sep, port_raw = listen_raw.rpartition(":")
            if not sep or not host or not port_raw.isdigit() or not 0 < int(port_raw) < 65536:
                raise ConfigError(
                    "PINBOT_LISTEN is invalid: expected host:port, like 127.0.0.1:8080"
                )
            port = int(port_raw)
            host = host.strip("[]")

        admin_ids: set[int] = set()
        for part in (get("PINBOT_ADMIN_IDS") or "").replace(" ", ",").split(","):
            if not part:
                continue
            if not re.fullmatch(r"-?\d{1,20}", part):
                raise ConfigError(
                    "PINBOT_ADMIN_IDS is invalid: expected Telegram user ids separated by "
                    "commas, like 12345,67890"
                )
            admin_ids.add(int(part))

        retention_raw = get("PINBOT_RETENTION_DAYS") or "90"
        if not retention_raw.isdigit() or not 1 <= int(retention_raw) <= 3650:
            raise ConfigError(
                "PINBOT_RETENTION_DAYS is invalid: expected whole days from 1 to 3650"
            )

        pace_raw = get("PINBOT_REMINDER_PACE") or "25"
        try:
            pace = float(pace_raw)
        except ValueError:
            pace = -1.0
        if not 0 < pace <= 30:
            raise ConfigError(
                "PINBOT_REMINDER_PACE is invalid: expected messages per second, "
                "above 0 and at most 30"
            )

        pictures_raw = (get("PINBOT_REMINDER_PICTURES") or "1").strip()
        if pictures_raw not in ("0", "1"):
            raise ConfigError("PINBOT_REMINDER_PICTURES is invalid: expected 0 or 1")

        return cls(
            token=token,
            api_base_url=base_url,
            db_path=db_path,
            db_url=db_url,
            log_level=log_level,
            log_format=log_format,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            listen_host=host,
            listen_port=port,
            listen_set=listen_raw is not None,
            admin_ids=frozenset(admin_ids),
            retention_days=int(retention_raw),
            reminder_pace=pace,
            reminder_pictures=pictures_raw == "1",
        )

    def log_level_number(self) -> int:
        return int(logging.getLevelName(self.log_level))
