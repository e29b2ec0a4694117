"""The HTTP service over a store: events, articles, actors, timelines, networks, and the dashboard.

`eventwire serve --db corpus.duckdb` runs `create_app` under uvicorn. The server holds the
store's read-write connection (DuckDB allows one writer per file), so it is also where new
documents go: POST /ingest stores them, one write at a time, while reads go on in parallel
on per-thread cursors. This module knows HTTP only; every query is a method of
`eventwire.store.Store` (its "queries for the API" section).

`eventwire serve --read-only --workers N` is for a store nobody writes meanwhile (a dashboard
over a finished corpus): ``serve_readers`` starts N processes, each opening the store
read-only (DuckDB lets many processes read a file no process writes), so reads use every
core instead of the one a Python process gets; writes are refused.

Security by default: reads are open only on loopback unless a token is set; writes
(/extract, /ingest) always need the token; request bodies are size-limited; no endpoint
fetches a URL given by a client; CORS is off unless an origin is configured; errors are
one-line JSON, never a traceback.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hmac
import io
import json
import logging
import multiprocessing
import os
import re
import signal
import socket
import sys
import threading
import time
from collections import OrderedDict
import urllib.error
import urllib.parse
import urllib.request
from contextlib import asynccontextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Literal

import anyio
import anyio.to_thread
import orjson
from fastapi import Depends, FastAPI, HTTPException, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .model import Article

log = logging.getLogger(__name__)

DEFAULT_MAX_BODY = 10_000_000  # bytes; a batch of a few hundred articles
MAX_PAGE = 10_000
QUERY_THREADS = 4  # requests served at once (the rest queue); see create_app's lifespan
READ_ONLY = ("this server is read-only (eventwire serve --read-only): it stores and extracts nothing; "
             "send documents to a server started without --read-only")
WEB = Path(str(resources.files("eventwire") / "web"))
STATUSES = ("occurred", "intended", "negated", "hypothetical")
DEFAULT_FIELDS = ("uid", "article_id", "date", "date_precision", "source_name", "source_code", "target_name",
                  "target_code", "trigger_text", "cameo", "plover_type", "plover_mode", "quad_class", "goldstein",
                  "status", "confidence", "country", "admin1", "lat", "lon", "title", "instance_id")
# `evidence` (the sentence) is not among them: reading it for every candidate row is most of a page's
# cost; ask for it with fields=...,evidence or fields=all, or read one event at /events/{uid}
FILTER_PARAMS = {"since", "until", "country", "admin1", "bbox", "actor", "actor_role", "source", "target", "dyad",
                 "type", "mode", "cameo", "quad_class", "status", "min_confidence", "q", "article"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class BadRequest(HTTPException):
    def __init__(self, message: str):
        super().__init__(400, message)


class JSON(JSONResponse):
    """orjson: dates, datetimes and non-ASCII text as they are."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS, default=str)


# --------------------------------------------------------------------- request bodies

class Document(BaseModel):
    """A document to analyse: plain text as scraped, or an HTML page (never a URL to fetch)."""

    text: str | None = None
    html: str | None = None
    id: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000, description="recorded as the article's URL; never fetched")
    published: str | None = Field(None, max_length=100)
    title: str | None = None
    outlet: str | None = None

    @model_validator(mode="after")
    def _one_body(self) -> Document:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        return self


class IngestBody(BaseModel):
    """Documents to analyse and store, or records already extracted (`eventwire extract` output)."""

    documents: list[Document] = Field(default_factory=list)
    articles: list[dict[str, Any]] = Field(default_factory=list)
    force: bool = Field(False, description="replace articles already stored under the same id")


# --------------------------------------------------------------------- middleware

class BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413, whether announced or streamed."""

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            return await self._refuse(send)
        body, more = b"", True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.limit:
                return await self._refuse(send)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send) -> None:
        msg = orjson.dumps({"error": f"request body larger than {self.limit:,} bytes; send smaller batches"})
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(msg)).encode()),
                                *((k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items())]})
        await send({"type": "http.response.body", "body": msg})


class ResponseCache:
    """Recent GET answers, dropped whenever this server writes to the store.

    Why it is safe: the server is the store's only writer (DuckDB's rule), so the store changes
    only through POST /ingest here, which bumps ``generation``. An answer computed while a write
    was under way is stored under the generation it started in and never served after it. Code
    that writes to the store inside this process by other means must call ``clear()``; answers
    also expire after ``ttl`` seconds, which bounds how stale a forgotten ``clear()`` can make them.
    A read-only server keeps them (``ttl`` infinite): nothing can write the store while it is open."""

    PATHS = ("/events", "/articles/", "/actors", "/timeline", "/network", "/stats", "/countries")

    def __init__(self, entries: int = 1024, max_bytes: int = 2_000_000, ttl: float = 10.0,
                 on_clear: Callable[[], None] | None = None):
        self.entries, self.max_bytes, self.ttl, self.on_clear = entries, max_bytes, ttl, on_clear
        self.generation = 0
        self.hits = self.misses = 0
        self._data: OrderedDict = OrderedDict()

    def key(self, request: Request) -> tuple | None:
        if request.method != "GET" or not request.url.path.startswith(self.PATHS):
            return None
        query = tuple(sorted(request.query_params.multi_items()))
        return request.url.path, query, request.headers.get("authorization", "")

    def get(self, key: tuple):
        found = self._data.get(key)
        if found is None or found[0] != (self.generation, int(time.monotonic() // self.ttl)):
            self.misses += 1
            return None
        self._data.move_to_end(key)
        self.hits += 1
        return found[1:]

    def put(self, key: tuple, generation: int, status: int, headers: list, body: bytes) -> None:
        if status == 200 and len(body) <= self.max_bytes and generation == self.generation:
            self._data[key] = ((generation, int(time.monotonic() // self.ttl)), status, headers, body)
            self._data.move_to_end(key)
            while len(self._data) > self.entries:
                self._data.popitem(last=False)

    def clear(self) -> None:
        self.generation += 1
        self._data.clear()
        if self.on_clear:
            self.on_clear()


class Cached:
    """Serves repeated GETs from a ResponseCache and adds the security headers to every answer
    (plain ASGI: Starlette's @middleware("http") costs a task group per request)."""

    def __init__(self, app, cache: ResponseCache):
        self.app, self.cache = app, cache

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        key = self.cache.key(Request(scope))
        hit = self.cache.get(key) if key else None
        if hit is not None:
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        generation = self.cache.generation
        started: dict = {}
        chunks: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                    if k.lower().encode() not in names]
                started.update(message)
            elif message["type"] == "http.response.body" and key:
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    self.cache.put(key, generation, started.get("status", 0), started.get("headers", []),
                                   b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)


