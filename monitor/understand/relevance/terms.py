"""Counting the watchlist's terms and people in a text, and the points they earn: topic terms and
exclusion terms (with a title before a name, a comic's issue number), the other-medium cues of
:mod:`monitor.understand.media`, a character and their show written as one credit, the paragraphs
that name a topic term, a line of other credits, and the score with its co-occurrence (see
:mod:`monitor.understand.relevance` for the rules).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from monitor.understand import media
from monitor.understand.lexicon import Lexicon, count_term

_TITLE_TOPIC = 2.0
_TEXT_TOPIC = 1.0
_EXTRA_MENTION = 0.25
_CORE_FACTOR = 1.5
_TEXT_PERSON = 0.75
_TITLE_PERSON = 1.0
_TEXT_EXCLUDE = 1.5
_EXTRA_EXCLUDE = 0.5
_MIN_PARAGRAPHS = 2
_PARA = re.compile(r"\n[ \t]*\n")
# a title before a name makes a person of it ("Cllr Jessica Jones", "Dr. Luke Cage")
_HONORIFIC = re.compile(
    r"\b(?:Cllr|Councillor|Councilman|Councilwoman|Alderman|Mayor|Senator|Sen|Rep|Assemblymember|MP|MSP|"
    r"Judge|Justice|Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Rev|Reverend|Sgt|Sergeant|Constable|Insp|Inspector)"
    r"\.? +$"
)
_CLOSING_QUOTES = "'\u2019\"\u201d"


def _count_terms(
    lex: Lexicon,
    text: str,
    named: list[tuple[str, int]] | None = None,
    credits: list[tuple[str, str]] | None = None,
    subtitles: dict[str, int] | None = None,
) -> tuple[dict[str, int], dict[str, int]]:
    """Topic terms and exclusion terms found in ``text`` (with counts). ``named`` collects the
    capitalised topic terms followed by a capitalised word (term, where the word starts): maybe part
    of a longer name (see :func:`_other_names`); ``credits`` the pairs of terms written as a
    character and their show ("Danny Rand in Iron Fist", see :func:`_credit_merges`); ``subtitles``
    the mentions of a term as another's subtitle ("Daredevil: Born Again", see :func:`_evidence`)."""
    topics: dict[str, int] = {}
    excludes: dict[str, int] = {}
    last: tuple[str, int] | None = None  # the topic term before, and where it ends
    for m in lex.topic_matches(text):
        found = lex.lookup_term(m.group(0))
        if found is None:
            continue
        kind, term = found
        if kind == "topic" and _HONORIFIC.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Cllr Jessica Jones", "Mr Luke Cage": a person of that name, not the story
        if kind == "topic":
            topics[term] = topics.get(term, 0) + 1
            if (
                subtitles is not None
                and last is not None
                and last[0] != term
                and _SUBTITLE.fullmatch(text, last[1], m.start())
            ):
                subtitles[term] = subtitles.get(term, 0) + 1
            end = m.end()
            if (
                credits is not None
                and last is not None
                and last[0] != term
                and _CREDIT_JOIN.fullmatch(text, last[1], m.start())
            ):
                credits.append((last[0], term))
            last = (term, end)
            if named is not None and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
                named.append((term, end + 1))
            # "Daredevil #18", or a quoted title's "‘Daredevil’ #14": an issue of the comic
            after = end + 1 if text[end : end + 1] in _CLOSING_QUOTES else end
            if lex.media_active and text.startswith(" #", after) and media.ISSUE_NUMBER.match(text, after):
                excludes["comic issue number"] = excludes.get("comic issue number", 0) + 1
        else:
            excludes[term] = excludes.get(term, 0) + 1
    return topics, excludes


# Round 22: a show's title and its subtitle, one name ("Daredevil: Born Again")
_SUBTITLE = re.compile(r": ")

# a character and the show they are in: "Danny Rand in Iron Fist", "Matt Murdock on Marvel's Daredevil"
_CREDIT_JOIN = re.compile(r" (?:in|on) (?:[A-Z][\w-]*['\u2019]s )?")


def _credit_merges(credits: list[tuple[str, str]], b_topics: dict[str, int], t_topics: dict[str, int]) -> int:
    """How many of the story's names are one piece of evidence with another: a character and their
    show written as one credit ("who played Danny Rand in Iron Fist") and nowhere else (not in the
    title either) are a description of the actor, one mention of the story, not two. Returns the
    names joined to another this way (the names of the credits less the credits they form)."""
    if not credits:
        return 0
    uses: dict[str, int] = {}
    for a, b in credits:
        uses[a] = uses.get(a, 0) + 1
        uses[b] = uses.get(b, 0) + 1
    only = {t for t, n in uses.items() if t not in t_topics and n >= b_topics.get(t, 0)}
    group: dict[str, str] = {t: t for t in only}  # each name's credit, by one of its names

    def root(t: str) -> str:
        while group[t] != t:
            t = group[t]
        return t

    for a, b in credits:
        if a in only and b in only:
            group[root(a)] = root(b)
    return len(only) - len({root(t) for t in only})


