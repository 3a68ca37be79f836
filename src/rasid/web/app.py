"""The analyst web app: server-side Jinja2 pages and a JSON API over the same view functions.

Security model: everything in the database is hostile (titles, text, URLs, attributes).
Templates autoescape and never mark user data safe; links are emitted only for http(s) URLs;
a strict Content-Security-Policy forbids inline script; the app is read-only unless started
with ``allow_write`` and a bearer token; errors under ``/api`` share one JSON shape.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import os
import re
import threading
import time
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasid import __version__
from rasid.errors import NotFoundError, RasidError
from rasid.store.filters import DocumentFilters
from rasid.web import charts, places, views

WEB_DIR = Path(str(resources.files("rasid.web")))
UI_LANGUAGES = ("en", "ar")
LANG_COOKIE = "rasid_lang"

#: The Content-Security-Policy on every response: only our own scripts, styles and images.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
]

#: A date filter: YYYY, YYYY-MM or YYYY-MM-DD.
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
#: Seconds the corpus overview and the pages built from aggregates are reused between requests.
CACHE_SECONDS = 15.0
#: Characters of rendered HTML pages a worker keeps (about 100 pages of the biggest kind).
PAGE_CACHE_BYTES = 24_000_000


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware) adding the headers to every response."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


#: Host names a loopback-bound server answers to (anything else is a DNS-rebinding attempt).
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


class HostCheck:
    """Refuse requests whose Host header is not allowed (DNS rebinding against a localhost server)."""

    def __init__(self, app: Any, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = {h.lower() for h in allowed}

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] == "http":
            host = ""
            for name, value in scope.get("headers", []):
                if name == b"host":
                    host = value.decode("latin-1").lower()
                    break
            hostname = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if hostname not in self.allowed:
                body = json.dumps(
                    {
                        "error": {
                            "status": 400,
                            "code": "bad_host",
                            "message": "this server only answers to its own host name",
                        }
                    }
                ).encode()
                headers = [(b"content-type", b"application/json"), *SECURITY_HEADERS]
                await send({"type": "http.response.start", "status": 400, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


class WebContext:
    """One thread's view of the database plus small caches shared by all threads."""

    def __init__(self, store: Any, shared: SharedCache) -> None:
        self.store = store
        self._shared = shared

    def overview(self) -> dict[str, Any]:
        return self._shared.get("overview", self.store.corpus_overview)


class SharedCache:
    """Values computed from the database, reused by every thread of a worker for ``ttl`` seconds.

    The corpus overview, the data of pages built from aggregates (an entity, a story, an outlet,
    the map, the lists) and rendered pages are the same for every visitor: under load each is
    computed once per ``ttl`` instead of once per request, and by one thread while the others wait
    for it (no stampede when it expires). Values weigh ``weight(value)`` (1 by default); the oldest
    go first once the total passes ``capacity``. A write through the API clears it.
    """

    def __init__(self, ttl: float, capacity: int = 512) -> None:
        self.ttl = ttl
        self.capacity = capacity
        self._values: dict[Any, tuple[float, Any, int]] = {}
        self._weight = 0
        self._lock = threading.Lock()
        self._computing: dict[Any, threading.Lock] = {}

    def _fresh(self, key: Any) -> tuple[bool, Any]:
        with self._lock:
            hit = self._values.get(key)
        if hit and time.monotonic() - hit[0] < self.ttl:
            return True, hit[1]
        return False, None

    def get(self, key: Any, compute: Callable[[], Any], weight: Callable[[Any], int] | None = None) -> Any:
        found, value = self._fresh(key)
        if found:
            return value
        with self._lock:
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:
            found, value = self._fresh(key)  # another thread may have computed it meanwhile
            if found:
                return value
            value = compute()
            cost = weight(value) if weight else 1
            with self._lock:
                old = self._values.pop(key, None)
                self._weight -= old[2] if old else 0
                while self._values and self._weight + cost > self.capacity:  # insertion order: oldest first
                    oldest = next(iter(self._values))
                    self._weight -= self._values.pop(oldest)[2]
                    self._computing.pop(oldest, None)
                self._values[key] = (time.monotonic(), value, cost)
                self._weight += cost
        return value

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._weight = 0


@lru_cache(maxsize=1)
def load_labels() -> dict[str, dict[str, str]]:
    return json.loads((WEB_DIR / "i18n.json").read_text(encoding="utf-8"))


