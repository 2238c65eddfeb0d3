"""The known statements (``seeds/statements.toml``): a reviewed, hand-edited TOML file of who already
said what, loaded as :class:`Statement` values with ``origin="seed"``.

The file format is described in its own header and in README, section baseline. Problems are
collected across the whole file and raised as one :class:`SeedError`, one line each naming the
file, the line, the entry and the fix.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field

from monitor.config.files import Parsed, Problems, read_toml, validate
from monitor.config.schema import Table, Text, Url
from monitor.errors import SeedError
from monitor.types import Statement


def _date_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        raise ValueError("give a date without a time, e.g. date = 2017-08-18")
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2017-08-18") from None
    return value


class StatementEntry(Table):
    """One ``[[statement]]`` table."""

    speaker: Text
    quote: Text | None = None
    claim: Text | None = None
    kind: Literal["quote", "reported"]
    stance: Literal["positive", "negative", "uncertain"]
    outlet: Text
    reported_by: Text | None = None
    date: Annotated[dt.date | None, BeforeValidator(_date_value)] = None
    date_note: str = ""
    seed: Text | None = None
    cleaned: str = ""
    note: str = ""
    url: Url | None = None


class StatementsFile(Table):
    statement: Annotated[list[StatementEntry], Field(min_length=1)]


def load_statements(path: Path) -> tuple[Statement, ...]:
    """Every statement of the known-statements file at ``path``, in file order (origin "seed")."""
    problems = Problems()
    parsed = read_toml(
        path,
        problems,
        missing_hint="create it (see seeds/statements.toml and README, section baseline) "
        "or fix the watchlist's baseline key",
    )
    model = validate(parsed, StatementsFile, problems) if parsed else None
    if parsed is None:
        raise SeedError("\n".join(problems.lines()))
    raw = parsed.data.get("statement")
    for i, entry in enumerate(raw if isinstance(raw, list) else []):
        if isinstance(entry, dict):
            _check_entry(parsed, i, entry, path.parent / "articles", problems)
    if model is None or problems.found:
        raise SeedError("\n".join(problems.lines()))
    return tuple(
        Statement(
            speaker=entry.speaker,
            text=entry.quote or entry.claim or "",
            stance=entry.stance,
            kind=entry.kind,
            date=entry.date,
            source=entry.outlet,
            url=entry.url,
            origin="seed",
            note=entry.date_note,
        )
        for entry in model.statement
    )


OTHER_KIND = {"quote": "reported", "reported": "quote"}


def _check_entry(
    parsed: Parsed, i: int, entry: dict[str, object], articles: Path, problems: Problems
) -> None:
    """Checks across the keys of one entry, on the raw data (so they run beside type errors)."""
    kind, quote, claim, seed = (entry.get(k) for k in ("kind", "quote", "claim", "seed"))
    if quote is not None and claim is not None:
        problems.add(
            parsed.source,
            parsed.line("statement", i, "claim"),
            ("statement", i),
            "has both quote and claim; keep quote for the exact words or claim for a reported "
            "statement, not both",
        )
    elif kind in ("quote", "reported"):
        wanted, other = ("quote", "claim") if kind == "quote" else ("claim", "quote")
        if entry.get(wanted) is None:
            if entry.get(other) is not None:
                fix = (
                    f"this entry has a {other}, so set kind = {'reported' if other == 'claim' else 'quote'!r}"
                )
            else:
                fix = f'add {wanted} = "..."'
            problems.add(
                parsed.source,
                parsed.line("statement", i, "kind"),
                ("statement", i, "kind"),
                f"kind = {kind!r} needs a {wanted} key; {fix}",
            )
    if isinstance(seed, str) and articles.is_dir() and not (articles / seed).is_file():
        problems.add(
            parsed.source,
            parsed.line("statement", i, "seed"),
            ("statement", i, "seed"),
            f"{seed!r} is not a file in {articles}; give the name of the seed article it comes "
            "from, or remove the key",
        )