def _count_media(lex: Lexicon, text: str, excludes: dict[str, int]) -> None:
    """Add the other-medium cues of ``text`` to ``excludes`` (scanned only once a topic term is found)."""
    if not lex.media_active:
        return
    present = media.words_of(text)
    keys = {lex.media_keys[w] for w in present.intersection(lex.media_keys)}
    for key in sorted(keys):  # the cue's own pattern runs for the few present
        for cue_words, pattern, cue in lex.media[key]:
            if any(w not in present and w + "s" not in present for w in cue_words):
                continue
            n = count_term(pattern, cue, text)
            if n:
                excludes[cue] = excludes.get(cue, 0) + n
    if "-" not in text or not media.SHAPE_HINT.search(text):
        return
    for m in media.PRODUCT_SHAPE.finditer(text):
        key = "-" + m.group(0).lower().split("-")[-1]
        excludes[key] = excludes.get(key, 0) + 1


def _names_topic(lex: Lexicon, para: str, skip: Collection[str] = ()) -> bool:
    """Does ``para`` name a topic term (not one of ``skip``) outside a person's name or alias ("the
    Daredevil star")?"""
    people: list[tuple[int, int]] | None = None
    for m in lex.topic_matches(para):
        found = lex.lookup_term(m.group(0))
        if found is None or found[0] != "topic" or found[1] in skip:
            continue
        if people is None:
            people = [(p.start(), p.end()) for p in lex.people_matches(para) if lex.lookup_person(p.group(0))]
        if not any(a <= m.start() and m.end() <= b for a, b in people):
            return True
    return False


def _topic_paragraphs(lex: Lexicon, paras: list[str]) -> int:
    """How many paragraphs name a topic term (see :func:`_names_topic`), counted up to two."""
    n = 0
    for para in paras:
        n += _names_topic(lex, para)
        if n >= _MIN_PARAGRAPHS:
            break
    return n


def _count_people(lex: Lexicon, text: str) -> dict[str, int]:
    people: dict[str, int] = {}
    for m in lex.people_matches(text):
        name = lex.lookup_person(m.group(0))
        if name is not None:
            people[name] = people.get(name, 0) + 1
    return people


def _exclusion_points(t_excl: dict[str, int], b_excl: dict[str, int], reasons: list[str]) -> float:
    score = 0.0
    for term in sorted(set(t_excl) | set(b_excl)):
        n = b_excl.get(term, 0)
        points = 0.0
        if n:
            points += _TEXT_EXCLUDE + min(n - 1, 2) * _EXTRA_EXCLUDE
        score += points
        reasons.append(f"exclusion term {term!r}: -{points:.2f}")
    return score


def _evidence(
    lex: Lexicon,
    t_topics: dict[str, int],
    b_topics: dict[str, int],
    t_people: dict[str, int],
    b_people: dict[str, int],
    merged: int = 0,
    subtitles: dict[str, int] | None = None,
) -> tuple[float, list[str], set[str], bool]:
    """Points for the topic terms and people found, their reasons, the topic terms, co-occurrence
    (``merged``: how many names are one piece with another, see :func:`_credit_merges`). Round 22: a
    term the text names only as another's subtitle (``subtitles``: "Daredevil: Born Again") is a further
    mention of one show, worth :data:`_EXTRA_MENTION`; it is still a name of the story (a piece)."""
    score = 0.0
    reasons: list[str] = []
    for term in sorted(set(t_topics) | set(b_topics)):
        factor = _CORE_FACTOR if term in lex.core_terms else 1.0
        n = b_topics.get(term, 0)
        points = 0.0
        if n and subtitles and subtitles.get(term, 0) >= n:
            points += _EXTRA_MENTION
        elif n:
            points += _TEXT_TOPIC + min(n - 1, 3) * _EXTRA_MENTION
        if term in t_topics:
            points += _TITLE_TOPIC
        points *= factor
        score += points
        where = "title and text" if term in t_topics and n else ("title" if term in t_topics else "text")
        core = ", core" if term in lex.core_terms else ""
        core += ", only as a subtitle" if n and subtitles and subtitles.get(term, 0) >= n else ""
        reasons.append(f"topic term {term!r} in {where} (x{max(n, 1)}{core}): +{points:.2f}")
    for name in sorted(set(t_people) | set(b_people)):
        points = (_TEXT_PERSON if name in b_people else 0.0) + (_TITLE_PERSON if name in t_people else 0.0)
        score += points
        reasons.append(f"person {name!r} named: +{points:.2f}")
    topics = set(t_topics) | set(b_topics)
    people = set(t_people) | set(b_people)
    has_core = bool(topics & lex.core_terms)
    # the names of the story (capitalised terms) and its people co-occur; a common word of the topic
    # ("reunion", "crossover") adds points but is no second piece of evidence: "Defenders" and
    # "reunion" are as true of a punk band or a car club as of the show
    # (a watchlist of common words only has no names: then every term is one)
    names = {t for t in topics if not t.islower()} if lex.has_names else topics
    pieces = len(names) - merged
    cooccur = bool(names) and pieces + len(people) >= 2 and (has_core or pieces >= 2)
    return score, reasons, topics, cooccur


def _credits_line(lex: Lexicon, text: str) -> bool:
    """Do the text's exclusion terms (and other-medium cues) all stand in one paragraph that names no
    topic term, while the story's names fill at least two other paragraphs? That paragraph is a
    list of someone's other credits ("Her other credits include …"), not what the article is about."""
    paras = _PARA.split(text)
    with_excl: list[int] = []
    with_topic = 0
    for i, para in enumerate(paras):
        topics, excl = _count_terms(lex, para)
        _count_media(lex, para, excl)
        if excl:
            if topics:
                return False
            with_excl.append(i)
        elif topics and _names_topic(lex, para):
            with_topic += 1
    return len(with_excl) == 1 and with_topic >= _MIN_PARAGRAPHS
