"""Is an article about the watchlist's story? Evidence from topic terms, people and exclusions.

Scoring (every figure comes from the watchlist's own terms, never from fixed wording):

* each distinct topic term found: +1.0 in the text (+0.25 per further mention, at most +0.75),
  +2.0 more when it is in the title; core terms (the question's own words, e.g. "Defenders") count
  1.5 times;
* each distinct person of the watchlist: +0.75 in the text, +1.0 more in the title;
* each distinct exclusion term: -1.5 in the text (-0.5 per further mention, at most -1.0); the
  other-medium and sports cues of :mod:`.media` ("LEGO", "action figure", "in-game", "variant
  cover", a "684-piece" set, a "five-issue" series, "Daredevil #18" or a quoted "‘Daredevil’ #14",
  "free-to-play", "splash page", "head coach", "title defense") count the same way, and so does a
  capitalised topic term the text writes in lower case more often than capitalised ("two
  defenders", "public defenders", or in the singular for a plural name: "a public defender"): a
  common noun here), whose points in a title-case headline, or opening a sentence-case one
  ("Defenders of a community garden vow …": the capital is the sentence's), are then taken back;
  a page's tag line ("Tags: cons, danny rand") is a list of labels, no common noun;
* a topic term after a title ("Cllr Jessica Jones", "Dr. Luke Cage") is a person of that name: no
  points;
* a capitalised topic term used only inside a longer name ("the Iron Fist Academy": followed by a
  capitalised word that starts no term, person or series word, outside title-case lines) earns no
  points, in the text or a sentence-case title;
* a topic term the text gives as the name of something else earns no points anywhere in the article,
  title included ("a greyhound called Daredevil", "a cocktail bar named Jessica Jones", "the owners
  named her Daredevil": after a common noun, the thing named, or an object pronoun); one that starts
  a longer name so given ("a quiz team calling themselves the Defenders of Ward Nine") is used inside
  that name. Not the story itself ("a series called Daredevil"; in a sentence about whom an actor plays or a
  role, "plays a detective named Jessica Jones"), a verdict after a name or a subject pronoun
  ("Variety named Daredevil the best new series", "he called Daredevil the role of his life") or a
  post ("was named") (seventeenth round);
* an exclusion term or other-medium cue in the **title** rules the article out (exclusion terms are
  "the terms that rule a match out": a title naming one says the article is about that other
  thing), unless a watchlist person makes a statement about the question in the text;
* the exclusion terms and cues lower the score, but a watchlist person the title names with a name
  of the story ("Mike Colter on his football film and Luke Cage") who speaks to the question in the
  text, or any watchlist person who speaks of the group (below), keeps the article whatever they
  take away: someone speaking to the question makes it relevant even when it is not its main
  subject;
* :data:`MANY_EXCLUSIONS` distinct exclusion terms and cues in the text rule it out too (a toy
  listing or a game event names every character, but also its price, its pieces and its store).

An article is relevant when the score reaches :data:`THRESHOLD` **and** the evidence co-occurs:
at least two distinct pieces (topic terms or people), of which at least one is a topic term, and
either a core term or two distinct topic terms. One word alone ("Defenders" in a hockey report, one
passing mention of a show in a profile of an actor) is never enough. The pieces are the story's
names (capitalised terms) and people: a common word of the topic ("reunion", "crossover",
"team-up") adds points but is no piece of its own, for "Defenders" and "reunion" are as true of a
punk band, a car club or a cooking show (unless the watchlist has no capitalised term at all).
A character and their show written as one credit ("Jones, who played Danny Rand in Iron Fist")
and nowhere else are one piece: a description of the actor, not two mentions of the story.
One name of the story is enough when a watchlist person named with it in the title speaks to the
question next to it in the text (the statement is the second piece; "reunion" in the title is no
name: "Mike Colter on The Good Wife's reunion" is another show's), or when a watchlist person the
article names in full speaks of the **group** the question is about: the statement's paragraph or
the one before (an interviewer's question) names another watchlist person, or its paragraph names
one by first name alone, as castmates speak of each other ("doing it alongside Mike and Krysten
again"; not "Mike Smith", nor a first name someone else in the article has), or two of the story's
characters by first name ("I'd like Luke and Danny in the room too"); the same holds when the
points of a second name are taken back (a common noun, a longer name) and one name is left. A
statement next to one name with only return words ("I'd come back tomorrow") is as true of an
actor's other show.

When the **title names no topic term**, a passing mention is not enough either: the text must carry a
statement about the question by a watchlist person (with a topic term in its paragraph or the one
before, or the one before that across a short line such as "She didn't dodge." or a short question
going on from it, "So has her phone rung? She grins.", not only in the speaker's alias; or about the
group, as above), or name topic terms in at least two paragraphs (a term inside a
person's alias, "the Daredevil star", does not count). A business story that lists the shows once,
or an actor's new role with one nod to the old one, is about something else.

A **full article** (1,200 characters or more: a feed's short summary is not held to this) must also
be about the question, not only the franchise: it uses the question's own words beyond the names it
shares with the topic ("reunite", "reunion"; the core term's own words in any case or form,
"defender", "defense", are not the question's sense, nor is the question's setting, a word after a
preposition: "screen" of "on screen", in any "screen career"), or the words of a return ("return",
"reprise", "revival", "bring … back", "back together", "join", "cameo"; seventeenth round: seeing it
again, "Could we see them in one room again?"), or someone in it speaks
to the question (when the article writes a term as a common noun, a statement next to that common
noun alone is about the other thing: it counts only by a watchlist person or next to another term).
A ratings newsletter, a "daredevil" stuntman in Hell's Kitchen or the obituary of a crew member
names the shows and people but never the question.

Nineteenth round: a title naming a watchlist person with a name of the story from their own role
(the watchlist's ``role``: "Charlie Cox on Daredevil return", or the character by first name alone,
"Krysten Ritter on saying goodbye to Jessica"; not inside their alias, "the Jessica Jones Star") that
the text names too is co-occurrence (the headline is about the actor in the role); doing it again
("would they do it again?"), a sequel, asking for a part back ("nobody's asking for it back") and
being back as a character ("Cox, back as Matt Murdock") are words of a return; exclusion terms that
all stand in one paragraph naming no topic term (a line of other credits: "Her other credits include
Breaking Bad …"), with the story's names in two other paragraphs, do not rule the article out.

Nineteenth round (g): a topic term right after a noun for an animal, a vessel or a band ("the gelding
Iron Fist", "punk band the Defenders"; not a person's noun: "detective Jessica Jones" is the
character) is that thing's name, and a name with an age after it ("Jessica Jones, 78, said", or its
surname alone, "Jones, 78," when the text names no watchlist person of that surname in full) is a
person's: no points anywhere, title included; a watchlist person the article names only by a surname
that ends a name of the story it names in full ("Jones" beside "Jessica Jones") is not counted; a
watchlist person's statement about the question next to a name of the story is worth
:data:`_STATEMENT` points (looked for only when it decides).

20th round: an article dropped all the same (below the threshold, one name alone, no topic term, a
passing mention) that holds a passage about the question is kept, the reason "a passage about the
question: …" recorded (an interview about a play or a film with one paragraph on a reunion): see
:mod:`~monitor.understand.relevance.passage`. Not when the title names an exclusion term, or the
text names two or more.

Round 21: one name of the story and the group named by its characters' first names in one paragraph
("Born Again" … "what about Jessica, Luke and Danny?"; not "Luke Smith") co-occur, the reason "the
story's characters named together by first name: the group" recorded; a passage's names include a
question's answer, and the question's own subject with a word of the topic (see
:mod:`~monitor.understand.relevance.passage`).

Round 22: a topic term the text writes only as another's subtitle ("Daredevil: Born Again") is a
further mention of one show (+0.25), still a name of the story; a return word in a relative clause
about someone who is not a watchlist person and that names no topic term ("Ayelet Zurer, who returns
as Vanessa", "the designer, who joined the show") is that person's, not the question's sense.

The package's modules: :mod:`~monitor.understand.relevance.terms` counts the terms and people and
scores them (co-occurrence included), :mod:`~monitor.understand.relevance.names` finds the names that
are not the story's (common nouns, longer names, names given to something else, animals, vessels and
bands, people with an age), :mod:`~monitor.understand.relevance.passage` a passage about the question
in an article about something else, :mod:`~monitor.understand.relevance.people` the watchlist people who speak
to the question or of the group and the roles in titles, :mod:`~monitor.understand.relevance.sense`
whether the article is about the question at all; :func:`assess` here weighs it all.
"""

