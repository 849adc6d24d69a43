"""The app factory: ``create_app(settings, store=None)``; nothing is built at import.

Start-up opens the store (unless one is given), starts the query worker pool over it
(on-disk stores only: a memory store cannot be opened by another process, so its queries
run in-process without a hard deadline; a remote store's queries go to its server with
the deadline as timeout) and prepares the lazy ingestion pipeline.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware.errors import ServerErrorMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from api.access_log import flush_access_logs
from api.deps import QueryRunner, RunnerDep, StoreDep
from api.errors import install_error_handlers
from api.explorer import mount_explorer
from api.guards import AllowedHosts
from api.ingestion import Ingestor
from api.limits import BodySizeLimit, JsonErrorHttpToolsProtocol
from api.routers import document_reads, documents, entities, events, graph_store, sparql
from api.routers.entities import NEIGHBOURHOOD_KEY, plain_neighbourhood, serve_neighbourhood
from api.routers.sparql import serve_sparql
from api.schemas import HealthPublic
from graph_builder.config import Settings
from graph_builder.query_pool import InProcessRunner, QueryPool
from graph_builder.query_remote import RemoteRunner
from graph_builder.response_cache import ResponseCache
from graph_builder.store import GraphStore
from graph_builder.store.remote import RemoteStore

DESCRIPTION = """SPARQL 1.1 endpoint, Graph Store Protocol and a JSON graph API over a knowledge
graph of armed conflict and diplomacy news. Reads are open unless the server sets a read
token; writes (updates, graph store writes, documents) need the admin token as
`Authorization: Bearer <token>`."""


class ParleyApp(FastAPI):
    """FastAPI, except that the hot read routes skip its routing and parameter solving:
    ``GET``/``POST /sparql`` go straight to :func:`api.routers.sparql.serve_sparql`, and a
    neighbourhood request with plain parameters to
    :func:`api.routers.entities.serve_neighbourhood`, inside the same middleware (host check,
    body limit, CORS) and with the same answer to an unexpected error. The routes stay
    registered: anything else about them, and the OpenAPI document, are FastAPI's as before."""

    _hot_stacks: dict[ASGIApp, ASGIApp] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        hot = _hot_route(scope) if scope["type"] == "http" and not self.root_path else None
        if hot is None:
            await super().__call__(scope, receive, send)
            return
        if self._hot_stacks is None:
            self._hot_stacks = {}
        stack = self._hot_stacks.get(hot)
        if stack is None:
            stack = self._hot_stacks[hot] = self._wrap(hot)
        scope["app"] = self
        await stack(scope, receive, send)

    def _wrap(self, app: ASGIApp) -> ASGIApp:
        for cls, args, kwargs in reversed(self.user_middleware):
            app = cls(app, *args, **kwargs)
        return ServerErrorMiddleware(app, handler=self.exception_handlers.get(Exception), debug=self.debug)


def _hot_route(scope: Scope) -> ASGIApp | None:
    if scope.get("root_path"):
        return None
    if scope["path"] == "/sparql":
        return serve_sparql if scope["method"] in ("GET", "POST") else None
    if scope["path"].startswith("/entities/"):
        params = plain_neighbourhood(scope)
        if params is not None:
            scope[NEIGHBOURHOOD_KEY] = params
            return serve_neighbourhood
    return None


def _runner(store: GraphStore, settings: Settings) -> QueryRunner:
    if isinstance(store, RemoteStore):  # other processes may write there: never cached
        return RemoteRunner(store, timeout=settings.query_timeout)
    runner = _local_runner(store, settings)
    if settings.response_cache_mb:
        return ResponseCache(runner, lambda: store.generation, max_bytes=settings.response_cache_mb * 2**20)
    return runner


def _local_runner(store: GraphStore, settings: Settings) -> QueryRunner:
    if store.path is None:
        return InProcessRunner(store.oxigraph)
    return QueryPool(
        store.path,
        size=settings.query_workers,
        timeout=settings.query_timeout,
        generation=lambda: store.generation,
        sync=store.sync_for_readers,
        short_seconds=settings.short_query_seconds,
        memory_mb=settings.query_memory_mb or None,
        offline=not settings.federation_origins,
        queue_limit=settings.query_queue,
        client_limit=settings.query_client_limit,
    )


def _lifespan(settings: Settings, store: GraphStore | None) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = store if store is not None else GraphStore(settings.store)
        app.state.settings = settings
        app.state.runner = _runner(app.state.store, settings)
        app.state.ingestor = Ingestor(settings)
        try:
            yield
        finally:
            flush_access_logs()
            app.state.runner.close()
            if store is None:  # the app opened it, the app closes it
                app.state.store.close()

    return lifespan


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """Build the API over ``store`` (opened from ``settings.store`` if not given)."""
    settings = settings or Settings()
    app = ParleyApp(
        title="Parley",
        summary="SPARQL and graph API over a knowledge graph of conflict and diplomacy news.",
        description=DESCRIPTION,
        version="0.1.0",
        lifespan=_lifespan(settings, store),
        docs_url=None,  # mount_explorer serves /docs and /redoc from vendored assets
        redoc_url=None,
    )
    install_error_handlers(app)
    for router in (
        sparql.router,
        graph_store.router,
        entities.router,
        events.router,
        document_reads.router,
        documents.router,
    ):
        app.include_router(router)
    mount_explorer(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    if "*" not in settings.allowed_hosts:
        app.add_middleware(AllowedHosts, allowed=settings.allowed_hosts)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "Accept"],
        )

    @app.get("/health", response_model=HealthPublic, tags=["service"])
    def health(graph_store: StoreDep, runner: RunnerDep) -> HealthPublic:
        """Liveness and size of the store; always open."""
        return HealthPublic(
            status="ok",
            documents=len(graph_store.document_ids()),
            triples=len(graph_store),
            queries_stopped=runner.killed,
            workers_lost=runner.lost,
            queries_refused=runner.refused,
            cache_hit_rate=runner.hit_rate if isinstance(runner, ResponseCache) else None,
        )

    return app


def run_server(settings: Settings) -> None:
    """Serve the API with uvicorn (``parley serve``): one process (it holds the store's write
    lock) on uvloop with the httptools parser; queries run in its query worker processes."""
    import uvicorn

    app = create_app(settings)
    print(f"Parley explorer on http://{settings.host}:{settings.port}/ (API docs at /docs), store {settings.store}")
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="info",
        loop="uvloop",
        http=JsonErrorHttpToolsProtocol,
        access_log=settings.access_log,
    )