class FastReads:
    """GET /events and /timeline answered by their handlers without FastAPI's parameter machinery.

    Why: FastAPI resolves these endpoints' ~25 query parameters through pydantic on every request,
    about 1.5 ms on the event loop, the one thread every request passes through, where the answer
    itself costs 3 to 5. The common, well-formed requests are parsed here into the same arguments and
    answered by the same functions; anything else (an unknown or repeated parameter, a value this
    parser does not take as plainly valid, a missing token, an error while answering) goes on to the
    FastAPI route, which answers or refuses it as it always has. The parsers live with the parameters
    (``_fast_events``, ``_fast_timeline``)."""

    def __init__(self, app, token: str | None):
        self.app, self.token = app, token  # token: when reads need one
        self.routes: dict[str, tuple[Callable, Callable]] = {}  # path -> (parse, handler); empty: all to FastAPI
        self.answered = 0  # requests answered here, not by the FastAPI route

    @staticmethod
    def wrap(app, fast: FastReads) -> FastReads:
        """The middleware factory: ``fast`` is made before the routes that fill its table."""
        fast.app = app
        return fast

    async def __call__(self, scope, receive, send):
        route = self.routes.get(scope["path"]) if scope["type"] == "http" and scope["method"] == "GET" else None
        response = await self._answer(scope, *route) if route else None
        if response is None:
            return await self.app(scope, receive, send)
        await response(scope, receive, send)

    async def _answer(self, scope, parse: Callable, handler: Callable) -> Response | None:
        if self.token is not None:
            given = next((v for k, v in scope["headers"] if k == b"authorization"), b"").decode("latin-1")
            if not _bearer(given, self.token):
                return None
        params: dict[str, list[str]] = {}
        for k, v in urllib.parse.parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True):
            params.setdefault(k, []).append(v)
        args = parse(params)
        if args is None:
            return None
        try:
            response = await anyio.to_thread.run_sync(lambda: handler(*args))
        except Exception:  # noqa: BLE001 - the FastAPI route answers it again, with its error handling
            return None
        self.answered += 1
        return response


def _bearer(given: str, token: str) -> bool:
    scheme, _, value = given.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())


# --------------------------------------------------------------------- the app

