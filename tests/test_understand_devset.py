"""The scorer on the labelled development set: floors a little below today's figures, so a
regression fails. Also the `monitor eval-understanding` command."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.devset import DevsetError, load_devset
from monitor.types import Statement
from monitor.understand.evaluate import (
    Devset,
    GoldStatement,
    Scores,
    evaluate,
    match,
    recut,
    same_speaker,
    similarity,
)
from monitor.understand.gate.train import BLIND

DEVSET = Path(__file__).parent / "devset"


MEASURES = (
    "relevance_precision",
    "relevance_recall",
    "statement_precision",
    "statement_recall",
    "stance_accuracy",
    "change_accuracy",
    "story_f1",
)

# Floors a little below today's figures (the rules alone, about 0.02 under, set after round 21), in
# the order of MEASURES. holdout2..6 were each written blind (before their author read the rules)
# and then used to fix the rules with general ones; the misses left in each are listed in its
# README. (folder, articles, floors)
FLOORS = [
    ("", None, (0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98)),
    ("holdout", None, (0.98, 0.98, 0.98, 0.98, 0.98, 0.98, 0.98)),
    ("holdout2", 30, (0.98, 0.98, 0.98, 0.94, 0.98, 0.98, 0.98)),
    ("holdout3", 30, (0.98, 0.98, 0.98, 0.95, 0.98, 0.98, 0.98)),
    ("holdout4", 30, (0.98, 0.98, 0.96, 0.89, 0.98, 0.96, 0.98)),
    ("holdout5", 25, (0.98, 0.98, 0.98, 0.95, 0.98, 0.98, 0.98)),
    ("holdout6", 30, (0.98, 0.98, 0.94, 0.94, 0.98, 0.98, 0.98)),
    # holdout7: its stance errors taught three stance rules (not telling, "behind me", "when");
    # holdout9: its feed items and rewrites taught the ninth round (quoted words in a reported
    # claim, "Asked by …," openings, refusals to say, denied "no"s); holdout10: its transcripts
    # taught the eighth round (time-stamped turns, answers framed by their question, follow-ups,
    # long answers cut down to their stance); holdout7, 8, 10 and 11 taught the tenth (stance
    # idioms, yes/no questions, follow-ups that point back, reports in relative clauses, reported
    # claims about the story in their own words)
    ("holdout7", 30, (0.88, 0.98, 0.81, 0.87, 0.98, 0.88, 0.98)),
    ("holdout8", 24, (0.98, 0.98, 0.84, 0.9, 0.86, 0.71, 0.98)),
    ("holdout9", 33, (0.98, 0.98, 0.83, 0.95, 0.98, 0.83, 0.98)),
    ("holdout10", 30, (0.98, 0.98, 0.72, 0.75, 0.98, 0.93, 0.98)),
    ("holdout11", 33, (0.98, 0.98, 0.86, 0.93, 0.98, 0.92, 0.98)),
    # holdout12 and holdout13: written blind, scored before and after round 10, then taught the
    # eleventh round (the question on the floor, posts, claims, stance idioms, relevance)
    ("holdout12", 38, (0.98, 0.91, 0.86, 0.95, 0.98, 0.86, 0.83)),
    ("holdout13", 32, (0.98, 0.98, 0.92, 0.92, 0.93, 0.93, 0.98)),
    # holdout14 and holdout15: written blind, scored before and after round 11, then taught the
    # twelfth round (with holdout10: linking, claims and relays, stance idioms, transcripts)
    ("holdout14", 32, (0.98, 0.98, 0.86, 0.84, 0.92, 0.84, 0.98)),
    ("holdout15", 30, (0.98, 0.98, 0.88, 0.83, 0.95, 0.88, 0.98)),
    # holdout16 and holdout17: written blind, scored before and after round 12, the learned gate's
    # blind test, then taught the thirteenth and fourteenth rounds
    ("holdout16", 33, (0.98, 0.98, 0.95, 0.92, 0.91, 0.89, 0.98)),
    ("holdout17", 32, (0.98, 0.98, 0.94, 0.98, 0.98, 0.96, 0.98)),
    # holdout18 and holdout19: written blind after round 12, the gate's second blind test, then
    # taught the fifteenth round
    ("holdout18", 33, (0.98, 0.98, 0.92, 0.96, 0.95, 0.93, 0.98)),
    ("holdout19", 31, (0.98, 0.98, 0.83, 0.87, 0.98, 0.92, 0.98)),
    # holdout20 and holdout21: written blind after round 14, scored before and after round 15 and
    # the retrained gate, then taught the sixteenth round
    ("holdout20", 32, (0.98, 0.98, 0.84, 0.96, 0.98, 0.79, 0.88)),
    ("holdout21", 32, (0.98, 0.98, 0.93, 0.88, 0.98, 0.91, 0.98)),
    # holdout22 and holdout23: written blind after round 15, scored before and after round 16 and
    # the gate's learned cue-less stance, then taught round 17
    ("holdout22", 32, (0.98, 0.98, 0.88, 0.92, 0.98, 0.94, 0.98)),
    ("holdout23", 34, (0.98, 0.98, 0.78, 0.93, 0.98, 0.85, 0.98)),
    # holdout24 and holdout25: written blind after round 16, scored before and after round 17, then
    # taught rounds 18 and 19
    ("holdout24", 34, (0.98, 0.94, 0.87, 0.73, 0.92, 0.83, 0.88)),
    ("holdout25", 34, (0.98, 0.94, 0.69, 0.72, 0.88, 0.68, 0.98)),
    # holdout26 and holdout27: written blind after round 17, scored before and after round 18, then
    # taught round 19
    ("holdout26", 30, (0.98, 0.98, 0.84, 0.9, 0.9, 0.74, 0.98)),
    ("holdout27", 31, (0.98, 0.94, 0.87, 0.77, 0.85, 0.76, 0.98)),
    # holdout28 and holdout29: written blind after round 18, scored before and after round 19, then
    # taught round 20
    ("holdout28", 32, (0.98, 0.98, 0.87, 0.9, 0.98, 0.71, 0.98)),
    ("holdout29", 32, (0.98, 0.94, 0.84, 0.91, 0.98, 0.98, 0.98)),
    # holdout30 and holdout31: written blind after round 19, scored before and after round 20, then
    # taught round 21
    ("holdout30", 34, (0.98, 0.9, 0.83, 0.87, 0.98, 0.74, 0.98)),
    ("holdout31", 33, (0.94, 0.98, 0.92, 0.9, 0.94, 0.82, 0.98)),
    # holdout32 and holdout33: written blind after round 20, scored before and after round 21, then
    # taught round 22
    ("holdout32", 32, (0.98, 0.98, 0.76, 0.96, 0.96, 0.65, 0.86)),
    ("holdout33", 34, (0.94, 0.98, 0.71, 0.8, 0.92, 0.62, 0.78)),
    # holdout34 and holdout35: written blind after round 21, scored before and after round 22; no
    # rule written from them (the gate's BLIND sets)
    ("holdout34", 32, (0.98, 0.94, 0.61, 0.68, 0.83, 0.58, 0.88)),
    ("holdout35", 32, (0.98, 0.94, 0.83, 0.72, 0.78, 0.58, 0.98)),
    # holdout36 and holdout37: written blind at the end of round 22, scored before round 23 (the gate's
    # BLIND sets too)
    ("holdout36", 32, (0.98, 0.98, 0.71, 0.66, 0.65, 0.5, 0.98)),
    ("holdout37", 32, (0.98, 0.9, 0.76, 0.56, 0.79, 0.52, 0.86)),
]


@pytest.mark.parametrize(("folder", "articles", "floors"), FLOORS, ids=[f or "devset" for f, _, _ in FLOORS])
def test_labelled_sets_stay_above_their_floors(
    folder: str, articles: int | None, floors: tuple[float, ...]
) -> None:
    """The rules alone (the learned gate off) keep their figures."""
    devset = _rules_alone(load_devset(DEVSET / folder))
    assert len(devset.articles) == articles if articles is not None else len(devset.articles) >= 9
    scores = evaluate(devset)
    below = {
        m: getattr(scores, m) for m, floor in zip(MEASURES, floors, strict=True) if getattr(scores, m) < floor
    }
    assert not below, f"{folder or 'devset'} fell below its floors: {below}"


def _rules_alone(devset: Devset) -> Devset:
    return replace(devset, watchlist=replace(devset.watchlist, learned_gate=False))


def _f1(s: Scores) -> float:
    p, r = s.statement_precision, s.statement_recall
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.mark.parametrize("folder", [f for f, _, _ in FLOORS], ids=[f or "devset" for f, _, _ in FLOORS])
def test_the_learned_gate_finds_at_least_the_rules_statements(folder: str) -> None:
    """With the gate on (the default), no set it was trained on has a statement F1 below the rules'
    alone; on the sets the gate never saw (its BLIND ones) F1 stays within 0.02 of the rules' (about
    one statement: after round 18 the gate costs holdout27 one, 0.615 -> 0.609) and stance accuracy
    within 0.03 (a statement the gate adds without a cue takes the stance learned for those). Only
    figures are printed."""
    devset = load_devset(DEVSET / folder)
    assert devset.watchlist.learned_gate  # the default
    rules = evaluate(_rules_alone(devset))
    gated = evaluate(devset)
    slack = 0.02 if folder in BLIND else 0.0
    assert _f1(gated) >= _f1(rules) - slack, (folder, _f1(gated), _f1(rules))
    if folder in BLIND:
        assert gated.stance_accuracy >= rules.stance_accuracy - 0.03, (
            folder,
            gated.stance_accuracy,
            rules.stance_accuracy,
        )


def test_seed_sanity_check_scores() -> None:
    s = evaluate(load_devset(DEVSET / "seeds"))
    assert s.relevance_recall == 1.0
    assert s.statement_precision >= 0.9
    assert s.statement_recall >= 0.9
    assert s.stance_accuracy >= 0.9
    assert s.change_accuracy >= 0.9


def test_similarity_matches_containment_and_rejects_other_words() -> None:
    assert similarity("I'm in", "If they want to do it, I'm in") < 0.6
    assert similarity("not in the plans right now", "It is not in the plans right now") >= 0.6
    assert similarity("totally different words", "nothing in common here") == 0.0


def test_a_speaker_printed_in_capitals_matches_in_any_letter_case() -> None:
    assert same_speaker("Ada McKenzie-DeVries", "Ada Mckenzie-Devries")  # from "ADA MCKENZIE-DEVRIES:"
    assert same_speaker(None, None)
    assert not same_speaker("Ada Mckenzie", None)
    assert not same_speaker("Ada Mckenzie", "Ida Mckenzie")


def _said(text: str, speaker: str | None = "Ada Reyes") -> Statement:
    return Statement(speaker, text, "positive", "quote", None, "Test Wire")


def test_a_statement_cut_differently_from_the_labels_is_neither_missed_nor_extra() -> None:
    gold = (
        GoldStatement("Ada Reyes", "The harbour scenes were shot at night in the rain.", "positive"),
        GoldStatement("Ada Reyes", "I would go back to that set in a heartbeat.", "positive"),
        GoldStatement("Ada Reyes", "The catering truck was the real star of the shoot.", "positive"),
    )
    joined = _said(
        "The harbour scenes were shot at night in the rain. I would go back to that set in a heartbeat."
    )
    piece = _said("the real star of the shoot")
    other = _said("I would go back to that set in a heartbeat.", speaker="Bo Lind")  # another speaker
    predicted = [joined, _said("The catering truck was the real star of the shoot."), piece, other]
    pairs = match(gold, predicted)
    assert sorted(pairs) == [(0, 0), (2, 1)]
    found, right = recut(gold, predicted, pairs)
    assert found == [(1, 0)]  # the second labelled statement lies inside the joined prediction
    assert right == [2]  # the piece splits a labelled statement; the other speaker's words do not count
    scores = Scores(statement_tp=2, statement_fn=0, statement_fp=1, recut_found=1, recut_right=1)
    assert scores.statement_recall == 1.0
    assert scores.statement_precision == 0.75
    assert "(1 cut differently)" in scores.table()


def test_a_claim_quoting_in_two_places_is_matched_by_its_quoted_words() -> None:
    claim = (
        "Her new co-star is \u201cdone waiting,\u201d the producer told fans, though she"
        " \u201cwon't say when\u201d"
    )
    assert similarity(claim, "done waiting, won't say when") >= 0.6
    assert similarity('the producer "loved it" and "wants more" from them', "loved it wants more") >= 0.6
    assert similarity(claim, "the producer told fans") < 0.6


def test_cli_prints_the_table_and_fails_under_a_floor(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval-understanding", "--devset", str(DEVSET / "holdout"), "--errors"])
    assert result.exit_code == 0, result.output
    assert "statement precision" in result.output
    assert "story pairwise F1" in result.output
    assert "rules only" not in result.output
    rules = CliRunner().invoke(
        cli, ["eval-understanding", "--devset", str(DEVSET / "holdout"), "--rules-only"]
    )
    assert rules.exit_code == 0, rules.output
    assert "rules only (learned gate off)" in rules.output
    # A set whose only article is labelled relevant but is not: relevance recall 0, below any floor.
    (tmp_path / "articles").mkdir()
    (tmp_path / "watchlist.toml").write_text(
        'name = "w"\nquestion = "Will the Defenders reunite?"\ntopic_terms = ["Defenders"]\n'
    )
    (tmp_path / "articles" / "a.toml").write_text(
        'title = "Hockey"\nsource = "S"\nurl = "https://s.example/a"\nrelevant = true\nstory = "x"\n'
        'text = "The hockey team won again."\n'
    )
    failing = CliRunner().invoke(
        cli, ["eval-understanding", "--devset", str(tmp_path), "--fail-under", "0.5"]
    )
    assert failing.exit_code == 1, failing.output
    assert "relevance recall" in failing.output


def test_a_broken_devset_names_the_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "watchlist.toml").write_text('name = "w"\nquestion = "q?"\n')
    (tmp_path / "articles" / "a.toml").write_text('title = "t"\ntext = "x"\nrelevant = "yes"\n')
    with pytest.raises(DevsetError, match=r"a\.toml: 'relevant'"):
        load_devset(tmp_path)
