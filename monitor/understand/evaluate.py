"""Score the understanding pipeline on a labelled development set (pure: values in, scores out).

Measures (see ``tests/devset/README.md`` for the labels):

* relevance precision / recall over all articles;
* statement precision / recall over the articles labelled relevant: a predicted statement matches a
  labelled one when the speaker is the same (``None`` included; letter case aside, since a name
  printed in capitals, "STEVEN S. DEKNIGHT", cannot give back "DeKnight") and the words agree (Dice overlap
  of at least :data:`MATCH_DICE`, or the labelled words lie inside the prediction for at least
  :data:`MATCH_CONTAINED` of them and the prediction is at most three times longer); matching is
  one-to-one, best pairs first. A reported claim that quotes a few of the speaker's words ("he
  "wouldn't bet on" a reunion") may be labelled, or shown, as the whole clause or as the quoted
  words alone (the README allows both): either side's quoted words stand for it too. Where one
  statement ends is a matter of cut (sets label ``“X,” she said. “Y.”`` as one statement or two):
  a labelled statement left over whose words lie inside a matched prediction of the same speaker
  (the prediction joins two labelled statements) is found, and a prediction left over whose words
  lie inside a matched labelled statement (it splits one) is right; the table counts them apart
  ("3 cut differently") so the strict one-to-one figures can be read off;
* stance accuracy and change accuracy over the matched pairs (the change comes from the digest
  built over the whole set with its baseline, exactly as ``monitor digest`` would);
* story grouping pairwise precision / recall / F1 over the articles labelled relevant.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from monitor.digest.build import build_digest
from monitor.types import (
    Analysis,
    Article,
    ChangeKind,
    Stance,
    Statement,
    StatementChange,
    Watchlist,
)
from monitor.understand import analyse, extract_statements
from monitor.understand.normalise import words

MATCH_DICE = 0.6
MATCH_CONTAINED = 0.8
_QUOTED = re.compile('["\u201c]([^"\u201c\u201d\\n]{2,200})["\u201d]')


@dataclass(frozen=True, slots=True)
class GoldStatement:
    speaker: str | None
    quote: str
    stance: Stance
    change: ChangeKind | None = None


@dataclass(frozen=True, slots=True)
class DevArticle:
    name: str  # file name, for messages
    article: Article
    relevant: bool
    story: str | None
    statements: tuple[GoldStatement, ...]


@dataclass(frozen=True, slots=True)
class Devset:
    watchlist: Watchlist
    baseline: tuple[Statement, ...]
    articles: tuple[DevArticle, ...]
    source: str = ""


@dataclass
class Scores:
    relevance_tp: int = 0
    relevance_fp: int = 0
    relevance_fn: int = 0
    statement_tp: int = 0  # one-to-one pairs
    statement_fp: int = 0
    statement_fn: int = 0
    recut_found: int = 0  # labelled statements found inside a prediction that joins two
    recut_right: int = 0  # predictions that split one labelled statement
    stance_right: int = 0
    change_right: int = 0
    change_total: int = 0
    pair_tp: int = 0
    pair_fp: int = 0
    pair_fn: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def relevance_precision(self) -> float:
        return self._ratio(self.relevance_tp, self.relevance_tp + self.relevance_fp)

    @property
    def relevance_recall(self) -> float:
        return self._ratio(self.relevance_tp, self.relevance_tp + self.relevance_fn)

    @property
    def statement_precision(self) -> float:
        right = self.statement_tp + self.recut_right
        return self._ratio(right, right + self.statement_fp)

    @property
    def statement_recall(self) -> float:
        found = self.statement_tp + self.recut_found
        return self._ratio(found, found + self.statement_fn)

    @property
    def stance_accuracy(self) -> float:
        return self._ratio(self.stance_right, self.statement_tp + self.recut_found)

    @property
    def change_accuracy(self) -> float:
        return self._ratio(self.change_right, self.change_total)

    @property
    def story_precision(self) -> float:
        return self._ratio(self.pair_tp, self.pair_tp + self.pair_fp)

    @property
    def story_recall(self) -> float:
        return self._ratio(self.pair_tp, self.pair_tp + self.pair_fn)

    @property
    def story_f1(self) -> float:
        p, r = self.story_precision, self.story_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rows(self) -> list[tuple[str, float, str]]:
        """(measure, value, counts) for the table."""
        return [
            (
                "relevance precision",
                self.relevance_precision,
                f"{self.relevance_tp}/{self.relevance_tp + self.relevance_fp}",
            ),
            (
                "relevance recall",
                self.relevance_recall,
                f"{self.relevance_tp}/{self.relevance_tp + self.relevance_fn}",
            ),
            (
                "statement precision",
                self.statement_precision,
                _counts(self.statement_tp + self.recut_right, self.statement_fp, self.recut_right),
            ),
            (
                "statement recall",
                self.statement_recall,
                _counts(self.statement_tp + self.recut_found, self.statement_fn, self.recut_found),
            ),
            (
                "stance accuracy",
                self.stance_accuracy,
                f"{self.stance_right}/{self.statement_tp + self.recut_found}",
            ),
            ("change accuracy", self.change_accuracy, f"{self.change_right}/{self.change_total}"),
            (
                "story pairwise precision",
                self.story_precision,
                f"{self.pair_tp}/{self.pair_tp + self.pair_fp}",
            ),
            ("story pairwise recall", self.story_recall, f"{self.pair_tp}/{self.pair_tp + self.pair_fn}"),
            ("story pairwise F1", self.story_f1, ""),
        ]

    def table(self) -> str:
        lines = [f"{'measure':<26} {'score':>6}  counts", "-" * 44]
        lines += [f"{name:<26} {value:>6.3f}  {counts}" for name, value, counts in self.rows()]
        return "\n".join(lines)


def _counts(right: int, wrong: int, recut: int) -> str:
    return f"{right}/{right + wrong}" + (f" ({recut} cut differently)" if recut else "")


def similarity(gold: str, predicted: str) -> float:
    """How well a predicted text matches a labelled one (0..1), see the module docstring."""
    best = _similarity(gold, predicted)
    for quoted in _quoted_words(predicted):
        best = max(best, _similarity(gold, quoted))
    for quoted in _quoted_words(gold):
        best = max(best, _similarity(quoted, predicted))
    return best


def _quoted_words(text: str) -> list[str]:
    """The words a reported claim quotes ("he "wouldn't bet on" a reunion" → "wouldn't bet on"),
    when it is more than the quotation; nothing for a quotation itself. A claim quoting in more
    than one place ("are "coming together," though he "can't tell you when"") quotes them all,
    in order."""
    marks = _QUOTED.findall(text)
    quoted = " ".join(marks)
    if not marks or len(words(quoted)) < 2 or len(words(quoted)) == len(words(text)):
        return []
    return [quoted]


def _similarity(gold: str, predicted: str) -> float:
    g, p = Counter(words(gold)), Counter(words(predicted))
    if not g or not p:
        return 0.0
    common = sum((g & p).values())
    gn, pn = sum(g.values()), sum(p.values())
    dice = 2 * common / (gn + pn)
    contained = common / gn if pn <= 3 * gn else 0.0
    if contained >= MATCH_CONTAINED:
        return max(dice, MATCH_DICE + (contained - MATCH_CONTAINED) / 10)
    return dice


def same_speaker(a: str | None, b: str | None) -> bool:
    """The same speaker for scoring: both nobody, or the same name in any letter case."""
    return a == b or (a is not None and b is not None and a.casefold() == b.casefold())


def match(gold: Sequence[GoldStatement], predicted: Sequence[Statement]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs: same speaker, words similar enough."""
    scored = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if not same_speaker(g.speaker, p.speaker):
                continue
            s = similarity(g.quote, p.text)
            if s >= MATCH_DICE:
                scored.append((s, gi, pi))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in scored:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _inside(part: str, whole: str) -> bool:
    """At least :data:`MATCH_CONTAINED` of ``part``'s words (three or more) are in ``whole``."""
    p, w = Counter(words(part)), Counter(words(whole))
    n = sum(p.values())
    return n >= 3 and sum((p & w).values()) >= MATCH_CONTAINED * n


def recut(
    gold: Sequence[GoldStatement], predicted: Sequence[Statement], pairs: Sequence[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[int]]:
    """Statements cut differently from the labels, beyond the one-to-one ``pairs``: (gold, prediction)
    for each labelled statement left over that lies inside a matched prediction of the same speaker
    (which joins it to another), and each prediction left over that lies inside a matched labelled
    statement of the same speaker (it splits it)."""
    matched_g = dict(pairs)
    matched_p = {p: g for g, p in pairs}
    joined: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        if gi in matched_g:
            continue
        host = next(
            (
                pi
                for pi in sorted(matched_p)
                if same_speaker(g.speaker, predicted[pi].speaker) and _inside(g.quote, predicted[pi].text)
            ),
            None,
        )
        if host is not None:  # the first matched prediction it lies inside
            joined.append((gi, host))
    split = [
        pi
        for pi, p in enumerate(predicted)
        if pi not in matched_p
        and any(
            same_speaker(gold[gi].speaker, p.speaker) and _inside(p.text, gold[gi].quote) for gi in matched_g
        )
    ]
    return joined, split


def _changes_by_article(changes: Sequence[StatementChange]) -> dict[int, list[StatementChange]]:
    out: dict[int, list[StatementChange]] = {}
    for c in changes:
        if c.statement.article_id is not None:
            out.setdefault(c.statement.article_id, []).append(c)
    return out


def _change_for(
    statement: Statement,
    article_id: int,
    story_changes: Sequence[StatementChange],
    own: Sequence[StatementChange],
) -> StatementChange | None:
    """The change reported for ``statement``: its own, else (a copy within the story) the story's
    change with the same speaker and the most similar words."""
    for c in own:
        if c.statement.text == statement.text and c.statement.speaker == statement.speaker:
            return c
    best: tuple[float, StatementChange | None] = (0.0, None)
    for c in story_changes:
        if c.statement.speaker != statement.speaker:
            continue
        s = similarity(c.statement.text, statement.text)
        if s > best[0]:
            best = (s, c)
    return best[1]


def evaluate(devset: Devset) -> Scores:
    """Run the pipeline over ``devset`` and score it against the labels."""
    wl = devset.watchlist
    scores = Scores()
    rows: list[tuple[Article, Analysis]] = []
    predicted: dict[int, tuple[Statement, ...]] = {}
    for item in devset.articles:
        a = item.article
        published = a.published.date() if a.published else None
        analysis = analyse(a.title, a.text, wl, published=published, source=a.source, url=a.url)
        got = analysis.relevance.relevant
        if got and item.relevant:
            scores.relevance_tp += 1
        elif got:
            scores.relevance_fp += 1
            scores.errors.append(
                f"{item.name}: kept but labelled not relevant ({analysis.relevance.reasons[-1]})"
            )
        elif item.relevant:
            scores.relevance_fn += 1
            scores.errors.append(
                f"{item.name}: dropped but labelled relevant ({'; '.join(analysis.relevance.reasons)})"
            )
        if not item.relevant:
            continue
        statements = (
            analysis.statements
            if got
            else extract_statements(
                a.text, wl, published=published, source=a.source, url=a.url, title=a.title
            )
        )
        predicted[a.id] = statements
        # Stories and changes are scored over the labelled-relevant articles, whatever relevance said.
        rows.append(
            (
                a,
                replace(
                    analysis, relevance=replace(analysis.relevance, relevant=True), statements=statements
                ),
            )
        )

    # Stories and changes as the digest reports them, over the whole set with its baseline.
    times = [a.published or a.first_seen for a, _ in rows]
    since = min(times).date() if times else dt.date(2000, 1, 1)
    until = max(times).date() if times else since
    now = dt.datetime.combine(until, dt.time(23, 59), tzinfo=dt.UTC)
    digest = build_digest(wl, since, until, rows, devset.baseline, (), now)
    story_of = {a.id: s.id for s in digest.stories for a in s.articles}
    changes_of = {s.id: s.changes for s in digest.stories}
    own = _changes_by_article(digest.changes)

    for item in devset.articles:
        if not item.relevant:
            continue
        a = item.article
        preds = predicted[a.id]
        pairs = match(item.statements, preds)
        joined, split = recut(item.statements, preds, pairs)
        scores.statement_tp += len(pairs)
        scores.recut_found += len(joined)
        scores.recut_right += len(split)
        scores.statement_fp += len(preds) - len(pairs) - len(split)
        scores.statement_fn += len(item.statements) - len(pairs) - len(joined)
        matched_g = {g for g, _ in pairs} | {g for g, _ in joined}
        matched_p = {p for _, p in pairs} | set(split)
        for gi, pi in joined:
            note = f"{item.statements[gi].quote[:50]!r} inside {preds[pi].text[:50]!r}"
            scores.errors.append(f"{item.name}: cut differently (found): {note}")
        for pi in split:
            scores.errors.append(f"{item.name}: cut differently (right): {preds[pi].text[:70]!r}")
        pairs = [*pairs, *joined]  # a joined statement's stance and change are scored for each part
        for gi, g in enumerate(item.statements):
            if gi not in matched_g:
                scores.errors.append(f"{item.name}: missed {g.speaker!r}: {g.quote[:70]!r}")
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                scores.errors.append(f"{item.name}: extra {p.speaker!r} ({p.stance}): {p.text[:70]!r}")
        for gi, pi in pairs:
            g, p = item.statements[gi], preds[pi]
            if g.stance == p.stance:
                scores.stance_right += 1
            else:
                scores.errors.append(
                    f"{item.name}: stance {p.stance} (labelled {g.stance}): {g.quote[:60]!r}"
                )
            if g.change is None:
                continue
            scores.change_total += 1
            c = _change_for(p, a.id, changes_of.get(story_of.get(a.id, ""), ()), own.get(a.id, ()))
            if c is not None and c.change == g.change:
                scores.change_right += 1
            else:
                got_change = c.change if c else None
                prev = c.previous if c else None
                against = (
                    f" against {prev.stance} {prev.text[:50]!r} ({prev.date}, {prev.source})" if prev else ""
                )
                scores.errors.append(
                    f"{item.name}: change {got_change} (labelled {g.change}): {g.quote[:60]!r}{against}"
                )

    labelled = [(i.article.id, i.story) for i in devset.articles if i.relevant and i.story]
    for x in range(len(labelled)):
        for y in range(x + 1, len(labelled)):
            (ida, sa), (idb, sb) = labelled[x], labelled[y]
            same_gold = sa == sb
            same_pred = story_of.get(ida) is not None and story_of.get(ida) == story_of.get(idb)
            if same_gold and same_pred:
                scores.pair_tp += 1
            elif same_pred:
                scores.pair_fp += 1
                scores.errors.append(f"stories: {sa} and {sb} grouped together")
            elif same_gold:
                scores.pair_fn += 1
                scores.errors.append(f"stories: {sa} split (articles {ida}, {idb})")
    return scores
