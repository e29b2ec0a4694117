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
from .pipeline import DOC_TIMEOUT, PipelineError

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

ENGINE = typer.Option("local", "--engine", "-e", help="local (process pool), dask or ray.")
ADDRESS = typer.Option(None, "--address",
                       help="Cluster to use: a Dask scheduler (tcp://host:8786) or Ray (ray://host:10001, auto).")
WORKERS = typer.Option(None, "--workers", "-w", min=1,
                       help="Workers to start, each loading the model (default 2; with --address, "
                            "Dask uses the cluster's workers and Ray one actor per CPU).")
MIN_CONFIDENCE = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                              help="Report events of at least this confidence (default: resources/events/confidence.tsv, now 0.46; 0 reports every event).")
ACTORS = typer.Option(None, "--actors", exists=True, dir_okay=False,
                      help="User actor lexicon (from 'eventwire actors import') on top of ours.")
DOC_TIMEOUT_OPTION = typer.Option(DOC_TIMEOUT, "--doc-timeout", min=0,
                                  help="Seconds one document may take before it becomes an error record (0: no limit).")
VERBOSE = typer.Option(False, "--verbose", "-v", help="Log skipped records and stage failures on stderr.")


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
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Local worker processes (same as --workers)."),
    actors: Optional[Path] = ACTORS,
    engine: str = ENGINE,
    address: Optional[str] = ADDRESS,
    workers: Optional[int] = WORKERS,
    min_confidence: Optional[float] = MIN_CONFIDENCE,
    doc_timeout: float = DOC_TIMEOUT_OPTION,
    verbose: bool = VERBOSE,
) -> None:
    """Extract events, actors, places, dates, quotes and counts from news articles."""
    from . import run

    _setup_logging(verbose)
    settings = _settings(actors, engine, address, min_confidence, doc_timeout)
    if output_format not in export.FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(export.FORMATS)}", param_hint="--format")
    files = _inputs(paths, sample, glob, input_format, url)
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
            try:
                for article in run.pipe(chain(first, docs), settings, engine=engine, address=address,
                                        workers=_workers(engine, workers, processes)):
                    n += 1
                    failed.extend(_failures(article))
                    writer.add(article)
                    progress.advance(task)
            except (run.RunError, PipelineError) as e:
                err.print(f"error: {e}", highlight=False)
                raise typer.Exit(1) from None
        writer.flush()
    seconds = time.perf_counter() - started
    _error_summary(failed, n)
    bad = len({f[0] for f in failed})
    err.print(f"{n} document{'s' * (n != 1)}, {bad} with errors, {seconds:.1f} s"
              + (f"; written to {output}" if output else ""), highlight=False)
    if strict and failed:
        raise typer.Exit(2)


def _inputs(paths: list[str] | None, sample: bool, glob: str | None, input_format: str, url: str | None) -> list[str]:
    """The input files of a run (``--sample``: the sample article; folders walked), checked."""
    if input_format not in ingest.FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(ingest.FORMATS)}", param_hint="--input-format")
    if sample:
        paths = [str(resources.files("eventwire") / "samples" / SAMPLE)]
    if not paths:
        raise typer.BadParameter("give at least one PATH, '-' for standard input, or --sample")
    files = list(_paths(paths, glob))
    if not files:
        raise typer.BadParameter(f"no files to read in {', '.join(paths)}" + (f" matching {glob!r}" if glob else ""))
    if url and len(files) > 1:
        raise typer.BadParameter(f"--url names one document, but {len(files)} inputs were given", param_hint="--url")
    return files


def _settings(actors: Path | None, engine: str, address: str | None, min_confidence: float | None,
              doc_timeout: float | None = DOC_TIMEOUT):
    """The pipeline's settings from the command line, checked: what every worker builds its pipeline from."""
    from . import run
    from .pipeline import Settings

    if engine not in run.ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(run.ENGINES)}", param_hint="--engine")
    if address and engine == "local":
        raise typer.BadParameter("--address needs --engine dask or ray", param_hint="--address")
    try:
        return Settings.make(actors=actors, min_confidence=min_confidence, doc_timeout=doc_timeout or None)
    except PipelineError as e:
        raise typer.BadParameter(str(e), param_hint="--actors") from e


