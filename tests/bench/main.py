"""The benchmark: ``python -m tests.bench [--feeds N] [--only PART[,PART]] [--quick]``.

Builds a farm of feeds, serves it on loopback (nginx, or a Python server in its own process), and
times in one run, each step in a process of its own:

* compare: the monitor's cold and warm poll cycle against the bare floor (httpx + feedparser),
  lemon24/reader and rss2email on the same farm: seconds, feeds per second, peak RSS, ratios;
* stored:  the monitor's warm cycle with 10 thousand and with 1 million entries already stored;
* digest:  one week's digest over 10 thousand relevant articles;
* scale:   the monitor's cold and warm cycle over 2,000 feeds (peak RSS target).

It prints figures and checks them against the targets of issue 6; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tests.bench import farm as farms
from tests.bench import measure, server
from tests.bench.measure import Result

PARTS = ("floor", "monitor", "reader", "rss2email", "stored", "digest", "scale")
MB = 1024 * 1024


def options(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--feeds", type=int, default=None, help="feeds in the farm (default 500; 100 with --quick)"
    )
    p.add_argument(
        "--only",
        default=",".join(PARTS),
        help=f"comma-separated parts to run, of: {', '.join(PARTS)} (default: all)",
    )
    p.add_argument(
        "--quick", action="store_true", help="a small run: 100 feeds, 100k stored, 1k digest, no scale"
    )
    p.add_argument(
        "--stored", default=None, help="stored-entry counts for the warm-cost part (default 10000,1000000)"
    )
    p.add_argument(
        "--digest", type=int, default=None, help="relevant articles in the digest week (default 10000)"
    )
    p.add_argument("--scale-feeds", type=int, default=2000, help="feeds for the scale part (default 2000)")
    p.add_argument(
        "--pool",
        type=int,
        default=None,
        help="hand poll_once a ProcessPoolExecutor of this many workers (default: the monitor's own choice)",
    )
    p.add_argument(
        "--profile",
        metavar="DIR",
        default=None,
        help="write a pyinstrument profile of each monitor cycle to DIR/<step>-<phase>.txt",
    )
    p.add_argument(
        "--server", choices=("nginx", "python"), default="nginx", help="feed server (default nginx)"
    )
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    ns = p.parse_args(argv)
    ns.parts = [x.strip() for x in ns.only.split(",") if x.strip()]
    unknown = set(ns.parts) - set(PARTS)
    if unknown:
        p.error(f"unknown part(s) {', '.join(sorted(unknown))}; choose from {', '.join(PARTS)}")
    if ns.feeds is None:
        ns.feeds = 100 if ns.quick else 500
    if ns.stored is None:
        ns.stored = "10000,100000" if ns.quick else "10000,1000000"
    ns.stored_counts = [int(x) for x in ns.stored.split(",")]
    if ns.digest is None:
        ns.digest = 1000 if ns.quick else 10000
    if ns.quick and "scale" in ns.parts and ns.only == ",".join(PARTS):
        ns.parts.remove("scale")
    return ns


def fmt_s(x: float) -> str:
    return "—" if math.isnan(x) else f"{x:.2f}"


def fmt_mb(x: int) -> str:
    return f"{x / MB:.0f}"


def ratio(x: float, base: float) -> str:
    if math.isnan(x) or math.isnan(base) or base <= 0:
        return "—"
    return f"{x / base:.2f}×"


def say(text: str = "") -> None:
    print(text, flush=True)


def validators(urls: Iterable[str]) -> dict[str, list[str | None]]:
    """The ETag and Last-Modified the server gives each feed (for stores primed in bulk)."""
    import httpx

    out: dict[str, list[str | None]] = {}
    with httpx.Client(timeout=10.0, trust_env=False) as client:
        for url in urls:
            r = client.head(url)
            out[url] = [r.headers.get("etag"), r.headers.get("last-modified")]
    return out


class Bench:
    def __init__(self, ns: argparse.Namespace, work: Path) -> None:
        self.ns = ns
        self.work = work
        self.results: dict[str, Result] = {}

    def step(self, name: str, step: str, args: dict[str, Any], folder: str) -> Result:
        d = self.work / folder
        d.mkdir(exist_ok=True)
        if self.ns.pool is not None and step in ("monitor", "stored"):
            args = {**args, "pool": self.ns.pool}
        if self.ns.profile and step in ("monitor", "digest"):
            Path(self.ns.profile).mkdir(parents=True, exist_ok=True)
            args = {**args, "profile": str(Path(self.ns.profile).resolve() / folder)}
        result = measure.run(step, {"dir": str(d), **args})
        result.step = name
        self.results[name] = result
        extra = {k: v for k, v in result.extra.items() if v not in (None, 0) or k in ("failed",)}
        if result.error:
            say(f"  {name:<22} FAILED: {result.error}")
        else:
            say(
                f"  {name:<22} {fmt_s(result.seconds):>7} s  {result.per_second:8.0f} feeds/s  "
                f"peak RSS {fmt_mb(result.peak_rss):>4} MB (PSS {fmt_mb(result.peak_pss)} MB)  "
                f"{json.dumps(extra)}"
            )
        return result

    # ------------------------------------------------------------------ parts
    def compare(self, farm: farms.Farm, urls_file: Path) -> None:
        parts = self.ns.parts
        feeds = {"args_file": str(urls_file)}
        if "monitor" in parts:
            self.step("monitor cold", "monitor", {**feeds, "phase": "cold"}, "monitor")
            self.step("monitor warm", "monitor", {**feeds, "phase": "warm"}, "monitor")
        if "floor" in parts:
            self.step("floor cold", "floor", {**feeds, "phase": "cold"}, "floor")
            self.step("floor warm", "floor", {**feeds, "phase": "warm"}, "floor")
            self.step("floor-lean cold", "floor", {**feeds, "phase": "cold", "lean": True}, "floor-lean")
            self.step("floor-lean warm", "floor", {**feeds, "phase": "warm", "lean": True}, "floor-lean")
        if "reader" in parts:
            self.step("reader cold", "reader", {**feeds, "phase": "cold"}, "reader")
            self.step("reader warm", "reader", {**feeds, "phase": "warm"}, "reader")
        if "rss2email" in parts:
            self.step("rss2email cold", "rss2email", {**feeds, "phase": "cold"}, "rss2email")
            self.step("rss2email warm", "rss2email", {**feeds, "phase": "warm"}, "rss2email")

    def stored(self, farm: farms.Farm, urls_file: Path) -> None:
        for count in self.ns.stored_counts:
            self.step(
                f"warm, {count:,} stored",
                "stored",
                {"args_file": str(urls_file), "count": count, "repeats": 5},
                f"stored-{count}",
            )

    def digest(self) -> None:
        self.step(f"digest, {self.ns.digest:,} relevant", "digest", {"count": self.ns.digest}, "digest")

    # ------------------------------------------------------------------ report
    def table(self, feeds: int) -> None:
        rows = [
            ("monitor", "the monitor: fetch, parse, understand, store (SQLite)"),
            ("floor", "bare floor: httpx + feedparser.parse (defaults), 1 process"),
            ("floor-lean", "floor with the monitor's feedparser options (no sanitizing)"),
            ("reader", "lemon24/reader update_feeds(workers=16)"),
            ("rss2email", "rss2email: r2e run --no-send"),
        ]
        got = [(k, d) for k, d in rows if f"{k} cold" in self.results]
        if not got:
            return
        base = {ph: self.results.get(f"monitor {ph}") for ph in ("cold", "warm")}
        say()
        say(
            f"Comparison over {feeds} feeds × {farms.ENTRIES_PER_FEED} entries "
            "(× = this ÷ the monitor's figure)"
        )
        header = (
            f"{'':<12}| {'cold s':>7} {'feeds/s':>8} {'×time':>6} {'RSS MB':>6} {'×RSS':>6} "
            f"| {'warm s':>7} {'feeds/s':>8} {'×time':>6} {'RSS MB':>6} {'×RSS':>6}"
        )
        say(header)
        say("-" * len(header))
        for key, _desc in got:
            cells = []
            for ph in ("cold", "warm"):
                r = self.results.get(f"{key} {ph}")
                b = base[ph]
                if r is None or r.error:
                    cells.append(f"{'—':>7} {'—':>8} {'—':>6} {'—':>6} {'—':>6}")
                    continue
                tr = ratio(r.seconds, b.seconds) if b and not b.error else "—"
                mr = ratio(r.peak_rss, b.peak_rss) if b and not b.error else "—"
                cells.append(
                    f"{fmt_s(r.seconds):>7} {r.per_second:>8.0f} {tr:>6} {fmt_mb(r.peak_rss):>6} {mr:>6}"
                )
            say(f"{key:<12}| {cells[0]} | {cells[1]}")
        for key, desc in got:
            say(f"  {key}: {desc}")

    def targets(self) -> None:
        r = self.results
        checks: list[tuple[str, str, bool | None]] = []

        def ok(name: str, figure: str, passed: bool | None) -> None:
            checks.append((name, figure, passed))

        mc, mw = r.get("monitor cold"), r.get("monitor warm")
        good = lambda x: x is not None and not x.error  # noqa: E731
        if good(mc) and good(r.get("reader cold")):
            rd = r["reader cold"].seconds
            ok(
                "cold ≤ ½ reader",
                f"{mc.seconds:.2f} s vs reader {rd:.2f} s ({mc.seconds / rd:.2f}×)",
                mc.seconds <= rd / 2,
            )
        if good(mc) and good(r.get("floor cold")):
            fl = r["floor cold"].seconds
            ok(
                "cold ≤ floor",
                f"{mc.seconds:.2f} s vs floor {fl:.2f} s ({mc.seconds / fl:.2f}×)",
                mc.seconds <= fl,
            )
        if good(mc) and good(r.get("floor-lean cold")):
            fl = r["floor-lean cold"].seconds
            ok("cold ≤ lean floor (info)", f"{mc.seconds:.2f} s vs {fl:.2f} s ({mc.seconds / fl:.2f}×)", None)
        if good(mw):
            ok(
                "warm ≥ 1,000 feeds/s",
                f"{mw.per_second:.0f} feeds/s ({mw.seconds:.3f} s)",
                mw.per_second >= 1000,
            )
        gaps = [x.extra["longest_gap_ms"] for x in r.values() if not x.error and "longest_gap_ms" in x.extra]
        if gaps:
            ok("event loop blocked ≤ 100 ms", f"longest heartbeat gap {max(gaps):.0f} ms", max(gaps) <= 100)
        sc = r.get("scale cold")
        if good(sc):
            peak = max(sc.peak_rss, r["scale warm"].peak_rss if good(r.get("scale warm")) else 0)
            ok(
                f"peak RSS < 300 MB ({sc.feeds} feeds)",
                f"{peak / MB:.0f} MB RSS summed over processes (PSS {sc.peak_pss / MB:.0f} MB)",
                peak < 300 * MB,
            )
        stored = [x for k, x in r.items() if k.startswith("warm, ") and not x.error]
        if len(stored) >= 2:
            small, big = stored[0], stored[-1]
            ok(
                f"warm with {big.extra['stored']:,} stored ≤ 1.2× {small.extra['stored']:,}",
                f"{big.seconds:.3f} s vs {small.seconds:.3f} s "
                f"({big.seconds / small.seconds:.2f}×, medians of 5)",
                big.seconds <= 1.2 * small.seconds,
            )
        dg = next((x for k, x in r.items() if k.startswith("digest") and not x.error), None)
        if dg is not None:
            ok(
                f"digest over {dg.extra['articles']:,} relevant < 2 s",
                f"{dg.seconds:.2f} s (reads {dg.extra['storage_read_seconds']:.2f} s, "
                f"build {dg.extra['build_seconds']:.2f} s)",
                dg.seconds < 2,
            )
        if not checks:
            return
        say()
        say("Targets (issue 6)")
        for name, figure, passed in checks:
            mark = "info" if passed is None else "MET " if passed else "MISS"
            say(f"  [{mark}] {name:<40} {figure}")


def write_urls(path: Path, farm: farms.Farm, *, with_validators: bool) -> Path:
    data: dict[str, Any] = {"urls": farm.urls()}
    if with_validators:
        data["validators"] = validators(data["urls"])
    path.write_text(json.dumps(data))
    return path


def run_farm(bench: Bench, farm: farms.Farm, *, compare: bool, stored: bool) -> None:
    urls_file = write_urls(bench.work / f"urls-{len(farm.paths)}.json", farm, with_validators=stored)
    if compare:
        bench.compare(farm, urls_file)
    if stored:
        bench.stored(farm, urls_file)


def main(argv: list[str] | None = None) -> int:
    ns = options(argv)
    work = Path(tempfile.mkdtemp(prefix="monitor-bench-"))
    work.chmod(0o755)  # the feed server's workers read the farm from here
    started = time.monotonic()
    say(
        f"monitor benchmark — {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {platform.platform()}"
    )
    say(f"command: python -m tests.bench {' '.join(argv if argv is not None else sys.argv[1:])}".rstrip())
    bench = Bench(ns, work)
    try:
        compare = any(p in ns.parts for p in ("floor", "monitor", "reader", "rss2email"))
        if compare or "stored" in ns.parts:
            farm = farms.build(work / "farm", ns.feeds, server.free_port())
            with server.serve(farm, prefer=ns.server) as desc:
                say(
                    f"farm: {ns.feeds} feeds (RSS 2.0 and Atom) × {farms.ENTRIES_PER_FEED} entries, "
                    f"{farm.bytes / ns.feeds / 1024:.0f} KB per feed, {farm.relevant_entries} of "
                    f"{farm.total_entries} entries about the Defenders, on {len(farm.hosts)} loopback hosts; "
                    f"server: {desc}"
                )
                run_farm(bench, farm, compare=compare, stored="stored" in ns.parts)
        if "scale" in ns.parts:
            big = farms.build(work / "scale-farm", ns.scale_feeds, server.free_port())
            with server.serve(big, prefer=ns.server):
                say(f"scale farm: {ns.scale_feeds} feeds")
                urls_file = write_urls(work / "urls-scale.json", big, with_validators=False)
                for ph in ("cold", "warm"):
                    bench.step(f"scale {ph}", "monitor", {"args_file": str(urls_file), "phase": ph}, "scale")
        if "digest" in ns.parts:
            bench.digest()
        bench.table(ns.feeds)
        bench.targets()
        say(f"\n(total bench time {time.monotonic() - started:.0f} s)")
    finally:
        if ns.keep:
            say(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0
