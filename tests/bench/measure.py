"""Run one measured step in a subprocess of its own and watch its memory from outside.

The child (``python -m tests.bench.child STEP JSON``) times its own work (imports and setup are not
counted) and prints one JSON object as its last line of output. Meanwhile the parent samples the
resident set size of the child *and its descendants* (worker processes count) every 20 ms with
psutil; the peak of that sum is the step's peak RSS. Summing RSS over processes counts shared
pages (libraries) once per process, so it overstates rather than flatters; PSS (shared pages
split between sharers) is sampled too, twice a second (reading it costs the sampler more).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    step: str
    seconds: float
    feeds: int
    peak_rss: int  # bytes, summed over the process tree
    peak_pss: int  # bytes, summed over the process tree
    extra: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def per_second(self) -> float:
        return self.feeds / self.seconds if self.seconds > 0 else float("nan")


def _tree(proc: psutil.Process) -> list[psutil.Process]:
    try:
        return [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return [proc]


def _rss(procs: list[psutil.Process]) -> tuple[int, list[int]]:
    each = []
    for p in procs:
        with contextlib.suppress(psutil.Error):
            each.append(p.memory_info().rss)
    return sum(each), each


def _pss(procs: list[psutil.Process]) -> int:
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += getattr(p.memory_full_info(), "pss", 0)
    return total


def run(step: str, args: dict[str, Any], *, timeout: float = 3600.0) -> Result:
    """Run ``step`` in a fresh interpreter; its figures plus the peak memory of its process tree."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("http_proxy", None)
    env.pop("HTTP_PROXY", None)
    env["NO_PROXY"] = env["no_proxy"] = "*"
    # Output goes to files, never pipes: a chatty contender must not block on a full pipe.
    log = Path(args["dir"]) / f"{step}-{args.get('phase', 'run')}"
    out_file, err_file = log.with_suffix(".out"), log.with_suffix(".err")
    with out_file.open("w") as out_w, err_file.open("w") as err_w:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.child", step, json.dumps(args)],
            cwd=REPO,
            env=env,
            stdout=out_w,
            stderr=err_w,
        )
    watched = psutil.Process(proc.pid)
    peak_rss = peak_pss = 0
    peak_each: list[int] = []
    started = time.monotonic()
    ticks = 0
    while proc.poll() is None:
        procs = _tree(watched)
        total, each = _rss(procs)
        if total > peak_rss:
            peak_rss, peak_each = total, each
        if ticks % 25 == 0:  # PSS reads /proc/PID/smaps: costly, so only twice a second
            peak_pss = max(peak_pss, _pss(procs))
        ticks += 1
        if time.monotonic() - started > timeout:
            proc.kill()
            break
        time.sleep(0.02)
    proc.wait()
    out = out_file.read_text(errors="replace")
    err = err_file.read_text(errors="replace")
    lines = [line for line in out.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = "\n".join(err.strip().splitlines()[-15:])
        return Result(step, float("nan"), 0, peak_rss, peak_pss, error=f"exit {proc.returncode}: {tail}")
    data = json.loads(lines[-1])
    return Result(
        step,
        float(data.pop("seconds")),
        int(data.pop("feeds", 0)),
        max(peak_rss, int(data.pop("maxrss", 0))),
        peak_pss,
        extra={**data, "rss_mb_by_process": [round(x / 2**20) for x in peak_each]},
    )
