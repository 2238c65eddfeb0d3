"""The learned statement gate (monitor.understand.gate): its features, its artefact, and how it
joins the rules' decisions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.utils import murmurhash3_32 as sklearn_murmurhash

from monitor.devset import load_devset
from monitor.types import Stance
from monitor.understand import statements
from monitor.understand.gate.features import N_HASHED, hashed, murmurhash3_32
from monitor.understand.gate.model import ARTEFACT_JSON, ARTEFACT_NPZ, Gate, GateModelError, default_gate
from monitor.understand.gate.train import BLIND
from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor, extract
from tests.understand_fixtures import DEVSET
from tests.understand_fixtures import WATCHLIST as FIXTURES_WATCHLIST


@pytest.mark.parametrize(
    "word", ["", "a", "ab", "abc", "abcd", "defenders", "d\u00e9j\u00e0 vu", "i'd love to"]
)
def test_the_hash_is_scikit_learns(word: str) -> None:
    assert murmurhash3_32(word.encode("utf-8")) == sklearn_murmurhash(word, seed=0)


def test_the_ngram_buckets_are_the_hashing_vectorizers() -> None:
    text = "I'd love to come back, Daredevil! The Defenders \u2014 never say never, said \u00c9ric."
    hv = HashingVectorizer(n_features=N_HASHED, ngram_range=(1, 2), alternate_sign=False, binary=True)
    row = hv.transform([text])
    assert hashed(text) == pytest.approx(dict(zip(row.indices.tolist(), row.data.tolist(), strict=True)))
    assert hashed("") == {}


def test_the_packaged_gate_loads_once_and_names_its_features() -> None:
    gate = default_gate()
    assert gate is default_gate()
    assert 0.5 <= gate.threshold < 1.0
    assert "linked_both" in gate.weights
    assert "frac_kept" in gate.weights
    assert gate.meta["blind"] == list(BLIND)
    assert not set(BLIND) & set(gate.meta["sets"])
    assert "holdout20" in gate.meta["sets"]
    assert gate.cueless in ("positive", "negative", "uncertain")


def test_a_missing_artefact_names_the_file_and_the_fix(tmp_path: Path) -> None:
    with pytest.raises(GateModelError, match=rf"{ARTEFACT_NPZ} is missing.*monitor\.understand\.gate\.train"):
        Gate.load(tmp_path)


def _gate(bias: float, threshold: float, cueless: Stance = "uncertain") -> Gate:
    zeros = np.zeros(N_HASHED)
    return Gate({}, zeros, zeros, bias, threshold, {}, cueless)


def test_a_damaged_artefact_names_the_file(tmp_path: Path) -> None:
    _gate(0.0, 0.7).save(tmp_path)
    (tmp_path / ARTEFACT_NPZ).write_bytes(b"not a zip file")
    with pytest.raises(GateModelError, match=rf"{ARTEFACT_NPZ} is unusable"):
        Gate.load(tmp_path)
    _gate(0.0, 0.7).save(tmp_path)
    (tmp_path / ARTEFACT_JSON).write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(GateModelError, match=rf"{ARTEFACT_JSON} is unusable.*another version"):
        Gate.load(tmp_path)
    _gate(0.0, 0.7).save(tmp_path)
    meta = (tmp_path / ARTEFACT_JSON).read_text(encoding="utf-8")
    (tmp_path / ARTEFACT_JSON).write_text(meta.replace('"uncertain"', '"maybe"'), encoding="utf-8")
    with pytest.raises(GateModelError, match=rf"{ARTEFACT_JSON} is unusable.*cueless_stance 'maybe'"):
        Gate.load(tmp_path)


def _saved(gate: Gate, folder: Path) -> Path:
    gate.save(folder)
    return folder


def test_the_artefact_round_trips_byte_for_byte(tmp_path: Path) -> None:
    gate = default_gate()
    a, b = tmp_path / "a", tmp_path / "b"
    gate.save(a)
    again = Gate.load(a)
    again.save(b)
    for name in (ARTEFACT_NPZ, ARTEFACT_JSON):
        assert (a / name).read_bytes() == (b / name).read_bytes()
    assert again.weights == gate.weights
    assert again.bias == gate.bias
    assert again.cueless == gate.cueless
    assert Gate.load(_saved(_gate(0.0, 0.7, "negative"), tmp_path / "c")).cueless == "negative"


WATCHLIST = load_devset(DEVSET).watchlist


LEX = lexicon(WATCHLIST)


def _articles() -> list[tuple[str, str]]:
    out = []
    for folder in ("", "holdout7", "holdout10"):
        out += [(i.article.title, i.article.text) for i in load_devset(DEVSET / folder).articles]
    return out


def test_a_gate_that_never_fires_leaves_the_rules_statements() -> None:
    never = _gate(-60.0, 0.5)
    for title, text in _articles():
        assert _Extractor(text, LEX, title).run(never) == _Extractor(text, LEX, title).run(None)


def test_the_gate_without_a_veto_only_adds_to_the_rules() -> None:
    gate = replace(default_gate(), veto=0.0)
    added = 0
    for title, text in _articles():
        rules = _Extractor(text, LEX, title).run(None)
        gated = _Extractor(text, LEX, title).run(gate)
        kept = {(r.speaker, r.text) for r in gated}
        # a rules' statement stays, unless a claim the gate keeps replaces the short quote inside it
        assert all((r.speaker, r.text) in kept or r.kind == "quote" for r in rules)
        added += len(gated) > len(rules)
    assert added > 0


@pytest.mark.parametrize("cueless", ["uncertain", "positive"])
def test_a_statement_the_gate_adds_without_a_cue_takes_the_gates_stance(cueless: Stance) -> None:
    text = (
        "Mike Colter talked about The Defenders at the panel.\n\n"
        '"We shot the fight in one long take," Colter said.'
    )
    found = _Extractor(text, LEX).run(_gate(60.0, 0.5, cueless))
    assert [(r.speaker, r.stance) for r in found] == [("Mike Colter", cueless)]
    assert _Extractor(text, LEX).run(None) == []


def test_a_statement_the_rules_keep_keeps_the_rules_stance() -> None:
    text = (
        "Mike Colter talked about The Defenders at the panel.\n\n"
        '"I don\'t think the Defenders will ever reunite," Colter said.'
    )
    rules = _Extractor(text, LEX).run(None)
    assert [(r.speaker, r.stance) for r in rules] == [("Mike Colter", "negative")]
    assert _Extractor(text, LEX).run(_gate(60.0, 0.5, "positive")) == rules


def test_training_takes_the_commonest_stance_of_the_uncued_statements() -> None:
    from monitor.understand.gate.features import Considered
    from monitor.understand.gate.train import cueless_stance

    def row(cue: Stance | None, gold: Stance | None) -> tuple[Considered, Stance | None]:
        return Considered("quote", "A", "words", 0, 5, cue, keep=False), gold

    rows = [row(None, "positive"), row(None, "positive"), row(None, "negative"), row(None, None)]
    rows += [row("uncertain", "uncertain")] * 5  # statements with a cue do not count
    assert cueless_stance(rows) == "positive"
    assert cueless_stance([row(None, "negative"), row(None, "positive")]) == "uncertain"  # a tie
    assert cueless_stance([]) == "uncertain"


def test_the_watchlist_key_turns_the_gate_off() -> None:
    title, text = next(
        (t, x)
        for t, x in _articles()
        if _Extractor(x, LEX, t).run(default_gate()) != _Extractor(x, LEX, t).run(None)
    )
    assert LEX.learned_gate  # the default
    off = lexicon(replace(WATCHLIST, learned_gate=False))
    assert statements.extract(text, off, title) == _Extractor(text, off, title).run(None)
    assert statements.extract(text, LEX, title) == _Extractor(text, LEX, title).run(default_gate())


def test_the_shipped_artefact_is_what_training_gives_today(tmp_path: Path) -> None:
    # a change to the rules or the stance cues changes the gate's facts: retrain, and ship the result.
    # The record (sets, candidate and statement counts, features, threshold) must match exactly; the
    # weights to 1e-2, since another build of numpy/scikit-learn moves them by about 1e-4.
    import numpy as np

    from monitor.understand.gate import train

    assert train.main(["--devset", str(DEVSET), "--out", str(tmp_path)]) == 0
    shipped = Path(train.artefact_dir())
    stale = "{} is stale: run `python -m monitor.understand.gate.train`"
    fresh_meta = json.loads((tmp_path / ARTEFACT_JSON).read_text(encoding="utf-8"))
    shipped_meta = json.loads((shipped / ARTEFACT_JSON).read_text(encoding="utf-8"))
    assert fresh_meta == shipped_meta, stale.format(ARTEFACT_JSON)
    with np.load(tmp_path / ARTEFACT_NPZ) as fresh, np.load(shipped / ARTEFACT_NPZ) as kept:
        assert sorted(fresh.files) == sorted(kept.files), stale.format(ARTEFACT_NPZ)
        for name in fresh.files:
            assert fresh[name].shape == kept[name].shape, stale.format(ARTEFACT_NPZ)
            assert np.allclose(fresh[name], kept[name], rtol=0, atol=1e-2), stale.format(ARTEFACT_NPZ)


def test_an_unusable_artefact_leaves_the_rules_alone_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from monitor import matching
    from monitor.understand.gate import model

    def clear() -> None:
        for f in (model.default_gate, model.usable_gate, model.gate_problem, matching._gate_problem):
            f.cache_clear()

    title, text = next(
        (t, x)
        for t, x in _articles()
        if _Extractor(x, LEX, t).run(default_gate()) != _Extractor(x, LEX, t).run(None)
    )
    monkeypatch.setattr(model, "artefact_dir", lambda: tmp_path)  # an empty folder: no artefact
    clear()
    try:
        statements._LAST = None
        assert statements.extract(text, LEX, title) == _Extractor(text, LEX, title).run(None)
        with caplog.at_level("WARNING", logger="monitor.matching"):
            matching.claim_matcher([WATCHLIST])
            matching.claim_matcher([WATCHLIST])
        warnings = [r.getMessage() for r in caplog.records if "rules alone" in r.getMessage()]
        assert len(warnings) == 1
        assert ARTEFACT_NPZ in warnings[0]
    finally:
        monkeypatch.undo()
        clear()
        statements._LAST = None


# ------------------------------------------------------------------ the gate adds no quote nobody said


class _KeepsAll:
    """A stand-in for the learned gate that keeps every candidate."""

    cueless = "uncertain"

    def keeps(self, candidate: object) -> bool:
        return True

    def vetoes(self, candidate: object) -> bool:
        return False


def test_the_gate_adds_no_quote_without_a_speaker() -> None:
    text = (
        "The Defenders panel ran long on Saturday, and the room was loud.\n\n"
        "From somewhere near the back: \u201cThe Defenders, in one room, on one stage.\u201d\n\n"
        "Charlie Cox smiled at that. \u201cThe Defenders were a lot of fun to make,\u201d he said."
    )
    lex = lexicon(FIXTURES_WATCHLIST)
    assert extract(text, lex) == []  # the rules keep neither: no side taken
    added = _Extractor(text, lex).run(_KeepsAll())  # type: ignore[arg-type]
    assert [r.speaker for r in added] == ["Charlie Cox"]


# ------------------------------------------------------------------ round 21: the gate's veto


def _vetoing(bias: float, veto: float) -> Gate:
    return replace(_gate(bias, 0.6), veto=veto)


_KEPT = (
    "Rosario Dawson spoke about The Defenders on the podcast.\n\n"
    '"I don\'t think the Defenders will ever reunite," Dawson said.'
)


def test_the_gate_drops_a_rules_statement_it_finds_very_unlikely() -> None:
    rules = _Extractor(_KEPT, LEX).run(None)
    assert [r.speaker for r in rules] == ["Rosario Dawson"]
    assert _Extractor(_KEPT, LEX).run(_vetoing(-60.0, 0.1)) == []  # probability ~0: vetoed
    assert _Extractor(_KEPT, LEX).run(_vetoing(-60.0, 0.0)) == rules  # no veto
    assert _Extractor(_KEPT, LEX).run(_vetoing(0.0, 0.1)) == rules  # probability 0.5: above the veto


def test_the_veto_only_drops_what_the_rules_keep() -> None:
    # a candidate the rules reject stays rejected below the veto (the veto is no second way to add)
    text = (
        "Rosario Dawson talked about The Defenders at the panel.\n\n"
        '"We shot the hallway scene in one long take," Dawson said.'
    )
    assert _Extractor(text, LEX).run(None) == []
    assert _Extractor(text, LEX).run(_vetoing(-60.0, 0.5)) == []


def test_the_veto_travels_with_the_artefact(tmp_path: Path) -> None:
    gate = Gate.load(_saved(_vetoing(0.0, 0.15), tmp_path / "a"))
    assert gate.veto == 0.15
    meta = tmp_path / "a" / ARTEFACT_JSON
    # an artefact written before round 21 has no veto: it vetoes nothing
    record = json.loads(meta.read_text(encoding="utf-8"))
    del record["veto"]
    meta.write_text(json.dumps(record), encoding="utf-8")
    assert Gate.load(tmp_path / "a").veto == 0.0
    # a veto at or above the threshold would drop what the gate itself keeps
    _saved(_vetoing(0.0, 0.6), tmp_path / "b")
    with pytest.raises(GateModelError, match=rf"{ARTEFACT_JSON} is unusable.*veto 0.6"):
        Gate.load(tmp_path / "b")


def test_the_packaged_gate_vetoes_below_its_threshold() -> None:
    from monitor.understand.gate.train import VETO

    gate = default_gate()
    assert gate.veto == VETO
    assert 0.0 < gate.veto < gate.threshold
