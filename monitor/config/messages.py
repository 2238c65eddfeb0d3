"""Kind messages: pydantic validation errors turned into ``file:line: key: what is wrong; fix``.

Shared by the config loader and the baseline loader, so every hand-edited TOML file of the project
reports problems the same way.
"""

from __future__ import annotations

import datetime as dt
import difflib
import typing
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from monitor.config.lines import KeyPath, format_path


def problem(source: str, line: int | None, path: KeyPath | str, message: str) -> str:
    """One problem line: ``source:line: key.path: message`` (line and key omitted when unknown)."""
    where = f"{source}:{line}" if line is not None else source
    key = path if isinstance(path, str) else format_path(path)
    return f"{where}: {key}: {message}" if key else f"{where}: {message}"


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, or ``""``."""
    options = list(choices)
    lowered = {c.lower(): c for c in options}
    if word.lower() in lowered:
        return f" (did you mean {lowered[word.lower()]!r}?)"
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not close:
        close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
        close = [lowered[c] for c in close]
    return f" (did you mean {close[0]!r}?)" if close else ""


def toml_type(value: object) -> str:
    """How TOML would name the type of ``value``."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, dt.datetime):
        return "a date-time"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, dt.time):
        return "a time"
    return type(value).__name__


def shown(value: object) -> str:
    """A short rendering of a value from the file, for messages."""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


_EXPECTED = {
    "string_type": "a string in quotes",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": 'an array, e.g. ["a", "b"]',
    "model_type": "a table",
    "model_attributes_type": "a table",
    "dict_type": "a table",
    "time_type": 'a time of day such as "08:00"',
    "date_type": "a date such as 2017-08-21",
}


def _fields_at(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    """The keys allowed in the table at ``loc`` (for "did you mean")."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        info = current.model_fields.get(part)
        if info is None:
            return []
        current = _inner_model(info.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _inner_model(annotation: Any) -> Any:
    """The BaseModel inside ``Foo``, ``list[Foo]``, ``Foo | None`` or ``Annotated[...]``, else None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        inner = _inner_model(arg)
        if inner is not None:
            return inner
    return None


def describe(error: ErrorDetails, model: type[BaseModel]) -> tuple[KeyPath, str]:
    """The key path and a plain-language message (with a fix) for one pydantic error."""
    loc: KeyPath = tuple(p for p in error["loc"] if isinstance(p, str | int))
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        name = str(loc[-1]) if loc else ""
        allowed = _fields_at(model, loc[:-1])
        hint = did_you_mean(name, allowed)
        known = f"; valid keys here: {', '.join(allowed)}" if allowed else ""
        return loc, f"unknown key{hint}{known}"
    if kind == "missing":
        return loc, "required key is missing; add it"
    if kind == "value_error":
        return loc, str(ctx.get("error", error["msg"]))
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", ")
        options = [o.strip() for o in expected.split(",") if o.strip()]
        hint = did_you_mean(str(value), options) if isinstance(value, str) else ""
        return loc, f"{shown(value)} is not valid{hint}; use one of {', '.join(options)}"
    if kind in _EXPECTED:
        return loc, f"expected {_EXPECTED[kind]}, got {toml_type(value)} {shown(value)}".rstrip()
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return loc, f"{shown(value)} is out of range; it must be {error['msg'][len('Input should be ') :]}"
    if kind == "too_short":
        return loc, "must not be empty; list at least one"
    if kind == "string_too_short":
        return loc, "must not be empty"
    return loc, f"{error['msg']} (got {shown(value)})"
