"""The ``eventwire`` command."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from contextlib import contextmanager
from importlib import resources
from itertools import chain, islice
from pathlib import Path
from typing import IO, Iterator, Optional

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from . import actor_dicts, export, ingest
from .ingest import RawDoc
from .pipeline import DOC_TIMEOUT

app = typer.Typer(help="News articles in, event data out.", no_args_is_help=True, add_completion=False)
err = Console(stderr=True)
app.add_typer(actor_dicts.app, name="actors")

SAMPLE = "sample_article.txt"
TABLE_CHUNK = 200  # articles per GDELT table write: mentions, sources and articles are counted within it
ERRORS_SHOWN = 20  # documents listed in the error summary; the rest are counted


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """News articles in, event data out."""


def _paths(paths: list[str], glob: str | None = None) -> Iterator[str]:
    """The input files: each path as given ('-' is standard input), directories walked in name
    order (hidden files and folders skipped), their files kept when their name matches ``glob``."""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(".") for part in rel) and (not glob or f.match(glob)):
                    yield str(f)
        else:
            yield path


def _docs(paths: list[str], fmt: str, published: str | None, url: str | None) -> Iterator[RawDoc]:
    for raw in ingest.read(paths, fmt):
        raw.published = published or raw.published  # the caller's date wins
        raw.url = url or raw.url
        yield raw


def _setup_logging(verbose: bool) -> None:
    """Log lines on stderr: with ``--verbose`` what readers skip (WARC records that are no pages,
    empty feeds) and why a stage failed; otherwise only errors, and never a traceback. Only
    eventwire's own logger is configured (an embedding program keeps its root logger)."""
    import logging

    from rich.logging import RichHandler

    logger = logging.getLogger("eventwire")
    for old in [h for h in logger.handlers if getattr(h, "eventwire_cli", False)]:
        logger.removeHandler(old)
    handler = RichHandler(console=err, show_time=False, show_path=False, rich_tracebacks=False)
    handler.eventwire_cli = True  # type: ignore[attr-defined]
    if not verbose:
        handler.addFilter(lambda record: setattr(record, "exc_info", None) or True)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.ERROR)


