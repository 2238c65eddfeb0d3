"""What the rules found out about a quote or a claim, as the learned gate reads it."""

from __future__ import annotations

from monitor.understand.gate import features
from monitor.understand.stance import StanceResult
from monitor.understand.statements.base import _QuoteInfo
from monitor.understand.statements.constants import _WORDS
from monitor.understand.statements.topic import _Topic


class _Facts(_Topic):
    """The learned gate's facts (see the module docstring)."""

    def _topic_paras(self) -> list[int]:
        """The paragraphs that name the story (topic terms or the question's words)."""
        if self._story_paras is None:
            self._story_paras = [
                i
                for i, (s, e) in enumerate(self.lay.paras)
                if self._linked(None, self.text[s:e], people=False)
            ]
        return self._story_paras

    def _place_facts(self, facts: dict[str, float], para: int, n_infos: int) -> None:
        topic = self._topic_paras()
        dist = min((abs(p - para) for p in topic), default=20)
        before = min((para - p for p in topic if p <= para), default=20)
        facts["title_frames"] = float(self._title_frames(para))
        facts["dist_topic"] = min(dist, 10) / 10
        facts["dist_topic0"] = float(dist == 0)
        facts["dist_before"] = min(before, 10) / 10
        facts["para_rel"] = para / max(1, len(self.lay.paras))
        facts["n_quotes_log"] = features.log_count(n_infos)

    def _quote_facts(
        self,
        c: features.Considered,
        info: _QuoteInfo,
        context: str,
        assessed: StanceResult,
        counts: tuple[int, int],
        flags: tuple[bool, bool, bool],
    ) -> None:
        """What the rules found out about a quote, as the gate reads it (``counts``: its words and
        the article's quotes; ``flags``: its sentence opens on something else, it answers the
        question asked, it goes on from the speaker's statement before)."""
        q, speaker, body = info.quote, info.speaker, c.body
        (n_words, n_infos), (opener, answered, on_topic) = counts, flags
        floor = self._floor(info)
        c.facts = {
            "kind_quote": 1.0,
            f"how={info.how}": 1.0,
            "speaker_none": float(speaker is None),
            "speaker_listed": float(speaker in self.lex.people_names),
            "n_words_log": features.log_count(n_words),
            "about_other": float(info.about_other),
            "opener_other": float(opener),
            "has_question": float(info.question is not None),
            "answers_q": float(info.question is not None and answered),
            "linked_body": float(self._linked(speaker, body)),
            "linked_body_np": float(self._linked(speaker, body, people=False)),
            "linked_ctx": float(self._linked(speaker, context)),
            "linked_both": float(self._linked(speaker, body, context)),
            "names_group": float(self._names_the_group(context)),
            "excluded_body": float(self._excluded(body)),
            "on_topic": float(on_topic),
            "floor_true": float(floor is True),
            "floor_false": float(floor is False),
            "excluded_ctx": float(self._excluded(context)),
            "short_for_claim": float(c.short),
            "self_split": float(len(c.parts) > 1),
        }
        self._place_facts(c.facts, q.first_para, n_infos)
        features.text_facts(c.facts, body, assessed, c.stance, self._denies_core(body) is not None)
        start = max(0, info.sentence if info.sentence < q.open else q.open - 200)
        c.lead = self.text[max(start, q.open - 250) : q.open]

    def _claim_facts(
        self,
        c: features.Considered,
        context: str,
        assessed: StanceResult,
        denied: bool,
        backshifted: bool,
        n_infos: int,
    ) -> None:
        """What the rules found out about a reported claim, as the gate reads it."""
        speaker, claim = c.speaker, c.body
        c.facts = {
            "kind_claim": 1.0,
            "speaker_none": float(speaker is None),
            "speaker_listed": float(speaker in self.lex.people_names),
            "n_words_log": features.log_count(len(_WORDS.findall(claim))),
            "opener_other": float(self._about_other(self.text[c.start : c.end], speaker)),
            "linked_body": float(self._linked(speaker, claim)),
            "linked_body_np": float(self._linked(speaker, claim, people=False)),
            "linked_ctx": float(self._linked(speaker, context)),
            "linked_both": float(self._linked(speaker, claim, context)),
            "excluded_body": float(self._excluded(claim)),
            "about_story": float(self._about_story(speaker, claim)),
            "denied": float(denied),
            "backshift": float(backshifted),
            "excluded_ctx": float(self._excluded(context)),
            "quote_inside": float(self._quote_between(c.start, c.end)),
        }
        self._place_facts(c.facts, self.lay.para_of(c.start), n_infos)
        features.text_facts(c.facts, claim, assessed, c.stance, self._denies_core(claim) is not None)
        c.lead = self.text[max(0, c.start - 150) : c.start]
