import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.logs import REDACTED, setup_logging

TOKEN = "987654:SECRET-token-value"
QUIETED = ("httpx", "httpcore", "apscheduler")


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """setup_logging configures the process's loggers; put them back for the tests after it.

    Left changed, the quieted libraries hid every INFO record from a later test in the same
    worker (the diary privacy test's "logging was captured" failed in one order of the suite).
    """
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in QUIETED}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, lvl in levels.items():
        logging.getLogger(name).setLevel(lvl)


def test_token_is_redacted_from_messages_and_tracebacks() -> None:
    stream = io.StringIO()
    setup_logging("DEBUG", secrets=[TOKEN], stream=stream)
    log = logging.getLogger("test.redact")
    log.info("calling https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise RuntimeError(f"boom with {TOKEN}")
    except RuntimeError:
        log.exception("failed")
    out = stream.getvalue()
    assert TOKEN not in out
    assert out.count(REDACTED) >= 2  # the message and the exception text


def test_json_format_is_one_line_per_record() -> None:
    stream = io.StringIO()
    setup_logging("INFO", secrets=[TOKEN], json_format=True, stream=stream)
    logging.getLogger("test.json").info("user %s did %s", 42, TOKEN, extra={"user_id": 42})
    lines = stream.getvalue().strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["user_id"] == 42
    assert TOKEN not in lines[0]
    assert record["level"] == "INFO"
