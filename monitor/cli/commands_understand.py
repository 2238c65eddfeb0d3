"""CLI commands: understand (scoring the understanding pipeline on a labelled development set)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from monitor.cli.common import AppContext
from monitor.errors import MonitorError


@click.command("eval-understanding")
@click.option(
    "--devset",
    "devset_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("tests/devset"),
    show_default=True,
    help="Folder with watchlist.toml, baseline.toml and articles/*.toml (see tests/devset/README.md).",
)
@click.option(
    "--watchlist",
    "watchlist_name",
    default=None,
    help="Score with this configured watchlist instead of the development set's own.",
)
@click.option("--errors/--no-errors", "show_errors", default=False, help="List every miss and extra.")
@click.option(
    "--rules-only",
    is_flag=True,
    help="Score the hand-written rules alone, as if the watchlist's learned_gate were false.",
)
@click.option(
    "--fail-under",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Exit with status 1 if any measure is below this figure.",
)
@click.pass_obj
def eval_understanding(
    app: AppContext,
    devset_dir: Path,
    watchlist_name: str | None,
    show_errors: bool,
    rules_only: bool,
    fail_under: float | None,
) -> None:
    """Score relevance, statements, stance, changes and story grouping on a labelled set."""
    from monitor.devset import load_devset
    from monitor.understand.evaluate import evaluate

    try:
        devset = load_devset(devset_dir)
    except MonitorError as exc:
        raise click.ClickException(str(exc)) from exc
    if watchlist_name is not None:
        devset = replace(devset, watchlist=app.watchlist(watchlist_name))
    if rules_only:
        devset = replace(devset, watchlist=replace(devset.watchlist, learned_gate=False))
    scores = evaluate(devset)
    relevant = sum(1 for a in devset.articles if a.relevant)
    click.echo(
        f"{devset.source}: {len(devset.articles)} articles ({relevant} relevant), "
        f"{sum(len(a.statements) for a in devset.articles)} labelled statements, "
        f"watchlist {devset.watchlist.name!r}"
        + ("" if devset.watchlist.learned_gate else ", rules only (learned gate off)")
    )
    click.echo(scores.table())
    if show_errors and scores.errors:
        click.echo("\nerrors:")
        for line in scores.errors:
            click.echo(f"  {line}")
    if fail_under is not None:
        low = [name for name, value, _ in scores.rows() if value < fail_under]
        if low:
            click.echo(f"below {fail_under}: {', '.join(low)}", err=True)
            raise SystemExit(1)


COMMANDS: list[click.Command] = [eval_understanding]
