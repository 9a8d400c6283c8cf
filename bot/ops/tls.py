"""One TLS context for every HTTP client the bot opens to the Bot API.

httpx builds a new ``ssl.SSLContext`` for each client and loads the certificate authorities
into it each time: about 55 ms apiece on a 2-core machine, and a start opens three clients
(the start-up check, then the bot's client for requests and the one for getUpdates). A
context is made to be shared between connections and clients, so the bot builds one, with
httpx's own defaults (certifi's authorities; SSL_CERT_FILE / SSL_CERT_DIR when set), and
hands it to each client.
"""

from __future__ import annotations

import ssl
from functools import cache
from typing import Any

import httpx
from telegram.request import HTTPXRequest

__all__ = ["bot_api_request", "tls_context"]


@cache
def tls_context() -> ssl.SSLContext:
    """The shared context, built on first use."""
    return httpx.create_ssl_context()


def bot_api_request(**options: Any) -> HTTPXRequest:
    """python-telegram-bot's HTTPXRequest with `options`, on the shared TLS context."""
    return HTTPXRequest(httpx_kwargs={"verify": tls_context()}, **options)
