"""Where each key of a TOML text sits: the line numbers ``tomllib`` does not give.

:func:`key_lines` maps key paths to 1-based line numbers. A path is a tuple of keys and 0-based
indexes, as the parsed document would be walked: ``("schedule", "weekday")``, ``("people", 2,
"name")`` for the third ``[[people]]`` table, ``("feeds", 1)`` for the second element of a
multi-line array. Tables map to their header line. Only used to point at lines in messages, so it
reads any text without raising; keys inside inline tables map to the inline table's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KeyPath = tuple[str | int, ...]

_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_KEY = re.compile(rf"^\s*({_PART}(?:\s*\.\s*{_PART})*)\s*=")
_HEADER = re.compile(rf"^\s*(\[\[|\[)\s*({_PART}(?:\s*\.\s*{_PART})*)\s*(\]\]|\])")
_PARTS = re.compile(_PART)


def _split_key(dotted: str) -> list[str]:
    parts = []
    for raw in _PARTS.findall(dotted):
        if raw[:1] in "\"'":
            parts.append(raw[1:-1])
        else:
            parts.append(raw)
    return parts


@dataclass
class _Value:
    """The scanner's state inside one value that may span lines (arrays, multi-line strings)."""

    path: KeyPath
    string: str | None = None  # the open string delimiter, if inside a string
    stack: list[list[int]] = field(default_factory=list)  # per open bracket: [kind, index, expecting]
    # kind 0: array, 1: inline table

    @property
    def open(self) -> bool:
        return self.string is not None or bool(self.stack)


def _scan(value: _Value, text: str, line: int, found: dict[KeyPath, int]) -> None:
    """Advance ``value`` over ``text`` (the rest of one line), recording array element lines."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if value.string is not None:
            delim = value.string
            if delim in ('"', '"""') and ch == "\\":
                i += 2
                continue
            if text.startswith(delim, i):
                value.string = None
                i += len(delim)
                continue
            i += 1
            continue
        if ch == "#":
            break
        if ch.isspace():
            i += 1
            continue
        top = value.stack[-1] if value.stack else None
        if top is not None and top[0] == 0 and top[2] and ch not in ",]":
            top[2] = 0
            if all(level[0] == 0 for level in value.stack):
                found.setdefault(value.path + tuple(level[1] for level in value.stack), line)
        if ch in "\"'":
            triple = ch * 3
            value.string = triple if text.startswith(triple, i) else ch
            i += len(value.string)
            continue
        if ch == "[":
            value.stack.append([0, 0, 1])
        elif ch == "{":
            value.stack.append([1, 0, 0])
        elif ch in "]}":
            if value.stack:
                value.stack.pop()
        elif ch == "," and top is not None and top[0] == 0:
            top[1] += 1
            top[2] = 1
        i += 1
    if value.string in ('"', "'"):
        value.string = None  # single-line strings end with the line, even when unterminated


def key_lines(text: str) -> dict[KeyPath, int]:
    """Map every key path of ``text`` to the (first) line it is defined on."""
    found: dict[KeyPath, int] = {}
    table: KeyPath = ()
    array_tables: dict[tuple[str, ...], int] = {}  # plain path of an array of tables -> last index
    value: _Value | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if value is not None and value.open:
            _scan(value, line, number, found)
            continue
        header = _HEADER.match(line)
        if header:
            names = _split_key(header.group(2))
            if header.group(1) == "[[":
                plain = tuple(names)
                array_tables[plain] = array_tables.get(plain, -1) + 1
            table = _resolve(names, array_tables)
            found.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            path = table + tuple(_split_key(key.group(1)))
            found.setdefault(path, number)
            value = _Value(path)
            _scan(value, line[key.end() :], number, found)
    return found


def _resolve(names: list[str], array_tables: dict[tuple[str, ...], int]) -> KeyPath:
    """A header's path with the current index inserted after each array-of-tables prefix."""
    path: list[str | int] = []
    for depth, name in enumerate(names, start=1):
        path.append(name)
        index = array_tables.get(tuple(names[:depth]))
        if index is not None:
            path.append(index)
    return tuple(path)


def line_of(lines: dict[KeyPath, int], path: KeyPath) -> int | None:
    """The line of ``path``, else of its nearest enclosing key or table that has one."""
    for end in range(len(path), 0, -1):
        number = lines.get(path[:end])
        if number is not None:
            return number
    return None


def format_path(path: KeyPath) -> str:
    """``("people", 2, "name")`` → ``people[3].name`` (indexes shown counting from 1)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + part
    return out
