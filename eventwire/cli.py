"""The ``eventwire`` command."""

from __future__ import annotations

import sys
import time
from importlib import resources
from itertools import chain, islice
from pathlib import Path
from typing import Iterator, Optional

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from . import actor_dicts, export, ingest
from .ingest import RawDoc

app = typer.Typer(help="News articles in, event data out.", no_args_is_help=True, add_completion=False)
err = Console(stderr=True)
app.add_typer(actor_dicts.app, name="actors")

SAMPLE = "sample_article.txt"


def _docs(paths: list[str], fmt: str, published: str | None, url: str | None) -> Iterator[RawDoc]:
    for raw in ingest.read(paths, fmt):
        raw.published = published or raw.published  # the caller's date wins
        raw.url = url or raw.url
        yield raw


@app.command()
def extract(
    paths: list[str] = typer.Argument(None, help="Files to read; '-' reads standard input."),
    sample: bool = typer.Option(False, "--sample", help="Run on the sample article shipped with eventwire."),
    input_format: str = typer.Option("auto", "--input-format", "-i", help="auto, text, html, jsonl, rss or warc."),
    published: Optional[str] = typer.Option(None, help="Publication date (ISO 8601); overrides any found."),
    url: Optional[str] = typer.Option(None, help="Source URL of the document(s)."),
    output_format: str = typer.Option(
        "jsonl", "--format", "-f",
        help="json (indented), jsonl, gdelt-events, gdelt-mentions, gdelt-gkg (tab-separated) or plover (JSON Lines).",
    ),
    header: bool = typer.Option(False, "--header", help="Start tab-separated exports with a row of column names."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    strict: bool = typer.Option(False, "--strict/--keep-going", help="Exit 2 if any document failed."),
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Local worker processes (same as --workers)."),
    actors: Optional[Path] = typer.Option(None, "--actors", exists=True, dir_okay=False,
                                          help="User actor lexicon (from 'eventwire actors import') on top of ours."),
    engine: str = typer.Option("local", "--engine", "-e", help="local (process pool), dask or ray."),
    address: Optional[str] = typer.Option(None, "--address",
                                          help="Cluster to use: a Dask scheduler (tcp://host:8786) or Ray (ray://host:10001, auto)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1,
                                          help="Workers to start, each loading the model (default 2; with --address, "
                                               "Dask uses the cluster's workers and Ray one actor per CPU)."),
) -> None:
    """Extract events, actors, places, dates, quotes and counts from news articles."""
    from . import run
    from .pipeline import PipelineError, Settings

    if engine not in run.ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(run.ENGINES)}", param_hint="--engine")
    if address and engine == "local":
        raise typer.BadParameter("--address needs --engine dask or ray", param_hint="--address")
    try:
        settings = Settings.make(actors=actors)
    except PipelineError as e:
        raise typer.BadParameter(str(e), param_hint="--actors") from e
    if input_format not in ingest.FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(ingest.FORMATS)}", param_hint="--input-format")
    if output_format not in export.FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(export.FORMATS)}", param_hint="--format")
    if sample:
        paths = [str(resources.files("eventwire") / "samples" / SAMPLE)]
    if not paths:
        raise typer.BadParameter("give at least one PATH, '-' for standard input, or --sample")
    started = time.perf_counter()
    docs = _docs(paths, input_format, published, url)
    first = list(islice(docs, 2))  # documents stream through; two tell whether this is a batch
    out = output.open("wb") if output else sys.stdout.buffer
    n = failed = 0
    batch = []  # the exports count mentions, sources and articles over the whole batch
    with _progress(len(first)) as progress:
        task = progress.add_task("extracting", total=None)
        articles = run.pipe(chain(first, docs), settings, engine=engine, address=address,
                            workers=workers or (processes if engine == "local" or processes > 1 else None))
        try:
            for article in articles:
                n += 1
                failed += bool(article.errors)
                if output_format in ("json", "jsonl"):
                    export.write([article], output_format, out)
                else:
                    batch.append(article)
                progress.advance(task)
        except run.RunError as e:
            err.print(f"error: {e}", highlight=False)
            raise typer.Exit(1) from None
    if output_format not in ("json", "jsonl"):
        export.write(batch, output_format, out, header=header)
    out.flush()
    if output:
        out.close()
    seconds = time.perf_counter() - started
    err.print(f"{n} documents, {failed} with errors, {seconds:.1f} s", highlight=False)
    if strict and failed:
        raise typer.Exit(2)


def _progress(seen: int) -> Progress:
    """A progress bar on stderr (documents done, elapsed time), shown only for batches and
    only on a terminal; the total is not known while the input streams."""
    return Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} documents"),
        TimeElapsedColumn(), console=err, disable=seen <= 1 or not err.is_terminal, transient=True,
    )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the article record."""
    from .model import json_schema

    sys.stdout.buffer.write(orjson.dumps(json_schema(), option=orjson.OPT_INDENT_2) + b"\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
