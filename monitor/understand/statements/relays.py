"""Words a speaker relays from someone else, inside their own quote or answer.

Round 21: a speaker who quotes another person passes on that person's words, not their own. Two
forms, read from grammar:

* a quotation nested inside the quote (single marks inside double ones), introduced in its sentence
  by a person and a speech verb ("“Charlie texted me that night and said, ‘We'll be back, you
  watch.’ That's very Charlie.”"): the nested words are Charlie's statement;
* reported speech inside the quote ("“Finn keeps telling me it's going to happen,”", "“Mike Colter
  and I had dinner, and he told me he hasn't heard a thing.”", "“He said he's in if I'm in”"): the
  clause after "told me (that)" or "said (that)", with a subject of its own (not "telling me to …",
  "says one thing"), up to its sentence's end or the speaker's own next clause (", and I believe
  him"), is the statement of the one who told it, the subject right before the verb (a pronoun
  stands for the last other person the quote names before it, else for whom the sentences before
  the quote are about).

Only relayed words that take a stance are taken (a line told as part of the speaker's story stays
in it). The relaying sentence is no part of the speaker's own statement (the rest of the quote is).
The one relayed is never the speaker, never "I".

Round 22: a pronoun relaying words in the part of a quote after its attribution stands also for the
people named in the part before it ("“Krysten kept us together,” said Jones. “She said, ‘…’”")."""

from __future__ import annotations

import dataclasses
import re

from monitor.understand import speakers
from monitor.understand.quotes import Quote
from monitor.understand.speakers import Candidate
from monitor.understand.stance import stance_of
from monitor.understand.statements.base import _QuoteInfo
from monitor.understand.statements.constants import _QUOTE_SENTENCE_END
from monitor.understand.statements.page import _Page

# a quotation nested in a quote: single marks after a comma or a colon, opening a capital
_NESTED = re.compile("[,:]\\s*['\u2018](?=[A-Z])(?P<words>.+?[.,!?\u2026])['\u2019](?=\\s|$|[,;:\u2014-])")

# a reporting verb addressed to the speaker ("told me", "keeps telling me", "texted me", "said to
# me", "swore to us", "promised me"): a closed class; then a time may follow ("the other day")
_TOLD_ME = re.compile(
    r"(?:\s+(?:(?:just|always|even|also|once|still|keeps?|kept|has|have|had|been|was|is|"
    r"[a-z]+ly)\s+){0,3}"
    r"(?:told|tells|tell|telling|texted|texts|texting|messaged|messages|emailed|emails|"
    r"(?:said|says|saying|swore|swears|wrote|writes|whispered)\s+to|promised|promises|assured|assures|"
    r"reminds|reminded|warned|warns)\s+(?:me|us)\b"
    # or a plain "said" whose clause follows ("He said he's in if I'm in")
    r"|\s+(?:(?:just|always|even|also|once|still|keeps?|kept|[a-z]+ly)\s+){0,2}(?:said|says|saying))"
    r"(?:\s+(?:the\s+other\s+day|last\s+(?:week|month|year|night)|that\s+night|yesterday|once|"
    r"all\s+the\s+time|every\s+time\s+we\s+talk))?,?\s+(?:that\s+)?"
    r"(?=(?:he|she|they|we|you|I|there|nobody|no one|everyone|everybody|someone|somebody)\b|it['\u2019]|it\s+"
    r"(?:is|was|will|would|could|can|might|may|has|had|does|did|isn['\u2019]t|wasn['\u2019]t|won['\u2019]t)\b)"
)
# (a clause with a subject of its own: not an infinitive, "telling me to get the band back together",
# nor an object, "says one thing", "said the same thing to me")
# the relayed clause ends with its sentence, or where the speaker comes back in a clause of their own
# (", and I believe him": a coordinating conjunction and the first person)
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|[,;]?\s+(?:and|but|so|though|although|which)\s+(?:I|we)\b")
_TRAIL = " ,;:\u2014-"
_MIN_RELAYED = 3  # words: a shorter relay ("she said 'everything'") states nothing
# characters: a relayed clause ends within this (its sentence); a longer run is no relay, and the
# bound keeps a hostile quote of endless "he said he said …" linear
_MAX_CLAUSE = 600


@dataclasses.dataclass(frozen=True, slots=True)
class Relay:
    """Words relayed inside a quote: who said them, the words, and the span of the quote's text (the
    relaying sentence) that is no part of the speaker's own words."""

    speaker: str
    words: str
    cut_start: int
    cut_end: int


def _says_something(words: str) -> bool:
    """Do relayed words say something of their own: a few words taking a stance? (A line told as part
    of the speaker's story, "He said, ‘Make it count.’", stays in it.)"""
    return len(words.split()) >= _MIN_RELAYED and stance_of(words) is not None