from __future__ import annotations

from monitor.types import Relevance, Watchlist
from monitor.understand.lexicon import Lexicon, lexicon
from monitor.understand.relevance.names import _common_nouns, _given_names, _other_names
from monitor.understand.relevance.passage import passage, role_names
from monitor.understand.relevance.people import (
    _drop_surname_only,
    _group_named,
    _speaker_for_one_name,
    _statement_by,
    _title_role,
)
from monitor.understand.relevance.sense import _in_question_sense, _setting, _spoken_about
from monitor.understand.relevance.terms import (
    _MIN_PARAGRAPHS,
    _PARA,
    _count_media,
    _count_people,
    _count_terms,
    _credit_merges,
    _credits_line,
    _evidence,
    _exclusion_points,
    _topic_paragraphs,
)

__all__ = ["MANY_EXCLUSIONS", "THRESHOLD", "assess"]

THRESHOLD = 3.0
_STATEMENT = 0.5  # a watchlist person's statement about the question next to a name of the story
MANY_EXCLUSIONS = 3
_FULL_ARTICLE = 1200  # characters (about 200 words): shorter is a feed's summary, not the article


def assess(title: str, text: str, watchlist: Watchlist) -> Relevance:
    """Relevance of one article, with the reasons (kept or dropped) spelled out."""
    lex = lexicon(watchlist)
    t_named: list[tuple[str, int]] = []
    b_named: list[tuple[str, int]] = []
    t_topics, t_excl = _count_terms(lex, title, t_named)
    credits: list[tuple[str, str]] = []
    subtitles: dict[str, int] = {}
    b_topics, b_excl = _count_terms(lex, text, b_named, credits, subtitles)
    if not t_topics and not b_topics:  # nothing to co-occur with: people need not be counted
        # (20th round) but a role's character ("Karen Page") may name the story in a passage about it
        roles = role_names(lex, watchlist)
        if not t_excl and roles is not None and roles.search(text):
            found = passage(lex, watchlist, title, text)
            if found is not None:
                return Relevance(True, 0.0, ("no topic term", f"a passage about the question: {found}"))
        return Relevance(False, 0.0, ("no topic term",))
    t_people = _count_people(lex, title)
    b_people = _count_people(lex, text)
    _drop_surname_only(lex, title, text, t_topics, b_topics, t_people, b_people)
    merged = _credit_merges(credits, b_topics, t_topics)
    role = _title_role(lex, watchlist, title, t_topics, b_topics, t_people)
    if role is not None and role[1] not in t_topics:  # the character by first name in the title
        t_topics[role[1]] = 1
    score, reasons, topics, cooccur = _evidence(
        lex, t_topics, b_topics, t_people, b_people, merged, subtitles
    )
    by_role = role is not None and not cooccur
    cooccur = cooccur or role is not None
    # Round 21: one name of the story and the group named by its characters' first names ("Born Again
    # … what about Jessica, Luke and Danny?") co-occur: the second piece is the group itself
    group = not cooccur and score >= THRESHOLD and _has_name(topics) and _group_named(lex, text)
    cooccur = cooccur or group
    if merged:
        reasons.append(f"{merged} character and show named together as one credit: one piece")
    # one name, and a person of the watchlist named with it in the title who speaks to the question
    # next to it: the statement is the second piece of evidence (an actor's new film, and the old
    # show he is asked about once)
    headline: str | None = None
    common: dict[str, int] = {}
    other: dict[str, int] = {}
    given: set[str] = set()
    checked = False  # the names that are not the story's were looked for
    if not cooccur and score >= THRESHOLD:
        headline = _speaker_for_one_name(lex, title, text, t_topics, t_people, b_people)
    one_name = headline is not None
    if (cooccur or one_name) and (
        score - _exclusion_points(t_excl, b_excl, []) >= THRESHOLD or (t_people and t_topics)
    ):
        # Common-noun uses and other-medium cues only lower the score: looked for only when the
        # article could be kept (by its score, or by the headline's person speaking, see below).
        n_title = len(t_topics)
        checked = True
        common = _common_nouns(lex, title, text, t_topics, b_topics)
        given, given_inside = _given_names(lex, text)
        other = _other_names(lex, text, b_named, b_topics, given_inside) if b_named or given_inside else {}
        if other:  # a longer name's words are not the story's: their points go, in the title too
            title_other = _other_names(lex, title, t_named, t_topics)
            for term in other:
                b_topics.pop(term, None)
                if term in title_other:
                    t_topics.pop(term, None)
        # the article's name for something else ("a greyhound called Daredevil"): no points, in the title too
        given = {term for term in given if b_topics.pop(term, None) is not None}
        for term in given:
            t_topics.pop(term, None)
        if len(t_topics) != n_title or other or given:  # points taken back
            merged = _credit_merges(credits, b_topics, t_topics)
            score, reasons, topics, cooccur = _evidence(
                lex, t_topics, b_topics, t_people, b_people, merged, subtitles
            )
            if role is not None and (role[1] not in t_topics or role[1] not in b_topics):
                role = None  # the role's name was taken back (a common noun, a longer name)
            by_role = role is not None and not cooccur
            group = group and _has_name(topics)
            cooccur = cooccur or role is not None or group
            if not cooccur and not one_name and score >= THRESHOLD:  # one name left: as above
                headline = _speaker_for_one_name(lex, title, text, t_topics, t_people, b_people)
                one_name = headline is not None
        for term, n in sorted(common.items()):
            b_excl[f"{term.lower()!r} in lower case"] = n
        for term, n in sorted(other.items()):
            reasons.append(f"topic term {term!r} only inside another name (x{n}): no points")
        for term in sorted(given):
            reasons.append(f"topic term {term!r} is the name of something else here: no points")
        _count_media(lex, title, t_excl)
        _count_media(lex, text, b_excl)
    if one_name:
        cooccur = bool(topics)
        reasons.append(f"one name only, but {headline} speaks to the question")
    if group and not one_name:
        reasons.append("the story's characters named together by first name: the group")
    if by_role and role is not None:
        reasons.append(f"the title names {role[0]} with their own role")
    evidence = score
    score -= _exclusion_points(t_excl, b_excl, reasons)
    # (nineteenth round) a watchlist person speaking to the question next to a name of the story is
    # evidence of its own (looked for only when it decides: the score just short of the threshold)
    if cooccur and THRESHOLD - _STATEMENT <= score < THRESHOLD and b_people:
        speaker = _statement_by(lex, title, text, b_people, group=False)
        if speaker is not None:
            score += _STATEMENT
            evidence += _STATEMENT
            reasons.append(f"{speaker} speaks to the question next to a name of the story: +{_STATEMENT:.2f}")
    relevant = cooccur and score >= THRESHOLD
    # the terms of another subject (a sport, another medium) say what the article is mostly about;
    # a person the headline names with the story who speaks to the question keeps it all the same
    if not relevant and cooccur and evidence >= THRESHOLD and (t_excl or b_excl):
        if headline is None:
            headline = _speaker_for_one_name(lex, title, text, t_topics, t_people, b_people)
        if headline is not None:
            relevant = True
            reasons.append(f"exclusion terms, but {headline} speaks to the question")
    if relevant and t_excl:
        speaker = headline or (_statement_by(lex, title, text) if b_people else None)
        if speaker is None:
            relevant = False
            reasons.append(f"exclusion term in the title: {', '.join(sorted(t_excl))!s}")
        else:
            reasons.append(f"exclusion term in the title, but {speaker} speaks to the question")
    elif t_excl:
        reasons.append(f"exclusion term in the title: {', '.join(sorted(t_excl))!s}")
    if relevant and len(b_excl) >= MANY_EXCLUSIONS:
        if _credits_line(lex, text):
            reasons.append(f"{len(b_excl)} exclusion terms, all in one line of other credits")
        else:
            relevant = False
            reasons.append(f"{len(b_excl)} exclusion terms in the text: about something else")
    if relevant and not t_topics and _topic_paragraphs(lex, _PARA.split(text)) < _MIN_PARAGRAPHS:
        speaker = _statement_by(lex, title, text) if b_people else None
        if speaker is None:
            relevant = False
            reasons.append("no topic term in the title and only a passing mention in the text")
        else:
            reasons.append(f"no topic term in the title, but {speaker} speaks to the question")
    # a full article (not a feed's summary) with neither the question's sense nor anyone speaking to
    # it is about the franchise, not the question (a ratings newsletter, a "daredevil" stuntman in
    # Hell's Kitchen, an obituary of a crew member)
    if (
        relevant
        and len(text) >= _FULL_ARTICLE
        and not _in_question_sense(lex, title, text, _setting(watchlist.question))
        and not _spoken_about(lex, title, text, common)
    ):
        relevant = False
        reasons.append("no word of the question and no statement about it")
    # (20th round) an article mostly about something else that holds a passage about the question (a
    # return's words next to a name of the story, and someone's statement there): kept, with the
    # reason; not when the title names another subject or the text names two or more
    if not relevant and not t_excl and len(b_excl) <= 1:
        known = {*common, *other, *given}
        found = passage(
            lex,
            watchlist,
            title,
            text,
            (lambda: known) if checked else (lambda: _not_names(lex, title, text, t_topics, b_topics)),
            b_topics,
        )
        if found is not None:
            relevant = True
            reasons.append(f"a passage about the question: {found}")
    if not topics:
        reasons.append("no topic term")
    elif not cooccur:
        reasons.append("no co-occurrence: one term alone proves nothing")
    reasons.append(f"score {score:.2f} {'>=' if score >= THRESHOLD else '<'} {THRESHOLD:.1f}")
    return Relevance(relevant=relevant, score=round(score, 3), reasons=tuple(reasons))


def _not_names(
    lex: Lexicon, title: str, text: str, t_topics: dict[str, int], b_topics: dict[str, int]
) -> set[str]:
    """The topic terms the article does not use as the story's names (common nouns, a longer name's
    words, the names of something else), for a passage (20th round)."""
    common = _common_nouns(lex, title, text, dict(t_topics), dict(b_topics))
    given, inside = _given_names(lex, text)
    named: list[tuple[str, int]] = []
    topics, _ = _count_terms(lex, text, named)
    other = _other_names(lex, text, named, topics, inside) if named or inside else {}
    return {*common, *other, *given}


def _has_name(topics: set[str]) -> bool:
    """Is one of ``topics`` a name of the story (capitalised), not only a word of the topic?"""
    return any(not t.islower() for t in topics)
