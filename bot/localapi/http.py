"""A minimal HTTP/1.1 server layer on asyncio streams (keep-alive, Content-Length/chunked bodies).

Only what the Bot API server needs: request parsing, request body decoding
(``application/x-www-form-urlencoded``, ``multipart/form-data``, ``application/json`` and the
query string) and writing JSON responses.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

MAX_BODY = 64 * 1024 * 1024
MAX_HEADER_LINES = 200


class HttpError(Exception):
    """Malformed request: answer with `status` and close."""

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
    target: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    keep_alive: bool = True
    params: dict[str, Any] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)


async def read_request(reader: asyncio.StreamReader) -> HttpRequest | None:
    """Read one request; None on a clean EOF between requests."""
    try:
        line = await reader.readuntil(b"\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None
        raise HttpError(400, "incomplete request line") from exc
    except asyncio.LimitOverrunError as exc:
        raise HttpError(414, "request line too long") from exc
    parts = line.decode("latin-1").strip().split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise HttpError(400, "bad request line")
    method, target, version = parts
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADER_LINES):
        try:
            hline = await reader.readuntil(b"\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            raise HttpError(400, "bad headers") from exc
        if hline == b"\r\n":
            break
        name, sep, value = hline.decode("latin-1").partition(":")
        if not sep:
            raise HttpError(400, "bad header line")
        headers[name.strip().lower()] = value.strip()
    else:
        raise HttpError(431, "too many headers")
    body = await _read_body(reader, headers)
    conn = headers.get("connection", "").lower()
    keep_alive = conn != "close" if version == "HTTP/1.1" else conn == "keep-alive"
    split = urlsplit(target)
    return HttpRequest(
        method=method.upper(),
        target=target,
        path=split.path,
        query=split.query,
        headers=headers,
        body=body,
        keep_alive=keep_alive,
    )


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
    try:
        if headers.get("transfer-encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            total = 0
            while True:
                size_line = await reader.readuntil(b"\r\n")
                size = int(size_line.split(b";")[0].strip(), 16)
                if size == 0:
                    while (await reader.readuntil(b"\r\n")) != b"\r\n":
                        pass
                    return b"".join(chunks)
                total += size
                if total > MAX_BODY:
                    raise HttpError(413, "body too large")
                chunks.append(await reader.readexactly(size))
                await reader.readexactly(2)
        length = int(headers.get("content-length", "0") or "0")
    except (ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
        raise HttpError(400, "bad body") from exc
    if length < 0 or length > MAX_BODY:
        raise HttpError(413, "body too large")
    if length == 0:
        return b""
    try:
        return await reader.readexactly(length)
    except asyncio.IncompleteReadError as exc:
        raise HttpError(400, "incomplete body") from exc


def _header_params(value: str) -> tuple[str, dict[str, str]]:
    """Split 'type/sub; a=b; c="d"' into ('type/sub', {'a': 'b', 'c': 'd'})."""
    main, *rest = value.split(";")
    params: dict[str, str] = {}
    for item in rest:
        k, sep, v = item.strip().partition("=")
        if sep:
            v = v.strip()
            if len(v) >= 2 and v[0] == v[-1] == '"':
                v = v[1:-1].replace('\\"', '"')
            params[k.strip().lower()] = v
    return main.strip().lower(), params


def _parse_multipart(body: bytes, boundary: str) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    params: dict[str, Any] = {}
    files: dict[str, UploadedFile] = {}
    delim = b"--" + boundary.encode("latin-1")
    segments = body.split(delim)
    for seg in segments[1:]:
        if seg.startswith(b"--"):
            break
        if seg.startswith(b"\r\n"):
            seg = seg[2:]
        if seg.endswith(b"\r\n"):
            seg = seg[:-2]
        head, sep, content = seg.partition(b"\r\n\r\n")
        if not sep:
            raise HttpError(400, "bad multipart part")
        part_headers: dict[str, str] = {}
        for hl in head.decode("utf-8", "replace").split("\r\n"):
            k, s, v = hl.partition(":")
            if s:
                part_headers[k.strip().lower()] = v.strip()
        _, disp = _header_params(part_headers.get("content-disposition", ""))
        name = disp.get("name")
        if name is None:
            continue
        filename = disp.get("filename")
        if filename is not None:
            files[name] = UploadedFile(
                name=name,
                filename=filename,
                content_type=part_headers.get("content-type", "application/octet-stream"),
                data=content,
            )
        else:
            params[name] = content.decode("utf-8", "replace")
    return params, files


def decode_params(req: HttpRequest) -> None:
    """Fill req.params / req.files from the query string and the body."""
    params: dict[str, Any] = dict(parse_qsl(req.query, keep_blank_values=True))
    if req.body:
        ctype, cparams = _header_params(req.headers.get("content-type", ""))
        if ctype == "application/json":
            try:
                data = json.loads(req.body.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise HttpError(400, "bad json") from exc
            if not isinstance(data, dict):
                raise HttpError(400, "json body must be an object")
            params.update(data)
        elif ctype == "multipart/form-data":
            boundary = cparams.get("boundary")
            if not boundary:
                raise HttpError(400, "multipart without boundary")
            form, files = _parse_multipart(req.body, boundary)
            params.update(form)
            req.files.update(files)
        else:  # application/x-www-form-urlencoded (or unspecified)
            try:
                text = req.body.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise HttpError(400, "body is not UTF-8") from exc
            params.update(parse_qsl(text, keep_blank_values=True))
    req.params = params


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    413: "Payload Too Large",
    414: "URI Too Long",
    429: "Too Many Requests",
    431: "Request Header Fields Too Large",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


def render_response(
    status: int, body: bytes, content_type: str = "application/json", keep_alive: bool = True
) -> bytes:
    reason = _REASONS.get(status, "Unknown")
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        f"Server: pinbot-localapi\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n"
        "\r\n"
    )
    return head.encode("latin-1") + body