def make_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(WEB_DIR / "templates")),
        autoescape=select_autoescape(enabled_extensions=("html", "svg", "xml"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["language_colour"] = charts.language_colour
    env.globals["version"] = __version__
    env.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False)
    env.filters["reader_annotations"] = reader_annotations
    # Arabic as itself, not \uXXXX (three times the bytes); <, >, & and ' are still escaped
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env


#: What the reader's script shows of an annotation's attrs (static/app.js, ``show``).
READER_ATTRS = ("canonical", "speaker_canonical_name", "speaker_canonical", "speaker", "value", "precision",
                "kb_id", "outlet", "origin")  # fmt: skip


def reader_annotations(annotations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The annotations as the article page embeds them: only what its script reads, texts cut at 240
    characters, so a long article with hundreds of facts stays a small page (the JSON API has all)."""
    return [
        {
            "id": a["id"],
            "layer": a["layer"],
            "label": a["label"],
            "start": a["start"],
            "end": a["end"],
            "text": a["text"][:240],
            "attrs": {k: a["attrs"][k] for k in READER_ATTRS if a["attrs"].get(k) not in (None, "")},
            **({"entity_key": a["entity_key"]} if a.get("entity_key") else {}),
        }
        for a in annotations
    ]


def create_app(
    db_path: str | Path = "rasid.db",
    *,
    allow_write: bool = False,
    token: str | None = None,
    warm_up: bool = True,
    allowed_hosts: tuple[str, ...] | None = None,
    cache_seconds: float | None = None,
) -> FastAPI:
    """The web app over the database at ``db_path``. Writes need ``allow_write`` and ``token``.

    ``cache_seconds`` (default ``$RASID_WEB_CACHE_SECONDS``, else :data:`CACHE_SECONDS`) is how
    long pages and aggregates are reused; 0 computes every request afresh.
    """
    from rasid.store import open_store

    if allow_write and not token:
        raise RasidError(
            "--allow-write needs --token: writes are only accepted with a bearer token", code="W001"
        )
    db_path = str(db_path)
    local = threading.local()
    if cache_seconds is None:
        cache_seconds = float(os.environ.get(ENV_CACHE_SECONDS) or CACHE_SECONDS)
    overview = SharedCache(CACHE_SECONDS)  # the corpus counts every search page shows
    shared = SharedCache(cache_seconds)
    pages = SharedCache(cache_seconds, capacity=PAGE_CACHE_BYTES)
    env = make_environment()
    labels = load_labels()

    def context() -> WebContext:
        ctx = getattr(local, "ctx", None)
        if ctx is None:
            ctx = WebContext(open_store(db_path), overview)
            local.ctx = ctx
        return ctx

    app = FastAPI(
        title="Rasid API",
        version=__version__,
        description="Read-only JSON API of the Rasid analyst web app. Every HTML page has a JSON twin under /api.",
        docs_url=None,  # the bundled Swagger/ReDoc pages load from a CDN: not offline, not CSP-safe
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    warmed = threading.Event()
    if warm_up:
        threading.Thread(target=_warm_up, args=(warmed,), name="rasid-warm-up", daemon=True).start()
    else:
        warmed.set()
    app.add_middleware(SecurityHeaders)
    if allowed_hosts:
        app.add_middleware(HostCheck, allowed=tuple(allowed_hosts))
    app.state.allow_write = allow_write
    app.state.db_path = db_path
    app.mount("/static", StaticFiles(directory=str(WEB_DIR / "static")), name="static")

    def cached(name: str, view: Callable[..., dict[str, Any]], *args: Any, **kwargs: Any) -> dict[str, Any]:
        """``view(context(), *args, **kwargs)``, shared for CACHE_SECONDS (an unknown id raises, uncached)."""
        key = (name, args, tuple(sorted(kwargs.items())))
        return shared.get(key, lambda: view(context(), *args, **kwargs))

    # --- rendering ------------------------------------------------------------------------------

    def ui_language(request: Request) -> str:
        wanted = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "en"
        return wanted if wanted in UI_LANGUAGES else "en"

    def render_html(request: Request, template: str, data: dict[str, Any], lang: str) -> str:
        table = labels[lang]

        def t(key: str) -> str:
            return table.get(key) or labels["en"].get(key) or key

        def lname(code: str | None) -> str:
            key = f"lang_{code or '?'}"
            return table.get(key) or labels["en"].get(key) or (code or "?")

        other = "en" if lang == "ar" else "ar"
        params = dict(request.query_params)
        params["lang"] = other
        return env.get_template(template).render(
            data=data,
            t=t,
            lname=lname,
            ui_lang=lang,
            ui_dir="rtl" if lang == "ar" else "ltr",
            switch_params=params,
            path=request.url.path,
            query_params=dict(request.query_params),
            allow_write=allow_write,
        )

    def respond(request: Request, html: str, lang: str, status: int = 200) -> HTMLResponse:
        response = HTMLResponse(html, status_code=status)
        if request.query_params.get("lang") in UI_LANGUAGES:
            response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", httponly=True)
        return response

    def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
        lang = ui_language(request)
        return respond(request, render_html(request, template, data, lang), lang, status)

    def cached_page(request: Request, template: str, build: Callable[[], dict[str, Any]]) -> HTMLResponse:
        """An HTML page, rendered once per CACHE_SECONDS for its URL and UI language (an unknown id
        raises from ``build`` and is not kept)."""
        lang = ui_language(request)
        key = ("page", template, lang, request.url.path, tuple(sorted(request.query_params.multi_items())))
        html = pages.get(key, lambda: render_html(request, template, build(), lang), weight=len)
        return respond(request, html, lang)

    def is_api(request: Request) -> bool:
        path = request.url.path
        return path.startswith("/api") or path == "/openapi.json"

    def error_response(request: Request, status: int, code: str, message: str) -> Response:
        if is_api(request):
            return JSONResponse(
                {"error": {"status": status, "code": code, "message": message}}, status_code=status
            )
        return render(
            request,
            "error.html",
            {"page": "error", "status": status, "code": code, "message": message},
            status,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = {
            400: "bad_request",
            401: "unauthorized",
            403: "forbidden",
            404: "not_found",
            405: "method_not_allowed",
        }
        return error_response(
            request, exc.status_code, code.get(exc.status_code, "http_error"), str(exc.detail)
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
            for e in exc.errors()
        )
        return error_response(request, 400, "invalid_parameter", problems or "invalid request")

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return error_response(request, 404, "not_found", str(exc.args[0] if exc.args else exc))

    @app.exception_handler(RasidError)
    async def rasid_error(request: Request, exc: RasidError) -> Response:
        return error_response(request, 400, exc.code, str(exc.args[0] if exc.args else exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        return error_response(request, 500, "internal_error", "internal error: see the server log")

    # --- pages and their JSON twins ---------------------------------------------------------------

    def search_data(q: str, filters: DocumentFilters, limit: int, offset: int) -> dict[str, Any]:
        return cached("search", views.search_view, q=q, filters=filters, limit=limit, offset=offset)

    SearchQ = Query(
        "", max_length=500, description="Search words (Arabic-aware: clitics, diacritics, letter variants)"
    )
    LangQ = Query(None, max_length=8, pattern=r"^[a-z]{0,3}$", description="ISO 639-1 language code")
    OutletQ = Query(None, max_length=200)
    SinceQ = Query(None, pattern=r"^$|" + DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")
    UntilQ = Query(None, pattern=r"^$|" + DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")
    EntityQ = Query(None, max_length=300, description="Entity key: KB id or canonical name")
    StoryQ = Query(None, max_length=100)
    PageQ = Query(1, ge=1, le=views.MAX_PAGE, description="Page number, from 1")

    def filter_params(
        language: str | None = LangQ, outlet: str | None = OutletQ, since: str | None = SinceQ,
        until: str | None = UntilQ, entity: str | None = EntityQ, story: str | None = StoryQ,
    ) -> DocumentFilters:  # fmt: skip
        return DocumentFilters(language, outlet, since, until, entity, story)

    FiltersQ = Depends(filter_params)

    def limit_query(default: int, most: int = views.MAX_PAGE_SIZE) -> Any:
        return Query(default, ge=1, le=most, description=f"Items per page (at most {most})")

    @app.get("/", include_in_schema=False)
    def home(request: Request) -> Response:
        params = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/search{params}", status_code=302)

    @app.get("/search", include_in_schema=False)
    def search_page(
        request: Request, q: str = SearchQ, filters: DocumentFilters = FiltersQ,
        limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0, le=100000),
    ) -> Response:  # fmt: skip
        return cached_page(request, "search.html", lambda: search_data(q, filters, limit, offset))

    @app.get("/api/search", summary="Search articles")
    def search_api(
        q: str = SearchQ, filters: DocumentFilters = FiltersQ,
        limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0, le=100000),
    ) -> dict[str, Any]:  # fmt: skip
        data = search_data(q, filters, limit, offset)
        return {
            **data,
            "results": [{k: v for k, v in r.items() if k != "snippet_pieces"} for r in data["results"]],
        }

    def download_rows(q: str, filters: DocumentFilters, limit: int) -> list[dict[str, Any]]:
        data = search_data(q, filters, limit, 0)
        return [{k: r.get(k) for k in views.RESULT_FIELDS} for r in data["results"]]

    @app.get("/api/search.csv", summary="Download search results as CSV", response_class=Response)
    def search_csv(
        q: str = SearchQ, filters: DocumentFilters = FiltersQ, limit: int = Query(100, ge=1, le=1000),
    ) -> Response:  # fmt: skip
        rows = download_rows(q, filters, limit)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(views.RESULT_FIELDS))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_cell(v) for k, v in row.items()})
        return Response(
            "\ufeff" + buffer.getvalue(),  # BOM: spreadsheets then read the Arabic as UTF-8
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="rasid-search.csv"'},
        )

    @app.get("/api/search.jsonl", summary="Download search results as JSON Lines", response_class=Response)
    def search_jsonl(
        q: str = SearchQ, filters: DocumentFilters = FiltersQ, limit: int = Query(100, ge=1, le=1000),
    ) -> Response:  # fmt: skip
        rows = download_rows(q, filters, limit)
        body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        return StreamingResponse(
            iter([body]),
            media_type="application/x-ndjson; charset=utf-8",
            headers={"content-disposition": 'attachment; filename="rasid-search.jsonl"'},
        )

    @app.get("/doc/{doc_id}", include_in_schema=False)
    def article_page(request: Request, doc_id: str) -> Response:
        return cached_page(request, "article.html", lambda: cached("article", views.article_view, doc_id))

    @app.get("/api/doc/{doc_id}", summary="One article with its annotations and reader segments")
    def article_api(doc_id: str) -> dict[str, Any]:
        data = cached("article", views.article_view, doc_id)
        # what only the page uses is left out: facts repeat the annotations by layer, a segment's
        # tip repeats its annotations' summaries, its starts place the page's anchors
        page_only = ("tip", "starts")
        segments = [{k: v for k, v in seg.items() if k not in page_only} for seg in data["segments"]]
        return {**{k: v for k, v in data.items() if k != "facts"}, "segments": segments}

    @app.get("/entity/{key:path}", include_in_schema=False)
    def entity_page(request: Request, key: str, page: int = PageQ, limit: int = limit_query(50)) -> Response:
        return cached_page(
            request, "entity.html", lambda: cached("entity", views.entity_view, key, page=page, limit=limit)
        )

    @app.get(
        "/api/entity/{key:path}",
        summary="An entity: aliases, mentions over time, quotes, co-mentions, stories",
    )
    def entity_api(key: str, page: int = PageQ, limit: int = limit_query(50)) -> dict[str, Any]:
        return cached("entity", views.entity_view, key, page=page, limit=limit)

    @app.get("/stories", include_in_schema=False)
    def stories_page(request: Request, page: int = PageQ, limit: int = limit_query(50)) -> Response:
        return cached_page(
            request, "stories.html", lambda: cached("stories", views.stories_view, page=page, limit=limit)
        )

    @app.get("/api/stories", summary="Stories, the biggest first, one page at a time")
    def stories_api(page: int = PageQ, limit: int = limit_query(50)) -> dict[str, Any]:
        return cached("stories", views.stories_view, page=page, limit=limit)

    @app.get("/story/{story_id}", include_in_schema=False)
    def story_page(
        request: Request, story_id: str, page: int = PageQ, limit: int = limit_query(50)
    ) -> Response:
        return cached_page(
            request, "story.html", lambda: cached("story", views.story_view, story_id, page=page, limit=limit)
        )

    @app.get("/api/story/{story_id}", summary="A story: one page of members, their provenance, the timeline")
    def story_api(story_id: str, page: int = PageQ, limit: int = limit_query(50)) -> dict[str, Any]:
        return cached("story", views.story_view, story_id, page=page, limit=limit)

    @app.get("/outlets", include_in_schema=False)
    def outlets_page(request: Request, page: int = PageQ, limit: int = limit_query(100)) -> Response:
        return cached_page(
            request, "outlets.html", lambda: cached("outlets", views.outlets_view, page=page, limit=limit)
        )

    @app.get("/api/outlets", summary="Outlets and their article counts, one page at a time")
    def outlets_api(page: int = PageQ, limit: int = limit_query(100)) -> dict[str, Any]:
        return cached("outlets", views.outlets_view, page=page, limit=limit)

    @app.get("/outlet/{name:path}", include_in_schema=False)
    def outlet_page(request: Request, name: str, page: int = PageQ, limit: int = limit_query(50)) -> Response:
        return cached_page(
            request, "outlet.html", lambda: cached("outlet", views.outlet_view, name, page=page, limit=limit)
        )

    @app.get("/api/outlet/{name:path}", summary="An outlet: volume over time, languages, what it cites")
    def outlet_api(name: str, page: int = PageQ, limit: int = limit_query(50)) -> dict[str, Any]:
        return cached("outlet", views.outlet_view, name, page=page, limit=limit)

    @app.get("/map", include_in_schema=False)
    def map_page(request: Request, page: int = PageQ, limit: int = limit_query(300, 1000)) -> Response:
        return cached_page(request, "map.html", lambda: cached("map", views.map_view, page=page, limit=limit))

    @app.get("/api/map", summary="Places mentioned, one point per place with its document count")
    def map_api(page: int = PageQ, limit: int = limit_query(300, 1000)) -> dict[str, Any]:
        return cached("map", views.map_view, page=page, limit=limit)

    @app.get("/api/health", summary="Liveness and database summary")
    def health() -> dict[str, Any]:
        overview = context().overview()
        return {
            "status": "ok",
            "warm": warmed.is_set(),
            "version": __version__,
            "documents": overview["documents"],
            "read_only": not allow_write,
        }

    # --- writes (off unless --allow-write --token) -------------------------------------------------

    def require_writer(request: Request) -> None:
        if not allow_write:
            raise StarletteHTTPException(
                403, "this server is read-only: start it with --allow-write --token TOKEN"
            )
        header = request.headers.get("authorization", "")
        given = header[7:].strip() if header.lower().startswith("bearer ") else ""
        if not given or not hmac.compare_digest(given.encode(), (token or "").encode()):
            raise StarletteHTTPException(401, "a valid bearer token is required for writes")

    @app.post(
        "/api/ingest", summary="Add one article (needs --allow-write and the bearer token)", status_code=201
    )
    async def ingest_api(request: Request) -> JSONResponse:
        require_writer(request)
        from rasid.web.ingest import ingest_payload, parse_body

        payload = parse_body(await request.body())  # strict JSON object; 400 otherwise

        # reading, analysing and storing are blocking work: keep them off the event loop
        result = await run_in_threadpool(lambda: ingest_payload(context().store, payload))
        shared.clear()
        pages.clear()
        overview.clear()
        return JSONResponse(result, status_code=201 if result.get("new") else 200)

    return app


#: Environment variables through which ``rasid serve --workers N`` hands its options to each worker.
ENV_DB, ENV_ALLOW_WRITE, ENV_TOKEN = "RASID_WEB_DB", "RASID_WEB_ALLOW_WRITE", "RASID_WEB_TOKEN"
ENV_HOSTS = "RASID_WEB_ALLOWED_HOSTS"
#: Seconds pages and aggregates are reused (``create_app(cache_seconds=…)``); 0 turns the reuse off.
ENV_CACHE_SECONDS = "RASID_WEB_CACHE_SECONDS"


def app_from_env() -> FastAPI:
    """App factory for uvicorn worker processes (options arrive in the environment)."""
    return create_app(
        os.environ[ENV_DB],
        allow_write=os.environ.get(ENV_ALLOW_WRITE) == "1",
        token=os.environ.get(ENV_TOKEN) or None,
        allowed_hosts=tuple(h for h in os.environ.get(ENV_HOSTS, "").split(",") if h) or None,
    )


def _warm_up(done: threading.Event) -> None:
    """Slow first-time work (seconds) done at start-up rather than inside someone's first request."""
    try:
        places.warm_up()
    finally:
        done.set()


_FORMULA_START = re.compile(r"^[=+\-@\t\r]")


def _csv_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas in hostile text (CSV injection)."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value
