"""The typed context every handler receives, and the services it reaches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.config import Settings
from bot.content.texts import Texts
from bot.storage.db import Database
from bot.storage.users import UserStore


@dataclass
class Services:
    """Long-lived things opened in post_init and closed in post_shutdown."""

    settings: Settings
    texts: Texts
    db: Database | None = None
    users: UserStore | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def database(self) -> Database:
        if self.db is None:
            raise RuntimeError("the database is not open yet")
        return self.db

    def user_store(self) -> UserStore:
        if self.users is None:
            raise RuntimeError("the database is not open yet")
        return self.users


SERVICES_KEY = "services"


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    @property
    def services(self) -> Services:
        return services_of(self.application)

    @property
    def texts(self) -> Texts:
        return self.services.texts

    @property
    def db(self) -> Database:
        return self.services.database()


def services_of(app: Application[Any, Any, Any, Any, Any, Any]) -> Services:
    services = app.bot_data[SERVICES_KEY]
    assert isinstance(services, Services)
    return services
