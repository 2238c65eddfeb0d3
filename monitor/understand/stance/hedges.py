"""Estimates, hedges and bare modals, last of all so every longer cue wins first (part of rule 2, see
:mod:`monitor.understand.stance.cues`).

An estimate after "maybe" ("maybe every week", "maybe eleven times", "maybe too much", "maybe a third
of it") is no doubt at all; "maybe", "perhaps", "possibly" weigh 1. "Someday" and "one day" hedge the
time (0.5; not a story's past, "Then one day it just clicked"). "Could" of the past ("the best thing
that could have happened") or of the senses ("nobody could feel their knuckles") weighs nothing, and
so does a bare "could" in a scene of the past (``_PAST_SCENE``); a bare "might", "could" or "may"
weighs 0.5 (the month "May" is no hedge).
"""

from __future__ import annotations

from monitor.types import Stance

HEDGE_CUES: tuple[tuple[str, Stance, float], ...] = (
    # --- doubt, lightly ("maybe every week", "perhaps twice a year": an estimate of how often, no doubt)
    (
        r"(?:maybe|perhaps|probably) (?:every|once|twice|a couple|a few|about|around|more|less)\b|"
        # (second wave) a number or a measure: "maybe eleven times", "maybe 20 minutes", "maybe too much"
        r"(?:maybe|perhaps|probably) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"fifteen|twenty|thirty|fifty|a hundred|a dozen|half)(?: or (?:\d+|\w+))?"
        r"(?= *[.,;!?]|$| (?:times|takes|minutes|hours|seconds|nights|people|percent|pages|drafts|"
        r"episodes|weeks|days|months|years)\b)|too (?:much|many|long|far)|a (?:little|bit|lot)|"
        # (nineteenth round) a share: "maybe a third of it", "perhaps two thirds of the stunts"
        r"(?:a|one|two|three) (?:half|third|quarter|fifth|tenth)s?\b)",
        "uncertain",
        0.0,
    ),
    (r"maybe|perhaps|possibly|possible|possibility|potentially", "uncertain", 1.0),
    # "someday", "one day": a hedge on when, lighter than one on whether ("I'd love to, one day")
    # (not a story's past: "Then one day it just clicked")
    (
        r"someday|some day|(?<!then )one day(?!,? (?:[\w']+ ){0,2}(?:was|were|had|did|came|went|\w+ed)\b)",
        "uncertain",
        0.5,
    ),
    # (second wave) what could have been ("the best thing that could have happened to him") is the
    # past, and "could" of the senses ("nobody could feel their knuckles") an ability: no modal of
    # what may come (see also _PAST_SCENE)
    (
        r"(?:could|might|may)(?:n'?t| not)? (?:have|'ve) (?:been|had|done|gone|seen|made|got|gotten|"
        r"\w+ed|\w+en)\b|"
        r"could(?: barely| hardly| not|n'?t)? (?:feel|hear|smell|taste|breathe|sleep|believe|remember)\b",
        "uncertain",
        0.0,
    ),
    # (the month "May" is no hedge: "It opens in May.")
    (r"might|could|(?-i:may)", "uncertain", 0.5),
)
