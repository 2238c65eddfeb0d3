"""Articles per second through relevance + extraction + stance + diff, on one core.

    .venv/bin/python -m tests.bench.understand_throughput [N]

Builds N articles from the development set, each padded with a few paragraphs of realistic filler
(and a unique reference, so nothing repeats exactly), in two mixes: the development set's own
(about two thirds relevant) and a poll-cycle mix (one relevant article in ten, as in the
performance issue's feed farm). Times ``analyse`` on each and then the diff of every extracted
statement. Figures are CPU time of this process (``time.process_time``), so other load on the
machine does not distort them; wall-clock is printed too. Asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from monitor.devset import load_devset
from monitor.types import Article, Statement, Watchlist
from monitor.understand import analyse
from monitor.understand.diff import Item, classify

FILLER = (
    "The series was filmed on location in New York over several months, with the production moving "
    "between sound stages in Brooklyn and streets across Manhattan. Critics praised the fight scenes "
    "and the chemistry of the leads, while some felt the middle episodes dragged. The streaming service "
    "has not released viewing figures, but the show spent three weeks in its top ten list."
)


def run(name: str, wl: Watchlist, articles: list[Article], baseline: tuple[Statement, ...], n: int) -> None:
    docs = [
        (a.title, f"{a.text}\n\n{FILLER} (ref {i})\n\n{FILLER}", a.published, a.source, a.url)
        for i, a in ((i, articles[i % len(articles)]) for i in range(n))
    ]
    size = sum(len(d[1]) for d in docs) / len(docs)
    wall, cpu = time.perf_counter(), time.process_time()
    analyses = [
        analyse(t, text, wl, published=p.date() if p else None, source=s, url=u) for t, text, p, s, u in docs
    ]
    analysed_cpu = time.process_time() - cpu
    items = [
        Item(st, st.date or dt.date(2025, 1, 1), f"story{i // 3}")
        for i, an in enumerate(analyses)
        for st in an.statements
    ]
    cpu2 = time.process_time()
    classify(items, baseline)
    diff_cpu = time.process_time() - cpu2
    wall = time.perf_counter() - wall
    relevant = sum(a.relevance.relevant for a in analyses)
    total = analysed_cpu + diff_cpu
    print(f"[{name}] {n} articles (avg {size / 1024:.1f} KB), {relevant} relevant, {len(items)} statements")
    print(
        f"  relevance + extraction + stance: {n / analysed_cpu:8,.0f} articles/s  ({analysed_cpu:.2f} s CPU)"
    )
    print(f"  diff of {len(items)} statements: {diff_cpu:.2f} s CPU")
    print(f"  all together: {n / total:8,.0f} articles/s on one core (wall clock {wall:.2f} s)")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    devset = load_devset(Path(__file__).resolve().parent.parent / "devset")
    wl = devset.watchlist
    relevant = [a.article for a in devset.articles if a.relevant]
    other = [a.article for a in devset.articles if not a.relevant]
    # Warm up: compile the watchlist and build the stance cue index (about 1.5 s, once per process),
    # which the first relevant article with a quote would otherwise pay inside the timing.
    for a in relevant[:3]:
        analyse(a.title, a.text, wl, published=None, source=a.source, url=a.url)
    run("development set mix", wl, [a.article for a in devset.articles], devset.baseline, n)
    poll_mix = [
        relevant[i % len(relevant)] if i % 10 == 0 else other[i % len(other)]
        for i in range(10 * len(relevant))
    ]
    run("poll mix, 1 in 10 relevant", wl, poll_mix, devset.baseline, n)


if __name__ == "__main__":
    main()
