"""Benchmark: the understanding core without claim matching. Prints figures; asserts nothing.

    .venv/bin/python -m tests.bench.understand_speed [--feeds 200] [--repeat 3]

Two workloads, each timed ``--repeat`` times (CPU time of this process, ``time.process_time``):

* the feed farm of the performance issue (``tests.bench.farm``: 20 entries a feed, 2 of them
  relevant), parsed first (not timed), then ``monitor.reading.understand_entries(entries, ...,
  match_claims=None)`` per feed, with the shipped watchlists: ms per feed;
* every article of the development sets (``tests/devset/**/articles``, each set with its own
  watchlist), through ``monitor.understand.analyse`` as ``monitor.understand.evaluate`` calls it:
  ms per article.

The caches of the core that outlive one article (the stance of a quote's words, cleaned-up names,
the scans of the last texts) are emptied before every run, so that a repeat does not profit from
the run before it; within a run they work as in a poll cycle (a syndicated quote's stance is worked
out once). The first run compiles the watchlists and the stance cues' index, and is not counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from monitor.devset import load_devset
from monitor.reading import parse_document, source_name, understand_entries
from monitor.understand import analyse, scan, speakers, statements
from tests.bench import child, farm

DEVSET = Path(__file__).resolve().parents[1] / "devset"
NOW = dt.datetime(2025, 11, 9, 12, tzinfo=dt.UTC)


def _clear_caches() -> None:
    speakers.clean_name.cache_clear()
    scan._scan_cached.cache_clear()
    statements._LAST = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        built = farm.build(Path(tmp), args.feeds, 8080)
        watchlists = child.monitor_settings(built.urls(), "sqlite://").watchlists
        feeds = []
        for path, url in zip(built.paths, built.urls(), strict=True):
            parsed = parse_document((Path(tmp) / path.lstrip("/")).read_bytes(), "application/xml", url, NOW)
            feeds.append((parsed.entries, source_name(parsed.title, url)))
    sets = [load_devset(d) for d in sorted({p.parent.parent for p in DEVSET.glob("**/articles/*.toml")})]
    articles = [(ds.watchlist, item.article) for ds in sets for item in ds.articles]

    def run_farm() -> None:
        for entries, source in feeds:
            understand_entries(entries, source=source, watchlists=watchlists, match_claims=None)

    def run_devset() -> None:
        for wl, a in articles:
            published = a.published.date() if a.published else None
            analyse(a.title, a.text, wl, published=published, source=a.source, url=a.url)

    for name, run, count, unit in (
        (f"farm, {len(feeds)} feeds", run_farm, len(feeds), "feed"),
        (f"development sets, {len(articles)} articles", run_devset, len(articles), "article"),
    ):
        run()  # compiles what is compiled once
        times = []
        for _ in range(args.repeat):
            _clear_caches()
            start = time.process_time()
            run()
            times.append((time.process_time() - start) * 1000 / count)
        runs = " ".join(f"{t:.2f}" for t in times)
        print(f"{name}: {min(times):.2f} ms/{unit} CPU (best of {args.repeat}: {runs})")


if __name__ == "__main__":
    main()
