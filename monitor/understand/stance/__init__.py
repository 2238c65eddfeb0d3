"""Stance of a statement toward the watchlist's question: positive, negative or uncertain.

Rules (also in the README, section "understanding"):

1. The statement is cut into clauses at sentence ends, semicolons and the contrastive words
   "but", "however", "though", "although", "yet", "still". (Seventeenth round: "as for" turns to
   another point like "but", at a sentence's opening or after a comma, "Matt's back, as for the
   others …"; a clause after a dash goes on its sentence and keeps the contrast and the "Whether"
   opening of the clause before it.)
2. Each clause is scanned for cue phrases, each with a stance and a weight: the cues, and what they
   say, are in :mod:`monitor.understand.stance.cues`.
3. Negation: "not", "n't", "never", "no", "hardly" among the three words before a cue, within its
   comma-delimited part (or inside a cue with a gap, e.g. "will not include") turns a positive cue
   negative ("I don't want to come back"), a negative cue uncertain ("I wouldn't rule it out");
   doubt stays doubt ("not sure"). "I don't think / believe / expect" negates the hopes that follow
   it in its clause ("I don't think Luke Cage is coming back"); a double negative is a yes ("would be
   crazy not to bring them back", "I'd be shocked if we didn't see them"), and so is a denied end
   ("never say it's over", "I never hung up the hoodie"). A negated hope with a "without" after it
   is a condition, not a no ("you can't put the band back together without the glue": halved).
   A refusal to say ("I'm not saying", "I wouldn't say", "I can't tell you") makes the cues after
   it in its clause doubt ("I'm not saying it's happening", "I wouldn't say it's alive"); "plans
   change" is doubt; a denied "no" is a yes ("I'd be lying if I said we weren't …", "I can't say
   we aren't …"; "I'm not going to pretend it doesn't"). What anybody else claims ("anybody telling
   you it's happening") is not the speaker's: the cues after it in its clause are dropped; "not
   sure" and "less sure than I was that" make what they doubt, in its comma-delimited part, doubt;
   a "not yet" after a "no" in its clause is that no's hedge, not a second cue. A hope negated inside
   an "if" ("if they don't bring them back, I'm writing letters") is a demand, not a no; a refusal with
   a "without" after it ("we wouldn't do it without them") is a condition; another's words relayed in
   direct speech ("He said, we'll be back") are dropped like hearsay; the speaker's own earlier words
   told again ("I said they weren't part of our plans") weigh half, unless the speaker stands by them
   ("… and I'll stand by that"). "rather than" and "instead of" negate like "not" ("a first step
   rather than a one-off" is no one-off); a denied "would not" is a yes ("I won't pretend we wouldn't
   want it"), and what is not pretended is denied ("I won't pretend it's happening"). A
   sentence that opens with "Whether" names an open point: what it asks, in its comma-delimited
   part, is not asserted, and a doubt after it in its clause ("Whether they reunite is above my pay
   grade") is doubt about whether (at least 1.5). Seventeenth round: the "can't" of "can't wait" (and
   "can hardly wait") negates nothing ("Can't wait to share a scene with you again"); an "I don't
   think" over an end or a no that it negates ("I don't think it's over") is a double negative, a yes,
   and the "don't think" weighs nothing then; a pair denied ("they don't bring Jessica back and leave
   Luke in Harlem": doing the one without the other) keeps the first return, a yes; an elliptic denial
   right after a yes that ends its clause ("Krysten got the call. I haven't.", "He's back. I'm not.")
   says that yes again of the speaker, denied and as heavy: a perfect ("I haven't") is a "not yet",
   doubt, any other a no (in "I'd love to tell you I'm a genius. I'm not." the yes is not denied).
   Round 21: doubt about "if" denied ("I don't think it's a matter of if anymore", "it isn't a
   question of whether") is a yes (2), and the "don't think" is spent on it.
   Round 22: a belief owned up to not holding ("I'd be lying if I told you I thought they'd be back")
   denies the yes after it in its part, like what is not pretended (see
   :mod:`monitor.understand.stance.admissions`).
4. Temporal hedges ("right now", "at the moment", "currently", "for now", "yet") halve a negative
   cue in their clause: "not in the plans right now, but you never know" is therefore *uncertain*
   (a hedged "no" followed by an explicit opening), while "I don't think we are doing it again" is
   negative.
5. Position: a clause after a contrastive word (or a sentence opening with "But") counts 1.5 times,
   (not the posture of waiting nor who decides, 20th round: "I'd love to, but that's not up to me"
   concedes no more than that), and the last clause with a cue 1.25 times, so a statement that
   mixes cues is judged by where it lands. A bare yes or no opening an answer ("Absolutely not. No,
   look, I'd love to …") replies to the interviewer's words: it weighs half when more cues follow;
   so does a reply in words of belief ("I don't think so, man. If they called, I'd be there").
   Round 22: so does a stock hedge said first as a sentence of its own ("Never say never. If they
   called, I'd go back"), unless the next clause turns against it (see
   :mod:`monitor.understand.stance.openers`).
6. The stance with the highest total wins; ties go to the stance of the last cue. No cue at all
   means the text takes no stance (``None``): the extractor does not keep such quotes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import islice

from monitor.types import Stance
from monitor.understand.normalise import fold
from monitor.understand.stance.clauses import (
    _BACKSHIFT,
    _CONDITIONAL,
    _DENIED_PAIR,
    _ELLIPSIS,
    _ELLIPSIS_TAIL,
    _IN_CONDITION,
    _INVITED,
    _MOCK_AFTER,
    _MOCK_WEIGHT,
    _ONCE_BELIEVED,
    _OPENING_SINGLE,
    _OWN_WAY,
    _PART_END,
    _PAST_SCENE,
    _SAID_BEFORE,
    _STAND_BY,
    _TEMPORAL,
    _WITHOUT,
    _WORD,
    YES_NO_OPENING,
    _answered,
    _bare_answer,
    _bare_yes,
    _clauses,
    _negated,
    _split,
)
from monitor.understand.stance.cues import _CUES
from monitor.understand.stance.index import (
    _DEFERRAL,
    _DENYING,
    _DOUBT,
    _ENDED,
    _GAPPED,
    _HEARSAY,
    _IF_DOUBT,
    _MODAL,
    _PATTERN,
    _PRETEND_KNOW,
    _RAISED,
    _REFUSAL,
    _TELLING,
    _WAITING,
    _WEIGHING,
    _WHETHER,
    _WHETHER_DOUBT,
    _WHO_DECIDES,
    _WITHHELD,
    _cue_index,
    _cue_matches,
)
from monitor.understand.stance.openers import hedge_opens

__all__ = [
    "YES_NO_OPENING",
    "_CUES",
    "_PATTERN",
    "StanceResult",
    "_clauses",
    "_cue_index",
    "_cue_matches",
    "assess_stance",
    "stance_of",
]


@dataclass(frozen=True, slots=True)
class StanceResult:
    stance: Stance | None
    scores: dict[str, float]
    cues: tuple[str, ...]


def assess_stance(text: str) -> StanceResult:
    """The stance of ``text`` toward the question (None when it has no cue at all)."""
    # quote marks inside a statement ('was "done as a team"', "telling me to 'get the band back
    # together'") are not words: apostrophes inside words stay
    text = _OPENING_SINGLE.sub("", fold(text).replace('"', ""))
    scores: dict[str, float] = {"positive": 0.0, "negative": 0.0, "uncertain": 0.0}
    cues: list[str] = []
    last: Stance | None = None
    found: list[tuple[int, Stance, float, str]] = []
    split = _split(text)
    clauses = [(clause, contrast, asked) for clause, contrast, asked, _ in split]
    stood_by = _STAND_BY.search(text) is not None
    whether_open = False  # a "Whether …" or "As for whether …" opening seen in the clause before
    ends_clause = False  # the last cue found ends its clause (but for a few words: "got the call last week")
    for idx, (clause, contrast, asked, dashed) in enumerate(split):
        whether_open = dashed and whether_open  # (it holds past a dash, to its sentence's end)
        matches = _cue_matches(clause)
        if idx > 0 and not asked and _MOCK_AFTER.match(clause) and _bare_yes(split[idx - 1][0]):
            found.append((idx, "negative", _MOCK_WEIGHT, "mock yes"))  # "Sure. Right after pigs fly."
            ends_clause = False
            continue
        if not matches:
            elliptic = _ELLIPSIS.fullmatch(clause) if ends_clause else None
            if elliptic and found and found[-1][0] == idx - 1 and found[-1][1] == "positive" and found[-1][2]:
                # "Krysten got the call. I haven't.": the yes that ends the clause before, said again of
                # the speaker and denied, as heavy: a perfect ("I haven't") is a "not yet", doubt; any
                # other denial ("Krysten's back. I'm not.") a "no" (in "I'd love to tell you I'm a
                # genius. I'm not." what is denied is not the yes)
                elided: Stance = "uncertain" if elliptic.group("perfect") else "negative"
                found.append((idx, elided, found[-1][2], clause.strip().lower()))
            continue
        answer = _answered(clauses, idx) if asked else None
        if asked and answer is None:
            continue  # an open question ("Will it happen? Ask Kevin.") says nothing either way
        temporal = bool(_TEMPORAL.search(clause))
        own = _OWN_WAY.sub("", clause)
        conditional = bool(_CONDITIONAL.search(_INVITED.sub("", own)))
        invited = [(i.start(), i.end()) for i in _INVITED.finditer(clause)] if _INVITED.search(own) else []
        raised = False  # an "I don't think" seen: it negates the hopes that follow in its clause
        withheld = False  # an "I'm not saying" seen: what follows in its clause is not asserted
        hearsay = False  # "anybody telling you": what follows in its clause is someone else's claim
        denied = False  # a "no" seen in the clause: a "not yet" after it is its hedge, no more
        doubted = -1  # where a "not sure" ends: what follows it in its part is not asserted
        pretended = -1  # where a "won't pretend" ends: a yes after it in its part is denied
        asks_whether = whether_open  # a "Whether …" opening seen: the doubt after it is about whether
        raised_at = -1  # where in ``found`` the "I don't think" is
        # where each "I said …" of the clause ends (found once: a clause of many cues stays linear)
        said_ends = [s.end() for s in _SAID_BEFORE.finditer(clause)]
        for index, m in matches:
            _, stance, weight = _CUES[index]
            cue_text = m.group(0)
            if hearsay:
                continue
            if denied and cue_text.lower() == "not yet":
                continue  # "not building toward it, at least not yet": the time hedge halves the no
            if index == _ENDED and _ONCE_BELIEVED.search(clause, 0, m.start()):
                stance, weight = "positive", 1.5  # "I thought I was done": no longer
            elif (withheld or (doubted >= 0 and not _PART_END.search(clause, doubted, m.start()))) and (
                stance != "uncertain"
            ):
                stance, weight = "uncertain", 1.0
            elif (raised or (pretended >= 0 and not _PART_END.search(clause, pretended, m.start()))) and (
                stance == "positive"
            ):
                stance = "negative"
            elif _negated(clause, m.start(), cue_text, index in _GAPPED):
                if raised_at >= 0 and (stance == "negative" or index == _IF_DOUBT):
                    # "I don't think it's over", "I don't think she'll be the last one": a denied
                    # end or no is a yes (below); the "don't think" is no "no" of its own
                    at, st, _, cue = found[raised_at]
                    found[raised_at] = (at, st, 0.0, cue)
                if stance == "positive" and _DENIED_PAIR.match(clause, m.end()):
                    pass  # "they don't bring her back and leave him out": the pair denied, not her return
                elif stance == "positive" and _WITHOUT.search(clause, m.end()):
                    weight *= 0.5  # "you can't bring it back without Claire": a condition, not a no
                elif stance == "positive" and _IN_CONDITION.search(clause, 0, m.start()):
                    pass  # "if they don't bring them back, I'm writing letters": a demand, no "no"
                elif stance == "positive":
                    stance = "negative"
                elif index == _ENDED:
                    stance, weight = "positive", 1.5
                elif index == _IF_DOUBT:
                    # Round 21: "I don't think it's a matter of if anymore": a yes, and the "don't
                    # think" is spent on it ("…, it's when" after it is no hope it negates)
                    stance, weight, raised = "positive", 2.0, False
                elif stance == "negative":
                    stance = "uncertain"
                    weight = 1.0
            if asks_whether and stance == "uncertain" and (weight > 0 or index == _DEFERRAL):
                weight = max(weight, _WHETHER_DOUBT)  # "Whether they reunite is above my pay grade"
            if index == _REFUSAL and _WITHOUT.search(clause, m.end()):
                stance, weight = "uncertain", 0.5  # "we wouldn't do it without them": a condition
            if index == _MODAL and cue_text.lower() == "could":
                before = clause[: m.start()]
                if _PAST_SCENE.search(before) and not _BACKSHIFT.search(before):
                    weight = 0.0  # "By the third night, nobody could feel …": an ability then
            if stance == "negative" and temporal:
                weight *= 0.5
            n_said = bisect.bisect_right(said_ends, m.start())
            if n_said and not stood_by and not _PART_END.search(clause, said_ends[n_said - 1], m.start()):
                weight *= 0.5  # "I said they weren't part of our plans": the words of then
            if stance == "positive" and any(s <= m.start() < e for s, e in invited) and weight <= 1.0:
                weight *= 0.5  # (20th round) the invitation itself ("if they ask"): a condition still
            elif stance == "positive" and conditional and weight <= 1.0:
                weight *= 0.5  # conditional willingness ("if asked, I would") is weak
            elif stance == "positive" and conditional and _IN_CONDITION.search(clause, 0, m.start()):
                weight *= 0.25
            if contrast and index not in _WAITING and index != _WHO_DECIDES:
                # (20th round: not the posture of waiting, "If they ask, I'm there. But I'm not waiting
                # by the phone": it concedes no more than that the call may not come; nor who decides,
                # "I'd love to see them again, but that's not up to me": the wish stands)
                weight *= 1.5
            if answer == "no" and stance != "uncertain":
                stance = "negative" if stance == "positive" else "positive"
            raised = raised or index == _RAISED
            raised_at = len(found) if index == _RAISED else raised_at
            hearsay = hearsay or index == _HEARSAY
            doubted = m.end() if index in (_DOUBT, _WHETHER, _PRETEND_KNOW, _WEIGHING) else doubted
            pretended = m.end() if index in _DENYING else pretended
            asks_whether = asks_whether or index == _WHETHER
            denied = denied or stance == "negative"
            withheld = withheld or (index in _WITHHELD and not cue_text.lower().endswith("yet"))
            withheld = withheld and index != _TELLING
            found.append((idx, stance, weight, cue_text.lower()))
            tail = islice(_WORD.finditer(clause, m.end()), _ELLIPSIS_TAIL + 1)  # (no more need be counted)
            ends_clause = sum(1 for _ in tail) <= _ELLIPSIS_TAIL
        whether_open = asks_whether
    if not found or not any(w for _, _, w, _ in found):
        return StanceResult(None, scores, ())  # (only cues that weigh nothing: no stance either)
    if found[0][0] == 0 and found[-1][0] > 0 and (_bare_answer(clauses[0][0]) or hedge_opens(split)):
        # a bare yes or no that opens an answer ("Absolutely not. No, look, I'd love to be back")
        # replies to the interviewer's words, which may be about something else: the words that
        # follow say more
        found = [(i, st, w * 0.5 if i == 0 else w, c) for i, st, w, c in found]
    last_clause = found[-1][0]
    weights: dict[str, list[float]] = {"positive": [], "negative": [], "uncertain": []}
    for idx, stance, weight, cue in found:
        weights[stance].append(weight * 1.25 if idx == last_clause else weight)
        cues.append(f"{cue}:{stance}")
        last = stance
    for stance_name, ws in weights.items():
        if ws:
            ws.sort(reverse=True)
            scores[stance_name] = ws[0] + 0.25 * sum(ws[1:])
    best = max(scores.values())
    leaders = [s for s in ("positive", "negative", "uncertain") if scores[s] == best]
    winner: Stance = last if last in leaders else leaders[0]  # type: ignore[assignment]
    return StanceResult(winner, scores, tuple(cues))


def stance_of(text: str) -> Stance | None:
    """The stance of ``text`` (see :func:`assess_stance`)."""
    return assess_stance(text).stance
