"""The local Bot API server's HTTP front end, on ``aiohttp.web``.

aiohttp parses requests and bodies (``application/x-www-form-urlencoded``,
``multipart/form-data``, ``application/json``, chunked or not) and keeps connections alive; this
module turns one aiohttp request into an :class:`HttpRequest` with decoded ``params`` and uploaded
``files``, the shape the Bot API methods work on, and builds the JSON replies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, web

MAX_BODY = 64 * 1024 * 1024  # above Telegram's 50 MB upload limit, so the method can say so


class HttpError(Exception):
    """Malformed request: answer with `status`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    name: str
    filename: str | None
    content_type: str
    data: bytes


@dataclass
class HttpRequest:
    method: str
    path: str
    headers: dict[str, str]
    params: dict[str, Any] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)


async def read_request(raw: web.Request) -> HttpRequest:
    """Decode the query string and the body; raises :class:`HttpError` for a bad body."""
    params: dict[str, Any] = dict(raw.query)
    files: dict[str, UploadedFile] = {}
    ctype = raw.content_type
    try:
        if not raw.body_exists:
            pass
        elif ctype == "application/json":
            try:
                data = json.loads(await raw.text())
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise HttpError(400, "bad json") from exc
            if not isinstance(data, dict):
                raise HttpError(400, "json body must be an object")
            params.update(data)
        elif ctype == "multipart/form-data":
            reader = await raw.multipart()
            while (part := await reader.next()) is not None:
                if not isinstance(part, BodyPartReader) or part.name is None:
                    continue
                content = await part.read(decode=False)
                if part.filename is not None:
                    files[part.name] = UploadedFile(
                        name=part.name,
                        filename=part.filename,
                        content_type=part.headers.get("Content-Type", "application/octet-stream"),
                        data=bytes(content),
                    )
                else:
                    params[part.name] = bytes(content).decode("utf-8", "replace")
        else:  # application/x-www-form-urlencoded (or unspecified)
            form = await raw.post()
            for key, value in form.items():
                params[key] = value if isinstance(value, str) else str(value)
    except web.HTTPRequestEntityTooLarge as exc:
        raise HttpError(413, "body too large") from exc
    except (ValueError, AssertionError) as exc:  # aiohttp's words for a broken body
        raise HttpError(400, f"bad body: {exc}") from exc
    return HttpRequest(
        method=raw.method.upper(),
        path=raw.path,
        headers={k.lower(): v for k, v in raw.headers.items()},
        params=params,
        files=files,
    )


def json_response(payload: dict[str, Any], status: int = 200) -> web.Response:
    return web.Response(
        status=status,
        body=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
        content_type="application/json",
    )
