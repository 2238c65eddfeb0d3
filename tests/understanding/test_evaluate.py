"""The development-set scorer (monitor.understand.evaluate): a claim and the words it quotes stand for
each other. Round 11."""

from __future__ import annotations

from monitor.understand.evaluate import similarity

# ------------------------------------------------------------------ scoring: quoted words in a claim


def test_a_claim_and_the_words_it_quotes_stand_for_each_other() -> None:
    claim = 'he "wouldn\'t bet on" the four of them sharing a screen again'
    assert similarity("wouldn't bet on", claim) >= 0.6
    assert similarity(claim, "wouldn't bet on") >= 0.6
    # a quotation is not its own quoted part, and other words still do not match
    assert similarity("nothing to do with it", claim) < 0.6
    assert similarity("I'm in", '"I\'m in," he said, "but the script has to be right first, always."') < 0.6
