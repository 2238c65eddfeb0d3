"""A farm of realistic feeds for the benchmark: RSS 2.0 and Atom documents written to a folder.

Every feed has 20 entries of a few KB of HTML (paragraphs, links, a figure, sometimes a blockquote).
About one entry in ten is Defenders news with quotes from the people the shipped watchlist follows;
the rest is other entertainment and sports news (some of it about football "defenders", which the
watchlist must rule out). Everything is generated from a seed, so a farm is the same on every run.

Feeds are spread over many loopback hosts (``127.0.1.1`` … ``127.0.1.H``) so that per-host limits
act as they would on the open web, where nearly every feed has a host of its own.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

ENTRIES_PER_FEED = 20
RELEVANT_EVERY = 10  # about one entry in ten is about the Defenders
NEWEST = dt.datetime(2025, 11, 9, 18, 0, tzinfo=dt.UTC)  # the farm's "now" (a Sunday evening)

OUTLETS = (
    "Screen Gazette",
    "Reel Report",
    "Popcorn Wire",
    "The Binge Desk",
    "Frame Rate",
    "Couch Critic",
    "Matchday Live",
    "Touchline Times",
    "Box Score Daily",
    "Stream Scout",
    "Nerd Signal",
    "Cast List",
)

# ------------------------------------------------------------------ Defenders news (relevant)
HEROES = (
    ("Charlie Cox", "Daredevil", "Matt Murdock"),
    ("Krysten Ritter", "Jessica Jones", "Jessica Jones"),
    ("Mike Colter", "Luke Cage", "Luke Cage"),
    ("Finn Jones", "Iron Fist", "Danny Rand"),
)
EXECS = ("Dario Scardapane", "Brad Winderbaum", "Kevin Feige", "Jeph Loeb", "Marco Ramirez")
OUTLET_INTERVIEWS = ("Variety", "The Hollywood Reporter", "Deadline", "Collider", "Empire", "IGN")
EVENTS = ("New York Comic Con", "a fan convention in Chicago", "the Born Again premiere", "a press junket")
DEF_TITLES = (
    "{actor} opens up about a possible Defenders reunion",
    "{actor} says the door is {door} for {hero} to return",
    "Daredevil: Born Again season 2 — what {actor}'s comments mean for the Defenders",
    "{exec} addresses Defenders reunion rumors",
    "Will the Defenders reunite? {actor} weighs in",
    "{actor} teases {hero} future in the MCU",
)
POSITIVE = (
    "I would love to do it again. If they call, I'm there, no question.",
    "We've talked about it, and I think there's a real appetite to get the band back together.",
    "I'd go back in a heartbeat. Those were some of the best years of my career.",
    "I'm hopeful. I think the fans have made it very clear what they want, and Marvel listens.",
)
NEGATIVE = (
    "There are no plans for a Defenders reunion right now, and I don't want to mislead anyone.",
    "I don't think it's going to happen. That chapter is closed for me.",
    "Nobody has called me about it, and honestly I've moved on to other things.",
)
UNCERTAIN = (
    "I have no idea. You'd have to ask Marvel — I genuinely don't know what they're planning.",
    "Never say never. I'm not sure anything is happening, but you never know in this business.",
    "Maybe one day. It's not in my hands, and I haven't heard anything concrete.",
)

# ------------------------------------------------------------------ everything else
SHOWS = (
    "The Last Frontier",
    "Midnight Harbor",
    "Silver Lake",
    "The Long Con",
    "Northern Lights",
    "Hollow Crown",
    "Paper Moons",
    "Glass Houses",
    "The Ninth Wave",
    "Saltwater",
    "Iron Orchard",
)
STARS = (
    "Ava Thornton",
    "Marcus Bell",
    "Lena Okafor",
    "Diego Alvarez",
    "Priya Raman",
    "Tom Whitaker",
    "Sofia Lindqvist",
    "Jonah Reyes",
    "Hana Sato",
    "Oliver Grant",
    "Nadia Petrova",
    "Caleb Moore",
)
TEAMS = (
    "Rovers",
    "City",
    "United",
    "Wanderers",
    "Athletic",
    "Harriers",
    "Falcons",
    "Mariners",
    "Rangers",
)
OTHER_TITLES = (
    "{show} renewed for a third season at {network}",
    "{star} joins the cast of {show}",
    "Box office: {show} tops the weekend with a strong opening",
    "{show} review: a slow start gives way to a gripping finale",
    "{star} on the scene that almost broke {show}",
    "Everything coming to streaming this week, from {show} to {show2}",
    "{team1} defenders hold firm as {team2} are held to a goalless draw",
    "Transfer talk: {team1} close in on a centre-back from {team2}",
    "{team1} coach praises young defenders after a clean sheet",
    "Album review: {star}'s new record is a quiet triumph",
)
NETWORKS = ("HBO", "Apple TV+", "Prime Video", "Hulu", "Peacock", "the BBC", "AMC")
FILLER = (
    "The production moved to {city} last spring, and the crew spent weeks building sets that looked "
    "lived-in rather than polished.",
    "Early reactions from critics have been warm, with several praising the pacing of the middle "
    "episodes and the chemistry between the leads.",
    "Ratings data released on {weekday} showed a steady climb week over week, something the network "
    "had not seen from a drama in several years.",
    "Industry analysts point to the crowded release calendar as the biggest risk, with three major "
    "premieres landing within the same fortnight.",
    "Fans on social media were quick to share theories, many of them focusing on a brief shot in the "
    "final minutes that seemed to hint at a larger story.",
    "The soundtrack, released the same day, went straight to the top of the streaming charts in "
    "{count} countries.",
    "Behind the scenes, the writers' room was rebuilt almost from scratch after the first season, a "
    "decision that the showrunner later called 'the best gamble we made'.",
    "Tickets for the live event sold out in under an hour, prompting organisers to add a second date "
    "in {city}.",
)
SPORT_FILLER = (
    "The back four were rarely troubled, and the defenders looked comfortable playing out from the "
    "back even under a heavy press.",
    "The manager rotated the squad ahead of a busy run of fixtures, handing a first start to an "
    "academy graduate in midfield.",
    "A late injury scare in training left the coaching staff juggling their options on the left side "
    "of the defensive line.",
    "Supporters travelled in numbers despite the weather, and the atmosphere in the away end was "
    "loud from the first whistle.",
    "Possession statistics flattered the visitors, who managed only {count} shots on target all afternoon.",
)
CITIES = ("Atlanta", "Toronto", "Belfast", "Budapest", "Vancouver", "Glasgow", "Cape Town", "Lisbon")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass(frozen=True, slots=True)
class Entry:
    guid: str
    link: str
    title: str
    html: str
    author: str
    published: dt.datetime
    relevant: bool


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _filler(rng: random.Random, pool: tuple[str, ...], n: int) -> list[str]:
    out = []
    for line in rng.sample(pool, min(n, len(pool))):
        out.append(
            line.format(city=rng.choice(CITIES), weekday=rng.choice(WEEKDAYS), count=rng.randint(2, 40))
        )
    return out


VOCABULARY = sorted(
    {
        w.strip(".,“”'()").lower()
        for text in (*FILLER, *SPORT_FILLER, *POSITIVE, *NEGATIVE, *UNCERTAIN, *SHOWS, *CITIES)
        for w in text.split()
        if len(w.strip(".,“”'()")) > 3
    }
)


def _babble(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(n))


def defenders_story(rng: random.Random, serial: int, *, distinct: bool = False) -> tuple[str, str]:
    """(title, html) of one Defenders news story with quotes; unique per ``serial``.

    With ``distinct`` the quotes and an opening paragraph are made of words drawn at random, so
    that no two stories share a quote or a lead (for a digest of many separate stories)."""
    actor, hero, civilian = rng.choice(HEROES)
    exec_ = rng.choice(EXECS)
    stance = rng.random()
    quote = rng.choice(POSITIVE if stance < 0.5 else NEGATIVE if stance < 0.75 else UNCERTAIN)
    quote2 = rng.choice(POSITIVE + UNCERTAIN)
    if distinct:
        quote = f"{_babble(rng, 14).capitalize()}."
        quote2 = f"{_babble(rng, 12).capitalize()}."
    outlet = rng.choice(OUTLET_INTERVIEWS)
    title = rng.choice(DEF_TITLES).format(
        actor=actor, hero=hero, exec=exec_, door=rng.choice(("open", "not closed", "wide open"))
    )
    event = rng.choice(EVENTS)
    lead = [_para(f"{_babble(rng, 220).capitalize()}.")] if distinct else []
    if distinct:
        title = f"{title}: {_babble(rng, 5)}"
    parts = [
        *lead,
        _para(
            f"{actor}, who played {civilian} in Netflix's Marvel series, has spoken again about the "
            f"chances of The Defenders reuniting on screen. Speaking to {outlet} at {event} "
            f"(story {serial}), the actor was asked directly whether {hero} could return alongside "
            "Daredevil, Jessica Jones, Luke Cage and Iron Fist."
        ),
        _para(f"\u201c{quote}\u201d {actor} said."),
        _para(
            "The four heroes first teamed up in The Defenders in 2017, and since Daredevil: Born Again "
            "brought Matt Murdock back, fans have been asking whether Marvel Studios will bring the rest "
            "of the team into the MCU."
        ),
        f"<blockquote><p>\u201c{escape(quote2)}\u201d</p></blockquote>",
        _para(
            f"{exec_} was more careful when asked about the same question last month. "
            f"\u201cWe love those characters, and we're always looking at where they could fit,\u201d "
            f"{exec_.split()[-1]} told {rng.choice(OUTLET_INTERVIEWS)}, stopping short of confirming "
            "any plans."
        ),
        *(_para(t) for t in _filler(rng, FILLER, 4)),
        f'<figure><img src="https://img.example.com/{serial}.jpg" alt="{escape(actor)}" width="1200">'
        f"<figcaption>{escape(actor)} as {escape(hero)}</figcaption></figure>",
        _para(
            "Daredevil: Born Again season 2 is expected next year on Disney+. Marvel has not announced "
            "a Defenders project."
        ),
    ]
    return title, "\n".join(parts)


def other_story(rng: random.Random, serial: int) -> tuple[str, str]:
    """(title, html) of an entertainment or sports story with nothing about the Defenders."""
    show, show2 = rng.sample(SHOWS, 2)
    star = rng.choice(STARS)
    team1, team2 = rng.sample(TEAMS, 2)
    template = rng.choice(OTHER_TITLES)
    title = template.format(
        show=show, show2=show2, star=star, network=rng.choice(NETWORKS), team1=team1, team2=team2
    )
    sport = "{team1}" in template
    pool = SPORT_FILLER if sport else FILLER
    lead = (
        f"{team1} and {team2} met on {rng.choice(WEEKDAYS)} in a fixture both sides badly needed to win "
        f"(report {serial})."
        if sport
        else f"{star} has been everywhere this month, and {show} is the reason (report {serial})."
    )
    quote = (
        f"\u201cWe defended well as a unit and the lads deserve the clean sheet,\u201d the {team1} "
        "manager said afterwards."
        if sport
        else f"\u201cIt was the hardest thing I've ever shot, and I'm so proud of it,\u201d {star} said."
    )
    parts = [
        _para(lead),
        _para(quote),
        *(_para(t) for t in _filler(rng, pool, 5)),
        f'<p>Read more: <a href="https://news.example.com/{serial}/more">the full story</a> and '
        f'<a href="https://news.example.com/{serial}/gallery">the gallery</a>.</p>',
        *(_para(t) for t in _filler(rng, FILLER, 3)),
        f'<figure><img src="https://img.example.com/o{serial}.jpg" alt="" width="1200"></figure>',
    ]
    return title, "\n".join(parts)


def entries(feed: int, rng: random.Random, base_url: str) -> list[Entry]:
    out = []
    for j in range(ENTRIES_PER_FEED):
        serial = feed * ENTRIES_PER_FEED + j
        relevant = (serial * 7 + 3) % RELEVANT_EVERY == 0
        title, html = defenders_story(rng, serial) if relevant else other_story(rng, serial)
        published = NEWEST - dt.timedelta(minutes=serial % 9973 + 37 * j)
        out.append(
            Entry(
                guid=f"{base_url}/story/{feed}-{j}",
                link=f"{base_url}/story/{feed}-{j}.html",
                title=title,
                html=html,
                author=rng.choice(STARS),
                published=published,
                relevant=relevant,
            )
        )
    return out


def rss(feed: int, title: str, base_url: str, items: list[Entry]) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"<title>{escape(title)}</title><link>{base_url}/</link>",
        f"<description>News from {escape(title)}</description><language>en-us</language>",
        f"<lastBuildDate>{format_datetime(items[0].published)}</lastBuildDate>",
    ]
    for e in items:
        summary = e.html.split("\n", 1)[0]
        parts.append(
            "<item>"
            f"<title>{escape(e.title)}</title><link>{e.link}</link>"
            f'<guid isPermaLink="false">{e.guid}</guid>'
            f"<pubDate>{format_datetime(e.published)}</pubDate>"
            f"<dc:creator>{escape(e.author)}</dc:creator><category>News</category>"
            f"<description><![CDATA[{summary}]]></description>"
            f"<content:encoded><![CDATA[{e.html}]]></content:encoded>"
            "</item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def atom(feed: int, title: str, base_url: str, items: list[Entry]) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title>",
        f'<link href="{base_url}/"/><link rel="self" href="{base_url}/feed/{feed}.atom"/>',
        f"<id>{base_url}/</id><updated>{items[0].published.isoformat()}</updated>",
    ]
    for e in items:
        summary = e.html.split("\n", 1)[0]
        parts.append(
            "<entry>"
            f"<title>{escape(e.title)}</title>"
            f'<link rel="alternate" type="text/html" href="{e.link}"/>'
            f"<id>{e.guid}</id>"
            f"<published>{e.published.isoformat()}</published><updated>{e.published.isoformat()}</updated>"
            f"<author><name>{escape(e.author)}</name></author>"
            f'<summary type="html">{escape(summary)}</summary>'
            f'<content type="html">{escape(e.html)}</content>'
            "</entry>"
        )
    parts.append("</feed>")
    return "\n".join(parts).encode("utf-8")


@dataclass(frozen=True, slots=True)
class Farm:
    root: Path  # the folder served: feed/<i>.rss and feed/<i>.atom
    hosts: tuple[str, ...]  # loopback addresses the server listens on
    port: int
    paths: tuple[str, ...]  # /feed/<i>.<ext> per feed
    relevant_entries: int
    total_entries: int
    bytes: int

    def urls(self) -> list[str]:
        return [
            f"http://{self.hosts[i % len(self.hosts)]}:{self.port}{path}" for i, path in enumerate(self.paths)
        ]


def host_count(feeds: int) -> int:
    return max(1, min(feeds, 100))


def build(root: Path, feeds: int, port: int, *, seed: int = 20251109) -> Farm:
    """Write ``feeds`` documents under ``root/feed`` (half RSS 2.0, half Atom)."""
    hosts = tuple(f"127.0.1.{k + 1}" for k in range(host_count(feeds)))
    folder = root / "feed"
    folder.mkdir(parents=True, exist_ok=True)
    paths, relevant, total, size = [], 0, 0, 0
    for i in range(feeds):
        rng = random.Random(seed * 1_000_003 + i)
        base = f"https://{OUTLETS[i % len(OUTLETS)].lower().replace(' ', '')}{i}.example.com"
        title = f"{OUTLETS[i % len(OUTLETS)]} #{i}"
        items = entries(i, rng, base)
        relevant += sum(e.relevant for e in items)
        total += len(items)
        if i % 2 == 0:
            body, name = rss(i, title, base, items), f"{i}.rss"
        else:
            body, name = atom(i, title, base, items), f"{i}.atom"
        (folder / name).write_bytes(body)
        size += len(body)
        paths.append(f"/feed/{name}")
    return Farm(root, hosts, port, tuple(paths), relevant, total, size)
