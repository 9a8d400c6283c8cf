"""bot.tghtml: Telegram HTML parse mode."""

from __future__ import annotations

import pytest

from bot.tghtml import ALLOWED_TAGS, parse_html, utf16_len


@pytest.mark.parametrize(
    ("src", "plain"),
    [
        ("hello", "hello"),
        ("<b>bold</b> <strong>s</strong>", "bold s"),
        ("<i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike><del>d</del>", "ieunskd"),
        ('<span class="tg-spoiler">x</span><tg-spoiler>y</tg-spoiler>', "xy"),
        ('<a href="https://example.org/?a=1&amp;b=2">link</a>', "link"),
        ('<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', "👍"),
        ('<tg-time unix="1700000000" format="t">soon</tg-time>', "soon"),
        ("<code>x</code> <pre>y</pre>", "x y"),
        ('<pre><code class="language-python">print()</code></pre>', "print()"),
        ("<blockquote>q</blockquote><blockquote expandable>e</blockquote>", "qe"),
        ("&lt;&gt;&amp;&quot;", '<>&"'),
        ("&#65;&#x42;&#x1F600;", "AB😀"),
        ("a > b", "a > b"),
        ("<B>upper</B>", "upper"),
        ("<b>a<i>b</i></b>", "ab"),
        ("", ""),
    ],
)
def test_valid(src: str, plain: str) -> None:
    parsed = parse_html(src)
    assert parsed.errors == []
    assert parsed.ok
    assert parsed.plain == plain


@pytest.mark.parametrize(
    ("src", "error"),
    [
        ("<div>x</div>", 'Can\'t parse entities: unsupported start tag "div" at byte offset 0'),
        ("ab<p>", 'unsupported start tag "p" at byte offset 2'),
        ("é<p>", 'unsupported start tag "p" at byte offset 2'),
        ("<b>x", 'can\'t find end tag corresponding to start tag "b"'),
        ("x</b>", "unexpected end tag at byte offset 1"),
        ("<b>x</i>", 'unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("a < b", 'bare "<" at byte offset 2'),
        ("a <b", "unclosed start tag at byte offset 2"),
        ("fish & chips", 'bare "&" at byte offset 5'),
        ("&nbsp;", 'bare "&" at byte offset 0'),
        ("&#0;", "byte offset 0"),
        ('<span class="x">s</span>', 'tag "span" must have class "tg-spoiler"'),
        ("<span>s</span>", 'tag "span" must have class "tg-spoiler"'),
        ("<tg-emoji>x</tg-emoji>", '"emoji-id"'),
        ("<b/>", "self-closing"),
        ('<a href="x>y</a>', "unclosed value"),
    ],
)
def test_errors(src: str, error: str) -> None:
    parsed = parse_html(src)
    assert len(parsed.errors) == 1
    assert parsed.errors[0].startswith("Can't parse entities: ")
    assert error in parsed.errors[0]
    assert parsed.entities == []


def test_entities_utf16_offsets() -> None:
    parsed = parse_html("😀 <b>hi</b> <a href='https://x.org'>l</a>")
    assert parsed.plain == "😀 hi l"
    assert [e.to_dict() for e in parsed.entities] == [
        {"type": "bold", "offset": 3, "length": 2},
        {"type": "text_link", "offset": 6, "length": 1, "url": "https://x.org"},
    ]


def test_entity_types() -> None:
    parsed = parse_html(
        '<pre><code class="language-py">x</code></pre><blockquote expandable>q</blockquote>'
        '<tg-emoji emoji-id="1">e</tg-emoji>'
    )
    types = {e.type: e for e in parsed.entities}
    assert types["pre"].language == "py"
    assert "expandable_blockquote" in types
    assert types["custom_emoji"].custom_emoji_id == "1"


def test_utf16_len() -> None:
    assert utf16_len("abc") == 3
    assert utf16_len("😀") == 2
    assert utf16_len("é") == 1
    assert parse_html("<b>😀</b>").length == 2


def test_allowed_tags_complete() -> None:
    assert {"b", "a", "tg-spoiler", "blockquote", "tg-time"} <= ALLOWED_TAGS
    assert "div" not in ALLOWED_TAGS


def test_a_long_text_is_parsed_whole() -> None:
    # (speed is not asserted here: timed asserts fail on a loaded machine; the parser is one
    # pass over the text)
    src = "<b>x</b> &amp; y " * 20000
    parsed = parse_html(src)
    assert parsed.ok and len(parsed.entities) == 20000
