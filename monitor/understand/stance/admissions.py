"""Frank admissions (round 22): a belief owned up to not holding, no way seen, bad news, nothing heard.

They go at the head of :data:`monitor.understand.stance.cues._CUES` (earlier alternatives win at
the same position), so each is tried before the general cue that would read its words otherwise:

- "I'd be lying if I told you I thought they'd be back": the belief in a yes is owned up to not
  being held; the yes after it, in its part, is denied like what is not pretended ("I won't pretend
  it's happening", see ``_PRETEND`` in :mod:`monitor.understand.stance.index`). The cue itself
  weighs nothing. (A denied "no" after it, "I'd be lying if I said we weren't talking", is the
  double negative of :mod:`~monitor.understand.stance.cues`, a yes: a negator after it stops it.)
- "I just don't see how it happens", "I can't see how that would work": no way seen, a no.
- "I wish I had better news for you", "sorry to disappoint": bad news owned, a no, lightly (beside
  "I've heard nothing" it is the bad news of no news, and the doubt stands).
- "I'm not shooting anything for Marvel": no work on it, a no, lightly.
- "I've been told nothing": kept in the dark, doubt (like "nobody tells me anything").
"""

from __future__ import annotations

from monitor.types import Stance

# "I'd be lying if I told you I thought …": what follows in its part is denied (see _PRETEND)
LYING_IF_BELIEVED = (
    r"(?:be lying|lie|lying) if (?:i|we) (?:said|say|told you|tell you)(?: that)? (?:i|we) "
    r"(?:(?:really|honestly|ever) )?(?:thought|think|believed|believe|expected|expect|"
    r"(?:was|am|were|are) (?:sure|confident|optimistic|hopeful))(?: that)?"
    r"(?![^.;]*?(?:n'?t\b|\bnot\b|\bnever\b|\bno\b))"
)

ADMISSION_CUES: tuple[tuple[str, Stance, float], ...] = (
    (LYING_IF_BELIEVED, "uncertain", 0.0),
    # no way seen: "I just don't see how it happens", "I can't see how that would work now"
    (
        r"(?:don'?t|do not|can'?t|cannot|couldn'?t|could not) (?:really |honestly |quite )?see how "
        r"(?:it|that|this|they|we|anyone|anybody|(?:the|a|any) [\w'-]+(?: [\w'-]+)?) "
        r"(?:(?:ever|really|actually|now) )?(?:happens?|would happen|could happen|can happen|"
        r"is going to happen|works?|would work|could work|comes? together|gets? made|comes? back)\b",
        "negative",
        2.0,
    ),
    # bad news owned: "I wish I had better news for you", "sorry to disappoint"
    (
        r"wish (?:i|we) (?:had|could give you|could share|could tell you) (?:better|happier|good) news|"
        r"sorry to (?:disappoint|be the bearer of bad news)|hate to (?:disappoint|be the bearer of bad news)",
        "negative",
        0.75,
    ),
    # no work on it: "I'm not shooting anything for Marvel", "we aren't filming anything with them"
    (
        r"(?:i'?m|i am|we'?re|we are|we aren'?t)(?: not)? (?:shooting|filming) "
        r"(?:anything|nothing) (?:for|with)",
        "negative",
        1.0,
    ),
    # kept in the dark: "I've been told nothing about the others", "we were told nothing"
    (
        r"(?:(?:i'?ve|i have|we'?ve|we have)(?: been)?|i was|we were) told nothing",
        "uncertain",
        1.0,
    ),
)
