"""Metamorphic tests: what an article says must not change when a feed wraps it in furniture (a
"Related:" link, a photo credit, a WordPress footer, a byline, share widgets, tags, an HTML page's
<nav>, <figure>, <aside> and <footer>). Articles invented for these tests (see
monitor/understand/furniture.py)."""

from __future__ import annotations

import datetime as dt
import html

import pytest

from monitor.understand import analyse
from monitor.understand.furniture import strip_furniture
from monitor.understand.text import html_to_text
from tests.understand_fixtures import WATCHLIST

OTHER = "Streaming Giant Unveils Its Autumn Slate of Superhero Shows"

ARTICLES = {
    "convention": (
        "Charlie Cox Still Dreams of a Defenders Reunion",
        "Charlie Cox told a packed hall at the Northgate Comic Fest on Saturday that he still thinks "
        "about the Defenders most weeks.\n\n"
        '"I\'d go back in a heartbeat. Those four characters belong in a room together," he said.\n\n'
        "The actor also spoke about the stage play he is rehearsing in London, which opens in the "
        "spring.\n\n"
        '"It is the hardest thing I have done," he added of the play.',
    ),
    "podcast": (
        "Krysten Ritter Doubts the Defenders Will Return",
        "Krysten Ritter said on the Late Reels podcast this week that she doubts the Defenders will "
        "ever come back.\n\n"
        '"Honestly, I think that chapter is closed," the actress said. "But I loved every minute of '
        'it."\n\n'
        "Ritter is filming a thriller in Vancouver this summer.",
    ),
    "showrunner": (
        "Born Again Showrunner Keeps the Door Open",
        "Dario Scardapane was asked at a screening in Los Angeles whether Luke Cage and Iron Fist "
        "could join Born Again.\n\n"
        'The showrunner smiled. "Never say never. If the story needs them, we\'ll make the call," '
        "he said.\n\n"
        "The second season finished filming in the spring.",
    ),
    "reply": (
        "Finn Jones Answers the Defenders Question",
        "Asked on a morning radio show whether the Defenders could ever return, Finn Jones gave a short "
        "answer:\n\n"
        '"If they call, I pick up on the first ring."\n\n'
        "Jones is touring a one-man show through the autumn.",
    ),
    "qa": (
        "Q&A: Finn Jones on Touring, Theatre and Danny Rand",
        "Finn Jones sat down with us before the opening night of his tour.\n\n"
        "Q: Would you come back as Danny Rand for a Defenders reunion?\n\n"
        "JONES: If they call, I pick up on the first ring. I'm hopeful. My agent is hopeful.",
    ),
    "decoy": (
        "Charlie Cox Heads to the West End",
        "Charlie Cox will star in a revival of a 1990s comedy at a London theatre this winter, the "
        "producers announced on Monday.\n\n"
        '"It\'s a part I have wanted to play since drama school," Cox said in a statement.\n\n'
        "Previews begin in November.",
    ),
}


def _paras(text: str) -> list[str]:
    return text.split("\n\n")


def _between(paras: list[str], line: str) -> list[str]:
    return [*paras[:1], line, *paras[1:2], line, *paras[2:]]


def _furnished(kind: str, title: str, text: str) -> str:
    p = _paras(text)
    j = "\n\n".join
    if kind == "wordpress":
        return j([*p, f"The post {title} appeared first on Screen Ledger."])
    if kind == "related":
        return j(_between(p, f"Related: {OTHER}"))
    if kind == "read_more":
        return j(_between(p, f"READ MORE: {OTHER}"))
    if kind == "credit":
        return j([*p[:1], "(Photo: Netflix)", *p[1:]])
    if kind == "caption":
        return j([*p[:1], "Mike Colter as Luke Cage. Image: Marvel Studios", *p[1:]])
    if kind == "advertisement":
        return j(_between(p, "Advertisement"))
    if kind == "newsletter":
        return j(_between(p, "Sign up for our daily newsletter and get the biggest stories in your inbox."))
    if kind == "byline":
        return j(["By Maria Lindqvist | June 3, 2025", *p])
    if kind == "share":
        return j([*p, "Share this: Facebook Twitter Email"])
    if kind == "tags":
        return j([*p, "Tags: Daredevil, Marvel, Defenders, Netflix"])
    assert kind == "html"
    e = html.escape
    body = [f"<p>{e(x)}</p>" for x in p]
    return (
        '<nav><a href="/">Home</a> <a href="/tv">TV</a> <a href="/defenders">Defenders</a></nav>'
        + body[0]
        + '<figure><img src="a.jpg"><figcaption>Mike Colter as Luke Cage. (Photo: Netflix)</figcaption>'
        + "</figure>"
        + body[1]
        + f'<aside><h4>Related</h4><ul><li><a href="/a">{e(OTHER)}</a></li>'
        + '<li><a href="/b">Daredevil Star Says the Defenders Reunion Is Coming</a></li></ul></aside>'
        + "".join(body[2:])
        + "<footer><p>Filed under: TV, Marvel</p>"
        + "<p>&copy; 2025 Screen Ledger Media. All rights reserved.</p></footer>"
    )


