"""Typed access to request parameters as PTB sends them.

PTB sends strings raw and every other value JSON-encoded (form or multipart), or a JSON object
body where values are already typed. These getters accept both.
"""

from __future__ import annotations

import json
from typing import Any

from bot.localapi.http import UploadedFile
from bot.localapi.models import ApiError, bad_request


class Params:
    def __init__(self, raw: dict[str, Any], files: dict[str, UploadedFile] | None = None) -> None:
        self.raw = raw
        self.files = files or {}

    def has(self, name: str) -> bool:
        v = self.raw.get(name)
        return v is not None and v != ""

    def string(self, name: str, missing: str | None = None) -> str | None:
        v = self.raw.get(name)
        if v is None:
            if missing:
                raise bad_request(missing)
            return None
        if not isinstance(v, str):
            v = json.dumps(v) if isinstance(v, dict | list) else str(v)
        if v == "" and missing:
            raise bad_request(missing)
        return v

    def integer(
        self, name: str, missing: str | None = None, invalid: str | None = None
    ) -> int | None:
        v = self.raw.get(name)
        if v is None or v == "":
            if missing:
                raise bad_request(missing)
            return None
        if isinstance(v, bool):
            raise bad_request(invalid or f'field "{name}" must be of type Integer')
        if isinstance(v, int):
            return v
        if isinstance(v, float) and v.is_integer():
            return int(v)
        try:
            return int(str(v).strip())
        except ValueError:
            raise bad_request(invalid or f'field "{name}" must be of type Integer') from None

    def number(self, name: str) -> float | None:
        v = self.raw.get(name)
        if v is None or v == "":
            return None
        if isinstance(v, bool):
            raise bad_request(f'field "{name}" must be of type Float')
        try:
            return float(v)
        except (TypeError, ValueError):
            raise bad_request(f'field "{name}" must be of type Float') from None

    def flag(self, name: str, default: bool = False) -> bool:
        v = self.raw.get(name)
        if v is None or v == "":
            return default
        if isinstance(v, bool):
            return v
        if isinstance(v, int):
            return v != 0
        s = str(v).strip().lower()
        if s in ("true", "1"):
            return True
        if s in ("false", "0"):
            return False
        raise bad_request(f'field "{name}" must be of type Boolean')

    def json(self, name: str, invalid: str | None = None) -> Any:
        v = self.raw.get(name)
        if v is None or v == "":
            return None
        if isinstance(v, str):
            try:
                return json.loads(v)
            except json.JSONDecodeError:
                raise bad_request(invalid or f"can't parse {name} JSON object") from None
        return v

    def chat_id(self, required: bool = True) -> int | str | None:
        """chat_id: an integer, or an @username string."""
        v = self.raw.get("chat_id")
        if v is None or v == "":
            if required:
                raise bad_request("chat_id is empty")
            return None
        if isinstance(v, bool):
            raise bad_request("chat not found")
        if isinstance(v, int):
            return v
        s = str(v).strip()
        if s.startswith("@"):
            return s
        try:
            return int(s)
        except ValueError:
            raise bad_request("chat not found") from None


__all__ = ["ApiError", "Params"]
