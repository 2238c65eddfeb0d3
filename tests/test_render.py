"""Rendering: section order, escaping of untrusted text, http(s)-only links, the empty week, and
golden files of the fixture digest (UPDATE_GOLDEN=1 rewrites them)."""

from __future__ import annotations

import datetime as dt
import email.policy
import os
import re
from dataclasses import replace
from email import message_from_bytes
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import pytest

from monitor.deliver.compose import compose_digest
from monitor.digest import render
from monitor.types import NOT_POLLED, FeedHealth, Statement
from tests.digest_fixture import GENERATED, empty_digest, fixture_digest

GOLDEN = Path(__file__).with_name("golden")
UPDATE = os.environ.get("UPDATE_GOLDEN", "") not in ("", "0")


def check_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8", newline="")
        if not UPDATE:
            pytest.fail(f"{path} did not exist and was written; check it and commit it")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from the golden file; rerun with UPDATE_GOLDEN=1 if intended"


class Collector(HTMLParser):
    """Every tag, attribute and text run of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((k, v or "") for k, v in attrs)

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.text.append(data)


def parse(html: str) -> Collector:
    c = Collector()
    c.feed(html)
    c.close()
    return c


# ---------------------------------------------------------------------------- golden files


def test_text_golden() -> None:
    check_golden("digest.txt", render.render_text(fixture_digest()))


def test_html_golden() -> None:
    check_golden("digest.html", render.render_html(fixture_digest()))


def test_empty_golden() -> None:
    check_golden("empty.txt", render.render_text(empty_digest()))
    check_golden("empty.html", render.render_html(empty_digest()))


def _normalise_eml(raw: str) -> str:
    boundaries = set(re.findall(r'boundary="([^"]+)"', raw))
    for i, b in enumerate(sorted(boundaries)):
        raw = raw.replace(b, f"BOUNDARY{i}")
    return raw.replace("\r\n", "\n")


def test_eml_golden() -> None:
    out = compose_digest(
        fixture_digest(),
        sender="Defenders Monitor <monitor@example.org>",
        recipient="alice@example.com",
        date=GENERATED,
    )
    check_golden("digest.eml", _normalise_eml(out.as_bytes().decode("ascii")))


# ---------------------------------------------------------------------------- order and content


def test_text_sections_come_in_order() -> None:
    text = render.render_text(fixture_digest())
    heads = ["STANCE SHIFTS", "NEW VOICES", "STORIES THIS PERIOD", "REAFFIRMATIONS", "FEED HEALTH"]
    positions = [text.index(h) for h in heads]
    assert positions == sorted(positions)
    assert text.index("STANCE SHIFTS") < text.index("Dario Scardapane")


def test_html_sections_come_in_order() -> None:
    texts = parse(render.render_html(fixture_digest())).text
    heads = ["Stance shifts", "New voices", "Stories this period", "Reaffirmations", "Feed health"]
    positions = [texts.index(h) for h in heads]
    assert positions == sorted(positions)


def test_shift_shows_who_from_what_to_what_with_both_quotes_dates_and_sources() -> None:
    text = render.render_text(fixture_digest())
    shifts = text[text.index("STANCE SHIFTS") : text.index("NEW VOICES")]
    assert "Krysten Ritter: positive → negative" in shifts
    assert "I'm in." in shifts
    assert "I don't think we are doing it again." in shifts
    assert "Entertainment Weekly, 1 Mar 2017" in shifts
    assert "Vulture, 29 Apr 2025" in shifts
    assert "https://ew.com/tv/defenders-krysten-ritter-season-2/" in shifts


def test_stories_list_every_source_and_fold_repeats_into_one_line() -> None:
    text = render.render_text(fixture_digest())
    stories = text[text.index("STORIES THIS PERIOD") : text.index("REAFFIRMATIONS")]
    first = stories[stories.index("1. ") : stories.index("2. ")]
    for outlet in ("Vulture", "Syndicated Daily", "Feed Without Link"):
        assert f"- {outlet}, " in first
    assert first.count("repeated statement") == 1
    assert "1 repeated statement already reported (Krysten Ritter)" in first


def test_disputes_of_known_claims_are_marked() -> None:
    text = render.render_text(fixture_digest())
    assert "2. Charlie Cox expects a Defenders reunion by 2026 [DISPUTES A KNOWN CLAIM]" in text
    assert (
        "! disputes the known claim “Marvel has no plans to reunite the\n      Defenders” (82% confidence)"
        in text
    )
    html = render.render_html(fixture_digest())
    assert "disputes a known claim" in html
    assert html.count("<b>Disputes</b> the known claim") == 1


def test_feed_health_lists_failing_disabled_and_silent_feeds_last() -> None:
    text = render.render_text(fixture_digest())
    health = text[text.index("FEED HEALTH") :]
    assert "FAILING: https://down.example.com/rss" in health
    assert "HTTP 503 Service Unavailable (last success 20 Apr 2025)" in health
    assert "SILENT: https://quiet.example.com/atom.xml" in health
    assert "DISABLED: https://gone.example.com/feed" in health
    assert "2 other feeds OK." in health
    assert "feeds.example.com/marvel.xml" not in health  # healthy feeds are only counted


def test_a_feed_never_fetched_is_waiting_not_ok() -> None:
    never = FeedHealth(url="https://new.example.com/feed", ok=False, error=NOT_POLLED)
    digest = replace(empty_digest(), feeds=(never,))
    text = render.render_text(digest)
    health = text[text.index("FEED HEALTH") :]
    assert "WAITING: https://new.example.com/feed" in health
    assert "not polled yet" in health
    assert "OK." not in health
    assert ">waiting</span>" in render.render_html(digest)


def test_timeline_has_one_row_per_person_and_caps_points() -> None:
    text = render.render_text(fixture_digest())
    assert "Krysten Ritter: + − −  now negative" in text
    assert "Marco Ramirez: (3 earlier) " in text
    html = render.render_html(fixture_digest())
    cells = re.findall(r'<td width="22" height="22"[^>]*title="([^"]+)"', html)
    assert len(cells) == 2 + 3 + 3 + 1 + render.TIMELINE_POINTS
    assert "1 Mar 2017: positive" in cells


def test_subject_names_watchlist_changes_and_period() -> None:
    assert (
        render.subject(fixture_digest()) == "[defenders] 2 stance shifts, 2 new voices · 28 Apr – 4 May 2025"
    )
    assert render.subject(empty_digest()) == "[defenders] nothing new · 28 Apr – 4 May 2025"


def test_empty_week_says_so_and_keeps_feed_health() -> None:
    for out in (render.render_text(empty_digest()), render.render_html(empty_digest())):
        assert "No relevant article and no new statement between 28 Apr 2025 and 4 May 2025." in out
        assert "down.example.com/rss" in out
        assert "Krysten Ritter" not in out


# ---------------------------------------------------------------------------- hostile text


def test_html_escapes_feed_text_and_has_no_active_content() -> None:
    html = render.render_html(fixture_digest())
    doc = parse(html)
    assert "script" not in doc.tags
    assert "img" not in doc.tags
    assert "iframe" not in doc.tags
    assert not [k for k, _ in doc.attrs if k.startswith("on")]
    assert "<script>alert('speaker')</script>" in " ".join(doc.text)  # shown as text
    assert "\u202e" not in html
    assert "\u202c" not in html
    assert "<b>Mill</b>" not in html
    assert "Rumour &lt;b&gt;Mill&lt;/b&gt;" in html


def test_html_links_are_http_only_and_no_remote_images() -> None:
    doc = parse(render.render_html(fixture_digest()))
    hrefs = [v for k, v in doc.attrs if k == "href"]
    assert hrefs
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert not [v for k, v in doc.attrs if k == "src"]
    assert "link" not in doc.tags
    assert "style" not in doc.tags


def test_text_drops_unsafe_links_and_control_characters() -> None:
    text = render.render_text(fixture_digest())
    assert "javascript:" not in text
    assert "data:text" not in text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e]", text)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.com/a?b=c#d", True),
        ("HTTP://EXAMPLE.COM/", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("vbscript:x", False),
        ("//example.com/x", False),
        ("/relative", False),
        ("https:///nohost", False),
        ('https://example.com/"onmouseover="x', False),
        ("https://example.com/\nSet-Cookie", False),
        ("mailto:a@b.c", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, kept: bool) -> None:
    assert (render.safe_url(url) is not None) is kept


def test_strict_undefined_catches_template_typos() -> None:
    import jinja2

    env = render._environment()
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ d.nope }}").render(d=render.build_view(fixture_digest()))


def test_email_is_multipart_alternative_text_then_html() -> None:
    out = compose_digest(
        fixture_digest(), sender="Monitor <monitor@example.org>", recipient="bob@example.com", date=GENERATED
    )
    parsed = message_from_bytes(out.as_bytes(), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in parsed.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    assert parsed["To"] == "bob@example.com"
    assert parsed["From"] == "Monitor <monitor@example.org>"
    assert parsed["Subject"] == render.subject(fixture_digest())
    assert parsed["Date"] == "Mon, 05 May 2025 08:00:00 +0000"
    assert parsed["Message-ID"] == out.message_id
    body = parsed.get_body(("plain",))
    assert body is not None
    assert "STANCE SHIFTS" in body.get_content()
    assert dt.date(2025, 4, 28).isoformat() in parsed["X-Monitor-Period"]


def test_a_requoted_line_shows_the_date_its_article_gives_and_why() -> None:
    said = Statement(
        speaker="Ana Ortiz",
        text="We'll see them again.",
        stance="positive",
        kind="quote",
        date=dt.date(2019, 12, 31),
        source="Example Weekly",
        note="dated from the text: 'in 2019'",
    )
    assert render.statement_view(said).date == "31 Dec 2019, dated from the text: 'in 2019'"
    seed = replace(said, origin="seed", note="approximate: said at a convention")
    assert render.statement_view(seed).date == "31 Dec 2019"