KINDS = (
    "wordpress",
    "related",
    "read_more",
    "credit",
    "caption",
    "advertisement",
    "newsletter",
    "byline",
    "share",
    "tags",
    "html",
)


def _reading(title: str, text: str) -> tuple[bool, tuple[tuple[str | None, str, str], ...]]:
    a = analyse(title, text, WATCHLIST, published=dt.date(2025, 6, 3), source="Screen Ledger", url=None)
    return a.relevance.relevant, tuple((s.speaker, s.text, s.stance) for s in a.statements)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_furniture_changes_nothing(name: str, kind: str) -> None:
    title, text = ARTICLES[name]
    if kind == "html":
        plain = html_to_text("".join(f"<p>{html.escape(x)}</p>" for x in _paras(text)))
        furnished = html_to_text(_furnished(kind, title, text))
    else:
        plain, furnished = text, _furnished(kind, title, text)
    assert _reading(title, furnished) == _reading(title, plain)


def test_the_articles_read_as_meant() -> None:
    """The metamorphic tests compare something: the relevant articles have their statements."""
    for name, (title, text) in ARTICLES.items():
        relevant, statements = _reading(title, text)
        assert relevant == (name != "decoy")
        if relevant:
            assert statements
            assert all(s[0] is not None for s in statements)


def test_a_caption_that_carries_a_quote_keeps_it() -> None:
    text = (
        "Mike Colter walked the carpet at the Harlem premiere on Thursday night.\n\n"
        "\u201cThe Defenders will be back, I promise you that,\u201d Mike Colter said on the carpet. "
        "(Photo: Netflix)\n\n"
        "The film opens in cinemas next month."
    )
    assert "\u201cThe Defenders will be back, I promise you that,\u201d Mike Colter said on the carpet." in (
        strip_furniture(text)
    )
    relevant, statements = _reading("Mike Colter at the Premiere", text)
    assert relevant
    assert statements[0][:2] == ("Mike Colter", "The Defenders will be back, I promise you that,")


def test_a_reported_line_ending_with_a_credit_keeps_its_words() -> None:
    line = "Colter said he would return as Luke Cage if asked. Photo: Netflix"
    assert strip_furniture(line) == "Colter said he would return as Luke Cage if asked."


@pytest.mark.parametrize(
    "line",
    [
        "Copyright law was at the heart of the dispute over the characters.",
        "Sources: the studio has approached all four leads about a reunion.",
        "By Tuesday Marvel had confirmed the casting of all four leads.",
        "Read more than twenty scripts before he said yes, Cox told the room.",
        "Related to the reunion, the studio has also hired a new stunt team.",
        "Share prices of the streamer rose after the announcement.",
        "Fans can sign up for the newsletter the studio launched, he added.",
        '"Sign up for ten more seasons? Absolutely," Finn Jones said.',
        "Tags on the set doors read Defenders, the crew said.",
    ],
)
def test_a_sentence_of_the_story_is_never_furniture(line: str) -> None:
    text = f"Charlie Cox spoke to reporters on Monday.\n\n{line}"
    assert strip_furniture(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "The post Cox Talks Reunion appeared first on Screen Ledger.",
        "Related: Every Netflix Marvel Show, Ranked",
        "RELATED: Iron Fist Canceled After Two Seasons",
        "Read more: The Complete Defenders Timeline",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Subscribe to our TV newsletter for the week's best stories.",
        "Sign up for the Panel Report newsletter.",
        "By Maria Lindqvist",
        "By Maria Lindqvist, Senior TV Writer | June 3, 2025",
        "Share this: Twitter \u00b7 Facebook \u00b7 Reddit",
        "Facebook Twitter Email",
        "Tags: Daredevil, Marvel, Netflix",
        "Filed under: TV, Comics",
        "\u00a9 2025 Screen Ledger Media. All rights reserved.",
        "(Photo: Netflix)",
        "Image: Marvel Studios",
        "Photo by Lena Ortiz/Getty Images",
        "Krysten Ritter at a screening in 2019. (Photo: Screen Ledger archive)",
    ],
)
def test_a_furniture_line_is_dropped(line: str) -> None:
    text = f"Charlie Cox spoke to reporters on Monday.\n\n{line}\n\nHe is filming in Spain."
    assert strip_furniture(text) == "Charlie Cox spoke to reporters on Monday.\n\nHe is filming in Spain."


def test_a_related_heading_drops_the_headlines_under_it_only() -> None:
    text = (
        "Charlie Cox spoke to reporters on Monday.\n\nRelated\n\nEvery Netflix Marvel Show, Ranked\n\n"
        "Why the Finale Divided Fans\n\nDoes he still talk to the others?\n\nHe says he does."
    )
    assert strip_furniture(text) == (
        "Charlie Cox spoke to reporters on Monday.\n\nDoes he still talk to the others?\n\nHe says he does."
    )


def test_nav_is_no_text() -> None:
    assert html_to_text('<nav><a href="/">Home</a> <a href="/tv">TV</a></nav><p>Body.</p>') == "Body."
