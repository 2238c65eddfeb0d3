"""Story signatures: stable hashes, a storage codec that refuses what it did not write."""

from __future__ import annotations

import datetime as dt
import struct

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from monitor.types import Statement
from monitor.understand import signature as sg

QUOTE = Statement("Charlie Cox", "I would love to do it again with all four", "positive", "quote", None, "S")


SHORT = Statement("Charlie Cox", "Never say never, honestly", "uncertain", "quote", None, "S")


def _hashes(field: bytes) -> list[int]:
    return np.frombuffer(field, "<u8").tolist()


def test_fields_hold_sorted_distinct_hashes_of_what_the_docstring_says() -> None:
    text = "one two three four five one two three four"
    sig = sg.make_signature("Cox: the Defenders reunion", text, [QUOTE, SHORT])
    lead = _hashes(sig.lead)
    assert lead == sorted(set(lead))
    # title 4 words + text 9 words: 13 words, 10 four-grams, "one two three four" twice
    assert len(lead) == 10 - 1
    assert len(_hashes(sig.quotes)) == len(QUOTE.text.split()) - sg.QUOTE_RUN + 1
    assert len(_hashes(sig.shorts)) == 1  # only the four-word statement
    assert set(_hashes(sig.shorts)) <= set(_hashes(sig.spans))  # a short statement lies inside itself
    assert len(_hashes(sig.title)) == len(sg.title_words("Cox: the Defenders reunion")) == 3


def test_the_speaker_is_part_of_a_quote_hash() -> None:
    other = Statement("Krysten Ritter", QUOTE.text, "positive", "quote", None, "S")
    a = sg.make_signature("t", "x", [QUOTE])
    b = sg.make_signature("t", "x", [other])
    assert a.lead == b.lead
    assert not set(_hashes(a.quotes)) & set(_hashes(b.quotes))


def test_hashes_are_stable_across_processes_and_versions() -> None:
    """Stored signatures are compared with new ones: a change of hashing must bump VERSION (and
    then this expected value)."""
    sig = sg.make_signature("", "alpha beta gamma delta", [])
    assert sg.VERSION == 2
    assert _hashes(sig.lead) == [int.from_bytes(sig.lead, "little")]
    assert sig.lead.hex() == "61b6693ddb459717"


def test_encode_decode_round_trip() -> None:
    sig = sg.make_signature("Ritter weighs in", "a b c d e f g h", [QUOTE, SHORT])
    assert sg.decode(sg.encode(sig)) == sig
    assert sg.decode(memoryview(sg.encode(sig)).tobytes()) == sig


def test_decode_refuses_what_encode_did_not_write() -> None:
    good = sg.encode(sg.make_signature("t", "a b c d e", [QUOTE]))
    other_version = good[:2] + bytes([sg.VERSION + 1]) + good[3:]
    assert sg.decode(None) is None
    assert sg.decode(b"") is None
    assert sg.decode(good[:-1]) is None  # truncated
    assert sg.decode(good + b"\0") is None  # trailing bytes
    assert sg.decode(b"XX" + good[2:]) is None
    assert sg.decode(other_version) is None


@given(st.binary(max_size=200))
def test_decode_never_raises(raw: bytes) -> None:
    sg.decode(raw)
    sg.decode(struct.pack("<2sB5I", b"SG", sg.VERSION, 0, 0, 0, 0, 0) + raw)


@given(st.text(max_size=300), st.text(max_size=80))
def test_any_text_has_a_signature_that_round_trips(text: str, title: str) -> None:
    said = Statement(None, text[:60], "uncertain", "quote", dt.date(2025, 1, 1), "S")
    sig = sg.make_signature(title, text, [said])
    assert sg.decode(sg.encode(sig)) == sig


def test_quoted_spans_of_the_text_count_as_quotes_of_nobody() -> None:
    text = (
        'Banks said Colter \u201chas already been fitted for the suit\u201d and "we will see in a year" too.'
    )
    sig = sg.make_signature("t", text, [])
    spans = sg.quoted_spans(text)
    assert spans == ["has already been fitted for the suit", "we will see in a year"]
    # 7 words and 6 words: 2 + 1 runs of QUOTE_RUN words
    assert len(_hashes(sig.quotes)) == 3
    said = Statement("Tyrell Banks", spans[0], "positive", "quote", None, "S")
    both = sg.make_signature("t", text, [said])
    assert len(_hashes(both.quotes)) == 3 + 2  # the statement's runs carry its speaker: distinct


@given(
    st.lists(st.lists(st.integers(0, 2**64 - 1), max_size=12), max_size=6),
    st.integers(0, 6),
)
def test_grams_within_gives_each_runs_own_n_grams(runs: list[list[int]], first: int) -> None:
    """The one-pass n-grams of several runs are those of ``_grams`` on each run: none crosses from one
    run into the next, and only the first ``first`` runs count but for the largest n."""
    arrays = [np.array(r, dtype=np.uint64) for r in runs]
    salts = list(range(7, 7 + len(runs)))
    sizes = range(sg.SHORT_QUOTE, sg.QUOTE_RUN + 1)
    got = sg._grams_within(arrays, salts, sizes, first)
    assert len(got) == len(sizes)
    for n, hashes in zip(sizes, got, strict=True):
        chosen = range(len(runs)) if n == sizes[-1] else range(min(first, len(runs)))
        parts = [sg._grams(arrays[i], n, salts[i]) for i in chosen]
        expected = np.sort(np.concatenate(parts)) if parts else np.empty(0, np.uint64)
        assert np.array_equal(np.sort(hashes), expected)
