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
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Worker processes (each loads the model)."),
    actors: Optional[Path] = typer.Option(None, "--actors", exists=True, dir_okay=False,
                                          help="User actor lexicon (from 'eventwire actors import') on top of ours."),
) -> None:
    """Extract events, actors, places, dates, quotes and counts from news articles."""
    from .actor_lexicon import use
    from .run import local

    if actors:
        use(actors)
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
        for article in local.pipe(chain(first, docs), processes=processes):
            n += 1
            failed += bool(article.errors)
            if output_format in ("json", "jsonl"):
                export.write([article], output_format, out)
            else:
                batch.append(article)
            progress.advance(task)
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
def serve(
    db: Path = typer.Option(..., "--db", help="The store (DuckDB file); created if missing. The server becomes its writer."),
    host: str = typer.Option("127.0.0.1", help="Address to bind; anything but loopback needs --token or --no-auth."),
    port: int = typer.Option(8000, min=0, max=65535),
    token: Optional[str] = typer.Option(None, envvar="EVENTWIRE_TOKEN",
                                        help="Bearer token for every endpoint (without it: reads open on loopback, "
                                             "writes with a token printed at start)."),
    no_auth: bool = typer.Option(False, "--no-auth", help="Serve reads without a token on any address (prints a warning)."),
    max_body: int = typer.Option(10_000_000, "--max-body", min=1024, help="Largest request body in bytes (413 above)."),
    cors: Optional[list[str]] = typer.Option(None, "--cors", help="Allow this browser origin (repeatable); off by default."),
) -> None:
    """Serve the store over HTTP (API + dashboard at /)."""
    _serve(db, host, port, token, no_auth, max_body, cors)


def _serve(db: Path, host: str, port: int, token: str | None, no_auth: bool, max_body: int, cors: list[str] | None) -> None:
    """Security by default: loopback is the only address served without a token; writes always need one."""
    import ipaddress
    import secrets

    import uvicorn

    from . import api
    from .store import StoreError

    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback and not token and not no_auth:
        err.print(f"refusing to serve {host} without a token: give --token T (or --no-auth to serve reads to anyone)",
                  highlight=False)
        raise typer.Exit(2)
    write_token = token or secrets.token_urlsafe(18)
    read_auth = bool(token) and not no_auth
    try:
        application = api.create_app(db, token=write_token, read_auth=read_auth, max_body=max_body, cors=cors)
    except StoreError as e:
        err.print(f"cannot serve {db}: {e}", highlight=False)
        raise typer.Exit(2)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    if no_auth:
        err.print(f"WARNING: --no-auth: anyone who can reach {host}:{port} can read this store", highlight=False)
    if read_auth:
        err.print(f"eventwire: dashboard at {url}#token=<your token>; API needs 'Authorization: Bearer <token>'",
                  highlight=False)
    else:
        err.print(f"eventwire: dashboard at {url}", highlight=False)
    if not token:
        err.print(f"write token (POST /ingest, /extract; 'eventwire ingest --server {url} --token ...'): {write_token}",
                  highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the article record."""
    from .model import json_schema

    sys.stdout.buffer.write(orjson.dumps(json_schema(), option=orjson.OPT_INDENT_2) + b"\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
