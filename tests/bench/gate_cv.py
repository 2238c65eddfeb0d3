"""Leave-one-set-out cross-validation of the learned statement gate (round 21).

``python -m tests.bench.gate_cv [--devset tests/devset] [--veto 0.05,0.1,...] [--sets main,holdout2]``

For each teaching set (:func:`monitor.understand.gate.train.teaching_sets`) it trains the gate on
the other sets' candidates, exactly as ``monitor.understand.gate.train`` does, and scores the
held-out set with :func:`monitor.understand.evaluate.evaluate` under each setting: the rules alone,
the gate adding (the shipped behaviour before round 21), and the gate adding and vetoing at each
VETO threshold (optionally sparing a rules' statement with strong rule evidence). It prints per set
and in total: found, extra, missed, stance right, change right, and the statement F1, with the
largest per-set F1 drop against "adds". In-sample figures of a learned model say nothing about
unseen articles; these do.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from monitor.devset import load_devset
from monitor.understand import statements
from monitor.understand.evaluate import Devset, Scores, evaluate
from monitor.understand.gate import train
from monitor.understand.gate.features import Considered
from monitor.understand.gate.model import Gate

Spare = Callable[[Considered], bool]


def _never(c: Considered) -> bool:
    return False


def _listed_and_cued(c: Considered) -> bool:
    """A watchlist speaker and a stance cue: the rules' strongest evidence."""
    return c.facts.get("speaker_listed", 0.0) > 0 and c.facts.get("cue_none", 1.0) == 0


def _cued(c: Considered) -> bool:
    return c.facts.get("cue_none", 1.0) == 0


def _quote(c: Considered) -> bool:
    return c.kind == "quote"


def _claim(c: Considered) -> bool:
    return c.kind == "reported"


SPARES: dict[str, Spare] = {
    "": _never,
    "listed+cue": _listed_and_cued,
    "cue": _cued,
    "quote": _quote,  # the veto weighs reported claims only
    "claim": _claim,  # the veto weighs quotes only
}


@dataclasses.dataclass(frozen=True)
class _Sparing:
    """A gate whose veto spares some candidates (a stand-in with the Gate's interface)."""

    gate: Gate
    spare: Spare

    @property
    def cueless(self) -> str:
        return self.gate.cueless

    def keeps(self, c: Considered) -> bool:
        return self.gate.keeps(c)

    def vetoes(self, c: Considered) -> bool:
        return self.gate.vetoes(c) and not self.spare(c)


@contextmanager
def _using(gate: object | None) -> Iterator[None]:
    """Make extraction use ``gate`` (None: the rules alone)."""
    saved = statements.usable_gate
    statements.usable_gate = lambda: gate  # type: ignore[assignment]
    statements._LAST = None
    try:
        yield
    finally:
        statements.usable_gate = saved
        statements._LAST = None


def _rules_only(devset: Devset) -> Devset:
    return dataclasses.replace(devset, watchlist=dataclasses.replace(devset.watchlist, learned_gate=False))


def _counts(sc: Scores) -> dict[str, int]:
    found = sc.statement_tp + sc.recut_found
    return {
        "found": found,
        "right": sc.statement_tp + sc.recut_right,
        "extra": sc.statement_fp,
        "missed": sc.statement_fn,
        "stance": sc.stance_right,
        "change": sc.change_right,
    }


def _f1(c: dict[str, int]) -> float:
    p = c["right"] / max(1, c["right"] + c["extra"])
    r = c["found"] / max(1, c["found"] + c["missed"])
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--devset", type=Path, default=Path("tests/devset"))
    ap.add_argument("--veto", default="0.02,0.05,0.1,0.15,0.2,0.3")
    ap.add_argument("--spare", default=",listed+cue,cue", help="comma-separated: '' (none), listed+cue, cue")
    ap.add_argument("--sets", default="", help="comma-separated set names to hold out (default: all)")
    ap.add_argument("--per-set", action="store_true")
    ap.add_argument("--compare", default="", help="a setting to show set by set against 'adds'")
    args = ap.parse_args(argv)
    folders = train.teaching_sets(args.devset)
    names = {f: ("main" if f == args.devset else f.name) for f in folders}
    wanted = set(args.sets.split(",")) if args.sets else set(names.values())
    vetoes = [float(v) for v in args.veto.split(",") if v]
    spares = args.spare.split(",")
    devsets = {f: load_devset(f) for f in folders}
    rows = {f: train.candidates(devsets[f]) for f in folders}
    settings = ["rules", "adds"] + [f"veto{v:g}{'/' + s if s else ''}" for v in vetoes for s in spares]
    table: dict[str, dict[str, dict[str, int]]] = {s: {} for s in settings}
    for held in folders:
        if names[held] not in wanted:
            continue
        others = [r for f in folders if f != held for r in rows[f]]
        gate = dataclasses.replace(train.fit(others, {}), veto=0.0)  # "adds": no veto
        ds = devsets[held]
        with _using(None):
            table["rules"][names[held]] = _counts(evaluate(_rules_only(ds)))
        with _using(gate):
            table["adds"][names[held]] = _counts(evaluate(ds))
        for v in vetoes:
            for s in spares:
                vetoing = _Sparing(dataclasses.replace(gate, veto=v), SPARES[s])
                with _using(vetoing):
                    table[f"veto{v:g}{'/' + s if s else ''}"][names[held]] = _counts(evaluate(ds))
        print(f"# {names[held]} done", file=sys.stderr, flush=True)
    keys = ("found", "extra", "missed", "stance", "change")
    if args.per_set:
        for setting in settings:
            for name, c in table[setting].items():
                print(f"{setting:18} {name:10} " + " ".join(f"{c[k]:4}" for k in keys) + f" {_f1(c):.3f}")
    if args.compare:
        for name, c in table[args.compare].items():
            a, r = table["adds"][name], table["rules"][name]
            print(
                f"{name:10} rules {r['found']:3} {r['extra']:3} {r['missed']:3} {_f1(r):.3f}"
                f" | adds {a['found']:3} {a['extra']:3} {a['missed']:3} {_f1(a):.3f}"
                f" | {args.compare} {c['found']:3} {c['extra']:3} {c['missed']:3} {_f1(c):.3f}"
            )
    print(f"{'setting':18} " + " ".join(f"{k:>6}" for k in keys) + "   F1sum  worst-dF1 (vs adds)")
    for setting in settings:
        tot = {k: sum(c[k] for c in table[setting].values()) for k in (*keys, "right")}
        drops = [(_f1(table["adds"][n]) - _f1(c), n) for n, c in table[setting].items() if setting != "adds"]
        worst = max(drops, default=(0.0, "-"))
        print(
            f"{setting:18} "
            + " ".join(f"{tot[k]:6}" for k in keys)
            + f"   {_f1(tot):.4f}  {worst[0]:+.3f} {worst[1]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
