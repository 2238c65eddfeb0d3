"""monitor.config.lines: the line of every key, which tomllib does not give."""

from __future__ import annotations

import tomllib

from monitor.config.lines import format_path, key_lines, line_of

TEXT = '''\
# comment = not a key
title = "x"
note = """
fake = "inside a multi-line string"
"""
"quoted key" = 1
a.b = 2
feeds = [
  "https://a.example/",  # first
  # second comes after a comment
  "https://b.example/", "https://c.example/",
  [1, 2],
]
inline = { name = "x", fake2 = 3 }

[smtp]
host = "h"

[[people]]
name = "A"

[[people]]
name = "B"
aliases = ['x = y', "z"]

[people.extra]
k = 1
'''


def test_text_is_valid_toml() -> None:
    tomllib.loads(TEXT)


def test_key_lines() -> None:
    lines = key_lines(TEXT)
    assert lines[("title",)] == 2
    assert lines[("note",)] == 3
    assert ("fake",) not in lines, "keys inside a multi-line string are not keys"
    assert lines[("quoted key",)] == 6
    assert lines[("a", "b")] == 7
    assert lines[("feeds",)] == 8
    assert lines[("feeds", 0)] == 9
    assert lines[("feeds", 1)] == 11
    assert lines[("feeds", 2)] == 11
    assert lines[("feeds", 3)] == 12
    assert lines[("feeds", 3, 1)] == 12
    assert lines[("inline",)] == 14
    assert lines[("smtp",)] == 16
    assert lines[("smtp", "host")] == 17
    assert lines[("people", 0)] == 19
    assert lines[("people", 0, "name")] == 20
    assert lines[("people", 1, "name")] == 23
    assert lines[("people", 1, "aliases", 1)] == 24
    assert lines[("people", 1, "extra", "k")] == 27
    assert ("comment",) not in lines


def test_line_of_falls_back_to_the_enclosing_key() -> None:
    lines = key_lines(TEXT)
    assert line_of(lines, ("inline", "fake2")) == 14
    assert line_of(lines, ("smtp", "port")) == 16
    assert line_of(lines, ("nothing",)) is None


def test_format_path_counts_from_one() -> None:
    assert format_path(("people", 1, "aliases", 0)) == "people[2].aliases[1]"
    assert format_path(()) == ""


def test_broken_text_does_not_raise() -> None:
    assert key_lines('a = "unterminated\n[[x\nb = [1,\n') == {("a",): 1, ("b",): 3, ("b", 0): 3}
