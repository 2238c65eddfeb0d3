"""What a sentence is and whom it is about: a heading, an introduction, a work's title; the subject
after an opening clause, the speech verb in it, the person a verb goes with (never the object of a
preposition or a possessor: see :attr:`monitor.understand.speakers.Candidate.governed`)."""

from __future__ import annotations

import bisect
import re

from monitor.understand import scan, speakers
from monitor.understand.speakers import Candidate
from monitor.understand.statements.constants import _WORDS

_INTRO_END = re.compile(
    rf"(?::\s*$)|(?:\b(?:{speakers.SPEECH_VERBS})\b[^.]{{0,40}}"
    r"\b(?:this|the following|as follows)\s*[.:]?\s*$)",
    re.IGNORECASE,
)
_INTRO_WORDS = ("this", "following", "follows")  # the words _INTRO_END's second form ends with

_SUBJECT_WORDS = 6  # a sentence's subject sits among its first words
# A sentence opening with a preposition, a subordinator or a participle ("On the podcast,", "Asked
# about it,", "Speaking to Variety,") has its subject after the first comma. Round 21: also after a
# conjunction that opens the sentence ("But when Okonkwo pressed her on …, the tone changed").
_OPENER = re.compile(
    r"\s*(?:(?:but|and|yet|so)\s+)?(?:on|in|at|during|after|before|following|when|while|as|since|although|though|if|because|"
    r"despite|with|without|for|from|asked|speaking|talking|appearing|responding|writing|promoting|"
    r"replying|sitting|chatting|reflecting|discussing|"
    r"[a-z]{3,}ing\s+(?:to|about|on|at|with|in|from|during|for|after|before|alongside)|"
    r"[a-z]{3,}ed\s+(?:by|about|on|whether|if|in|at|during|for|after|what|how))\b",
    re.IGNORECASE,
)
# the word before a name that makes it an object, not the subject: a preposition or an -ing verb
# ("said to Velvet Couch": whom it was said to; not "according to Loeb", who says it)
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|on|about|with|for|from|by|into|like|than|against|alongside|opposite|starring|"
    r"(?<!according )to|[a-z]{2,}ing)\s+$"
)

_OPENER_REACH = 160  # characters in which the opening clause's comma must come

# a name in apposition closing an opening clause, before a capitalised subject ("… his new play, Low
# Tide, Jones was candid"); not "Ritter, 43, said", where the subject itself comes first
_NAMED_APPOSITION = re.compile(
    r"\s*(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*,"
    r"(?=\s+(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*|he|she|they)\s+[a-z])"
)


def _is_heading(paragraph: str) -> bool:
    """A headline repeated inside the text (HTML pages often carry their <h1>): no closing
    punctuation and nearly every longer word capitalised."""
    body = paragraph.strip()
    if not body or body[-1] in ".!?:\"\u201d'\u2019)" or "\n" in body:
        return False
    long_words = [w for w in _WORDS.findall(body) if len(w) > 3]
    if len(long_words) < 2:
        return False
    caps = sum(1 for w in long_words if w[0].isupper())
    return caps >= 0.8 * len(long_words)


def _is_intro(sentence: str) -> bool:
    """Does ``sentence`` introduce what follows (see _INTRO_END)? Its end is looked at first: a colon,
    or "this", "the following", "as follows" (the pattern, tried at every word, is slow)."""
    end = sentence.rstrip()
    if (
        not end.endswith(":")
        and scan.plain_case(end)
        and not end.rstrip(".:").rstrip().lower().endswith(_INTRO_WORDS)
    ):
        return False
    return _INTRO_END.search(sentence) is not None


def _is_title(text: str) -> bool:
    ws = text.split()
    caps = [w for w in ws if w[:1].isupper() or not w[:1].isalpha()]
    return len(ws) <= 6 and len(caps) == len(ws)


# names listed in an opening clause ("Asked whether she would share the screen with Charlie Cox, Mike
# Colter and Finn Jones again, Ritter …"): the comma after the first name is the list's, not the
# clause's end, which is the comma after the list (a few lower-case words on, none a verb)
_CAP = r"[A-Z][\w'\u2019.-]*"
_LISTED = re.compile(
    rf"\s*(?:{_CAP}\s+){{0,2}}{_CAP}(?:,\s*(?:{_CAP}\s+){{0,2}}{_CAP})*,?\s+(?:and|or)\s+"
    rf"(?:{_CAP}\s+){{0,2}}{_CAP}(?P<tail>(?:\s+[a-z]+){{0,3}}),"
)
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019-]*$")
# Round 21: names listed as the subject of a question in an opening clause ("When pressed on whether
# Krysten Ritter, Mike Colter or Finn Jones could join Cox, Feige declined"): the question has a verb
# of its own after the list, so the clause ends at the first comma after it
_ASKED_OF_LIST = re.compile(rf"\b(?:whether|if)\s+(?:{_CAP}\s+){{0,3}}{_CAP}$")
_LISTED_ASKED = re.compile(
    rf"\s*(?:{_CAP}\s+){{0,3}}{_CAP}(?:,\s*(?:{_CAP}\s+){{0,3}}{_CAP})*,?\s+(?:and|or)\s+"
    rf"(?:{_CAP}\s+){{0,3}}{_CAP}\s+[^,.;:!?\n]{{1,120}},"
)
_LIST_TAIL_VERB = re.compile(
    rf"\b(?:is|was|were|are|has|have|had|did|do|does|will|would|can|could|{speakers.SPEECH_VERBS})\b"
)