class _Relays(_Page):
    """Relayed words inside quotes and answers (see the module docstring)."""

    def _relays_of(
        self, body: str, speaker: str | None, at: int | None = None, earlier: tuple[str, ...] = ()
    ) -> list[Relay]:
        """The words ``body`` (a quote of ``speaker``, opening at ``at`` in the text) relays from
        other people; ``earlier``: the people named in the same speaker's words before ``body`` (the
        first part of a quote its attribution interrupts)."""
        out: list[Relay] = []
        starts = [0] + [m.end() for m in _QUOTE_SENTENCE_END.finditer(body)]
        cands = self._cands(body)  # once per body: each relay's subject is looked up among them
        for m in _NESTED.finditer(body):
            start = max(s for s in starts if s <= m.start())
            lead = body[start : m.start()]
            verb = speakers.speech_verb(lead)
            if verb is None:
                continue
            who = self._relayer(body, cands, start, start + verb.start(), speaker, at=at, earlier=earlier)
            words = m.group("words").rstrip(_TRAIL)
            if who is not None and _says_something(words):
                out.append(Relay(who, words, start, m.end()))
        for m in _TOLD_ME.finditer(body):
            if any(r.cut_start <= m.start() < r.cut_end for r in out):
                continue
            start = max(s for s in starts if s <= m.start())
            end = _CLAUSE_END.search(body, m.end(), m.end() + _MAX_CLAUSE)
            if end is None and len(body) - m.end() > _MAX_CLAUSE:
                continue
            who = self._relayer(body, cands, start, m.start(), speaker, adjacent=True, at=at, earlier=earlier)
            stop = len(body) if end is None else end.end() if end.group(0)[0] in ".!?" else end.start()
            words = body[m.end() : stop].rstrip(_TRAIL + ".")
            if who is not None and _says_something(words):
                out.append(Relay(who, words, start, stop))
        return sorted(out, key=lambda r: r.cut_start)

    def _relayer(
        self,
        body: str,
        found: list[Candidate],
        start: int,
        verb: int,
        speaker: str | None,
        *,
        adjacent: bool = False,
        at: int | None = None,
        earlier: tuple[str, ...] = (),
    ) -> str | None:
        """Who the subject before ``verb`` (in the sentence of ``body`` from ``start``; ``adjacent``:
        right before it, "Finn keeps telling me", not "Finn and I said") is: a person named, or a
        pronoun standing for the last other person the quote names before it. ``found``: the
        candidate speakers of the whole of ``body``."""
        cands = [c for c in found if c.end <= verb]
        subject: Candidate | None = None
        for c in reversed(cands):
            if c.start < start or (adjacent and body[c.end : verb].strip()):
                break
            if c.kind in ("person", "name") or (c.kind == "pronoun" and c.value in ("he", "she")):
                subject = c
                break
        if subject is None:
            return None
        if subject.kind == "pronoun":
            sex = {"he": "m", "she": "f"}[subject.value]
            # (Round 22: the people the speaker named before an interrupting attribution count too:
            # "“Krysten kept us together,” said Jones. “She said, ‘…’”")
            named = [
                name
                for name in (
                    *earlier,
                    *(c.value for c in cands if c.end <= subject.start and c.kind in ("person", "name")),
                )
                if name != speaker and self.mentions.gender.get(name, sex) == sex
            ]
            who = named[-1] if named else None
            if who is None and at is not None:
                # a pronoun before the quote names anyone else: whom the sentences before it are about
                # ("Jones texted him after the premiere. “He said he's in if I'm in,” Colter recalled.")
                who = self.mentions.last_before(at, self.lay.para_of(at), subject.value)
        else:
            who = subject.value
        if who is None or who == speaker or speakers.company_named(who) is not None:
            return None
        return who

    def _named_in(self, body: str) -> tuple[str, ...]:
        """The people ``body`` names, in order."""
        return tuple(c.value for c in self._cands(body) if c.kind in ("person", "name"))

    def _relay_infos(self, infos: list[_QuoteInfo]) -> list[_QuoteInfo]:
        """The relayed words of ``infos``' quotes, each a quote of its own of the one who said them;
        the relaying sentences are cut out of the quotes that carry them (in place)."""
        out: list[_QuoteInfo] = []
        for info in infos:
            if info.speaker is None or info.merged_into is not None or info.how == "unmarked":
                continue
            for piece in ("text", "extra"):
                body = info.quote.text if piece == "text" else info.extra
                earlier = self._named_in(info.quote.text) if piece == "extra" else ()
                relays = self._relays_of(body, info.speaker, info.quote.open, earlier)
                if not relays:
                    continue
                for r in relays:
                    at = self.text.find(r.words, info.quote.open)
                    at = at if at >= 0 else info.quote.open
                    q = Quote(
                        at, at + len(r.words), r.words, info.quote.first_para, info.quote.last_para, True
                    )
                    out.append(_QuoteInfo(q, r.speaker, info.sentence, "relayed"))
                kept, last = [], 0
                for r in relays:
                    kept.append(body[last : r.cut_start])
                    last = r.cut_end
                kept.append(body[last:])
                rest = " ".join("".join(kept).split())
                if piece == "text":
                    info.quote = dataclasses.replace(info.quote, text=rest)
                else:
                    info.extra = " " + rest if rest else ""
        return out
