"""Benchmark: the slowest hostile article for the understanding core. Prints figures; asserts nothing.

    PYTHONPATH=. .venv/bin/python -m tests.bench.understand_adversarial [--chars 20000] [--top 10]

Feeds are hostile input: an article may repeat one phrase thousands of times, with or without a
sentence end or a closing quotation mark. For each phrase below (the shapes the rules look for:
reporting verbs, relays, openers, answers, cues, datelines, transcript labels), an article of
``--chars`` characters repeating it, bare and inside an unclosed quote, with the headline as its
first line and without it (only the title names the story: other paths of the rules), goes through
:func:`monitor.understand.analyse` with the development watchlist; the slowest are printed with
their seconds and characters per second. A phrase whose time grows with the square of the length
shows up here long before it stalls a poll cycle (round 21: "he said he said …" in a quote took 56 s
for 26 KB before the relay reader was bounded, and 20 KB of opening quotation marks 13 s before an
attribution's look back was).
"""

from __future__ import annotations

import argparse
import time
from itertools import product
from pathlib import Path

from monitor.devset import load_devset
from monitor.understand import analyse

PHRASES = (
    "Finn keeps telling me he ",
    "said he ",
    "Charlie said, 'We ",
    "according to Feige, who ",
    "pressed her on whether ",
    "When pressed on whether Krysten Ritter, Mike Colter, ",
    "Asked whether ",
    "answered with one word: ",
    "a year after he said ",
    "days after Netflix cancelled ",
    "stressed, however, that ",
    "but warns that ",
    "only if the script ",
    "it isn't a matter of if ",
    "not on the slate ",
    "banging the drum for ",
    "I don't think we will ever ",
    "Is there a ",
    "Did you ",
    "kept his comments to ",
    "The Defenders premiere ",
    "Jessica, Luke and Danny ",
    "back as Karen Page ",
    "the actress ",
    "Q: ",
    "A: ",
    "RITTER: ",
    "BURBANK, Calif., Jan 20 (Continental Press) - ",
    "We'll see ",
    "[Laughs] ",
    '"Yes," ',
    "\u201c",
    "'",
    "Krysten Ritter ",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--chars", type=int, default=20_000)
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args()
    watchlist = load_devset(Path(__file__).resolve().parents[1] / "devset").watchlist
    title = "Krysten Ritter on a Defenders reunion"
    times: list[tuple[float, str, str]] = []
    for phrase in PHRASES:
        body = (phrase * (args.chars // len(phrase) + 1))[: args.chars]
        for wrap, lead in product(("", "\u201c"), (f"{title}.", "Today.")):
            text = f"{lead}\n\n{wrap}{body} she said."
            start = time.process_time()
            analyse(title, text, watchlist, published=None, source="bench", url=None)
            how = "in an unclosed quote" if wrap else "bare"
            how += ", headline first" if lead != "Today." else ""
            times.append((time.process_time() - start, phrase, how))
    times.sort(reverse=True)
    print(f"{len(times)} hostile articles of {args.chars:,} characters; the slowest:")
    for seconds, phrase, how in times[: args.top]:
        rate = args.chars / seconds if seconds else float("inf")
        print(f"  {seconds:6.2f} s  {rate:>12,.0f} chars/s  {phrase!r} ({how})")


if __name__ == "__main__":
    main()
