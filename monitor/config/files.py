"""Reading one hand-edited TOML file: parse it, find its key lines, validate it against a pydantic
model, and record every problem as ``file:line: key: what is wrong; fix``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from monitor.config.lines import KeyPath, key_lines, line_of
from monitor.config.messages import describe, problem

_M = TypeVar("_M", bound=BaseModel)
_TOML_LOCATION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$")


@dataclass
class Problems:
    """Problems in the order files were read, each file's sorted by line."""

    found: list[tuple[int, int, str]] = field(default_factory=list)
    files: dict[str, int] = field(default_factory=dict)

    def add(self, source: str, line: int | None, path: KeyPath | str, message: str) -> None:
        order = self.files.setdefault(source, len(self.files))
        self.found.append((order, line or 0, problem(source, line, path, message)))

    def lines(self) -> list[str]:
        return [text for _, _, text in sorted(self.found, key=lambda p: (p[0], p[1]))]


@dataclass(frozen=True)
class Parsed:
    """A TOML file as read: its parsed data (not yet validated) and the line of every key."""

    source: str
    lines: dict[KeyPath, int]
    data: dict[str, Any]

    def line(self, *path: str | int) -> int | None:
        return line_of(self.lines, path)


def read_toml(path: Path, problems: Problems, *, missing_hint: str) -> Parsed | None:
    """Parse one TOML file, or record why it cannot be parsed."""
    source = str(path)
    if not path.exists():
        problems.add(source, None, "", f"file not found; {missing_hint}")
        return None
    if path.is_dir():
        problems.add(source, None, "", "is a folder, not a file; give the path of a .toml file")
        return None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problems.add(source, None, "", f"cannot be read ({exc.strerror}); check its permissions")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.add(source, line, "", "is not UTF-8 text; save the file as UTF-8")
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        located = _TOML_LOCATION.search(message)
        at_line = int(located.group(1)) if located and located.group(1) else None
        column = f" at column {located.group(2)}" if located and located.group(2) else ""
        reason = message[: located.start()] if located else message
        problems.add(
            source,
            at_line,
            "",
            f"TOML syntax error: {reason}{column}; check the quotes, brackets and commas "
            '(strings need quotes, e.g. weekday = "monday")',
        )
        return None
    return Parsed(source, key_lines(text), data)


def validate(parsed: Parsed, model: type[_M], problems: Problems) -> _M | None:
    try:
        return model.model_validate(parsed.data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            path, message = describe(error, model)
            if error["type"] == "missing":
                line = line_of(parsed.lines, path[:-1]) if len(path) > 1 else None
            else:
                line = line_of(parsed.lines, path)
            problems.add(parsed.source, line, path, message)
        return None
