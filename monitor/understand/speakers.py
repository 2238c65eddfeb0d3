"""Who is speaking: watchlist people by name or alias, pronouns, descriptions and unknown names.

* A watchlist person named by canonical name, alias ("the Jessica Jones star") or unshared surname
  resolves to the canonical name.
* "he", "she", "they" resolve to the last person named in the narrative before them (watchlist
  people within the last three paragraphs first, else any other name seen as a speaker or subject).
* A description ("the showrunner", "the actress", "the Defenders showrunner") resolves to the
  watchlist people whose role has that word, narrowed by the description's other words: one owner
  named in the article is the answer; of several, the one the last sentences were about, else the
  last named. A description nobody owns, or whose one owner the article never names, stands for the
  person the last sentences were about, else the last watchlist person named or other person quoted
  (not a name seen in passing, which may be a character).
* Anybody else keeps the name as written ("coach Mike Smith said" gives "Mike Smith"; a title
  before it, "Listener Dana Whitford", is no part of it; "Ritter's Instagram" is no name).
* Nobody found: ``None``.

Seventeenth round: a person outside the watchlist the article named in full goes on by first name
("Tara wasn't having it" after "Tara Kowalczyk"), and a watchlist person by a short form of theirs
("Deb" for Deborah); a part an actor plays ("Rosario Dawson (Claire Temple)", "who played Claire
Temple") is no person of the article. "he" or "she" never stands for someone known to be of the
other sex (then for the last person named, else nobody), and pronouns of both sexes taken for one
person leave their sex unknown; someone seen speaking in the pronoun's own paragraph is nearer than
the subject of a paragraph before; page furniture and headings between a person and the pronoun do
not count in its reach. A description never reaches back over a sentence's end ("… Downs.\n\nThe
actor"); a name after a preposition or an -ing verb, or a possessor, is no verb's subject ("She
pointed to the opening of Epic Universe and said …"), unless a relative clause about it follows
("for Sigourney Weaver, who said …"). A bare description ("the actor") right after a sentence about
someone outside the watchlist, in its own paragraph, is that person (though the watchlist has actors
of its own), unless one of its owners was named in the paragraph before it.

Nineteenth round: a watchlist person's surname written after another first name, inside a sentence
("stars Alaqua Cox" when the watchlist follows Charlie Cox), is another person of that name, neither
a mention nor a speaker of the watchlist person (not after a title, an honorific or a short form of
the person's own first name: "actor Cox", "Mr Cox", "Vinnie D'Onofrio").

Twentieth round: "the odd actor", "the occasional producer", "the rare director" is someone or other,
no one in particular: it stands for no watchlist person.

Round 22: a name after "a" or "an" ("during an Instagram Live") is no person, as after "the"; a name in
an apposition to a person, followed by the work it is played in ("Deborah Ann Woll, Karen Page in
Netflix's Daredevil, told …"), is a part, nobody who could speak.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from monitor.understand import scan
from monitor.understand.lexicon import Lexicon

SPEECH_VERBS = (
    "said|says|say|told|tells|tell|added|adds|explained|explains|continued|continues|noted|notes|shared|"
    "shares|stated|states|revealed|reveals|confirmed|confirms|admitted|admits|insisted|insists|teased|"
    "teases|joked|jokes|laughed|recalled|recalls|remarked|replied|replies|responded|answered|wrote|writes|"
    "posted|tweeted|claimed|claims|argued|argues|mused|quipped|offered|hinted|hints|suggested|suggests|"
    "acknowledged|acknowledges|conceded|concedes|reiterated|reiterates|announced|announces|promised|"
    "promises|assured|cautioned|warned|declared|maintained|stressed|emphasized|emphasised|elaborated|"
    "clarified|reflected|observed|commented|exclaimed|gushed|opened up|weighed in|pointed out|went on|"
    "concluded|put it|called|calls|asked|asks|hopes|hoped|believes|believed|thinks|thought|expects|expected|"
    # the rest of the common reporting verbs of news writing
    "confided|confides|confessed|confesses|vowed|vows|swore|predicted|predicts|speculated|recounted|recounts|reasoned|"
    "countered|counters|lamented|laments|deadpanned|enthused|raved|boasted|urged|pleaded|pondered|"
    "wondered|retorted|sighed|smiled|grinned|shrugged|captioned|typed|messaged|texted|emailed|"
    "whispered|shouted|yelled|beamed|agreed|agrees|laughs|smiles|grins|shrugs|muses|quips|sighs|reflects|"
    "observes|chimed in|chimes in|interjected|interjects|cracked|cracks|disagreed|objected|protested|"
    "reassured|informed|"
    "divulged|disclosed|volunteered|ventured|surmised|guessed|figured|reckoned|reckons|estimated|"
    # participles that carry on an attribution: '"…," adding: "…"', ', saying "…"'
    "adding|saying|noting|explaining|insisting|continuing|joking|laughing|writing|telling|quipping|"
    "teasing|admitting|confirming|revealing|recalling|replying|responding|warning|stressing"
)
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)
_SPEECH_FIRST = frozenset(v.split()[0] for v in SPEECH_VERBS.split("|"))
_SHORT_CLAUSE = 240  # characters: below this a word loop beats the scan's fixed cost
_ALPHA = re.compile(r"[A-Za-z]+")
_PRONOUN = re.compile(r"(?=[hHsStT])\b(?:he|she|they)\b", re.IGNORECASE)
_PRONOUN_WORDS = frozenset(("he", "she", "they"))
_ROLES = (
    "actor|actress|star|showrunner|producer|director|writer|executive|creator|head|boss|president|chief|"
    "coach|manager|performer|filmmaker|co-star|costar|veteran|mastermind|architect|EP"
)
# (its words never end a sentence: "… on the South Downs.\n\nThe actor" is "The actor")
_DESCRIPTOR = re.compile(
    rf"(?=[tToOhH])\b(?:the|this|that|our|his|her)[^\S\n]+(?:[\w'\u2019/:.-]*[\w'\u2019/:-][^\S\n]+){{0,3}}?"
    rf"({_ROLES})\b",
    re.IGNORECASE,
)
# the words of the roles, as scan finds them: a text without one holds no description
_ROLE_WORDS = frozenset(scan.tokens(_ROLES.replace("|", " ")))
_ROLE_REACH = max(map(len, _ROLES.split("|"))) + 1  # from a role's start: its end, and one more
# (on the text before a role, reversed) the four runs of non-spaces a description may begin in
_RUNS_BACK = re.compile(r"(?:\s*\S+){1,4}")
_BACK_WINDOW = 200
_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?|[A-Z]['\u2019][A-Z][a-z]+|Mc[A-Z][a-z]+|[A-Z]\.)"
_NAME = re.compile(rf"(?=[A-Z])(?<![\w'\u2019]){_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,3}}(?![\w])")
_NOT_NAME_WORDS = """the a an this that these those it he she they we i his her their our its my your when
    while after before but and so then now still meanwhile however though although if as in on at
    for with speaking
    talking asked according season episode part chapter volume act book netflix marvel disney hulu hbo
    amazon apple paramount peacock max studios tv mcu comic con comic-con monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december new old fans fan also even just only since until from by of to about over under
    yes no not never well oh sadly luckily unfortunately fortunately here there where what who why how
    born again last first next earlier later back despite given like"""
NOT_NAME_START = frozenset(_NOT_NAME_WORDS.split())
# the last words of organisations' names (people's names never end so)
_ORGANISATION = """expo con convention festival fest inc corp corporation company co studios studio
    network networks group club academy association society council university college school institute
    foundation
    center centre theatre theater museum agency records entertainment media pictures productions press
    news times post magazine journal gazette report daily weekly channel radio tv awards forum summit
    conference league party office department ministry committee commission board bureau bank fund
    partners holdings labs games comics wire"""
_ORGANISATION_WORDS = frozenset(_ORGANISATION.split())
# reporting verbs that open an inverted attribution ("Said Ritter: …"): never a first name there
_INVERTED_WORDS = """said says added adds asked asks explained explains noted notes continued continues
    replied recalled recalls insisted insists concluded wrote writes laughed laughs"""
_INVERTED_VERBS = frozenset(_INVERTED_WORDS.split())
# job titles written before a name ("Showrunner Amelia Croft", "Host Aaron Pike")
_TITLE = """host co-host showrunner star co-star actor actress director producer writer creator analyst
    executive president chief head boss editor critic reporter correspondent composer coordinator
    designer author singer rapper comedian presenter anchor columnist moderator panelist panellist
    reader listener caller viewer commenter subscriber runner organizer organiser cosplayer attendee"""
_TITLE_WORDS = frozenset(_TITLE.split())


_SEX_OF_PRONOUN = {"he": "m", "she": "f"}
_FIRST_NAME_CHARS = 3  # a shorter first name ("Al", "Jo") is too often something else
_SHORT_FORM_CHARS = 4  # a first name's short form is its first three or four letters ("Deb", "Krys")
# the short forms of months and days, never a name's
_ABBREVIATIONS_WORDS = (
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur fri sat sun"
)
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_WORDS.split())
# role words of a watchlist person that say which pronoun stands for them ("actor" is used of
# women too, so it says nothing)
ROLE_SEX = {"actress": "f"}


@dataclass
class Mentions:
    """People named in the narrative (outside quotes), in reading order, for pronouns.

    ``subjects`` are the people sentences are about (a person or pronoun opening the sentence, and
    the speakers of attributed quotes); ``watch`` every mention of a watchlist person; ``other``
    unknown people seen as speakers; ``surnames`` maps the last word of unknown people's full names
    (as first written in the article) to that full name.
    """

    watch: list[tuple[int, int, str]] = field(default_factory=list)  # (pos, paragraph, name)
    other: list[tuple[int, int, str]] = field(default_factory=list)
    subjects: list[tuple[int, int, str]] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)
    # "he" / "she" known to stand for a person: from the watchlist's roles ("actress") and from a
    # pronoun that opened a clause about them ("Fallon did what hosts do: he asked …")
    gender: dict[str, str] = field(default_factory=dict)
    possessive: set[int] = field(default_factory=set)  # positions of watchlist names written "Colter's"
    # per paragraph, how many paragraphs before it are sentences (None: every one counts): page
    # furniture and headings ("Read more", "Every Marvel show, ranked") between a person and the
    # pronoun that stands for them do not put the person out of reach
    rank: list[int] | None = None
    noted: set[str] = field(default_factory=set)  # people whose sex a pronoun told
    mixed: set[str] = field(default_factory=set)  # people pronouns of both sexes were taken for

    def apart(self, para: int, earlier: int) -> int:
        """How many paragraphs ``earlier`` is before ``para`` (sentence paragraphs, with ``rank``)."""
        if self.rank is None or not 0 <= earlier <= para < len(self.rank):
            return para - earlier
        return self.rank[para] - self.rank[earlier]

    def add(self, pos: int, para: int, name: str, watched: bool) -> None:
        bisect.insort(self.watch if watched else self.other, (pos, para, name))

    def add_subject(self, pos: int, para: int, name: str) -> None:
        bisect.insort(self.subjects, (pos, para, name))

    def _last(
        self, items: list[tuple[int, int, str]], pos: int, para: int, reach: int
    ) -> tuple[int, int, str] | None:
        i = bisect.bisect_left(items, (pos, -1, ""))
        if i == 0:
            return None
        item = items[i - 1]
        return item if self.apart(para, item[1]) <= reach else None

    def last_subject(self, pos: int, para: int) -> str | None:
        """The latest sentence subject before ``pos`` within two paragraphs."""
        subject = self._last(self.subjects, pos, para, 2)
        return subject[2] if subject is not None else None

    def last_before(self, pos: int, para: int, pronoun: str = "") -> str | None:
        """Who a pronoun at ``pos`` stands for: the latest sentence subject within two paragraphs,
        else the latest person named (watchlist people within three paragraphs, other speakers
        within two). "he" / "she" pass over a subject known to be of the other sex ("Fallon asked
        … “…,” she said") for the one before."""
        subject = self._last(self.subjects, pos, para, 2)
        if subject is not None and self._other_sex(subject[2], pronoun):
            i = bisect.bisect_left(self.subjects, (pos, -1, ""))
            for j in range(i - 1, -1, -1):
                _, p, name = self.subjects[j]
                if self.apart(para, p) > 2:
                    break
                if not self._other_sex(name, pronoun):
                    return name
            # "A former executive, who asked not to be named because she still works there, said …":
            # "she" never stands for a man the sentences were about; for the last person named, if
            # of no known other sex, else for nobody
            last = self.last_person_before(pos, para)
            return last if last is not None and not self._other_sex(last, pronoun) else None
        if subject is not None:
            if subject[1] < para:
                # the one watchlist person named earlier in the pronoun's own paragraph (or other
                # person seen speaking there) is nearer than the subject of a paragraph before ("…
                # the investigator Ritter played … In December, she told a podcast …", "…, where
                # finance chief Carla Montrose said … She pointed to …")
                i = bisect.bisect_left(self.watch, (pos, -1, ""))
                here = {
                    name
                    for p0, p1, name in self.watch[:i]
                    if p1 == para and p0 > subject[0] and p0 not in self.possessive
                }
                i = bisect.bisect_left(self.other, (pos, -1, ""))
                here.update(name for p0, p1, name in self.other[:i] if p1 == para and p0 > subject[0])
                if len(here) == 1 and not self._other_sex(next(iter(here)), pronoun):
                    return here.pop()  # (one person only: in a list of names, none stands out)
            return subject[2]
        return self.last_person_before(pos, para)

    def _other_sex(self, name: str, pronoun: str) -> bool:
        sex = _SEX_OF_PRONOUN.get(pronoun)
        return sex is not None and self.gender.get(name, sex) != sex

    def note_pronoun(self, name: str, pronoun: str) -> None:
        """``pronoun`` ("he", "she") opened a clause about ``name``: remember it, unless known. Clauses
        that took both for the same person (one of them taken wrongly: "Priya makes him say it. He
        does it.") leave their sex unknown (a watchlist role's stays)."""
        sex = _SEX_OF_PRONOUN.get(pronoun.lower())
        if sex is None or name in self.mixed:
            return
        if name in self.noted and self.gender.get(name) != sex:
            self.gender.pop(name, None)
            self.mixed.add(name)
        elif name not in self.gender:
            self.gender[name] = sex
            self.noted.add(name)

    def last_person_before(self, pos: int, para: int) -> str | None:
        """The latest watchlist person named or other person quoted (characters named in passing
        do not count)."""
        best_w = self._last(self.watch, pos, para, 3)
        best_o = self._last(self.other, pos, para, 2)
        if best_w and best_o:
            return best_o[2] if best_o[0] > best_w[0] else best_w[2]
        if best_w or best_o:
            return (best_w or best_o)[2]  # type: ignore[index]
        return None


def _organisation_after(text: str, end: int) -> bool:
    """Does a name go on with an organisation's word ("Great Lakes Comic Expo", past the words a
    name is matched with)?"""
    m = _NEXT_NAME_WORD.match(text, end)
    return m is not None and m.group(1).lower() in _ORGANISATION_WORDS


_NEXT_NAME_WORD = re.compile(r"[ ]([A-Z][A-Za-z]+)")


@functools.lru_cache(maxsize=4096)  # (the same names come up in every clause of an article)
def clean_name(raw: str, lex: Lexicon) -> str | None:
    """An unknown person's name as written, without leading sentence words; None if not a name
    (a possessive "Fisk's campaign" is never a speaker)."""
    if raw.endswith(("'s", "\u2019s")):
        return None
    parts = raw.split()
    if len(parts) > 1 and parts[0].lower() in _INVERTED_VERBS:
        parts = parts[1:]  # "Said Ritter: …", "Added Achebe, …": the verb opens an inverted attribution
    while len(parts) > 2 and parts[0].lower() in _TITLE_WORDS:
        parts = parts[1:]  # "Showrunner Amelia Croft", "Host Aaron Pike": a title, then the name
    while parts and _not_name(parts[0]):
        parts = parts[1:]
    while parts and parts[-1].lower().strip(".") in NOT_NAME_START:
        parts = parts[:-1]
    if len(parts) < 2 or parts[-1].lower() in _ORGANISATION_WORDS:
        return None  # "Great Lakes Comic Expo announced": an organisation, not a person
    if any(p.endswith(("'s", "\u2019s")) for p in parts[:-1]):
        return None  # "Ritter's Instagram farewell": a possessor and what is theirs, not a person
    name = " ".join(parts)
    for m in lex.topic_matches(name):
        if lex.lookup_term(m.group(0)) is not None:
            return None
    return name


def _not_name(word: str) -> bool:
    """Is ``word`` no part of a name ("The", "Monday"), nor such a word with "'s" ("That's", "Here's")?"""
    low = word.lower().strip(".")
    return low in NOT_NAME_START or (low.endswith(("'s", "\u2019s")) and low[:-2] in NOT_NAME_START)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    kind: str  # "person" | "pronoun" | "descriptor" | "name"
    value: str  # canonical name, pronoun, descriptor word, or name as written
    detail: str = ""  # a descriptor's words before its role word ("defenders" in "the Defenders showrunner")
    # an object ("the opening of Epic Universe") or a possessor ("Ritter's Jessica Jones"): no subject
    governed: bool = False


# the word before a name that makes it an object: a preposition or an -ing verb ("the opening of
# Epic Universe", "talking about Cox"; "said to Velvet Couch": whom it was said to; not "according
# to Loeb", who says it)
GOVERNED_BEFORE = re.compile(
    r"\b(?:of|on|about|with|for|from|by|into|like|than|against|alongside|opposite|starring|in|at|"
    r"(?<!according )to|[a-z]{2,}ing)[^\S\n]+$",
    re.IGNORECASE,
)
# Round 21: a character's name after the verb or the "as" that gives an actor a role ("Deborah Ann
# Woll, back as Karen Page, said", "Woll, who plays Karen Page,"): the role, never who speaks
ROLE_BEFORE = re.compile(
    r"(?:\b(?:back|cast|stars?|starred|returns?|returned|returning|reprises|reprised|appears?|appeared|"
    r"again)[^\S\n]+as|\b(?:plays?|played|portrays?|portrayed|voices|voiced))[^\S\n]+$",
    re.IGNORECASE,
)
_WHO_AFTER = re.compile(r"\s*,?\s*(?:who|whose)\b")
_SINGLE = re.compile(r"(?=[A-Z])(?<![\w'\u2019])[A-Z][\w'\u2019-]*[a-z](?![\w'\u2019])")


def candidates(
    clause: str,
    lex: Lexicon,
    surnames: dict[str, str] | None = None,
    people: Sequence[re.Match[str]] | None = None,
    names: Sequence[re.Match[str]] | None = None,
) -> list[Candidate]:
    """Possible speakers in ``clause``, in order of position (overlaps resolved: people first).
    ``surnames`` lets an unknown person's surname alone stand for the full name seen earlier;
    ``people`` (``list(lex.people_matches(clause))``) and ``names`` (:func:`name_matches`) are
    passed when the caller has them already."""
    found: list[Candidate] = []
    mask = bytearray(len(clause))  # 1 where a candidate sits, 2 where a blocking topic term does

    def free(a: int, b: int, topic_ok: bool = False) -> bool:
        return mask.find(1, a, b) < 0 and (topic_ok or mask.find(2, a, b) < 0)

    def take(a: int, b: int, value: int = 1) -> None:
        mask[a:b] = bytes((value,)) * (b - a)

    for m in lex.people_matches(clause) if people is None else people:
        name = lex.lookup_person(m.group(0))
        if name is not None and namesake(clause, m, name, lex) is not None:
            continue  # "Alaqua Cox": another person of the surname (the name pass below finds her)
        if name is not None:
            take(m.start(), m.end())
            found.append(Candidate(m.start(), m.end(), "person", name))
        else:
            take(m.start(), m.end(), 2)
    for m in _descriptors(clause):
        # a topic term may qualify a description: "the Defenders showrunner"
        if free(m.start(), m.end(), topic_ok=True):
            detail = clause[m.start() : m.start(1)].lower()
            found.append(Candidate(m.start(), m.end(), "descriptor", m.group(1).lower(), detail))
            take(m.start(), m.end())
    for m in name_matches(clause) if names is None else names:
        if free(m.start(), m.end()) and not _after_the(clause, m):
            name = clean_name(m.group(0), lex) if not _organisation_after(clause, m.end()) else None
            if name:
                found.append(Candidate(m.start(), m.end(), "name", name))
                take(m.start(), m.end())
    # single words: an unknown person's surname ("Delacroix laughed"); a watchlist person's first
    # name ("I talk to Charlie every week"), as people who know them speak of them (not when
    # someone else of that first name is in the article: "Charlie Hunnam"); and the first name of a
    # host, a caller or a guest the article named in full ("Tara wasn't having it" after "Tara
    # Kowalczyk"), as the people around them call them
    firsts = first_names(lex)
    called = _unknown_firsts(tuple(surnames.values()), lex) if surnames else {}
    if (
        (surnames and any(surname in clause for surname in surnames))
        or (called and any(first in clause for first in called))
        or (firsts and _first_names_pattern(lex).search(clause))
    ):
        others = {full.split()[0] for full in (surnames or {}).values()}
        for m in _SINGLE.finditer(clause):
            word, a, b = m.group(0), m.start(), m.end()
            if not free(a, b):
                continue
            full = surnames.get(word) if surnames else None
            if full:
                found.append(Candidate(a, b, "name", full))
                take(a, b)
            elif not _NEXT_NAME_WORD.match(clause, b):
                if word in firsts and word not in others:
                    found.append(Candidate(a, b, "person", firsts[word]))
                    take(a, b)
                elif word in called:
                    found.append(Candidate(a, b, "name", called[word]))
                    take(a, b)
    for m in _pronouns(clause):
        if free(m.start(), m.end()):
            found.append(Candidate(m.start(), m.end(), "pronoun", m.group(0).lower()))
    found.sort(key=lambda c: c.start)
    # Round 21: a character's name after the verb or "as" giving an actor the role ("Woll, back as
    # Karen Page, said") is nobody who could speak
    found = [
        c for i, c in enumerate(found) if not _role(clause, c) and not _part_in_apposition(clause, found, i)
    ]
    return [dataclasses.replace(c, governed=True) if _governed(clause, c) else c for c in found]


_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof"])
# the capitalised word right before a surname: the first name it is written with
_WORD_BEFORE = re.compile(rf"(?<![\w'\u2019.]){_NAME_WORD}[ ]$")


def namesake(text: str, m: re.Match[str], name: str, lex: Lexicon) -> str | None:
    """A watchlist person's surname alone (``m``, standing for ``name``) written after another
    first name ("Alaqua Cox" when the watchlist follows Charlie Cox): the other person, named in
    full (a name, a short form of the person's own first name or a title before it is no other)."""
    surname = m.group(0)
    if " " in surname.strip() or m.start() < 2:
        return None
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return None
    first = before.group(0).strip()
    low = first.lower().strip(".")
    if (
        low in _TITLE_WORDS
        or low in _ROLE_WORDS
        or low in _INVERTED_VERBS
        or low in _HONORIFICS
        or not re.search(r"[\w,;'\u2019\u201d\")][ ]$", text[max(0, before.start() - 2) : before.start()])
    ):
        return None  # "Actor Cox", "Mr Cox", "Said Cox", and a word opening a sentence ("Maybe Cox")
    own = name.split(maxsplit=1)[0]
    if own.lower().startswith(first.lower()) or first.lower().startswith(own.lower()[:3]):
        return None  # "Deb Woll", "Vinnie D'Onofrio": the person's own first name, shortened
    if lex.lookup_person(f"{first} {surname}") is not None:
        return None
    return clean_name(f"{first} {surname}", lex)


def _role(clause: str, cand: Candidate) -> bool:
    """Is a name (not a watchlist person's) a role an actor plays (see ROLE_BEFORE)?"""
    return cand.kind == "name" and ROLE_BEFORE.search(clause, max(0, cand.start - 20), cand.start) is not None


# Round 22: what follows a part in an apposition: the work it is played in ("…, Karen Page in
# Netflix's Daredevil, …", "…, Luke Cage on the Netflix series, …")
_PART_IN = re.compile(r"[^\S\n]+(?:in|on|from)[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
_APPOSITION = re.compile(r",[^\S\n]*")


def _part_in_apposition(clause: str, found: Sequence[Candidate], i: int) -> bool:
    """Round 22: is name ``found[i]`` a part in an apposition to the person before it, followed by
    the work it is played in ("Deborah Ann Woll, Karen Page in Netflix's Daredevil, told …")? The
    part is nobody who could speak."""
    cand = found[i]
    if cand.kind != "name" or i == 0 or found[i - 1].kind not in ("person", "name"):
        return False
    return (
        _APPOSITION.fullmatch(clause, found[i - 1].end, cand.start) is not None
        and _PART_IN.match(clause, cand.end) is not None
    )


def _governed(clause: str, cand: Candidate) -> bool:
    """Is a name the object of a preposition or an -ing verb ("the opening of Epic Universe"), or a
    possessor ("Ritter's Jessica Jones drank"): no verb's subject? (The person a relative clause is
    about is its verb's: "for Sigourney Weaver, who said …".)"""
    if cand.kind not in ("person", "name"):
        return False
    if clause.startswith(("'s", "\u2019s"), cand.end):
        return True
    return (
        GOVERNED_BEFORE.search(clause, max(0, cand.start - 20), cand.start) is not None
        and _WHO_AFTER.match(clause, cand.end) is None
    )


@functools.lru_cache(maxsize=64)
def first_names(lex: Lexicon) -> dict[str, str]:
    """The first names that stand for a watchlist person alone ("Charlie" for Charlie Cox, and a short
    form, "Deb" for Deborah Ann Woll): not one two people share, nor a word of a topic term or of
    anyone's role (a character's name: "Jessica", "Luke", "Matt"), nor a short one."""
    taken: set[str] = {word for word, _ in lex.roles}
    for key in lex.term_of:
        taken.update(w.lower() for w in key.split())
    owners: dict[str, list[str]] = {}
    for name in lex.people_names:
        parts = name.split()
        if len(parts) >= 2 and len(parts[0]) >= _FIRST_NAME_CHARS and parts[0][0].isupper():
            owners.setdefault(parts[0], []).append(name)
            # a short form that is the name's beginning ("Deb" for Deborah, "Sam" for Samantha), two
            # letters short of it at least
            for end in range(_FIRST_NAME_CHARS, min(len(parts[0]) - 1, _SHORT_FORM_CHARS + 1)):
                if parts[0][:end].lower() not in _ABBREVIATIONS:
                    owners.setdefault(parts[0][:end], []).append(name)
    return {
        first: names[0]
        for first, names in owners.items()
        if len(set(names)) == 1 and first.lower() not in taken and first.lower() not in NOT_NAME_START
    }


_FIRST_NAME = re.compile(r"[A-Z][a-z]{2,}")


@functools.lru_cache(maxsize=64)
def _first_names_pattern(lex: Lexicon) -> re.Pattern[str]:
    """The watchlist's first names and their short forms (see :func:`first_names`), as whole words."""
    names = sorted(first_names(lex), key=len, reverse=True) or ["(?!)"]
    return re.compile(rf"(?<![\w'\u2019])(?:{'|'.join(map(re.escape, names))})(?![\w'\u2019])")


@functools.lru_cache(maxsize=64)
def _taken_words(lex: Lexicon) -> frozenset[str]:
    """Words that are no one's first name alone: roles, titles, organisations' and topic terms' words."""
    taken: set[str] = {word for word, _ in lex.roles} | _TITLE_WORDS | _ORGANISATION_WORDS | _INVERTED_VERBS
    for key in lex.term_of:
        taken.update(w.lower() for w in key.split())
    return frozenset(taken)


@functools.lru_cache(maxsize=256)
def _unknown_firsts(names: tuple[str, ...], lex: Lexicon) -> dict[str, str]:
    """The first names that stand alone for people outside the watchlist the article names in full
    (``names``): one person's only (not a watchlist person's, nor a surname, nor a word of a topic
    term, a role, a title or an organisation's name), and a plain name-like word ("Tara"), never one
    of the words that open sentences (see ``NOT_NAME_START``)."""
    taken = _taken_words(lex)
    surnames = {name.split()[-1] for name in names}
    watched = first_names(lex)
    owners: dict[str, set[str]] = {}
    for name in names:
        first = name.split()[0]
        owners.setdefault(first, set()).add(name)
    return {
        first: next(iter(full))
        for first, full in owners.items()
        if len(full) == 1
        and _FIRST_NAME.fullmatch(first)
        and first.lower() not in taken
        and first.lower() not in NOT_NAME_START
        and first not in surnames
        and first not in watched
        and lex.lookup_person(first) is None
    }


def _descriptors(clause: str) -> list[re.Match[str]]:
    """``_DESCRIPTOR.finditer(clause)``, found faster. A description ends with its role (a word
    :mod:`.scan` finds) and starts at most four runs of non-spaces before it: for each role, the
    pattern is searched from there up to the role's end only (every "the", "his" … of the text
    would be tried otherwise). When that search finds a description ending after the role (a later
    role, whose end was cut), the pattern is searched again without an end."""
    if not scan.plain_case(clause):  # (a character that case-insensitive patterns take for "s" …)
        return list(_DESCRIPTOR.finditer(clause))
    out: list[re.Match[str]] = []
    end = 0  # where the last description ends: the next one starts at or after it
    for pos, _ in scan.locate(clause, _ROLE_WORDS):
        if pos < end:
            continue
        window = clause[max(0, pos - _BACK_WINDOW) : pos][::-1]
        back = _RUNS_BACK.match(window)
        reach = back.end() if back is not None else 0
        start = max(end, 0 if reach == _BACK_WINDOW else pos - reach)
        m = _DESCRIPTOR.search(clause, start, pos + _ROLE_REACH)
        if m is not None and m.start(1) > pos:
            m = _DESCRIPTOR.search(clause, start)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def name_matches(text: str) -> list[re.Match[str]]:
    """The runs of capitalised words in ``text`` that may be a name (see :func:`clean_name`)."""
    return list(_NAME.finditer(text))


def _pronouns(clause: str) -> Iterable[re.Match[str]]:
    """``_PRONOUN.finditer(clause)``, tried only where :mod:`.scan` finds the words (every match is
    one of them, whole, unless a character that case-insensitive patterns take for "s" is there)."""
    if not scan.plain_case(clause):
        return _PRONOUN.finditer(clause)
    found = (_PRONOUN.match(clause, pos) for pos, _ in scan.locate(clause, _PRONOUN_WORDS, digits=True))
    return [m for m in found if m is not None]


# Round 22: "the", "a" or "an" right before a name ("an Instagram Live", "a Comic Con Live panel")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019])(?:the|an?)[ ]$", re.IGNORECASE)


def _after_the(clause: str, m: re.Match[str]) -> bool:
    """Is the name "The Trade Report" or "the Hollywood Scoop"? People do not take an article: a
    capitalised name after "the" is an outlet, a show or a company."""
    if m.group(0).startswith("The "):
        return True
    head = _ARTICLE_BEFORE.search(clause, max(0, m.start() - 5), m.start())
    return head is not None


# Words of rank that stand for one another in a description ("the Marvel Television chief" is the
# person whose role says "head of Marvel Television").
_RANKS = frozenset({"head", "chief", "boss", "president"})
# "the odd actor", "the occasional fan", "the rare producer": someone or other, no one in particular
_ANYONE = re.compile(r"the\s+(?:odd|occasional|rare|stray)\s", re.IGNORECASE)


def resolve(cand: Candidate, lex: Lexicon, mentions: Mentions, pos: int, para: int) -> str | None:
    """The speaker a candidate stands for (canonical where the watchlist knows the person)."""
    if cand.kind in ("person", "name"):
        return cand.value
    if cand.kind == "descriptor":
        return _describe(cand, lex, mentions, pos, para)
    return mentions.last_before(pos, para, cand.value)


def _describe(cand: Candidate, lex: Lexicon, mentions: Mentions, pos: int, para: int) -> str | None:
    """Who a description ("the actor", "the Defenders showrunner") stands for.

    The watchlist people whose role has the word are its owners; the description's other words
    narrow them ("Defenders" picks the showrunner of The Defenders). One owner named in the article
    is the answer; several owners give the one the last sentences were about, else the last named.
    A description nobody owns, or whose one owner the article never names, stands for the person the
    last sentences were about (an article introduces "the executive" before calling them that)."""
    if _ANYONE.match(cand.detail):
        return None  # "the odd actor", "the occasional producer": no one in particular
    owners = {name for word, name in lex.roles if word == cand.value}
    if not owners and cand.value in _RANKS:
        owners = {name for word, name in lex.roles if word in _RANKS}
    if len(owners) > 1:
        for word in _ALPHA.findall(cand.detail):
            narrowed = owners & {name for w, name in lex.roles if w == word.lower()}
            if narrowed:
                owners = narrowed
    subject = mentions.last_subject(pos, para)
    near = mentions._last(mentions.subjects, pos, para, 0)
    if (
        near is not None
        and near[2] not in lex.people_names
        and not any(p == para and at < pos and name in owners for at, p, name in mentions.watch)
        and len(_ALPHA.findall(cand.detail)) == 1
    ):
        # "Henson, who has been quiet, grabs the mic. “…,” the actor jokes.": a bare description
        # ("the actor", no word of whose) right after a sentence about someone outside the watchlist,
        # in its own paragraph, is that person, though the watchlist has actors of its own, unless
        # one of them was named in the paragraph before it
        return near[2]
    if len(owners) == 1:
        owner = next(iter(owners))
        if subject is None or any(name == owner for _, _, name in mentions.watch):
            return owner
        return subject
    if owners:
        if subject in owners:
            return subject
        i = bisect.bisect_left(mentions.watch, (pos, -1, ""))
        for _, _, name in reversed(mentions.watch[:i]):
            if name in owners:
                return name
        # none named before: a wire lede describes first and names in the next paragraph ("…, the
        # studio's television chief said. … Brad Winderbaum said"), so the owner named next, in
        # the same or the next paragraph, is the one meant
        for _, p, name in mentions.watch[i:]:
            if p > para + 1:
                break
            if name in owners:
                return name
        if subject is not None:
            # Round 21: owners the article never names ("the actress" of a watchlist of actresses, in
            # a report about two others): the person the last sentences were about
            return subject
    return mentions.last_person_before(pos, para) or mentions.last_before(pos, para)


def _verb_starts(clause: str) -> list[int]:
    """Where words that can start a speech verb begin: a word loop for a short clause, a scan in C
    (see :mod:`.scan`) for a long one."""
    if len(clause) > _SHORT_CLAUSE:
        return scan.find_words(clause, _SPEECH_FIRST)
    return [w.start() for w in _ALPHA.finditer(clause) if w.group(0).lower() in _SPEECH_FIRST]


def speech_verbs(clause: str) -> list[re.Match[str]]:
    """Every speech verb in ``clause`` (a word scan first: one big alternation tried at every
    position would be slow)."""
    out = []
    for start in _verb_starts(clause):
        m = _SPEECH.match(clause, start)
        if m is not None:
            out.append(m)
    return out


def speech_verb(clause: str) -> re.Match[str] | None:
    """The first speech verb in ``clause``."""
    for start in _verb_starts(clause):
        m = _SPEECH.match(clause, start)
        if m is not None:
            return m
    return None


# 20th round: the studios, streamers and networks that issue statements, by name ("Netflix",
# "Marvel Studios", "Sony Pictures Television"; any "… Studios", "… Television", "… Entertainment")
_COMPANY_NAMES = (
    "Netflix|Marvel|Disney\\+?|Hulu|HBO(?: Max)?|Amazon|Prime Video|Apple TV\\+?|Paramount\\+?|Peacock|Sony|"
    "Lionsgate|Lucasfilm|Warner Bros\\.|ABC|NBC|CBS|FX|AMC|Starz|Showtime"
)
_COMPANY_KINDS = "Studios|Television|Entertainment|Pictures|Animation|Productions|Networks?"
_COMPANY = (
    rf"(?:(?:{_COMPANY_NAMES})(?:[ ](?:{_COMPANY_KINDS}))*"
    rf"|[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){{0,2}}[ ](?:{_COMPANY_KINDS}))"
)
# "Netflix said in a statement", "Marvel Studios says": a company speaking, itself the subject (not
# "a Marvel Studios spokesperson said", "Netflix and Marvel said")
_COMPANY_SAYS = re.compile(
    rf"(?P<org>{_COMPANY})[^\S\n]+(?:also[^\S\n]+)?(?:said|says|stated|added)\b(?![^\S\n]+(?:to[^\S\n]+)?be\b)"
)


def company_speaker(clause: str, start: int = 0) -> str | None:
    """20th round: the company whose statement ``clause`` attributes, its name right at ``start`` and
    its speech verb right after ("Netflix said in a statement", "Marvel Studios said"), else None. A
    company issuing a statement is its speaker, as a person is; its spokesperson speaks for nobody in
    particular (see :func:`spoken_for`)."""
    m = _COMPANY_SAYS.match(clause, start)
    if m is None or (m.start() > 0 and clause[m.start() - 1].isalnum()):
        return None
    return m.group("org")


_COMPANY_ALONE = re.compile(rf"\s*(?:the\s+)?(?P<org>{_COMPANY})[\s.,;:]*")


def company_named(clause: str) -> str | None:
    """20th round: the company ``clause`` is, all of it ("Marvel", "Marvel Studios"), else None."""
    m = _COMPANY_ALONE.fullmatch(clause)
    return m.group("org") if m is not None else None


# the subject right before a speech verb is someone speaking for a person ("A representative for
# Ritter", "Ritter's publicist"): the person is not the speaker
_SPOKEN_FOR = re.compile(
    r"(?:\b(?:representatives?|reps?|spokes(?:person|man|woman|people)|publicists?|agents?|lawyers?|"
    r"attorneys?)[^\S\n]+(?:for|of)[^\S\n]+(?:[A-Z][\w'\u2019.-]*[^\S\n]*){1,3}"
    r"|[A-Z][\w.-]*['\u2019]s?[^\S\n]+(?:\w+[^\S\n]+)?(?:representatives?|reps?|spokes(?:person|man|woman)|"
    # 20th round: "Ritter's camp says …", spoken for her
    r"publicists?|camp)[^\S\n]*)(?:,[^,\n]{1,80},[^\S\n]*)?$",
)


_SPOKEN_FOR_SPAN = 240  # characters: more than the longest match of _SPOKEN_FOR


def spoken_for(before_verb: str) -> bool:
    """20th round: does ``before_verb`` (a clause up to its speech verb) end with someone speaking
    for a person ("A representative for Ritter", "Ritter's publicist")? The person does not speak:
    a spokesperson's words are nobody's in particular, as "a Marvel Studios spokesperson said"."""
    # (only the clause's end is tried: the pattern, anchored there, spans at most about 170
    # characters, and a search over a whole long clause before every verb would be quadratic)
    return _SPOKEN_FOR.search(before_verb[-_SPOKEN_FOR_SPAN:]) is not None


# what comes before the name of a part someone plays
_PART_BEFORE = re.compile(
    r"(?:\b(?:as|plays|played|playing|portrays|portrayed|portraying|voices|voiced)[^\S\n]+"
    r"|[A-Z][\w'\u2019-]*[a-z][^\S\n]+\()$"
)


def name_mentions(
    text: str, lex: Lexicon, names: Sequence[re.Match[str]] | None = None
) -> list[tuple[int, str]]:
    """Unknown names in narrative text (for pronouns when no watchlist person is near); ``names`` is
    ``name_matches(text)`` when the caller has it already. A part someone plays ("Rosario Dawson
    (Claire Temple)", "Dawson, who played Claire Temple", "as Claire Temple") is no person of the
    article: none of its mentions is one ("as Tom Ford put it" is an attribution, not a part)."""
    out: list[tuple[int, str]] = []
    parts: set[str] = set()
    for m in name_matches(text) if names is None else names:
        if _after_the(text, m):
            continue
        name = clean_name(m.group(0), lex) if not _organisation_after(text, m.end()) else None
        if name and lex.lookup_person(name) is None:
            out.append((m.start(), name))
            if _PART_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not _SPEECH.match(
                text, m.end() + 1
            ):
                parts.add(name)
    return [(pos, name) for pos, name in out if name not in parts]
