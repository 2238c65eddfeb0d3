"""The general linking rules of the twelfth round (the texts here are written for these tests): a
headline that lists what an interview covers ("X on 'Low Tide,' Saying No to Sequels and the Defenders
Question") frames no quote of the lede: each item is its own subject."""

from __future__ import annotations

from tests.understand_fixtures import who

# ------------------------------------------------------------------ a headline listing subjects

LEDE = (
    "Mike Colter plays a ferry captain in Harbour Lights, the thriller that opens on Friday.\n\n"
    "Colter spent a month learning to steer a tug for the part. \u201cI will not be doing it for a "
    "living,\u201d he jokes."
)


def test_a_headline_listing_subjects_frames_no_quote_of_the_lede() -> None:
    assert who(LEDE, title="Mike Colter on 'Harbour Lights,' Fatherhood and the Defenders Question") == []


def test_a_headline_with_one_subject_frames_the_lede() -> None:
    assert who(LEDE, title="Mike Colter on the Defenders Question") == [("Mike Colter", "negative")]
