"""`labourmap model`: train the engine's text model from our hand-labelled posts, or show it."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import typer

app = typer.Typer(help="The engine's text model: a second opinion on kind and industry.",
                  no_args_is_help=True)

DATA = Path("eval/own")
PATTERN = "tune*.jsonl"  # never the shared development set, never our held-out check sets
OUT = Path(__file__).resolve().parents[1] / "engine" / "data" / "textmodel.json.gz"


def training_files(data: Path) -> list[Path]:
    return sorted(data.glob(PATTERN))


def digest(files: list[Path]) -> str:
    """What the model was trained on: the files' names and bytes."""
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


@app.command("train")
def train_cmd(
    data: Path = typer.Option(DATA, help=f"Folder of labelled sets; every {PATTERN} is read."),
    out: Path = typer.Option(OUT, help="Where to write the model."),
) -> None:
    """Learn the model from the labelled posts of eval/own/tune*.jsonl and write it.

    Run it from the project's root after a labelled set is added or changed; the tests check
    that the shipped model was trained on the sets as they are.

    Example: labourmap model train
    """
    from labourmap.engine.training import lessons, train

    files = training_files(data)
    if not files:
        typer.echo(f"error: no {PATTERN} in {data}", err=True)
        raise typer.Exit(2)
    posts = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                row["text"], row["gold"]  # noqa: B018 - both are required
            except (ValueError, KeyError) as exc:
                typer.echo(f"error: {f}:{n}: not a labelled post ({exc})", err=True)
                raise typer.Exit(2) from None
            posts.append(row)
    taught = lessons(posts)
    model = train(taught, {"version": 1, "data": digest(files),
                           "files": [f.name for f in files]})
    out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    out.write_bytes(gzip.compress(raw.encode("utf-8"), mtime=0))
    typer.echo(f"{len(taught)} of {len(posts)} posts from {len(files)} files (those set abroad "
               f"left out); {len(model['grams'])} runs of "
               f"characters kept; written to {out}")
