"""monitor.baseline: the reviewed known-statements file (seeds/statements.toml)."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import pytest

from monitor.baseline import load_statements
from monitor.errors import MonitorError, SeedError
from monitor.types import STANCES

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
STATEMENTS = SEEDS / "statements.toml"

VALID = """\
[[statement]]
speaker = "Ann Example"
quote = "We will meet again."
kind = "quote"
stance = "positive"
outlet = "Example News"
date = 2024-01-02
"""


def _normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\[[^\]]*\]\s*", "", text)  # editorial insertions such as [Ritter]
    return re.sub(r"\s+", " ", text).strip()


# ------------------------------------------------------------------ the shipped baseline


def test_shipped_baseline_loads() -> None:
    statements = load_statements(STATEMENTS)
    assert len(statements) >= 10
    for s in statements:
        assert s.origin == "seed"
        assert s.stance in STANCES
        assert s.kind in ("quote", "reported")
        assert s.speaker
        assert s.source
        assert isinstance(s.date, dt.date)
        assert dt.date(2016, 1, 1) <= s.date <= dt.date(2025, 5, 2)


def test_shipped_baseline_covers_all_five_seeds_and_every_stance() -> None:
    raw = tomllib.loads(STATEMENTS.read_text(encoding="utf-8"))["statement"]
    seeds = {entry["seed"] for entry in raw}
    assert seeds == {p.name for p in (SEEDS / "articles").glob("*.txt")}
    assert len(seeds) == 5
    assert {entry["stance"] for entry in raw} == set(STANCES)
    for entry in raw:
        if entry["date"] != dt.date(2025, 5, 2):  # only the last seed carries its own date
            assert entry.get("date_note"), f"inferred date without a reason: {entry}"


def test_shipped_quotes_are_verbatim_from_their_seed() -> None:
    raw = tomllib.loads(STATEMENTS.read_text(encoding="utf-8"))["statement"]
    for entry in raw:
        if entry["kind"] != "quote":
            continue
        seed = (SEEDS / "articles" / entry["seed"]).read_text(encoding="utf-8")
        assert _normalise(entry["quote"]) in _normalise(seed), entry["quote"]


def test_shipped_baseline_carries_none_of_the_seed_typos() -> None:
    text = STATEMENTS.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(("#", "cleaned")))
    for typo in ("lonaqss1wqg", "Netlix", "ColliderThe"):
        assert typo not in body


def test_shipped_known_positions() -> None:
    by_text = {s.text: s for s in load_statements(STATEMENTS)}
    denial = by_text[
        "I don't think we are doing it again. It was never intentioned to do it again, but, you know, "
        "if I was given another opportunity, I would."
    ]
    assert (denial.speaker, denial.stance, denial.source) == ("Krysten Ritter", "negative", "Vulture")
    in_ = next(s for s in by_text.values() if s.text.endswith("If they want to do a Defenders 2, I’m in."))
    assert (in_.speaker, in_.stance, in_.date) == ("Krysten Ritter", "positive", dt.date(2017, 1, 15))
    cleaned = next(s for s in by_text.values() if "leather jacket" in s.text)
    assert "for a long time" in cleaned.text


# ------------------------------------------------------------------ problems


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "statements.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(SeedError) as info:
        load_statements(path)
    assert isinstance(info.value, MonitorError)
    return str(info.value).splitlines()


def test_valid_file(tmp_path: Path) -> None:
    (statement,) = load_statements(write(tmp_path, VALID))
    assert statement.speaker == "Ann Example"
    assert statement.text == "We will meet again."
    assert statement.date == dt.date(2024, 1, 2)
    assert statement.source == "Example News"
    assert statement.origin == "seed"


def test_date_may_be_a_string_or_absent(tmp_path: Path) -> None:
    (statement,) = load_statements(write(tmp_path, VALID.replace("date = 2024-01-02", 'date = "2024-01-02"')))
    assert statement.date == dt.date(2024, 1, 2)
    (statement,) = load_statements(write(tmp_path, VALID.replace("date = 2024-01-02\n", "")))
    assert statement.date is None


@pytest.mark.parametrize(
    ("old", "new", "line", "key", "fix"),
    [
        ('stance = "positive"', 'stance = "positve"', 5, "statement[1].stance", "did you mean 'positive'"),
        ('kind = "quote"', 'kind = "reported"', 4, "statement[1].kind", "set kind = 'quote'"),
        ('quote = "We will meet again."', 'claim = "x"\nquote = "y"', 3, "statement[1]", "not both"),
        ("date = 2024-01-02", 'date = "2 Jan 2024"', 7, "statement[1].date", "YYYY-MM-DD"),
        ("date = 2024-01-02", "date = 2024-01-02T10:00:00", 7, "statement[1].date", "without a time"),
        (
            'outlet = "Example News"',
            'outlet = "Example News"\nsource = "x"',
            7,
            "statement[1].source",
            "valid keys",
        ),
        ('speaker = "Ann Example"\n', "", 1, "statement[1].speaker", "required key is missing"),
    ],
)
def test_entry_problems(tmp_path: Path, old: str, new: str, line: int, key: str, fix: str) -> None:
    assert old in VALID
    path = write(tmp_path, VALID.replace(old, new))
    (message,) = problems(path)
    assert message.startswith(f"{path}:{line}: {key}: "), message
    assert fix in message


def test_problems_of_several_entries_are_reported_together(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        VALID + "\n" + VALID.replace('"positive"', '"maybe"') + "\n" + VALID.replace("quote", "claim", 1),
    )
    found = problems(path)
    assert len(found) == 2, found
    assert found[0].startswith(f"{path}:13: statement[2].stance: ")
    assert found[1].startswith(f"{path}:20: statement[3].kind: ")


def test_seed_must_name_an_article_beside_the_file(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.txt").write_text("text")
    assert load_statements(write(tmp_path, VALID + 'seed = "one.txt"\n'))
    path = write(tmp_path, VALID + 'seed = "two.txt"\n')
    (message,) = problems(path)
    assert message.startswith(f"{path}:8: statement[1].seed: 'two.txt' is not a file in ")


def test_syntax_error_and_missing_file(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace('kind = "quote"', "kind = quote"))
    (message,) = problems(path)
    assert message.startswith(f"{path}:4: TOML syntax error")
    missing = tmp_path / "none.toml"
    (message,) = problems(missing)
    assert message.startswith(f"{missing}: file not found; create it")


def test_empty_file_needs_a_statement(tmp_path: Path) -> None:
    path = write(tmp_path, "# nothing yet\n")
    (message,) = problems(path)
    assert "statement: required key is missing" in message
