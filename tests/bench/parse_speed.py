"""Benchmark: CPU per feed of ``parse_document`` on farm feeds, with and without the feedparser
speed-ups (:mod:`monitor.parse.speedups`). Prints figures; asserts nothing.

    PYTHONPATH=. .venv/bin/python -m tests.bench.parse_speed [--feeds 200] [--repeats 3]

The farm (:mod:`tests.bench.farm`: 44 KB feeds, 20 entries of escaped HTML, half RSS, half Atom)
is written to a temporary folder. Each configuration parses every feed once to warm up, then
``--repeats`` times, and prints ms of process time per feed for each pass (one process, one core).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from monitor.parse import speedups
from monitor.reading import parse_document
from tests.bench import farm

CONFIGS: dict[str, frozenset[str]] = {
    "stock feedparser": frozenset(),
    "cp1252 table only": frozenset({speedups.CP1252}),
    "buffered expat only": frozenset({speedups.BUFFERED_EXPAT}),
    "both (as shipped)": speedups.ALL,
}


def _pass(docs: list[tuple[bytes, str]]) -> float:
    start = time.process_time()
    for body, url in docs:
        parse_document(body, "application/xml", url, farm.NEWEST)
    return (time.process_time() - start) / len(docs) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        built = farm.build(root, args.feeds, 8080)
        docs = [
            ((root / p.lstrip("/")).read_bytes(), u) for p, u in zip(built.paths, built.urls(), strict=True)
        ]
    print(f"{len(docs)} farm feeds, {built.bytes / len(docs) / 1024:.0f} KB each on average")
    shipped = speedups.installed()
    try:
        for name, which in CONFIGS.items():
            speedups.uninstall()
            active = speedups.install(which)
            label = name if active == which else f"{name} (only {sorted(active)} installable)"
            _pass(docs)  # warm-up
            times = [_pass(docs) for _ in range(args.repeats)]
            runs = " ".join(f"{t:.2f}" for t in times)
            print(f"{label:<24} ms/feed: {runs}   median {statistics.median(times):.2f}")
    finally:
        speedups.uninstall()
        speedups.install(shipped)


if __name__ == "__main__":
    main()