def _gazetteer_ready() -> None:
    """Build the place gazetteer before the first document when it is missing, with a message
    and a progress bar (it takes about a minute, once per machine)."""
    from . import gazetteer
    from .resources import build_gazetteer

    if gazetteer.ready():
        return
    err.print(f"First run: building the place gazetteer into {gazetteer.path()} "
              "(once per machine, about a minute) ...", highlight=False)
    bar = Progress(TextColumn("{task.description:<26}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                   TimeElapsedColumn(), console=err, transient=True)
    with bar:
        task = bar.add_task("gazetteer", total=len(build_gazetteer.STEPS))
        started = time.perf_counter()
        gazetteer.ensure(lambda i, label: bar.update(task, completed=i, description=label))
        bar.update(task, completed=len(build_gazetteer.STEPS))
    err.print(f"Gazetteer built in {time.perf_counter() - started:.0f} s.", highlight=False)


def _error_summary(failed: list[tuple[str, str, str]], total: int, console: Console | None = None) -> None:
    """At the end of a run: which documents had errors, at which stage, and why (stderr): a
    table on a terminal, one line per error elsewhere; the first :data:`ERRORS_SHOWN` of them."""
    console = console or err
    if not failed:
        return
    if not console.is_terminal:  # a log file: one greppable line per error, never wrapped
        console.print(f"{len({f[0] for f in failed})} of {total} documents with errors:", highlight=False)
        for source, stage, message in failed[:ERRORS_SHOWN]:
            console.print(f"  {source}: {stage}: {message}", highlight=False, soft_wrap=True, markup=False)
    else:
        from rich.table import Table

        table = Table(title=f"{len({f[0] for f in failed})} of {total} documents with errors", title_justify="left",
                      show_lines=False, pad_edge=False)
        table.add_column("document", overflow="fold")
        table.add_column("stage", no_wrap=True)
        table.add_column("why", overflow="fold")
        for source, stage, message in failed[:ERRORS_SHOWN]:
            table.add_row(source, stage, message)
        console.print(table, highlight=False)
    if len(failed) > ERRORS_SHOWN:
        console.print(f"... and {len(failed) - ERRORS_SHOWN} more (each record's `errors` says why)", highlight=False)


def _failures(article) -> list[tuple[str, str, str]]:
    """(document, stage, why) for each error of a record; the document's own name is not repeated."""
    source = article.source or article.url or article.id
    return [(source, e.stage, e.message.removeprefix(f"{source}: ")) for e in article.errors]


@contextmanager
def _output(path: Path | None, force: bool) -> Iterator[IO[bytes]]:
    """Standard output, or ``path`` written whole or not at all: a temporary file in the same
    folder, renamed over ``path`` only when the run ends well. An existing file is kept unless
    ``force``."""
    if path is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if path.exists() and not force:
        raise typer.BadParameter(f"{path} exists; add --force to overwrite it", param_hint="--output")
    if path.is_dir():
        raise typer.BadParameter(f"{path} is a folder; name a file", param_hint="--output")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise typer.BadParameter(f"folder {folder} does not exist", param_hint="--output")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would make the result private
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class _Writer:
    """Writes records as they come, in any format: JSON, PLOVER and summaries per article, the
    GDELT tables per chunk of :data:`TABLE_CHUNK` articles (their NumMentions, NumSources,
    NumArticles and AvgTone are counted within the chunk), the header once."""

    def __init__(self, fmt: str, out: IO[bytes], header: bool):
        self.fmt, self.out, self.header = fmt, out, header
        self.pending: list = []

    def add(self, article) -> None:
        if self.fmt not in export.TABLES:
            export.write([article], self.fmt, self.out)
            self.out.flush()
            return
        self.pending.append(article)
        if len(self.pending) >= TABLE_CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.fmt in export.TABLES and (self.pending or self.header):
            export.write(self.pending, self.fmt, self.out, header=self.header)
            self.header = False
            self.pending = []
        self.out.flush()


@app.command()
def extract(
    paths: list[str] = typer.Argument(None, help="Files or folders to read; '-' reads standard input."),
    sample: bool = typer.Option(False, "--sample", help="Run on the sample article shipped with eventwire."),
    input_format: str = typer.Option("auto", "--input-format", "-i", help="auto, text, html, jsonl, rss or warc."),
    glob: Optional[str] = typer.Option(None, "--glob", help="In folders, read only files matching this pattern ('*.html')."),
    published: Optional[str] = typer.Option(None, help="Publication date (ISO 8601); overrides any found."),
    url: Optional[str] = typer.Option(None, help="Source URL of the document (one input holding one document only)."),
    output_format: str = typer.Option(
        "jsonl", "--format", "-f",
        help="jsonl (records), json (indented), summary (a readable table), gdelt-events, gdelt-mentions, "
             "gdelt-gkg (tab-separated) or plover (JSON Lines).",
    ),
    header: bool = typer.Option(False, "--header", help="Start tab-separated exports with a row of column names."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout (whole or not at all)."),
    force: bool = typer.Option(False, "--force", help="Overwrite the --output file if it exists."),
    strict: bool = typer.Option(False, "--strict/--keep-going", help="Exit 2 if any document failed."),
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Worker processes (each loads the model)."),
    actors: Optional[Path] = typer.Option(None, "--actors", exists=True, dir_okay=False,
                                          help="User actor lexicon (from 'eventwire actors import') on top of ours."),
    doc_timeout: float = typer.Option(DOC_TIMEOUT, "--doc-timeout", min=0,
                                      help="Seconds one document may take before it becomes an error record (0: no limit)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log skipped records and stage failures on stderr."),
) -> None:
    """Extract events, actors, places, dates, quotes and counts from news articles."""
    from .actor_lexicon import use
    from .run import local

    _setup_logging(verbose)
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
    files = list(_paths(paths, glob))
    if not files:
        raise typer.BadParameter(f"no files to read in {', '.join(paths)}" + (f" matching {glob!r}" if glob else ""))
    if url and len(files) > 1:
        raise typer.BadParameter(f"--url names one document, but {len(files)} inputs were given", param_hint="--url")
    started = time.perf_counter()
    docs = _docs(files, input_format, published, url)
    first = list(islice(docs, 2))  # documents stream through; two tell whether this is a batch
    if url and len(first) > 1:
        raise typer.BadParameter(f"--url names one document, but {files[0]} holds several", param_hint="--url")
    _gazetteer_ready()
    n = 0
    failed: list[tuple[str, str, str]] = []
    with _output(output, force) as out:
        writer = _Writer(output_format, out, header)
        with _progress(len(first)) as progress:
            task = progress.add_task("extracting", total=None)
            for article in local.pipe(chain(first, docs), processes=processes, doc_timeout=doc_timeout or None):
                n += 1
                failed.extend(_failures(article))
                writer.add(article)
                progress.advance(task)
        writer.flush()
    seconds = time.perf_counter() - started
    _error_summary(failed, n)
    bad = len({f[0] for f in failed})
    err.print(f"{n} document{'s' * (n != 1)}, {bad} with errors, {seconds:.1f} s"
              + (f"; written to {output}" if output else ""), highlight=False)
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