def _workers(engine: str, workers: int | None, processes: int) -> int | None:
    """--workers, else --processes (the local pool's old name for it)."""
    return workers or (processes if engine == "local" or processes > 1 else None)


def _progress(seen: int) -> Progress:
    """A progress bar on stderr (documents done, elapsed time), shown only for batches and
    only on a terminal; the total is not known while the input streams."""
    return Progress(
        TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} documents"),
        TimeElapsedColumn(), console=err, disable=seen <= 1 or not err.is_terminal, transient=True,
    )


def _open_store(db: Path, read_only: bool = False, memory_limit: str | None = None):
    """The store, or a one-line message and exit 1."""
    from .store import Store, StoreError

    try:
        return Store(db, read_only=read_only, memory_limit=memory_limit)
    except StoreError as e:
        err.print(f"error: {e}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None


def _ingest_via_server(docs: Iterator[RawDoc], server: str, token: str | None, extract_all, force: bool,
                       strict: bool) -> None:
    """Extract here (``extract_all``: documents → Articles, on the chosen engine), store there: the
    server is the store's one writer (see eventwire.api.send)."""
    from . import api

    started = time.perf_counter()
    failed = [0]

    def counted(articles):
        for art in articles:
            failed[0] += bool(art.errors)
            yield art

    try:
        totals = api.send(server, token, counted(extract_all(docs)), force=force)
    except api.ServerError as e:
        err.print(f"error: {e}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    err.print(f"sent to {server}: {totals.get('added', 0)} added, {totals.get('replaced', 0)} replaced, "
              f"{totals.get('skipped', 0)} skipped (already stored), {failed[0]} with errors, "
              f"{time.perf_counter() - started:.1f} s", highlight=False, soft_wrap=True)
    if strict and failed[0]:
        raise typer.Exit(2)


def _server_file(db: Path) -> Path:
    """Where a running 'eventwire serve' says which URL holds the store (no secrets in it)."""
    return Path(str(db) + ".server")


def _refuse_if_served(db: Path) -> None:
    """A store held by a running server: say where to send the documents instead of failing on DuckDB's lock."""
    import json
    import os

    info = _server_file(db)
    try:
        held = json.loads(info.read_text())
        os.kill(int(held["pid"]), 0)  # is that server still running?
    except (OSError, ValueError, KeyError, TypeError):
        return
    err.print(f"error: {db} is held by 'eventwire serve' at {held['url']} (PID {held['pid']}); send the documents "
              f"there: add --server {held['url']} --token TOKEN", highlight=False, markup=False, soft_wrap=True)
    raise typer.Exit(1)


DB = typer.Option(Path("eventwire.duckdb"), "--db", help="The corpus store (a DuckDB file).")


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(None, help="Files to read; '-' reads standard input."),
    db: Path = DB,
    sample: bool = typer.Option(False, "--sample", help="Ingest the sample article shipped with eventwire."),
    input_format: str = typer.Option("auto", "--input-format", "-i", help="auto, text, html, jsonl, rss or warc."),
    published: Optional[str] = typer.Option(None, help="Publication date (ISO 8601); overrides any found."),
    url: Optional[str] = typer.Option(None, help="Source URL of the document(s)."),
    force: bool = typer.Option(False, "--force", help="Re-extract and replace articles already in the store."),
    processes: int = typer.Option(1, "--processes", "-p", min=1, help="Worker processes (each loads the model)."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Articles per transaction (a crash loses at most one batch)."),
    strict: bool = typer.Option(False, "--strict/--keep-going", help="Exit 2 if any document failed."),
    actors: Optional[Path] = ACTORS,
    engine: str = ENGINE,
    address: Optional[str] = ADDRESS,
    workers: Optional[int] = WORKERS,
    min_confidence: Optional[float] = MIN_CONFIDENCE,
    doc_timeout: float = DOC_TIMEOUT_OPTION,
    verbose: bool = VERBOSE,
    glob: Optional[str] = typer.Option(None, "--glob", help="In folders, read only files matching this pattern ('*.html')."),
    memory_limit: Optional[str] = typer.Option("64MB", "--memory-limit",
                                               help="Cap DuckDB's memory, its cache of the store's pages included "
                                               "(ingest reads little back; DuckDB's own default is 80% of RAM); "
                                               "raised by half whenever the store's indexes outgrow it."),
    report_every: float = typer.Option(30.0, "--report-every", hidden=True,
                                       help="Seconds between progress lines when stderr is not a terminal."),
    server: Optional[str] = typer.Option(None, "--server", help="Send the extracted articles to this running "
                                         "'eventwire serve' (which holds the store) instead of writing --db."),
    token: Optional[str] = typer.Option(None, "--token", envvar="EVENTWIRE_TOKEN",
                                        help="The server's write token (with --server)."),
) -> None:
    """Extract articles into a corpus store, skipping those it has (resume by re-running the same command)."""
    from . import run
    from . import store as corpus
    from .pipeline import doc_id

    _setup_logging(verbose)
    settings = _settings(actors, engine, address, min_confidence, doc_timeout)
    paths = _inputs(paths, sample, glob, input_format, url)
    _gazetteer_ready()
    if server:
        _ingest_via_server(_docs(paths, input_format, published, url), server, token,
                           lambda docs: run.pipe(docs, settings, engine=engine, address=address,
                                                 workers=_workers(engine, workers, processes)), force, strict)
        return
    _refuse_if_served(db)
    started = time.perf_counter()
    st = _open_store(db, memory_limit=memory_limit)
    seen = {"docs": 0, "known": 0, "failed": 0}

    def fresh(docs: Iterator[RawDoc]) -> Iterator[RawDoc]:
        """Documents the store does not have yet, decided before any is parsed."""
        while chunk := list(islice(docs, 256)):
            seen["docs"] += len(chunk)
            have = set() if force else st.known(doc_id(d) for d in chunk)
            seen["known"] += sum(doc_id(d) in have for d in chunk)
            yield from (d for d in chunk if doc_id(d) not in have)

    def counted(articles):
        for art in articles:
            seen["failed"] += bool(art.errors)
            yield art

    last = [time.perf_counter()]
    plain = not err.is_terminal

    done = corpus.AddResult()

    def report(total: corpus.AddResult, n: int) -> None:
        done.added, done.replaced, done.skipped = total.added, total.replaced, total.skipped
        progress.advance(task, n)
        now = time.perf_counter()
        if plain and now - last[0] >= report_every:
            last[0] = now
            err.print(f"ingest: {total.added + total.replaced} stored, {seen['known'] + total.skipped} skipped, "
                      f"{now - started:.1f} s", highlight=False, soft_wrap=True)

    try:
        with _progress(2) as progress:
            task = progress.add_task("ingesting", total=None)
            docs = fresh(_docs(paths, input_format, published, url))
            first = list(islice(docs, 1))  # nothing new: done, without loading the model
            articles = counted(run.pipe(chain(first, docs), settings, engine=engine, address=address,
                                        workers=_workers(engine, workers, processes))) if first else iter(())
            total = corpus.ingest(st, articles, batch_size=batch_size,
                                  force=force, progress=report)
    except (corpus.StoreError, PipelineError) as e:
        err.print(f"error: {e}", highlight=False, markup=False, soft_wrap=True)
        err.print(f"{done.added + done.replaced} articles were stored before it; the same command resumes "
                  f"where it stopped", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print(f"interrupted: {done.added + done.replaced} articles stored; the same command resumes where it "
                  f"stopped", highlight=False, soft_wrap=True)
        raise typer.Exit(130) from None
    finally:
        st.close()
    seconds = time.perf_counter() - started
    err.print(f"{seen['docs']} document{'s' * (seen['docs'] != 1)}: {total.added} added, {total.replaced} replaced, "
              f"{seen['known'] + total.skipped} skipped (already stored), {seen['failed']} with errors, "
              f"{seconds:.1f} s -> {db}", highlight=False, soft_wrap=True)
    if strict and seen["failed"]:
        raise typer.Exit(2)


@app.command("sql")
def sql_command(
    query: str = typer.Argument(..., help="SQL to run (read-only), e.g. \"SELECT cameo, count(*) FROM events GROUP BY 1\"."),
    db: Path = DB,
    output_format: str = typer.Option("table", "--format", "-f", help="table, csv, json, jsonl or parquet."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
) -> None:
    """Query the store with SQL over a read-only connection."""
    from .store import QUERY_FORMATS, StoreError, write_result

    if output_format not in QUERY_FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(QUERY_FORMATS)}", param_hint="--format")
    if output_format == "parquet" and output is None and sys.stdout.isatty():
        raise typer.BadParameter("parquet is binary: give -o FILE or redirect stdout", param_hint="--format")
    st = _open_store(db, read_only=True)
    try:
        rel = st.sql(query)
        if rel is None:
            return
        if output:
            with output.open("wb") as out:
                write_result(rel, output_format, out)
        else:
            write_result(rel, output_format, sys.stdout.buffer)
            sys.stdout.flush()
    except StoreError as e:
        err.print(f"error: {e}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except OSError as e:
        err.print(f"error: cannot write {output or 'stdout'}: {e.strerror or e}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    finally:
        st.close()


@app.command("dedup")
def dedup_command(db: Path = DB) -> None:
    """Relink the whole store: copies (duplicate_of), stories (story_id) and event instances
    (events.instance_id, event_instances). Ingest links new articles as they arrive; this redoes it all,
    with batch story clustering."""
    from .store import StoreError

    started = time.perf_counter()
    st = _open_store(db)
    try:
        n = st.dedup(rebuild=True)
        copies, stories, events, instances = st.sql(
            "SELECT (SELECT count(duplicate_of) FROM articles), (SELECT count(DISTINCT story_id) FROM articles), "
            "(SELECT count(instance_id) FROM events), (SELECT count(*) FROM event_instances)").fetchall()[0]
    except StoreError as e:
        err.print(f"error: {e}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    finally:
        st.close()
    err.print(f"dedup: {n} articles ({copies} copies) in {stories} stories; {events} events in {instances} "
              f"instances, {time.perf_counter() - started:.1f} s -> {db}", highlight=False, soft_wrap=True)


@app.command("export")
def export_command(
    db: Path = DB,
    output_format: str = typer.Option(..., "--format", "-f",
                                      help="parquet (a folder, partitioned by year/month), gdelt-events, gdelt-mentions, gdelt-gkg, plover or jsonl."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write (a folder for parquet)."),
    since: Optional[str] = typer.Option(None, "--since", help="First event day (YYYY-MM-DD), inclusive."),
    until: Optional[str] = typer.Option(None, "--until", help="Last event day (YYYY-MM-DD), inclusive."),
    header: bool = typer.Option(False, "--header", help="Start tab-separated exports with a row of column names."),
) -> None:
    """Export the store (or one period of it) as Parquet, GDELT 2.0 tables, PLOVER JSON or records."""
    from .store import EXPORT_FORMATS, StoreError
    from .store import export as write_export

    if output_format not in EXPORT_FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    started = time.perf_counter()
    st = _open_store(db, read_only=True)
    try:
        n = write_export(st, output_format, output, since=since, until=until, header=header)
    except StoreError as e:
        err.print(f"error: {e}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    finally:
        st.close()
    err.print(f"{n} records -> {output}, {time.perf_counter() - started:.1f} s", highlight=False, soft_wrap=True)


@app.command()
def serve(
    db: Path = typer.Option(..., "--db", help="The store (DuckDB file); created if missing. The server becomes its writer "
                            "(with --read-only: one of its readers; the store must exist)."),
    host: str = typer.Option("127.0.0.1", help="Address to bind; anything but loopback needs --token or --no-auth."),
    port: int = typer.Option(8000, min=0, max=65535),
    token: Optional[str] = typer.Option(None, envvar="EVENTWIRE_TOKEN",
                                        help="Bearer token for every endpoint (without it: reads open on loopback, "
                                             "writes with a token printed at start)."),
    no_auth: bool = typer.Option(False, "--no-auth", help="Serve reads without a token on any address (prints a warning)."),
    max_body: int = typer.Option(10_000_000, "--max-body", min=1024, help="Largest request body in bytes (413 above)."),
    cors: Optional[list[str]] = typer.Option(None, "--cors", help="Allow this browser origin (repeatable); off by default."),
    read_only: bool = typer.Option(False, "--read-only", help="Open the store read-only and refuse writes: several "
                                   "servers or --workers can then read it, and no process can write it meanwhile."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Processes answering requests (with --read-only): "
                                "up to one per idle core; a busy dashboard then uses them all."),
    memory_events: int = typer.Option(500_000, "--memory-events", min=0,
                                      help="With --read-only: hold the events in memory, up to this many (about 1 kB "
                                           "each per process), to answer common pages and timelines without DuckDB; "
                                           "0: never."),
) -> None:
    """Serve the store over HTTP (API + dashboard at /)."""
    _serve(db, host, port, token, no_auth, max_body, cors, read_only, workers, memory_events)


def _serve(db: Path, host: str, port: int, token: str | None, no_auth: bool, max_body: int, cors: list[str] | None,
           read_only: bool = False, workers: int = 1, memory_events: int | None = None) -> None:
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
    if workers > 1 and not read_only:
        err.print(f"--workers {workers} needs --read-only: DuckDB allows one writer per store, so a server that "
                  "writes is one process", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2)
    if read_only:
        _serve_read_only(db, host, port, token, no_auth, max_body, cors, workers, memory_events)
        return
    write_token = token or secrets.token_urlsafe(18)
    read_auth = bool(token) and not no_auth
    info = _server_file(db)
    try:
        application = api.create_app(db, token=write_token, read_auth=read_auth, max_body=max_body, cors=cors,
                                     on_close=lambda: info.unlink(missing_ok=True))
    except StoreError as e:
        err.print(f"cannot serve {db}: {e}", highlight=False, markup=False, soft_wrap=True)
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
    import json
    import os

    info.write_text(json.dumps({"url": url, "pid": os.getpid()}))
    try:
        # keep idle connections longer than uvicorn's 5 s so a client pool under load is not cut mid-request
        uvicorn.run(application, host=host, port=port, log_level="warning", timeout_keep_alive=30)
    finally:
        info.unlink(missing_ok=True)


def _serve_read_only(db: Path, host: str, port: int, token: str | None, no_auth: bool, max_body: int,
                     cors: list[str] | None, workers: int, memory_events: int | None = None) -> None:
    """`serve --read-only [--workers N]`: no write token, no note beside the store (several read-only servers
    may share it; a writer is told by DuckDB who holds the file)."""
    import uvicorn

    from . import api
    from .store import StoreError
    from .store import open as open_store

    settings = api.ServeSettings(str(db), token=token, read_auth=bool(token) and not no_auth, max_body=max_body,
                                 cors=tuple(cors or ()), read_only=True, memory_events=memory_events)
    shown = f"[{host}]" if ":" in host else host

    def announce(bound: int) -> None:
        url = f"http://{shown}:{bound}/"
        if no_auth:
            err.print(f"WARNING: --no-auth: anyone who can reach {host}:{bound} can read this store", highlight=False)
        where = f"{url}#token=<your token>; API needs 'Authorization: Bearer <token>'" if settings.read_auth else url
        err.print(f"eventwire: dashboard at {where} (read-only, {workers} process{'es' if workers > 1 else ''})",
                  highlight=False)

    try:
        if workers == 1:
            application = settings.app()
        else:
            open_store(db, read_only=True).close()  # a busy or missing store: one line before any process starts
    except StoreError as e:
        err.print(f"cannot serve {db}: {e}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2) from None
    if workers == 1:
        announce(port)
        uvicorn.run(application, host=host, port=port, **api.UVICORN)
        return
    try:
        api.serve_readers(settings, host, port, workers, started=announce)
    except api.ServeError as e:
        err.print(f"cannot serve {db}: {e}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2) from None


@app.command()
def schema() -> None:
    """Print the JSON Schema of the article record."""
    from .model import json_schema

    sys.stdout.buffer.write(orjson.dumps(json_schema(), option=orjson.OPT_INDENT_2) + b"\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
