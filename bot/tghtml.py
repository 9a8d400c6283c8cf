"""Telegram's HTML parse mode, re-implemented as a pure function.

`parse_html(text)` mirrors what the Bot API does with ``parse_mode=HTML``: it returns the plain
text the user will see (entities decoded, tags removed), the formatting entities with UTF-16
offsets, and Telegram-like error messages for input the real server would reject with
``400 Bad Request: can't parse entities: ...``. Error strings start with
``"Can't parse entities: "``; byte offsets are UTF-8 byte offsets into the input, as Telegram
reports them.

Rules (from the Bot API "HTML style" section):

* allowed tags: ``b strong i em u ins s strike del span tg-spoiler a tg-emoji tg-time code pre
  blockquote``; ``span`` needs ``class="tg-spoiler"``; ``a`` needs ``href``; ``tg-emoji`` needs
  ``emoji-id``; ``blockquote`` may carry ``expandable``; ``pre`` may contain ``code`` with
  ``class="language-..."``.
* only the named entities ``&lt; &gt; &amp; &quot;`` and numeric entities ``&#NN;`` /
  ``&#xHH;`` are understood. This parser is deliberately *stricter* than Telegram for a bare
  ``&`` (Telegram silently keeps it): any ``&`` that does not start one of those entities is an
  error, so content that passes here is unambiguous.
* a bare ``<`` that does not start a valid tag is an error.

Length: Telegram limits message text to 4096 "characters" after entity parsing. Entity offsets
in the Bot API are measured in UTF-16 code units, so `utf16_len` is the measure used here for
limits too (it equals the character count except for characters outside the BMP, e.g. many
emoji, which count twice — the conservative choice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["ALLOWED_TAGS", "Entity", "ParsedHtml", "parse_html", "utf16_len"]

# tag name -> Bot API entity type
_TAG_TYPES: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
    "tg-time": "date_time",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
ALLOWED_TAGS: frozenset[str] = frozenset(_TAG_TYPES)

_NAMED_ENTITIES: dict[str, str] = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{0,31}));")
_ATTR_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_SPACE = " \t\r\n"


def utf16_len(s: str) -> int:
    """Length of `s` in UTF-16 code units (how Telegram measures entity offsets and lengths)."""
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


@dataclass(frozen=True)
class Entity:
    """A MessageEntity in Bot API terms (offset/length in UTF-16 code units)."""

    type: str
    offset: int
    length: int
    url: str | None = None
    language: str | None = None
    custom_emoji_id: str | None = None

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {"type": self.type, "offset": self.offset, "length": self.length}
        if self.url is not None:
            d["url"] = self.url
        if self.language is not None:
            d["language"] = self.language
        if self.custom_emoji_id is not None:
            d["custom_emoji_id"] = self.custom_emoji_id
        return d


@dataclass
class ParsedHtml:
    """Result of `parse_html`: `plain` text, `entities`, and `errors` (empty when valid)."""

    plain: str
    entities: list[Entity] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def length(self) -> int:
        """Length of the plain text in UTF-16 code units."""
        return utf16_len(self.plain)


@dataclass
class _Open:
    tag: str
    start: int  # offset (UTF-16) in plain text
    byte_offset: int
    attrs: dict[str, str]


class _Fail(Exception):
    pass


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _decode_entity(text: str, i: int) -> tuple[str, int] | None:
    """Decode the entity starting at text[i] == '&'; return (char, end index) or None."""
    m = _ENTITY_RE.match(text, i)
    if m is None:
        return None
    hex_digits, dec_digits, name = m.group(1), m.group(2), m.group(3)
    if name is not None:
        ch = _NAMED_ENTITIES.get(name)
        if ch is None:
            return None
        return ch, m.end()
    code = int(hex_digits, 16) if hex_digits is not None else int(dec_digits)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code), m.end()


def _parse_attrs(text: str, i: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    """Parse attributes from text[i:] up to '>'; return (attrs, index after '>')."""
    attrs: dict[str, str] = {}
    n = len(text)
    while True:
        while i < n and text[i] in _SPACE:
            i += 1
        if i >= n:
            raise _Fail(f"unclosed start tag at byte offset {_byte_offset(text, begin)}")
        if text[i] == ">":
            return attrs, i + 1
        if text[i] == "/" and i + 1 < n and text[i + 1] == ">":
            raise _Fail(
                f'unsupported self-closing tag "{tag}" at byte offset {_byte_offset(text, begin)}'
            )
        m = _ATTR_NAME_RE.match(text, i)
        if m is None:
            raise _Fail(
                f'empty attribute name in the tag "{tag}" at byte offset '
                f"{_byte_offset(text, begin)}"
            )
        name = m.group(0).lower()
        i = m.end()
        while i < n and text[i] in _SPACE:
            i += 1
        if i >= n or text[i] != "=":
            # valueless attribute (e.g. <blockquote expandable>)
            attrs[name] = ""
            continue
        i += 1
        while i < n and text[i] in _SPACE:
            i += 1
        if i >= n:
            raise _Fail(f"unclosed start tag at byte offset {_byte_offset(text, begin)}")
        value_chars: list[str] = []
        if text[i] in "\"'":
            quote = text[i]
            i += 1
            while True:
                if i >= n:
                    raise _Fail(
                        f'unclosed value of the attribute "{name}" of the tag "{tag}" at byte '
                        f"offset {_byte_offset(text, begin)}"
                    )
                ch = text[i]
                if ch == quote:
                    i += 1
                    break
                if ch == "&":
                    dec = _decode_entity(text, i)
                    if dec is None:
                        raise _Fail(
                            f"unsupported entity at byte offset {_byte_offset(text, i)}; "
                            "use &amp; for a literal &"
                        )
                    value_chars.append(dec[0])
                    i = dec[1]
                    continue
                value_chars.append(ch)
                i += 1
        else:
            while i < n and text[i] not in _SPACE and text[i] != ">":
                value_chars.append(text[i])
                i += 1
        attrs[name] = "".join(value_chars)


def _entity_for(opened: _Open, end: int, text: str) -> Entity | None:
    length = end - opened.start
    tag = opened.tag
    etype = _TAG_TYPES[tag]
    if tag == "a":
        href = opened.attrs.get("href", "")
        if not href:
            return None  # Telegram drops links without a URL
        return Entity("text_link", opened.start, length, url=href)
    if tag == "tg-emoji":
        return Entity(etype, opened.start, length, custom_emoji_id=opened.attrs["emoji-id"])
    if tag == "pre":
        return Entity("pre", opened.start, length, language=opened.attrs.get("language"))
    if tag == "code" and "language" in opened.attrs:
        return Entity("pre", opened.start, length, language=opened.attrs["language"])
    if tag == "blockquote" and "expandable" in opened.attrs:
        return Entity("expandable_blockquote", opened.start, length)
    return Entity(etype, opened.start, length)


def _check_start_tag(tag: str, attrs: dict[str, str], begin_bytes: int) -> dict[str, str]:
    """Validate attributes of an allowed tag; returns the attributes we keep."""
    kept: dict[str, str] = {}
    if tag == "span":
        if attrs.get("class") != "tg-spoiler":
            raise _Fail(f'tag "span" must have class "tg-spoiler" at byte offset {begin_bytes}')
    elif tag == "a":
        if "href" in attrs:
            kept["href"] = attrs["href"]
    elif tag == "tg-emoji":
        emoji_id = attrs.get("emoji-id", "")
        if not emoji_id.isdigit():
            raise _Fail(
                f'tag "tg-emoji" must have a numeric "emoji-id" attribute at byte offset '
                f"{begin_bytes}"
            )
        kept["emoji-id"] = emoji_id
    elif tag == "tg-time":
        unix = attrs.get("unix", "")
        if not unix.lstrip("-").isdigit():
            raise _Fail(
                f'tag "tg-time" must have a numeric "unix" attribute at byte offset {begin_bytes}'
            )
        kept["unix"] = unix
    elif tag == "code":
        cls = attrs.get("class", "")
        if cls.startswith("language-") and len(cls) > len("language-"):
            kept["language"] = cls[len("language-") :]
    elif tag == "blockquote" and "expandable" in attrs:
        kept["expandable"] = ""
    return kept


def parse_html(text: str) -> ParsedHtml:
    """Parse Telegram HTML. Never raises; problems are reported in `.errors`.

    On error, `.plain` is the best-effort plain text up to the error and `.entities` is empty,
    like Telegram (which rejects the whole message).
    """
    out: list[str] = []
    out_len = 0  # UTF-16 length of "".join(out)
    stack: list[_Open] = []
    entities: list[Entity] = []
    n = len(text)
    i = 0
    try:
        while i < n:
            ch = text[i]
            if ch == "&":
                dec = _decode_entity(text, i)
                if dec is None:
                    raise _Fail(
                        f'unsupported entity or bare "&" at byte offset {_byte_offset(text, i)}'
                        "; use &amp; for a literal &"
                    )
                out.append(dec[0])
                out_len += utf16_len(dec[0])
                i = dec[1]
                continue
            if ch == ">":
                # Telegram accepts a bare '>' in text
                out.append(ch)
                out_len += 1
                i += 1
                continue
            if ch != "<":
                j = i
                while j < n and text[j] not in "<&>":
                    j += 1
                chunk = text[i:j]
                out.append(chunk)
                out_len += utf16_len(chunk)
                i = j
                continue
            begin = i
            begin_bytes = _byte_offset(text, begin)
            if i + 1 < n and text[i + 1] == "/":
                # end tag
                j = i + 2
                while j < n and text[j] not in _SPACE and text[j] != ">":
                    j += 1
                end_name = text[i + 2 : j].lower()
                while j < n and text[j] in _SPACE:
                    j += 1
                if j >= n or text[j] != ">":
                    raise _Fail(f"unclosed end tag at byte offset {begin_bytes}")
                if not stack:
                    raise _Fail(f"unexpected end tag at byte offset {begin_bytes}")
                top = stack[-1]
                if end_name and end_name != top.tag:
                    raise _Fail(
                        f'unmatched end tag at byte offset {begin_bytes}, expected "</{top.tag}>",'
                        f' found "</{end_name}>"'
                    )
                stack.pop()
                ent = _entity_for(top, out_len, text)
                if ent is not None and ent.length > 0:
                    entities.append(ent)
                i = j + 1
                continue
            # start tag
            j = i + 1
            while j < n and text[j] not in _SPACE and text[j] not in "/>":
                j += 1
            if j >= n:
                raise _Fail(f"unclosed start tag at byte offset {begin_bytes}")
            tag = text[i + 1 : j].lower()
            if not tag:
                raise _Fail(
                    f'bare "<" at byte offset {begin_bytes} does not start a tag; '
                    "use &lt; for a literal <"
                )
            if tag not in _TAG_TYPES:
                raise _Fail(f'unsupported start tag "{tag}" at byte offset {begin_bytes}')
            attrs, j = _parse_attrs(text, j, tag, begin)
            kept = _check_start_tag(tag, attrs, begin_bytes)
            if tag == "code" and stack and stack[-1].tag == "pre" and "language" in kept:
                # <pre><code class="language-x"> sets the language of the enclosing pre
                stack[-1].attrs["language"] = kept.pop("language")
            stack.append(_Open(tag, out_len, begin_bytes, kept))
            i = j
        if stack:
            raise _Fail(f'can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    except _Fail as exc:
        return ParsedHtml(plain="".join(out), entities=[], errors=[f"Can't parse entities: {exc}"])
    entities.sort(key=lambda e: (e.offset, -e.length))
    return ParsedHtml(plain="".join(out), entities=entities, errors=[])
