"""The stance cues: the phrases a clause is scanned for, each with a stance and a weight.

Rule 2 of :mod:`monitor.understand.stance` (the other rules are there):

2. Each clause is scanned for cue phrases: one alternation, :data:`_CUES`, of (pattern, stance,
   weight). Order matters: earlier alternatives win at the same position, so specific phrases go
   before general ones ("you never know" is uncertain before "never" could count as negative, "I
   don't know" is uncertain before "don't" could negate anything, a denied end is a yes before
   "won't <verb>" could count as a refusal). In outline, plans and predictions weigh 2, willingness
   and hope 1, doubt 1 to 1.5, bare modals 0.5; ways of speaking, measures and asides weigh nothing,
   and a text whose cues all weigh nothing takes no stance.

   The cues live in modules by family, each one consecutive run of the list, spliced here in order
   (each module's docstring says what its cues mean):

   - the idioms whose words mislead the general cues (:mod:`~monitor.understand.stance.idioms`),
     frank admissions (:mod:`~monitor.understand.stance.admissions`), work kept ready for a return
     (:mod:`~monitor.understand.stance.preparations`), a belief that it comes
     (:mod:`~monitor.understand.stance.beliefs`), whether it happens left open
     (:mod:`~monitor.understand.stance.open_questions`) and reported claims
     (:mod:`~monitor.understand.stance.claims`), at the head of the list;
   - ways of speaking, hearsay and what the speaker knows
     (:mod:`~monitor.understand.stance.knowledge`);
   - answers that say neither yes nor no (:mod:`~monitor.understand.stance.oblique_answers`);
   - refusals and non-answers (:mod:`~monitor.understand.stance.refusals`);
   - denied ends, company coming and wishes for the group, before "won't <verb>"
     (:mod:`~monitor.understand.stance.denials`);
   - permanence against an ending and work under way (:mod:`~monitor.understand.stance.permanence`);
   - waiting and caution (:mod:`~monitor.understand.stance.caution`);
   - open doors, calls not come and what is (not) announced or predicted
     (:mod:`~monitor.understand.stance.announcements`);
   - how far along it is: talk, dateless predictions, "a when, not an if", closure and "not now"
     (:mod:`~monitor.understand.stance.timing`);
   - doubt and conditions, with the denied no's beside them (:mod:`~monitor.understand.stance.doubt`);
   - plans and predictions against, and ends (:mod:`~monitor.understand.stance.closure`);
   - plans and predictions for, contact and casting (:mod:`~monitor.understand.stance.plans`);
   - eagerness, asks, willingness and hope (:mod:`~monitor.understand.stance.willingness`);
   - estimates, hedges and bare modals, last of all (:mod:`~monitor.understand.stance.hedges`).

   Read by the clause rules, not by a cue (see :mod:`~monitor.understand.stance.clauses` and the
   stance rules): a show "cancelled" is history, no cue; "still" splits a clause only before a
   comma; an end believed once ("I really did think I was done") is a yes; "if it were up to me"
   ("if it was my call", "if I had my way") is a wish, not a condition: the yes after it is not
   halved; a mock yes ("Sure. Right after pigs fly.") is a no (2); who decides ("but that's not up
   to me") takes no contrast weight after a "but".
"""

from __future__ import annotations

from monitor.types import Stance
from monitor.understand.stance.admissions import ADMISSION_CUES
from monitor.understand.stance.announcements import ANNOUNCEMENT_CUES
from monitor.understand.stance.beliefs import BELIEF_CUES
from monitor.understand.stance.caution import CAUTION_CUES
from monitor.understand.stance.claims import CLAIM_CUES
from monitor.understand.stance.closure import CLOSURE_CUES
from monitor.understand.stance.denials import DENIAL_CUES
from monitor.understand.stance.doubt import DOUBT_CUES
from monitor.understand.stance.hedges import HEDGE_CUES
from monitor.understand.stance.idioms import IDIOM_CUES
from monitor.understand.stance.knowledge import KNOWLEDGE_CUES
from monitor.understand.stance.oblique_answers import OBLIQUE_ANSWER_CUES
from monitor.understand.stance.open_questions import OPEN_QUESTION_CUES
from monitor.understand.stance.permanence import PERMANENCE_CUES
from monitor.understand.stance.plans import PLAN_CUES
from monitor.understand.stance.preparations import PREPARATION_CUES
from monitor.understand.stance.refusals import REFUSAL_CUES
from monitor.understand.stance.timing import TIMING_CUES
from monitor.understand.stance.willingness import WILLINGNESS_CUES

# (pattern, stance, weight). Order matters: earlier alternatives win at the same position.
_CUES: tuple[tuple[str, Stance, float], ...] = (
    # Round 21: doubt about "if" denied, timing-only hedges, teases and winks (see idioms)
    *IDIOM_CUES,
    # Round 22: frank admissions (a belief not held, no way seen, bad news, nothing heard)
    *ADMISSION_CUES,
    # Round 22: work kept ready for a return ("a drawer full of ideas for a second round")
    *PREPARATION_CUES,
    # Round 22: a belief that the event comes ("I think it happens")
    *BELIEF_CUES,
    # Round 22: whether it happens, left open ("let the audience tell us whether it happens")
    *OPEN_QUESTION_CUES,
    # Round 21: cues of reported claims (first back, slates, talks, reports denied, campaigning)
    *CLAIM_CUES,
    # ways of speaking, hearsay and what the speaker knows
    *KNOWLEDGE_CUES,
    # answers that say neither yes nor no
    *OBLIQUE_ANSWER_CUES,
    # refusals and non-answers
    *REFUSAL_CUES,
    # denied ends, company and wishes for the group (before "won't <verb>")
    *DENIAL_CUES,
    # permanence against an ending, work under way
    *PERMANENCE_CUES,
    # waiting and caution
    *CAUTION_CUES,
    # open doors, calls not come, announcing and predicting
    *ANNOUNCEMENT_CUES,
    # talk, dateless predictions, "a when, not an if", closure, "not now"
    *TIMING_CUES,
    # doubt and conditions, with the denied no's beside them
    *DOUBT_CUES,
    # plans and predictions against, "won't <verb>", ends
    *CLOSURE_CUES,
    # plans and predictions for, contact and casting
    *PLAN_CUES,
    # eagerness, asks, willingness and hope
    *WILLINGNESS_CUES,
    # estimates, hedges and bare modals, last
    *HEDGE_CUES,
)
