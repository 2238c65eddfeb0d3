"""CLI commands: stance (scoring the FNC-1 claim-stance model)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import click

from monitor.errors import MonitorError

FILE = click.Path(path_type=Path, dir_okay=False)


@click.command("stance-eval")
@click.option("--bodies", type=FILE, required=True, help="FNC-1 bodies CSV (Body ID, articleBody).")
@click.option("--stances", type=FILE, required=True, help="FNC-1 stances CSV (Headline, Body ID, Stance).")
@click.option(
    "--model",
    "model_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of another stance_model.npz/.json (default: the packaged model).",
)
@click.option("--predictions", type=FILE, help="Also write the predicted labels to this CSV.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def stance_eval(
    bodies: Path, stances: Path, model_dir: Path | None, predictions: Path | None, as_json: bool
) -> None:
    """Score the claim-stance model on an FNC-1-format pair of files.

    Prints the official FNC-1 relative and raw score, per-label and macro F1 and the confusion
    matrix. A stances file without a Stance column can only be labelled (--predictions).
    """
    from monitor.claims import load_model
    from monitor.claims.data import read_bodies, read_stances
    from monitor.claims.model import predict_pairs
    from monitor.claims.score import as_dict, evaluate, format_report

    try:
        texts = read_bodies(bodies)
        pairs = read_stances(stances, texts, require_stance=predictions is None)
        model = load_model(model_dir)
        labels = predict_pairs(model, pairs, texts)
    except MonitorError as exc:
        raise click.ClickException(str(exc)) from exc
    if predictions is not None:
        try:
            with predictions.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(["Headline", "Body ID", "Stance"])
                writer.writerows(
                    [p.headline, p.body_id, label] for p, label in zip(pairs, labels, strict=True)
                )
        except OSError as exc:
            raise click.ClickException(f"{predictions}: cannot write predictions ({exc})") from exc
        click.echo(f"wrote {len(labels)} predicted labels to {predictions}", err=as_json)
    gold = [p.stance for p in pairs]
    if any(g is None for g in gold):
        if predictions is None:  # pragma: no cover - read_stances already insists on labels
            raise click.ClickException(f"{stances}: no Stance labels to score against")
        missing = next(p.line for p in pairs if p.stance is None)
        click.echo(f"{stances}, line {missing}: no Stance label, so nothing is scored", err=True)
        return
    report = evaluate([g or "unrelated" for g in gold], labels)
    if as_json:
        click.echo(json.dumps(as_dict(report), indent=2))
    else:
        click.echo(f"{len(pairs)} pairs from {stances} over {len(texts)} bodies from {bodies}")
        click.echo(format_report(report))


COMMANDS: list[click.Command] = [stance_eval]
