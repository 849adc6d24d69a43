"""The app over an in-memory store (notebooks, examples): queries run in-process."""

from __future__ import annotations

import asyncio

import httpx

from api.app import create_app
from graph_builder.config import Settings
from graph_builder.store import GraphStore


async def _exercise(store: GraphStore) -> None:
    app = create_app(Settings(admin_token="t", result_limit=2), store=store)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://parley") as http,
    ):
        update = await http.post(
            "/sparql/update",
            content="INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1, 2, 3 } }",
            headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer t"},
        )
        assert update.status_code == 204, update.text
        response = await http.get("/sparql", params={"query": "SELECT ?o WHERE { ?s ?p ?o }", "format": "tsv"})
        assert response.status_code == 200, response.text
        assert response.text.splitlines()[0] == "?o" and len(response.text.splitlines()) == 3
        assert response.headers["x-parley-truncated"] == "true"


def test_app_over_a_memory_store_answers_queries_and_updates() -> None:
    store = GraphStore(None)
    asyncio.run(_exercise(store))
    assert len(store) == 3