def _after_opener(narrative: str, start: int, end: int, reach: int) -> int | None:
    """Where the subject zone starts after an opening clause of the sentence at ``start``
    ("Speaking to Variety, the actor said"), past a name in apposition that closes the clause ("… of
    his new play, Low Tide, Jones said"); None without an opening clause or its comma within
    ``reach`` characters."""
    opener = _OPENER.match(narrative, start, end)
    if opener is None:
        return None
    comma = narrative.find(",", opener.end(), min(end, start + reach))
    if comma < 0:
        return None
    listed = _LISTED.match(narrative, comma + 1, end)
    if (
        listed is not None
        and _NAME_BEFORE_COMMA.search(narrative, start, comma)
        and not _LIST_TAIL_VERB.search(listed.group("tail"))
    ):
        comma = listed.end() - 1  # (the list's last name, then the clause's comma)
    elif _ASKED_OF_LIST.search(narrative, start, comma):
        asked = _LISTED_ASKED.match(narrative, comma + 1, end)
        if asked is not None:
            comma = asked.end() - 1  # (the question's verb and the rest of it, then the clause's comma)
    named = _NAMED_APPOSITION.match(narrative, comma + 1, end)
    return named.end() if named else comma + 1


# Round 22: a description opening the sentence, then the name of whom it describes: in apposition
# ("The man running the new show, Dario Scardapane, has been …") or after "is" ("The person who
# plans the fights is stunt coordinator Ray Okafor."). The name is the subject, not the description.
_DESCRIPTION = r"\s*(?:The|A|An)\s+[^,;:.!?\n\"\u201c\u201d]{2,90}?"
_BEFORE_APPOSED = re.compile(rf"{_DESCRIPTION},\s+$")
_AFTER_APPOSED = re.compile(r",\s+(?:\w+ly\s+)?[a-z]")
_BEFORE_NAMED = re.compile(rf"{_DESCRIPTION}\s(?:is|was)\s+(?:[\w'\u2019-]+\s+){{0,3}}$")
_AFTER_NAMED = re.compile(r"\s*(?:[.,;:]|$)")


def _described_subject(narrative: str, start: int, end: int, cands: list[Candidate]) -> Candidate | None:
    """The person a description opening the sentence at ``start`` names (see _BEFORE_APPOSED and
    _BEFORE_NAMED), if any."""
    for cand in cands:
        if cand.start - start > 120:
            break
        if cand.kind not in ("person", "name") or cand.start < start:
            continue
        if (
            _BEFORE_APPOSED.fullmatch(narrative, start, cand.start)
            and _AFTER_APPOSED.match(narrative, cand.end, end)
        ) or (
            _BEFORE_NAMED.fullmatch(narrative, start, cand.start)
            and _AFTER_NAMED.match(narrative, cand.end, end)
        ):
            return cand
    return None


def _sentence_subject(narrative: str, start: int, end: int, cands: list[Candidate]) -> Candidate | None:
    """The candidate the sentence is about: the first one among its first words, after a leading
    adverbial clause ("Speaking to Variety, the actor said", "Asked whether X would return, Ritter
    laughed") and never a possessor ("Colter's return"); the person a description opening it names
    (see _described_subject)."""
    zone = _after_opener(narrative, start, end, _OPENER_REACH) or start
    described = _described_subject(narrative, zone, end, cands)
    if described is not None:
        return described
    for cand in cands:
        if cand.start < zone:
            continue
        if len(_WORDS.findall(narrative[zone : cand.start])) > _SUBJECT_WORDS:
            return None
        if narrative.startswith(("'s", "\u2019s"), cand.end):
            continue
        if cand.governed or _OBJECT_BEFORE.search(narrative, max(zone, cand.start - 20), cand.start):
            # "On shooting Low Tide", "talking about Cox", "With Charlie Cox back as Daredevil": the
            # object of a preposition or verb
            continue
        return cand
    return None


def _speech_verb_in(narrative: str, start: int, end: int, verbs: list[re.Match[str]] | None) -> int | None:
    """Where ``speakers.speech_verb(narrative[start:end])`` starts in ``narrative``, taken from
    ``verbs`` (``speakers.speech_verbs(narrative)``, None when the narrative's lower case is not
    plain) when the first verb in the sentence ends inside it. (The sentence starts after a space,
    and its last verb cannot run on into the next sentence, which starts after a full stop or a
    blank line: the check is for safety.)"""
    if verbs is not None:
        i = bisect.bisect_left(verbs, start, key=lambda m: m.start())
        if i == len(verbs) or verbs[i].start() >= end:
            return None
        if verbs[i].end() <= end:
            return verbs[i].start()
    v = speakers.speech_verb(narrative[start:end])
    return start + v.start() if v is not None else None


def _pick_subject(cands: list[Candidate], verb_pos: int) -> Candidate | None:
    """The candidate nearest before the verb, passing over the objects of a preposition ("She
    pointed to the opening of Epic Universe and said …"), else the first one just after it
    (inverted order)."""
    before = [c for c in cands if c.end <= verb_pos]
    if before:
        return next((c for c in reversed(before) if not c.governed), before[-1])
    after = [c for c in cands if c.start >= verb_pos]
    return after[0] if after else None
