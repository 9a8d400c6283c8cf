from pathlib import Path

import pytest

from bot.config import ConfigError, Secret, Settings

TOKEN = "123456789:AAExampleTokenValue_-xyz"


def test_defaults_without_anything() -> None:
    s = Settings.from_env({})
    assert s.token is None
    assert s.api_base_url == "https://api.telegram.org/bot"
    assert s.db_path == Path("./data/pinbot.sqlite3")
    assert s.log_level == "INFO"
    assert not s.webhook_mode


def test_values_are_read_and_cast() -> None:
    s = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
            "PINBOT_DB": "/tmp/x.sqlite3",
            "PINBOT_LOG_LEVEL": "debug",
            "PINBOT_ADMIN_IDS": "1, 22,333",
            "PINBOT_LISTEN": "0.0.0.0:9000",
        }
    )
    assert s.token == Secret(TOKEN)
    assert s.api_base_url == "http://127.0.0.1:8081/bot"
    assert s.db_path == Path("/tmp/x.sqlite3")
    assert s.log_level == "DEBUG"
    assert s.admin_ids == frozenset({1, 22, 333})
    assert (s.listen_host, s.listen_port, s.listen_set) == ("0.0.0.0", 9000, True)


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_API_BASE_URL": "ftp://x"}, "TELEGRAM_API_BASE_URL"),
        ({"PINBOT_LOG_LEVEL": "loud"}, "PINBOT_LOG_LEVEL"),
        ({"PINBOT_LOG_FORMAT": "xml"}, "PINBOT_LOG_FORMAT"),
        ({"PINBOT_WEBHOOK_URL": "http://insecure.example"}, "PINBOT_WEBHOOK_URL"),
        ({"PINBOT_WEBHOOK_URL": "https://bot.example/hook"}, "PINBOT_WEBHOOK_SECRET"),
        (
            {
                "PINBOT_WEBHOOK_URL": "https://bot.example/hook",
                "PINBOT_WEBHOOK_SECRET": "bad secret!",
            },
            "PINBOT_WEBHOOK_SECRET",
        ),
        ({"PINBOT_LISTEN": "8080"}, "PINBOT_LISTEN"),
        ({"PINBOT_LISTEN": "host:99999"}, "PINBOT_LISTEN"),
        ({"PINBOT_ADMIN_IDS": "12,abc"}, "PINBOT_ADMIN_IDS"),
        ({"PINBOT_RETENTION_DAYS": "0"}, "PINBOT_RETENTION_DAYS"),
        ({"PINBOT_REMINDER_PACE": "31"}, "PINBOT_REMINDER_PACE"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    message = str(info.value)
    assert message.startswith(variable)
    assert "\n" not in message


def test_malformed_token_is_not_echoed() -> None:
    bad = "123:has spaces in it"
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": bad})
    assert bad not in str(info.value)


def test_missing_token_when_required() -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        Settings.from_env({}).require_token()


def test_secret_never_prints() -> None:
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert TOKEN not in repr(s)
    assert TOKEN not in str(s)
    assert TOKEN not in f"{s.token}"
    assert s.require_token().get() == TOKEN
