"""Words that say an article is about a product in another medium (toys and merchandise, games,
comic books) or about a sport.

A watchlist question about a show or a film ("reunite on screen") is not answered by a LEGO set, an
action-figure four-pack, a game's costume event, a comic-book review, a five-issue series or a
team's "defenders", yet those articles name the story's words. These cues count against relevance
like exclusion terms (see :mod:`monitor.understand.relevance`). They are general vocabulary, not
tied to one watchlist or one franchise (names of one franchise's games and toy lines belong in the
watchlist's exclude_terms), and a cue is switched off for a watchlist whose topic terms or question
use it (a watchlist that follows LEGO sets keeps them). Matching follows the lexicon's rules: whole
words, a capitalised cue matches only capitalised (or in capitals), a lower-case cue matches in any
case.
"""

from __future__ import annotations

import re

TOYS = (
    "Lego",  # a capitalised cue matches in capitals too: "LEGO"
    "minifigure",
    "minifig",
    "action figure",
    "Hasbro",
    "Hasbro Pulse",
    "Funko",
    "Funko Pop",
    "Hot Toys",
    "Mattel",
    "McFarlane Toys",
    "Mezco",
    "Kotobukiya",
    "Iron Studios",
    "Sideshow Collectibles",
    "collectible",
    "collectibles",
    "statue",
    "pre-order",
    "preorder",
    "playset",
    "plush",
    "merchandise",
    "merch",
    "apparel",
)
GAMES = (
    "video game",
    "videogame",
    "mobile game",
    "in-game",
    "gameplay",
    "playable",
    "unlockable",
    "skin",
    "battle pass",
    "season pass",
    "DLC",
    "patch notes",
    "PlayStation",
    "Xbox",
    "Nintendo Switch",
    "Fortnite",
    # the games trade: how a game is sold and tuned
    "free-to-play",
    "free to play",
    "early access",
    "loot box",
    "microtransaction",
    "battle royale",
    "nerf",
    "game director",
    # tabletop: card, board and miniatures games
    "card game",
    "board game",
    "tabletop",
    "hero pack",
    "expansion pack",
    "deck-building",
    "miniatures game",
    "game store",
)
COMICS = (
    "comic book",
    "variant cover",
    "penciler",
    "penciller",
    "inker",
    "colorist",
    "letterer",
    "trade paperback",
    "omnibus",
    "on sale now",
    # the comics trade: where and how issues are sold
    "comic shop",
    "comic store",
    "comics shop",
    "second printing",
    "print run",
    "ongoing series",
    # the page itself
    "splash page",
    "word balloon",
    "original art",
)
# Sports: "defenders", "Iron Fist" (a fighter's nickname), "reunion" (a team re-signing its players)
# are sports words too.
SPORTS = (
    "head coach",
    "free agency",
    "free agent",
    "quarterback",
    "linebacker",
    "cornerback",
    "touchdown",
    "playoffs",
    "postseason",
    "salary cap",
    "cap space",
    "draft pick",
    "defensive line",
    "defenseman",
    "defensemen",
    "defenceman",
    "defencemen",
    "goalkeeper",
    "goaltender",
    "midfielder",
    "centre-back",
    "center-back",
    "clean sheet",
    "transfer window",
    "relegation",
    "Champions League",
    "Premier League",
    "NFL",
    "NBA",
    "NHL",
    "MLB",
    "MLS",
    "UFC",
    "MMA",
    "title defense",
    "title defence",
    "title fight",
    "undercard",
    "power play",
    "hat trick",
)
CUES = TOYS + GAMES + COMICS + SPORTS

# Cues that are shapes rather than words: "684-piece", "6-inch", "4-pack", and a comic's run: "a
# five-issue series", "12-issue maxi-series"; a comic issue number right after a topic term
# ("Daredevil #18") is found by the relevance scorer.
PRODUCT_SHAPE = re.compile(
    r"\b\d{1,4}-(?:piece|inch|pack)\b|\b(?:two|three|four|five|six)-pack\b"
    r"|\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-issue\b",
    re.I,
)
ISSUE_NUMBER = re.compile(r" #\d{1,4}\b")
# what every product shape holds: a search for it jumps from one "-" to the next, quickly
SHAPE_HINT = re.compile(r"-(?:piece|inch|pack|issue)\b", re.I)


# Bytes that are not part of a word become spaces (letters lower-cased); non-ASCII characters are
# replaced by "?" first, so curly quotes and dashes separate words too. All of it runs in C.
_WORD_BYTES = (
    bytes((c | 0x20 if 65 <= c <= 90 else c) if chr(c).isalnum() or c == 45 else 32 for c in range(128))
    + b" " * 128
)


def words_of(text: str) -> set[str]:
    """The lower-case ASCII words of ``text`` (hyphenated words kept whole), cheaply."""
    raw = text.encode("ascii", "replace").translate(_WORD_BYTES)
    return set(raw.decode("ascii").split())


def cues_for(topic_terms: tuple[str, ...], question: str) -> tuple[str, ...]:
    """The cues that apply to a watchlist: those its topic terms and question do not use."""
    own = " ".join((*topic_terms, question)).lower()
    return tuple(c for c in CUES if not re.search(rf"(?<!\w){re.escape(c.lower())}(?!\w)", own))
