"""Is an article about the watchlist's story? Evidence from topic terms, people and exclusions.

Scoring (every figure comes from the watchlist's own terms, never from fixed wording):

* each distinct topic term found: +1.0 in the text (+0.25 per further mention, at most +0.75),
  +2.0 more when it is in the title; core terms (the question's own words, e.g. "Defenders") count
  1.5 times;
* each distinct person of the watchlist: +0.75 in the text, +1.0 more in the title;
* each distinct exclusion term: -1.5 in the text (-0.5 per further mention, at most -1.0).
* an exclusion term in the **title** rules the article out (exclusion terms are "the terms that rule
  a match out": a title naming one says the article is about that other thing).

An article is relevant when the score reaches :data:`THRESHOLD` **and** the evidence co-occurs:
at least two distinct pieces (topic terms or people), of which at least one is a topic term, and
either a core term or two distinct topic terms. One word alone ("Defenders" in a hockey report, one
passing mention of a show in a profile of an actor) is never enough.
"""

from __future__ import annotations

from monitor.types import Relevance, Watchlist
from monitor.understand.lexicon import Lexicon, lexicon

THRESHOLD = 3.0
_TITLE_TOPIC = 2.0
_TEXT_TOPIC = 1.0
_EXTRA_MENTION = 0.25
_CORE_FACTOR = 1.5
_TEXT_PERSON = 0.75
_TITLE_PERSON = 1.0
_TEXT_EXCLUDE = 1.5
_EXTRA_EXCLUDE = 0.5


def _count_terms(lex: Lexicon, text: str) -> tuple[dict[str, int], dict[str, int]]:
    topics: dict[str, int] = {}
    excludes: dict[str, int] = {}
    for m in lex.topic.finditer(text):
        found = lex.lookup_term(m.group(0))
        if found is None:
            continue
        kind, term = found
        table = topics if kind == "topic" else excludes
        table[term] = table.get(term, 0) + 1
    return topics, excludes


def _count_people(lex: Lexicon, text: str) -> dict[str, int]:
    people: dict[str, int] = {}
    for m in lex.people.finditer(text):
        name = lex.lookup_person(m.group(0))
        if name is not None:
            people[name] = people.get(name, 0) + 1
    return people


def assess(title: str, text: str, watchlist: Watchlist) -> Relevance:
    """Relevance of one article, with the reasons (kept or dropped) spelled out."""
    lex = lexicon(watchlist)
    t_topics, t_excl = _count_terms(lex, title)
    b_topics, b_excl = _count_terms(lex, text)
    if not t_topics and not b_topics:  # nothing to co-occur with: people need not be counted
        return Relevance(False, 0.0, ("no topic term",))
    t_people = _count_people(lex, title)
    b_people = _count_people(lex, text)

    score = 0.0
    reasons: list[str] = []
    for term in sorted(set(t_topics) | set(b_topics)):
        factor = _CORE_FACTOR if term in lex.core_terms else 1.0
        n = b_topics.get(term, 0)
        points = 0.0
        if n:
            points += _TEXT_TOPIC + min(n - 1, 3) * _EXTRA_MENTION
        if term in t_topics:
            points += _TITLE_TOPIC
        points *= factor
        score += points
        where = "title and text" if term in t_topics and n else ("title" if term in t_topics else "text")
        core = ", core" if term in lex.core_terms else ""
        reasons.append(f"topic term {term!r} in {where} (x{max(n, 1)}{core}): +{points:.2f}")
    for name in sorted(set(t_people) | set(b_people)):
        points = (_TEXT_PERSON if name in b_people else 0.0) + (_TITLE_PERSON if name in t_people else 0.0)
        score += points
        reasons.append(f"person {name!r} named: +{points:.2f}")
    for term in sorted(set(t_excl) | set(b_excl)):
        n = b_excl.get(term, 0)
        points = 0.0
        if n:
            points += _TEXT_EXCLUDE + min(n - 1, 2) * _EXTRA_EXCLUDE
        score -= points
        reasons.append(f"exclusion term {term!r}: -{points:.2f}")

    topics = set(t_topics) | set(b_topics)
    people = set(t_people) | set(b_people)
    has_core = bool(topics & lex.core_terms)
    cooccur = bool(topics) and len(topics) + len(people) >= 2 and (has_core or len(topics) >= 2)
    relevant = cooccur and score >= THRESHOLD and not t_excl
    if t_excl:
        reasons.append(f"exclusion term in the title: {', '.join(sorted(t_excl))!s}")
    if not topics:
        reasons.append("no topic term")
    elif not cooccur:
        reasons.append("no co-occurrence: one term alone proves nothing")
    reasons.append(f"score {score:.2f} {'>=' if score >= THRESHOLD else '<'} {THRESHOLD:.1f}")
    return Relevance(relevant=relevant, score=round(score, 3), reasons=tuple(reasons))
