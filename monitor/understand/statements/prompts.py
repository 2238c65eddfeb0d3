"""A host's or moderator's prompt to a guest: words that hand the floor over, no statement.

Round 22: a host who turns to a guest ("“I'd like to know that too,” she said. “Brad?”", "“I refuse
to believe that's the end,” he told her. “Tell me I'm right.”") puts a question to them, whatever the
words before the question say: the prompt is what the guest answers, the answer is the statement.
Read from the quote's last sentence (with the words merged into it): a question that names another
person the article names as its addressee ("Brad?", "What do you say, Charlie?", "Dario, any
thoughts?"), or a request to speak ("Tell me …", "Convince me …", "Prove me wrong."). A host's other
words (a remark of their own, an answer) stay statements; so does an imperative that asks for no
word ("Save me a seat.")."""

from __future__ import annotations

import re

from monitor.understand.statements.constants import _QUOTE_SENTENCE_END

# a request that the one addressed speak: "Tell me I'm right.", "Convince me.", "Prove me wrong."
_SPEAK_TO_ME = re.compile(
    r"(?:(?:So|Now|Come\s+on|Go\s+on|Please|Then),?\s+)?"
    r"(?:Tell\s+me|Convince\s+me|Reassure\s+me|Promise\s+me|Prove\s+me\s+wrong|Correct\s+me|Talk\s+me)\b"
)
# a name as the addressee of a question: alone ("Brad?"), opening it ("Dario, any thoughts?") or
# closing it ("What do you say, Charlie?")
_ADDRESSEE = re.compile(
    r"^(?P<alone>[A-Z][\w'\u2019-]+)\?$"
    r"|^(?P<first>[A-Z][\w'\u2019-]+),\s+[^.!]*\?$"
    r"|,\s+(?P<last>[A-Z][\w'\u2019-]+)\?$"
)


def prompts_guest(text: str, extra: str, names: set[str]) -> bool:
    """Does a quote (``text``, and ``extra``, the words merged into it after its attribution) end by
    handing the floor to a guest: its last sentence a question put to one of ``names`` (first names
    and surnames of the people the article names, the speaker's own left out), or a request to speak
    ("Tell me I'm right.")? (The last piece is read alone: "…,” he told her. “Tell me …”" merges the
    two after a comma.)"""
    sentences = [s.strip() for s in _QUOTE_SENTENCE_END.split((extra or text).strip()) if s.strip()]
    if not sentences:
        return False
    last = sentences[-1].strip("\"'\u201c\u201d\u2018\u2019 ")
    if _SPEAK_TO_ME.match(last) is not None:
        return True
    m = _ADDRESSEE.search(last)
    return m is not None and (m.group("alone") or m.group("first") or m.group("last")) in names
