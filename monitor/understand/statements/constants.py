"""Patterns and numbers shared by more than one part of :mod:`monitor.understand.statements`."""

from __future__ import annotations

import re

_WORDS = re.compile(r"[\w'\u2019]+")

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|we|We|my|My|our|Our)\b")
_MIN_WORDS = 3

# a sentence of a quote ends at ".", "!" or "?" (and a closing mark) before a space
_QUOTE_SENTENCE_END = re.compile("(?<=[.!?])['\u2019\"\u201d]?\\s+")

# "WOLL: ...", "Deborah Ann Woll: ...", "A: ..." at the start of a paragraph (a Q&A transcript), with
# a transcript's time stamp before or after the name: "[00:37:31] MIKE COLTER:", "00:31:54 Charlie
# Cox:", "Jeph Loeb (41:12):", "DEBORAH ANN WOLL [40:25]:"; a description after the name: "FAN (in a
# Fisk T-shirt):" (in lower case: "Charlie Cox (March 2024, Stage & Screen):" is a rundown's line)
_STAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?"
# an oral history's label in capitals may describe the speaker in any case: "KRYSTEN RITTER (Jessica
# Jones):", "RACHAEL TAYLOR (Trish Walker):"
_ROLE = r"[^()\n]{1,60}"
# Q&As printed "Q. …" / "A. …" label their turns with a full stop instead (not an initial, "A. J. Ross")
_QA_LABEL = re.compile(
    rf"(?:{_STAMP}\s*(?:[\u2013\u2014-]\s*)?)?"
    r"(?P<label>(?P<dotted>[QA])(?=\.\s+(?![A-Z]\.)[A-Z\"\u201c\u2018'(])"
    r"|(?:[A-Z][A-Za-z.'\u2019-]*)(?: [A-Z][A-Za-z.'\u2019-]*){0,3})"
    rf"(?(dotted)\.|(?:\s*{_STAMP})?(?: \((?=[a-z]){_ROLE}\)|(?<=[A-Z][A-Z]) \({_ROLE}\))?\s*:)\s+(?=\S)"
)