def create_app(store_path: str | Path, token: str | None = None, *, read_auth: bool | None = None,
               max_body: int = DEFAULT_MAX_BODY, cors: list[str] | None = None,
               on_close: Callable[[], None] | None = None, read_only: bool = False,
               memory_events: int | None = None) -> FastAPI:
    """The service over the store at ``store_path``, opened read-write (this process is its writer).

    ``token``: the Bearer token. Writes need it always (without one they are disabled); reads
    need it too unless ``read_auth`` is False (default: reads need it whenever it is set).
    ``on_close`` runs when the server shuts down, after the store is closed.
    ``read_only``: open the store read-only (other processes may read it too, none may write it)
    and refuse /ingest and /extract with 403. The answer cache then never needs dropping: no
    process can change the file while this one holds it open, and the events are held in memory
    (up to ``memory_events``, ``store.MEMORY_EVENTS`` by default; 0: never) so that the common
    /events pages and timelines need no DuckDB statement (``Store.api_remember``).
    """
    from . import store as store_mod

    st = store_mod.open(str(store_path), read_only=read_only)
    held = "events not held in memory (memory_events=0)" if read_only and memory_events == 0 else None
    if read_only and memory_events != 0:
        try:
            held = st.api_remember(store_mod.MEMORY_EVENTS if memory_events is None else memory_events)
        except BaseException:
            st.close()
            raise
        log.info("%s", held)
    read_auth = bool(token) if read_auth is None else read_auth
    write_lock = threading.Lock()  # one writer: ingest requests take turns
    nlp_lock = threading.Lock()  # one spaCy pipeline, used by one request at a time

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # requests beyond this wait for a thread instead of all running at once: DuckDB queries on two
        # cores get more done a few at a time (measured: 35 -> 50 requests/s at 50 clients)
        anyio.to_thread.current_default_thread_limiter().total_tokens = QUERY_THREADS
        yield
        st.api_close_readers()
        st.close()
        if on_close:
            on_close()

    app = FastAPI(
        title="eventwire", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
        description="Events read from news articles — who did what to whom, when, where — with the words "
                    "they were read from. Dashboard at `/`, this reference at `/docs`, the schema at "
                    "`/openapi.json`.",
    )
    app.state.store = st
    fast = app.state.fast = FastReads(None, token if read_auth else None)
    app.add_middleware(FastReads.wrap, fast=fast)  # innermost: CORS and the cache wrap it as any route
    app.add_middleware(BodyLimit, limit=max_body)
    if cors:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])

    # read-only: no process can change the file while this one holds it open, so answers never go stale
    cache = ResponseCache(on_clear=st.api_changed, ttl=float("inf") if read_only else 10.0)
    app.state.cache = cache
    app.add_middleware(Cached, cache=cache)

    # ---- errors: one line of JSON, never a traceback
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return JSON({"error": str(exc.detail)}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return JSON({"error": _one_line(exc)}, status_code=400)

    @app.exception_handler(store_mod.StoreError)
    async def store_error(request: Request, exc: Exception):
        return JSON({"error": str(exc).splitlines()[0]}, status_code=503)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        log.exception("%s %s failed", request.method, request.url.path)
        return JSON({"error": f"internal error ({type(exc).__name__}); see the server log"}, status_code=500)

    # ---- auth
    def check(request: Request, write: bool) -> None:
        if write and read_only:
            raise HTTPException(403, READ_ONLY)
        if write and not token:
            raise HTTPException(403, "writes are disabled: start the server with --token")
        if not (write or read_auth):
            return
        if not _bearer(request.headers.get("authorization", ""), token):
            raise HTTPException(401, "missing or wrong token (send 'Authorization: Bearer TOKEN')",
                                headers={"WWW-Authenticate": "Bearer"})

    async def reader(request: Request) -> None:  # async: no trip to the thread pool for a header check
        check(request, write=False)

    async def writer(request: Request) -> None:
        check(request, write=True)

    read = [Depends(reader)]
    write = [Depends(writer)]

    # ---- the dashboard
    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(WEB / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs():
        """The API reference, read from /openapi.json by a page of our own (no CDN)."""
        return FileResponse(WEB / "docs.html", media_type="text/html")

    app.mount("/web", StaticFiles(directory=WEB), name="web")

    @app.get("/health", tags=["service"])
    def health() -> dict:
        """Liveness, the version, the body limit and whether reads and writes need a token."""
        return {"status": "ok", "version": __version__, "max_body": max_body, "writes": bool(token) and not read_only,
                "read_only": read_only, "read_auth": read_auth, "cache": {"hits": cache.hits, "misses": cache.misses},
                **({"memory": held} if held else {})}

    # ---- events
    @app.get("/events", tags=["events"], dependencies=read)
    def events(request: Request, f=Depends(event_filter),
               fields: str | None = Query(None, description="comma-separated; default: the common ones; "
                                                             "`all` for every field"),
               sort: str = Query("-date", description=f"a field, `-` for descending: {', '.join(_sorts())}"),
               cursor: str | None = Query(None, description="`next_cursor` of the previous page"),
               limit: int = Query(100, ge=1, le=MAX_PAGE),
               format: Literal["json", "csv", "geojson", "parquet"] = Query(
                   "json", description="json (with totals and next_cursor), csv, geojson (placed events) or "
                                       "parquet; the next cursor is also in the X-Next-Cursor header")):
        """Events matching the filters, one row per event mention, sorted, one page at a time."""
        _known(request, FILTER_PARAMS | {"fields", "sort", "cursor", "limit", "format"})
        return events_page(f, fields, sort, cursor, limit, format)

    def events_page(f, fields: str | None, sort: str, cursor: str | None, limit: int, format: str) -> Response:
        names = _fields(fields)
        if sort.lstrip("-") not in store_mod.EVENT_SORTS:
            raise BadRequest(f"sort: unknown field {sort.lstrip('-')!r}; choose one of {', '.join(_sorts())}")
        if format == "geojson":
            names += [n for n in ("lat", "lon") if n not in names]
        after = _decode_cursor(cursor, sort) if cursor else None
        page = st.api_events(f, names, sort=sort, after=after, limit=limit, arrow=format in ("csv", "parquet"),
                             count=format == "json")
        nxt = _encode_cursor(sort, page.next_after) if page.next_after else None
        extra = {"X-Next-Cursor": nxt} if nxt else {}
        if format == "csv":
            import pyarrow.csv as pacsv

            buf = io.BytesIO()
            pacsv.write_csv(page.rows, buf)
            return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=extra)
        if format == "parquet":
            import pyarrow.parquet as pq

            buf = io.BytesIO()
            pq.write_table(page.rows, buf)
            return Response(buf.getvalue(), media_type="application/vnd.apache.parquet",
                            headers={**extra, "Content-Disposition": 'attachment; filename="events.parquet"'})
        rows = page.rows
        if format == "geojson":
            feats = [{"type": "Feature", "id": r["uid"] if "uid" in r else None,
                      "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                      "properties": {k: v for k, v in r.items() if k not in ("lat", "lon")}}
                     for r in rows if r.get("lat") is not None and r.get("lon") is not None]
            return JSON({"type": "FeatureCollection", "features": feats, "next_cursor": nxt},
                        media_type="application/geo+json", headers=extra)
        counted = page.counted
        return JSON({"events": rows, "count": len(rows), "total": counted["events"],
                     "total_mentions": counted["mentions"], "fields": names, "next_cursor": nxt}, headers=extra)

    @app.get("/events/{uid}", tags=["events"], dependencies=read)
    def event(uid: str = PathParam(..., max_length=300)):
        """One event: its fields, every mention, its article, actors, place, counts, and why it got its code."""
        ev = st.api_event(uid)
        if ev is None:
            raise HTTPException(404, f"no event {uid!r}")
        text = (st.api_article(ev["article_id"]) or {}).get("text", "")
        ev["cameo_name"] = _cameo_name(ev["cameo"])
        ev["why"] = _why(ev, {a["id"]: a for a in _actors_with_mentions(st, ev["article_id"])}, text)
        return JSON(ev)

    # ---- articles
    @app.get("/articles/{article_id}", tags=["articles"], dependencies=read)
    def article(article_id: str = PathParam(..., max_length=300)):
        """An article's text and every span found in it: actors, events, places, dates, quotes, counts."""
        art = st.api_article(article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id!r}")
        for key in ("errors",):
            if isinstance(art.get(key), str):
                art[key] = orjson.loads(art[key])
        for group in ("actors", "locations"):
            for item in art[group]:
                item["mentions"] = _spans(item.get("mentions"))
        actors = {a["id"]: a for a in art["actors"]}
        for ev in art["events"]:
            ev["cameo_name"] = _cameo_name(ev["cameo"])
            ev["why"] = _why(ev, actors, art["text"] or "")
        return JSON(art)

    # ---- actors
    @app.get("/actors", tags=["actors"], dependencies=read)
    def actors(request: Request, q: str | None = Query(None, max_length=200, description="part of a name"),
               country: list[str] = Query([], description="ISO alpha-3"),
               code: list[str] = Query([], description="CAMEO actor code"),
               limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=1_000_000)):
        """Actors across the corpus, one row per name, with articles and events counted."""
        _known(request, {"q", "country", "code", "limit", "offset"})
        countries = _countries(country)
        codes = [c.upper() for c in _split(code)]
        for c in codes:
            if not re.fullmatch(r"[A-Z0-9]{1,30}", c):
                raise BadRequest(f"code: {c!r} is not a CAMEO actor code")
        return JSON({"actors": st.api_actors(q=q, country=countries, code=codes, limit=limit, offset=offset)})

    @app.get("/actors/{key:path}", tags=["actors"], dependencies=read)
    def actor(key: str):
        """One actor by its id (`ARTICLE:a1`), CAMEO code or name: names, codes, roles, partners, articles."""
        if not key or len(key) > 300:
            raise BadRequest("actor: give an id, a code or a name of at most 300 characters")
        found = st.api_actor(key)
        if found is None:
            raise HTTPException(404, f"no actor {key!r}")
        return JSON(found)

    # ---- aggregates
    @app.get("/timeline", tags=["aggregates"], dependencies=read)
    def timeline(request: Request, f=Depends(event_filter),
                 interval: Literal["auto", "day", "week", "month"] = "auto",
                 group: Literal["quad_class", "type", "country", "none"] = "quad_class",
                 metric: Literal["count", "goldstein"] = "count",
                 top: int = Query(20, ge=1, le=300, description="groups shown; the rest are summed as `other`")):
        """Events per day, week or month by QuadClass, PLOVER type or country; counts or Goldstein means.

        Counts are event instances once dedup has run (mentions before). Only events dated at least as
        precisely as the interval count (a year-only date is in no month). Every bucket in the range is
        listed, empty ones with 0 (count) or null (Goldstein)."""
        _known(request, FILTER_PARAMS | {"interval", "group", "metric", "top"})
        return timeline_series(f, interval, group, metric, top)

    def timeline_series(f, interval: str, group: str, metric: str, top: int) -> Response:
        if interval == "auto" and f.since and f.until and (f.until - f.since).days <= 92:
            interval = "day"  # the events' span lies within since..until: no need to read it
        if interval == "auto":
            lo, hi = st.api_date_span(f, "week")
            days = (hi - lo).days if lo and hi else 0
            interval = "day" if days <= 92 else "week" if days <= 3 * 366 else "month"
        data = st.api_timeline_series(f, interval, None if group == "none" else group, top=top,
                                      by_group=metric == "goldstein")

        def mean(gs: list, gn: list) -> list:
            return [round(s / n, 3) if n else None for s, n in zip(gs, gn)]

        series = [{"key": k, "values": ev if metric == "count" else mean(gs, gn)}
                  for k, (ev, gs, gn) in sorted(data.groups.items())]
        buckets, total, goldstein = data.buckets, data.total, mean(data.goldstein_sum, data.goldstein_n)
        return JSON({"interval": interval, "group": group, "metric": metric, "buckets": buckets,
                     "series": series, "total": total, "goldstein": goldstein})

    @app.get("/network", tags=["aggregates"], dependencies=read)
    def network(request: Request, f=Depends(event_filter), limit: int = Query(100, ge=1, le=1000)):
        """The actor graph: source → target edges weighted by the events between them (the heaviest ``limit``)."""
        _known(request, FILTER_PARAMS | {"limit"})
        return JSON(st.api_network(f, limit=limit))

    @app.get("/stats", tags=["aggregates"], dependencies=read)
    def stats(request: Request, f=Depends(event_filter)):
        """Corpus totals, and the matching events by status, QuadClass, type, country and actor."""
        _known(request, FILTER_PARAMS)
        return JSON(st.api_stats(f))

    @app.get("/countries", tags=["aggregates"], dependencies=read)
    def countries():
        """ISO 3166-1 countries (alpha-3, numeric, name): the map's boundaries are keyed by the numeric code."""
        import pycountry

        return JSON([{"alpha3": c.alpha_3, "numeric": c.numeric, "name": getattr(c, "common_name", c.name)}
                     for c in pycountry.countries])

    # ---- writes
    # extraction and writing run on threads of their own, so a long ingest never takes the readers' threads
    heavy = anyio.CapacityLimiter(2)

    @app.post("/extract", tags=["writes"], dependencies=write)
    async def extract(doc: Document):
        """Analyse one document and return its record; nothing is stored."""
        return await anyio.to_thread.run_sync(_extract, doc, limiter=heavy)

    def _extract(doc: Document) -> Response:
        from .ingest import RawDoc
        from .pipeline import _default

        raw = RawDoc(source="request", text=doc.text, html=doc.html, id=doc.id, url=doc.url,
                     published=doc.published, title=doc.title, outlet=doc.outlet)
        with nlp_lock:
            art = next(_default().pipe([raw]))
        return Response(art.to_json(), media_type="application/json")

    @app.post("/ingest", tags=["writes"], dependencies=write)
    async def ingest(body: IngestBody):
        """Store documents (analysed here) and/or records already extracted; one write at a time."""
        return await anyio.to_thread.run_sync(_ingest, body, limiter=heavy)

    def _ingest(body: IngestBody) -> Response:
        from .ingest import RawDoc

        if not body.documents and not body.articles:
            raise BadRequest("give documents (text or html) or articles (extracted records)")
        try:
            records = [Article.from_dict(a) for a in body.articles]
        except (TypeError, ValueError, KeyError) as e:
            raise BadRequest(f"articles: not an eventwire record ({str(e).splitlines()[0]})") from None
        if any(not a.id for a in records):
            raise BadRequest("articles: every record needs its id")
        if body.documents:
            from .pipeline import _default

            raws = [RawDoc(source=f"request#{i}", text=d.text, html=d.html, id=d.id, url=d.url,
                           published=d.published, title=d.title, outlet=d.outlet)
                    for i, d in enumerate(body.documents)]
            with nlp_lock:
                records += list(_default().pipe(raws))
        with write_lock:
            try:
                result = st.add(records, force=body.force)
            finally:
                cache.clear()
        out = dataclasses.asdict(result) if dataclasses.is_dataclass(result) else dict(result)
        return JSON({**out, "ids": [a.id for a in records],
                     "errors": [{"id": a.id, "errors": [dataclasses.asdict(e) for e in a.errors]}
                                for a in records if a.errors]})

    if token or not read_auth:
        fast.routes.update({"/events": (_fast_events, events_page), "/timeline": (_fast_timeline, timeline_series)})
    return app


# --------------------------------------------------------------------- several reader processes

UVICORN = {"log_level": "warning", "timeout_keep_alive": 30}  # idle connections outlive a client pool's pauses


@dataclasses.dataclass(frozen=True)
class ServeSettings:
    """What a server process needs to build its app, as plain values.

    Why a value: reader processes are spawned (fresh interpreters), so they receive it pickled as an
    argument; nothing passes through environment variables or module globals."""

    db: str
    token: str | None = None
    read_auth: bool | None = None
    max_body: int = DEFAULT_MAX_BODY
    cors: tuple[str, ...] = ()
    read_only: bool = False
    memory_events: int | None = None  # create_app's

    def app(self) -> FastAPI:
        return create_app(self.db, self.token, read_auth=self.read_auth, max_body=self.max_body,
                          cors=list(self.cors) or None, read_only=self.read_only, memory_events=self.memory_events)


class ServeError(Exception):
    """Why the reader processes could not start, in one line."""


def _listener(host: str, port: int) -> socket.socket:
    """A socket bound to host:port with SO_REUSEPORT: every reader process binds its own, and the kernel
    spreads new connections across them (with one shared socket, the process that wakes first takes
    a whole burst of connections, and with them the load of the keep-alive clients behind them)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


_BPF_SYSCALL = {"x86_64": 321, "aarch64": 280}  # bpf(2) by machine (Linux)
SO_ATTACH_REUSEPORT_EBPF = 52


def _bpf(cmd: int, attr: bytes) -> int:
    import ctypes
    import platform

    number = _BPF_SYSCALL.get(platform.machine())
    if number is None or not sys.platform.startswith("linux"):
        raise OSError(f"no bpf(2) on {sys.platform}/{platform.machine()}")
    libc = ctypes.CDLL(None, use_errno=True)
    buf = ctypes.create_string_buffer(attr, 128)
    fd = libc.syscall(number, cmd, buf, len(buf))
    if fd < 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
    return fd


def _round_robin(sock: socket.socket, workers: int) -> str | None:
    """Make the kernel hand new connections to the ``workers`` listening sockets of this address in turn,
    instead of by a hash of the client's address and port; None when done, else why not (the hash stays).

    Why: a keep-alive client's connections stay where they were accepted, and hashing 50 of them over two
    processes gave one of them 28 to 32 about half the time: its queue, and so the latency of the requests
    it answers, is that much longer. An eBPF program (SO_ATTACH_REUSEPORT_EBPF, Linux) counts connections
    in a one-slot array and returns the count modulo ``workers`` as the index of the socket to take each;
    an index past the sockets listening (a process restarting) falls back to the hash. Loading it needs
    CAP_BPF (root) where unprivileged eBPF is disabled, as most distributions ship."""
    import ctypes
    import struct

    def insn(code: int, dst: int = 0, src: int = 0, off: int = 0, imm: int = 0) -> bytes:
        return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)

    fds: list[int] = []
    try:
        fds.append(_bpf(0, struct.pack("<IIIII", 2, 4, 8, 1, 0)))  # BPF_MAP_CREATE: array, u32 -> u64, 1 slot
        prog = b"".join([
            insn(0x62, dst=10, off=-4, imm=0),  # *(u32 *)(r10 - 4) = 0: the slot's key
            insn(0x18, dst=1, src=1, imm=fds[0]), insn(0),  # r1 = the map
            insn(0xbf, dst=2, src=10), insn(0x07, dst=2, imm=-4),  # r2 = &key
            insn(0x85, imm=1),  # r0 = bpf_map_lookup_elem(r1, r2)
            insn(0x15, dst=0, off=5, imm=0),  # if r0 == NULL goto fallback
            insn(0xb7, dst=1, imm=1), insn(0xdb, dst=0, src=1),  # lock *(u64 *)r0 += 1
            insn(0x79, dst=0, src=0),  # r0 = *(u64 *)r0
            insn(0x97, dst=0, imm=workers),  # r0 %= workers
            insn(0x95),  # return r0: the index of the socket
            insn(0xb7, dst=0, imm=0), insn(0x95),  # fallback: return 0
        ])
        code, licence = ctypes.create_string_buffer(prog), ctypes.create_string_buffer(b"Dual MIT/GPL")
        fds.append(_bpf(5, struct.pack("<IIQQIIQII16s", 1, len(prog) // 8, ctypes.addressof(code),  # BPF_PROG_LOAD
                                       ctypes.addressof(licence), 0, 0, 0, 0, 0, b"eventwire_rr")))
        sock.setsockopt(socket.SOL_SOCKET, SO_ATTACH_REUSEPORT_EBPF, struct.pack("i", fds[1]))
        return None
    except OSError as e:
        return str(e)
    finally:
        for fd in fds:
            os.close(fd)


def _reader(settings: ServeSettings, host: str, port: int, pipe, workers: int = 1) -> None:
    """One reader process: opens the store read-only, listens, serves until SIGTERM/SIGINT or until its
    parent is gone (its end of ``pipe`` closes), so a killed parent leaves no orphans."""
    import uvicorn

    from .store import StoreError

    try:
        app = settings.app()
        pipe.send("opened")
        if pipe.recv() != "listen":  # every process has the store open: all start listening together
            sys.exit(0)
        sock = _listener(host, port)
        sock.listen(2048)
        if workers > 1:  # the group's program is the last one attached; each process attaches the same
            why = _round_robin(sock, workers)
            if why:
                log.info("connections spread by hash, not in turn (%s)", why)
    except (StoreError, OSError) as e:
        try:
            pipe.send(str(e).splitlines()[0] if str(e) else type(e).__name__)
        except OSError:
            pass
        sys.exit(2)
    except (EOFError, KeyboardInterrupt):  # the parent is gone, or Ctrl-C reached the whole group
        sys.exit(0)
    server = uvicorn.Server(uvicorn.Config(app, **UVICORN))

    def orphaned() -> None:
        try:
            pipe.recv()  # the parent sends nothing more: this returns (EOF) when it exits or dies
        except (EOFError, OSError):
            pass
        server.should_exit = True

    pipe.send("ready")
    threading.Thread(target=orphaned, daemon=True).start()
    server.run(sockets=[sock])


def serve_readers(settings: ServeSettings, host: str, port: int, workers: int,
                  started: Callable[[int], None] | None = None, timeout: float = 120.0) -> None:
    """Serve a read-only store from ``workers`` processes on one address, until SIGINT or SIGTERM.

    Each process opens the store read-only and listens on host:port with SO_REUSEPORT; this one
    keeps the address reserved (and picks the port when ``port`` is 0), calls ``started(port)``
    once every process is ready, restarts a process that dies, and stops them all on the way out.
    Raises ServeError (one line) when a process cannot open the store or the address."""
    if not settings.read_only:
        raise ServeError("several processes can serve a store only read-only (DuckDB allows one writer)")
    if not hasattr(socket, "SO_REUSEPORT"):
        raise ServeError("--workers needs SO_REUSEPORT (Linux); serve with one process instead")
    ctx = multiprocessing.get_context("spawn")  # fresh interpreters: no DuckDB or thread state forked
    try:
        reserved = _listener(host, port)
    except OSError as e:
        raise ServeError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    port = reserved.getsockname()[1]
    procs: list = []
    stop = threading.Event()

    def launch():
        ours, theirs = ctx.Pipe()
        proc = ctx.Process(target=_reader, args=(settings, host, port, theirs, workers), name="eventwire-reader",
                           daemon=False)
        proc.start()
        theirs.close()
        return proc, ours

    def hear(proc, pipe, expected: str) -> None:
        deadline = time.monotonic() + timeout
        while not pipe.poll(0.2):
            if stop.is_set():
                return
            if not proc.is_alive() or time.monotonic() > deadline:
                raise ServeError(f"a reader process did not start (exit code {proc.exitcode})")
        try:
            said = pipe.recv()
        except EOFError:
            said = f"a reader process did not start (exit code {proc.exitcode})"
        if said != expected:
            raise ServeError(said)

    def ready(group: list) -> None:
        """All open the store, then all listen: a client that connects as soon as one process answers
        would otherwise keep its connections on that one (they stay where they were accepted)."""
        for proc, pipe in group:
            hear(proc, pipe, "opened")
        for proc, pipe in group:
            if not stop.is_set():
                pipe.send("listen")
        for proc, pipe in group:
            hear(proc, pipe, "ready")

    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for _ in range(workers):
            procs.append(launch())
        ready(procs)
        if started and not stop.is_set():
            started(port)
        while not stop.wait(0.5):
            for i, (proc, pipe) in enumerate(procs):
                if not proc.is_alive():  # died (out of memory, killed): bring up another
                    log.warning("reader process %s exited with %s; starting another", proc.pid, proc.exitcode)
                    pipe.close()
                    procs[i] = launch()
                    ready(procs[i:i + 1])
    finally:
        for proc, _ in procs:
            if proc.is_alive():
                proc.terminate()
        for proc, pipe in procs:
            proc.join(30)
            if proc.is_alive():
                proc.kill()
                proc.join()
            pipe.close()
        reserved.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


# --------------------------------------------------------------------- parameters

async def event_filter(  # async: parsing parameters needs no thread
    since: date | None = Query(None, description="first event date, YYYY-MM-DD"),
    until: date | None = Query(None, description="last event date, YYYY-MM-DD"),
    country: list[str] = Query([], description="event place's country, ISO 3166-1 alpha-3; repeat or comma-separate"),
    admin1: list[str] = Query([], description="first-level region name"),
    bbox: str | None = Query(None, description="min_lon,min_lat,max_lon,max_lat"),
    actor: list[str] = Query([], description="an actor's id (ARTICLE:a1), CAMEO code or name"),
    actor_role: Literal["source", "target", "either"] = Query("either", description="where `actor` must be"),
    source: list[str] = Query([], description="source actor: id, code or name"),
    target: list[str] = Query([], description="target actor: id, code or name"),
    dyad: str | None = Query(None, description="A,B: events between A and B, in either direction", max_length=600),
    type: list[str] = Query([], description="PLOVER type (ASSAULT, CONSULT, ...)"),
    mode: list[str] = Query([], description="PLOVER mode"),
    cameo: list[str] = Query([], description="CAMEO code or root (a prefix: 19 is every code under 19)"),
    quad_class: list[str] = Query([], description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict"),
    status: list[str] = Query([], description=", ".join(STATUSES)),
    min_confidence: float | None = Query(None, ge=0, le=1),
    q: str | None = Query(None, max_length=200, description="words in the evidence sentence, trigger or actor names"),
    article: list[str] = Query([], description="article id"),
):
    """The filter parameters shared by /events, /timeline, /network and /stats."""
    return _make_filter(since=since, until=until, country=country, admin1=admin1, bbox=bbox, actor=actor,
                        actor_role=actor_role, source=source, target=target, dyad=dyad, type=type, mode=mode,
                        cameo=cameo, quad_class=quad_class, status=status, min_confidence=min_confidence, q=q,
                        article=article)


def _make_filter(since: date | None = None, until: date | None = None, country: list[str] = (),
                 admin1: list[str] = (), bbox: str | None = None, actor: list[str] = (), actor_role: str = "either",
                 source: list[str] = (), target: list[str] = (), dyad: str | None = None, type: list[str] = (),
                 mode: list[str] = (), cameo: list[str] = (), quad_class: list[str] = (), status: list[str] = (),
                 min_confidence: float | None = None, q: str | None = None, article: list[str] = ()):
    """An EventFilter from parameters of the right types, or BadRequest saying which one is wrong."""
    from .store import EventFilter

    for name, values in (("actor", actor), ("source", source), ("target", target), ("article", article)):
        if any(len(v) > 300 for v in values):
            raise BadRequest(f"{name}: at most 300 characters")
    if since and until and since > until:
        raise BadRequest(f"since ({since}) is after until ({until})")
    box = None
    if bbox:
        try:
            box = tuple(float(x) for x in bbox.split(","))
        except ValueError:
            box = ()
        if len(box) != 4 or not (-180 <= box[0] <= box[2] <= 180 and -90 <= box[1] <= box[3] <= 90):
            raise BadRequest("bbox: give min_lon,min_lat,max_lon,max_lat in degrees")
    pair = None
    if dyad:
        parts = [p.strip() for p in dyad.split(",")]
        if len(parts) != 2 or not all(parts):
            raise BadRequest("dyad: give two actors separated by a comma (A,B)")
        pair = (parts[0], parts[1])
    types = [t.upper() for t in _split(type)]
    known = _plover_types()
    for t in types:
        if t not in known:
            raise BadRequest(f"type: {t!r} is not a PLOVER type; choose one of {', '.join(sorted(known))}")
    codes = _split(cameo)
    for c in codes:
        if not re.fullmatch(r"\d{2,4}", c):
            raise BadRequest(f"cameo: {c!r} is not a CAMEO code or root (2 to 4 digits)")
    quads = []
    for qc in _split(quad_class):
        if qc not in ("1", "2", "3", "4"):
            raise BadRequest(f"quad_class: {qc!r} is not 1, 2, 3 or 4")
        quads.append(int(qc))
    statuses = [s.lower() for s in _split(status)]
    for s in statuses:
        if s not in STATUSES:
            raise BadRequest(f"status: {s!r} is not one of {', '.join(STATUSES)}")
    modes = _split(mode)
    for m in modes:
        if not re.fullmatch(r"[\w -]{1,40}", m):
            raise BadRequest(f"mode: {m!r} is not a PLOVER mode")
    return EventFilter(since=since, until=until, country=_countries(country), admin1=_split(admin1), bbox=box,
                       actor=[a.strip() for a in actor if a.strip()], actor_role=actor_role,
                       source=[a.strip() for a in source if a.strip()],
                       target=[a.strip() for a in target if a.strip()], dyad=pair, type=types, mode=modes,
                       cameo=codes, quad_class=quads, status=statuses, min_confidence=min_confidence,
                       q=q.strip() if q and q.strip() else None, article=[a for a in article if a])


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COUNT = re.compile(r"[1-9]\d{0,5}")
_FRACTION = re.compile(r"[01](\.\d{1,12})?")
_SCALARS = {"since", "until", "bbox", "actor_role", "dyad", "min_confidence", "q",  # one value each
            "fields", "sort", "cursor", "limit", "format", "interval", "group", "metric", "top"}


def _fast_filter(params: dict[str, list[str]], allowed: set[str]):
    """``event_filter`` of plainly valid parameters, or None for FastAPI to parse (see FastReads)."""
    if not params.keys() <= allowed or any(len(params[k]) > 1 for k in params.keys() & _SCALARS):
        return None
    one = {k: v[0] for k, v in params.items() if k in _SCALARS}
    kw: dict[str, Any] = {k: v for k, v in params.items() if k in FILTER_PARAMS and k not in _SCALARS}
    for name in ("since", "until"):
        if name in one:
            if not _DATE.fullmatch(one[name]):
                return None
            try:
                kw[name] = date.fromisoformat(one[name])
            except ValueError:
                return None
    if "min_confidence" in one:
        if not _FRACTION.fullmatch(one["min_confidence"]) or float(one["min_confidence"]) > 1:
            return None
        kw["min_confidence"] = float(one["min_confidence"])
    if one.get("actor_role", "either") not in ("source", "target", "either"):
        return None
    if len(one.get("q", "")) > 200 or len(one.get("dyad", "")) > 600:
        return None
    kw.update({k: one[k] for k in ("bbox", "actor_role", "dyad", "q") if k in one})
    try:
        return _make_filter(**kw)
    except HTTPException:
        return None


def _fast_events(params: dict[str, list[str]]) -> tuple | None:
    """The arguments of /events' handler, or None for the FastAPI route to parse (see FastReads)."""
    f = _fast_filter(params, FILTER_PARAMS | {"fields", "sort", "cursor", "limit", "format"})
    limit = params.get("limit", ["100"])[0]
    fmt = params.get("format", ["json"])[0]
    if f is None or not _COUNT.fullmatch(limit) or int(limit) > MAX_PAGE or fmt not in ("json", "csv", "geojson",
                                                                                       "parquet"):
        return None
    return (f, params.get("fields", [None])[0], params.get("sort", ["-date"])[0], params.get("cursor", [None])[0],
            int(limit), fmt)


def _fast_timeline(params: dict[str, list[str]]) -> tuple | None:
    """The arguments of /timeline's handler, or None for the FastAPI route to parse (see FastReads)."""
    f = _fast_filter(params, FILTER_PARAMS | {"interval", "group", "metric", "top"})
    interval, group, metric, top = (params.get(k, [d])[0] for k, d in (
        ("interval", "auto"), ("group", "quad_class"), ("metric", "count"), ("top", "20")))
    if (f is None or interval not in ("auto", "day", "week", "month") or metric not in ("count", "goldstein")
            or group not in ("quad_class", "type", "country", "none") or not _COUNT.fullmatch(top) or int(top) > 300):
        return None
    return f, interval, group, metric, int(top)


def _split(values: Iterable[str]) -> list[str]:
    """Repeated and comma-separated values, blanks dropped."""
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def _countries(values: Iterable[str]) -> list[str]:
    out = [c.upper() for c in _split(values)]
    for c in out:
        if not re.fullmatch(r"[A-Z]{3}", c):
            raise BadRequest(f"country: {c!r} is not an ISO 3166-1 alpha-3 code (e.g. FRA)")
    return out


def _known(request: Request, allowed: set[str]) -> None:
    """A misspelt parameter is an error, not a silently wider query."""
    for name in request.query_params.keys():
        if name not in allowed:
            raise BadRequest(f"unknown parameter {name!r}; known: {', '.join(sorted(allowed))}")


def _fields(fields: str | None) -> list[str]:
    from .store import EVENT_FIELDS

    if not fields:
        return list(DEFAULT_FIELDS)
    if fields.strip() == "all":
        return list(EVENT_FIELDS)
    names = list(dict.fromkeys(p.strip() for p in fields.split(",") if p.strip()))
    for n in names:
        if n not in EVENT_FIELDS:
            raise BadRequest(f"fields: unknown field {n!r}; known: {', '.join(EVENT_FIELDS)}")
    return names or list(DEFAULT_FIELDS)


def _sorts() -> tuple[str, ...]:
    from .store import EVENT_SORTS

    return EVENT_SORTS


def _encode_cursor(sort: str, after: tuple) -> str:
    return base64.urlsafe_b64encode(orjson.dumps({"sort": sort, "after": list(after)})).decode().rstrip("=")


def _decode_cursor(cursor: str, sort: str) -> tuple:
    try:
        data = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        is_null, value, uid = data["after"]
        ok = data["sort"] == sort and isinstance(is_null, bool) and isinstance(uid, str)
        ok = ok and (value is None or isinstance(value, (str, int, float)))
    except (binascii.Error, ValueError, KeyError, TypeError, orjson.JSONDecodeError):
        ok = False
    if not ok:
        raise BadRequest("cursor: not a next_cursor of this query (the sort must stay the same)")
    return bool(is_null), value, uid


def _one_line(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts).replace("\n", " ")


# --------------------------------------------------------------------- record helpers

_PLOVER: set[str] = set()
_CAMEO: dict[str, str] = {}


def _plover_types() -> set[str]:
    if not _PLOVER:
        from .events import plover_map

        _PLOVER.update(t for t, _ in plover_map().values() if t)
    return _PLOVER


def _cameo_name(code: str | None) -> str | None:
    if not _CAMEO:
        from .events import cameo_codes

        _CAMEO.update({k: v[0] for k, v in cameo_codes().items()})
    return _CAMEO.get(code or "")


def _spans(value: Any) -> list[list[int]]:
    if isinstance(value, str):
        value = orjson.loads(value)
    return [list(v) for v in value or []]


def _actors_with_mentions(st, article_id: str) -> list[dict]:
    art = st.api_article(article_id) or {"actors": []}
    for a in art["actors"]:
        a["mentions"] = _spans(a.get("mentions"))
    return art["actors"]


def _why(ev: dict, actors: dict[str, dict], text: str) -> dict:
    """Why the event got its code: the trigger, the code's name, the PLOVER type, and the words that
    name its source and target (their mentions nearest the trigger)."""

    def words(actor_id: str | None) -> dict | None:
        actor = actors.get(actor_id or "")
        if not actor:
            return None
        spans = actor.get("mentions") or []
        at = ev.get("trigger_start") or 0
        best = min(spans, key=lambda s: abs(s[0] - at), default=None)
        return {"id": actor_id, "name": actor.get("name"), "code": actor.get("code"),
                "text": text[best[0]:best[1]] if best and ev.get("trigger_field", "text") == "text" else None,
                "start": best[0] if best else None, "end": best[1] if best else None}

    return {"trigger": ev.get("trigger_text"), "cameo": ev.get("cameo"), "cameo_name": _cameo_name(ev.get("cameo")),
            "quad_class": ev.get("quad_class"), "goldstein": ev.get("goldstein"),
            "plover_type": ev.get("plover_type"), "plover_mode": ev.get("plover_mode"),
            "status": ev.get("status"), "source": words(ev.get("source_id")), "target": words(ev.get("target_id")),
            "evidence": ev.get("evidence"), "date_text": ev.get("date_text")}


# --------------------------------------------------------------------- client side of `ingest --server`

class ServerError(Exception):
    """A one-line reason why a server refused or could not be reached."""


def _call(url: str, token: str | None, body: bytes | None = None, timeout: float = 600) -> dict:
    req = urllib.request.Request(url, data=body, method="POST" if body is not None else "GET",
                                 headers={"Content-Type": "application/json",
                                          **({"Authorization": f"Bearer {token}"} if token else {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return json.loads(resp.read())
    except urllib.error.HTTPError as e:
        try:
            reason = json.loads(e.read()).get("error", e.reason)
        except ValueError:
            reason = e.reason
        raise ServerError(f"{url}: {e.code} {reason}") from None
    except (urllib.error.URLError, OSError) as e:
        raise ServerError(f"{url}: cannot reach the server ({getattr(e, 'reason', e)})") from None


def send(server: str, token: str | None, articles: Iterable[Article], force: bool = False) -> dict:
    """Store extracted records through a running `eventwire serve` (which holds the store's writer),
    in batches under the server's body limit. Returns the summed counts of the server's answers."""
    base = server.rstrip("/")
    limit = int(_call(f"{base}/health", token).get("max_body", DEFAULT_MAX_BODY) * 0.9)
    totals: dict[str, int] = {}
    batch: list[bytes] = []
    size = 0

    def flush() -> None:
        nonlocal batch, size
        if batch:
            payload = b'{"force": %s, "articles": [' % (b"true" if force else b"false") + b",".join(batch) + b"]}"
            answer = _call(f"{base}/ingest", token, payload)
            for k, v in answer.items():
                if isinstance(v, int) and not isinstance(v, bool):
                    totals[k] = totals.get(k, 0) + v
            batch, size = [], 0

    for art in articles:
        raw = art.to_json()
        if len(raw) + 100 > limit:
            raise ServerError(f"article {art.id} is larger than the server's body limit ({limit:,} bytes)")
        if size + len(raw) + 100 > limit:
            flush()
        batch.append(raw)
        size += len(raw) + 1
    flush()
    return totals
