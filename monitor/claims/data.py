"""Reading FNC-1-format CSV files: ``bodies`` (Body ID, articleBody) and ``stances``
(Headline, Body ID[, Stance]). Errors name the file, the line and the fix."""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from monitor.errors import MonitorError
from monitor.types import ClaimRelation

LABELS: tuple[ClaimRelation, ...] = ("agree", "disagree", "discuss", "unrelated")
RELATED: tuple[ClaimRelation, ...] = ("agree", "disagree", "discuss")
_BY_NAME: dict[str, ClaimRelation] = {label: label for label in LABELS}

BODY_COLUMNS = ("Body ID", "articleBody")
STANCE_COLUMNS = ("Headline", "Body ID")


class FncFormatError(MonitorError):
    """An FNC-1-format file is missing or malformed; the message names file, line and fix."""


@dataclass(frozen=True, slots=True)
class Pair:
    """One (claim, article body) pair; ``stance`` is None when the file has no Stance column."""

    headline: str
    body_id: int
    stance: ClaimRelation | None
    line: int = 0


def _rows(path: Path, required: tuple[str, ...], what: str) -> list[tuple[int, dict[str, str]]]:
    if not path.is_file():
        raise FncFormatError(f"{path}: no such file (give the FNC-1 {what} CSV, e.g. train_{what}.csv)")
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            missing = [c for c in required if c not in header]
            if missing:
                raise FncFormatError(
                    f"{path}, line 1: missing column(s) {', '.join(repr(m) for m in missing)} "
                    f"(found {', '.join(repr(h) for h in header) or 'nothing'}); an FNC-1 {what} "
                    f"file starts with the header {','.join(required)}"
                )
            rows: list[tuple[int, dict[str, str]]] = []
            start = reader.line_num + 1
            for row in reader:
                rows.append((start, row))
                start = reader.line_num + 1
            return rows
    except UnicodeDecodeError as exc:
        raise FncFormatError(f"{path}: not UTF-8 text ({exc}); save the file as UTF-8") from exc
    except csv.Error as exc:
        raise FncFormatError(f"{path}: not a readable CSV file ({exc}); check the quoting") from exc


def _body_id(path: Path, line: int, value: str | None) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        raise FncFormatError(
            f"{path}, line {line}: Body ID {value!r} is not a whole number; fix or remove the row"
        ) from None


def read_bodies(path: Path) -> dict[int, str]:
    """Body ID → article text."""
    bodies: dict[int, str] = {}
    for line, row in _rows(path, BODY_COLUMNS, "bodies"):
        body_id = _body_id(path, line, row.get("Body ID"))
        if body_id in bodies:
            raise FncFormatError(f"{path}, line {line}: Body ID {body_id} appears twice; keep one row")
        bodies[body_id] = row.get("articleBody") or ""
    return bodies


def read_stances(
    path: Path, bodies: dict[int, str] | None = None, *, require_stance: bool = True
) -> list[Pair]:
    """The pairs of a stances file; with ``bodies``, every Body ID must be among them."""
    pairs: list[Pair] = []
    rows = _rows(path, (*STANCE_COLUMNS, "Stance") if require_stance else STANCE_COLUMNS, "stances")
    for line, row in rows:
        body_id = _body_id(path, line, row.get("Body ID"))
        if bodies is not None and body_id not in bodies:
            raise FncFormatError(
                f"{path}, line {line}: Body ID {body_id} is not in the bodies file; "
                "give the bodies file that belongs to these stances"
            )
        raw = row.get("Stance")
        stance: ClaimRelation | None = None
        if raw is not None and (raw.strip() or require_stance):
            stance = _BY_NAME.get(raw.strip().lower())
            if stance is None:
                raise FncFormatError(
                    f"{path}, line {line}: Stance {raw!r} is not one of {', '.join(LABELS)}; fix the label"
                )
        pairs.append(Pair(row.get("Headline") or "", body_id, stance, line))
    return pairs
