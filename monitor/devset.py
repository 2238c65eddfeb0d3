"""Read a labelled development set from disk (the edge for :mod:`monitor.understand.evaluate`).

Layout (documented in ``tests/devset/README.md``)::

    DIR/watchlist.toml        the watchlist to score with (else ../watchlist.toml)
    DIR/baseline.toml         optional: [[statements]] known before the articles
    DIR/articles/*.toml       one article a file, with its labels

Errors name the file and key and say what would be valid.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

from monitor.errors import MonitorError
from monitor.types import CHANGE_KINDS, STANCES, Article, Person, Schedule, Statement, Watchlist
from monitor.understand.evaluate import DevArticle, Devset, GoldStatement
from monitor.understand.text import html_to_text

_DEFAULT_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


class DevsetError(MonitorError):
    """The development set is missing or invalid."""


def _load(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise DevsetError(f"{path}: cannot read: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise DevsetError(f"{path}: invalid TOML: {exc}") from exc


def _str_tuple(data: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DevsetError(f"{path}: {key!r} must be a list of strings")
    return tuple(value)


def load_watchlist(path: Path) -> Watchlist:
    data = _load(path)
    for key in ("name", "question"):
        if not isinstance(data.get(key), str):
            raise DevsetError(f"{path}: {key!r} is required (a string)")
    people = []
    for i, p in enumerate(data.get("people", [])):
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            raise DevsetError(f"{path}: people[{i}] needs a 'name' (a string)")
        people.append(Person(p["name"], _str_tuple(p, "aliases", path), str(p.get("role", ""))))
    return Watchlist(
        name=data["name"],
        question=data["question"],
        feeds=(),
        recipients=(),
        schedule=Schedule("monday", dt.time(8), "UTC"),
        topic_terms=_str_tuple(data, "topic_terms", path),
        exclude_terms=_str_tuple(data, "exclude_terms", path),
        people=tuple(people),
        learned_gate=bool(data.get("learned_gate", True)),
        source=str(path),
    )


def _when(value: Any, path: Path, key: str) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(12), tzinfo=dt.UTC)
    raise DevsetError(f"{path}: {key!r} must be a TOML date or datetime, e.g. 2025-06-02T15:10:00Z")


def _stance(value: Any, path: Path, where: str) -> Any:
    if value not in STANCES:
        raise DevsetError(f"{path}: {where} stance must be one of {', '.join(STANCES)} (got {value!r})")
    return value


def load_baseline(path: Path) -> tuple[Statement, ...]:
    if not path.exists():
        return ()
    out = []
    for i, s in enumerate(_load(path).get("statements", [])):
        where = f"statements[{i}]"
        if not isinstance(s.get("text"), str):
            raise DevsetError(f"{path}: {where} needs 'text'")
        date = s.get("date")
        out.append(
            Statement(
                speaker=s.get("speaker"),
                text=s["text"],
                stance=_stance(s.get("stance"), path, where),
                kind="quote",
                date=date if isinstance(date, dt.date) else None,
                source=str(s.get("source", "")),
                origin="seed",
            )
        )
    return tuple(out)


def _article(path: Path, index: int) -> DevArticle:
    data = _load(path)
    if not isinstance(data.get("title"), str):
        raise DevsetError(f"{path}: 'title' is required")
    if isinstance(data.get("text"), str):
        text = data["text"].strip()
    elif isinstance(data.get("html"), str):
        text = html_to_text(data["html"])
    elif isinstance(data.get("text_file"), str):
        file = (path.parent / data["text_file"]).resolve()
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise DevsetError(f"{path}: text_file {file}: {exc.strerror}") from exc
    else:
        raise DevsetError(f"{path}: one of 'text', 'html' or 'text_file' is required")
    published = _when(data.get("published"), path, "published")
    first_seen = _when(data.get("first_seen"), path, "first_seen") or published or _DEFAULT_TIME
    relevant = data.get("relevant")
    if not isinstance(relevant, bool):
        raise DevsetError(f"{path}: 'relevant' is required (true or false)")
    gold = []
    for i, s in enumerate(data.get("statements", [])):
        where = f"statements[{i}]"
        if not isinstance(s.get("quote"), str):
            raise DevsetError(f"{path}: {where} needs 'quote'")
        change = s.get("change")
        if change is not None and change not in CHANGE_KINDS:
            raise DevsetError(f"{path}: {where} change must be one of {', '.join(CHANGE_KINDS)}")
        gold.append(
            GoldStatement(s.get("speaker"), s["quote"], _stance(s.get("stance"), path, where), change)
        )
    article = Article(
        id=index + 1,
        feed_url=f"devset:{path.parent.name}",
        key=path.stem,
        url=data.get("url"),
        title=html_to_text(data["title"]),
        text=text,
        source=str(data.get("source", path.stem)),
        published=published,
        first_seen=first_seen,
    )
    return DevArticle(path.name, article, relevant, data.get("story"), tuple(gold))


def load_devset(directory: Path) -> Devset:
    """The development set in ``directory`` (see the module docstring for the layout)."""
    directory = Path(directory)
    wl_path = directory / "watchlist.toml"
    if not wl_path.exists():
        wl_path = directory.parent / "watchlist.toml"
    if not wl_path.exists():
        raise DevsetError(f"{directory}: no watchlist.toml here or in the parent folder")
    files = sorted((directory / "articles").glob("*.toml"))
    if not files:
        raise DevsetError(f"{directory / 'articles'}: no *.toml articles found")
    return Devset(
        watchlist=load_watchlist(wl_path),
        baseline=load_baseline(directory / "baseline.toml"),
        articles=tuple(_article(p, i) for i, p in enumerate(files)),
        source=str(directory),
    )
