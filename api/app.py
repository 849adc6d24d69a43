"""The app factory: ``create_app(settings, store=None)``; nothing is built at import."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.deps import StoreDep
from api.errors import install_error_handlers
from api.routers import entities, sparql
from api.schemas import HealthPublic
from graph_builder.config import Settings
from graph_builder.store import GraphStore


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """Build the API over ``store`` (opened from ``settings.store`` if not given)."""
    settings = settings or Settings()
    owns_store = store is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = store if store is not None else GraphStore(settings.store)
        app.state.settings = settings
        yield
        if owns_store:
            app.state.store.close()

    app = FastAPI(
        title="Parley",
        summary="SPARQL and graph API over a knowledge graph of conflict and diplomacy news.",
        version="0.1.0",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.include_router(sparql.router)
    app.include_router(entities.router)

    @app.get("/health", response_model=HealthPublic, tags=["service"])
    def health(graph_store: StoreDep) -> HealthPublic:
        """Liveness and size of the store."""
        return HealthPublic(status="ok", documents=len(graph_store.document_ids()), triples=len(graph_store))

    return app


def run_server(settings: Settings) -> None:
    """Serve the API with uvicorn (``parley serve``)."""
    import uvicorn

    app = create_app(settings)
    print(f"Parley API on http://{settings.host}:{settings.port} (docs at /docs), store {settings.store}")
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info")
