"""The scorer on the labelled development set: floors a little below today's figures, so a
regression fails. Also the `monitor eval-understanding` command."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.devset import DevsetError, load_devset
from monitor.understand.evaluate import evaluate, similarity

DEVSET = Path(__file__).parent / "devset"


def test_devset_scores_stay_above_their_floors() -> None:
    devset = load_devset(DEVSET)
    assert len(devset.articles) >= 40
    s = evaluate(devset)
    assert s.relevance_precision >= 0.95
    assert s.relevance_recall >= 0.95
    assert s.statement_precision >= 0.93
    assert s.statement_recall >= 0.93
    assert s.stance_accuracy >= 0.93
    assert s.change_accuracy >= 0.93
    assert s.story_f1 >= 0.93


def test_held_out_articles_stay_above_their_floors() -> None:
    s = evaluate(load_devset(DEVSET / "holdout"))
    assert s.relevance_precision >= 0.9
    assert s.relevance_recall >= 0.95
    assert s.statement_precision >= 0.9
    assert s.statement_recall >= 0.85
    assert s.stance_accuracy >= 0.9
    assert s.change_accuracy >= 0.9
    assert s.story_f1 >= 0.9


def test_second_held_out_set_stays_above_its_floors() -> None:
    """30 articles written blind (before their author read the rules), then used to fix them."""
    devset = load_devset(DEVSET / "holdout2")
    assert len(devset.articles) == 30
    s = evaluate(devset)
    assert s.relevance_precision >= 0.95
    assert s.relevance_recall >= 0.95
    assert s.statement_precision >= 0.95
    assert s.statement_recall >= 0.93
    assert s.stance_accuracy >= 0.95
    assert s.change_accuracy >= 0.95
    assert s.story_f1 >= 0.95


def test_third_held_out_set_stays_above_its_floors() -> None:
    """30 more articles in the style of real web articles of 2017-2026, written blind (before their
    author read the rules), then used to fix them with general rules."""
    devset = load_devset(DEVSET / "holdout3")
    assert len(devset.articles) == 30
    s = evaluate(devset)
    assert s.relevance_precision >= 0.95
    assert s.relevance_recall >= 0.95
    assert s.statement_precision >= 0.95
    assert s.statement_recall >= 0.93
    assert s.stance_accuracy >= 0.95
    assert s.change_accuracy >= 0.95
    assert s.story_f1 >= 0.85


def test_fourth_held_out_set_stays_above_its_floors() -> None:
    """30 articles in the house styles of real outlets (transcripts, live blogs, listicles, a
    translated Q&A, social posts), written blind, then used to fix the rules with general ones. Its
    floors sit lower than the other sets': the misses left are listed in its README."""
    devset = load_devset(DEVSET / "holdout4")
    assert len(devset.articles) == 30
    s = evaluate(devset)
    assert s.relevance_precision >= 0.85
    assert s.relevance_recall >= 0.95
    assert s.statement_precision >= 0.93
    assert s.statement_recall >= 0.8
    assert s.stance_accuracy >= 0.95
    assert s.change_accuracy >= 0.95
    assert s.story_f1 >= 0.95


def test_fifth_held_out_set_stays_above_its_floors() -> None:
    """25 articles (6 decoys) written blind in further web styles (a Reddit AMA recap, a press
    release, a video transcript, an embedded post, a wire story, guillemets, a newsletter, British
    single quotes, a timeline). Floors sit just under the figures after the broader mechanisms; the
    misses left, and why, are listed in its README."""
    devset = load_devset(DEVSET / "holdout5")
    assert len(devset.articles) == 25
    s = evaluate(devset)
    assert s.relevance_precision >= 0.8
    assert s.relevance_recall >= 0.9
    assert s.statement_precision >= 0.78
    assert s.statement_recall >= 0.52
    assert s.stance_accuracy >= 0.8
    assert s.change_accuracy >= 0.8
    assert s.story_f1 >= 0.95


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


def test_cli_prints_the_table_and_fails_under_a_floor(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval-understanding", "--devset", str(DEVSET / "holdout"), "--errors"])
    assert result.exit_code == 0, result.output
    assert "statement precision" in result.output
    assert "story pairwise F1" in result.output
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
