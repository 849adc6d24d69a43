"""The response cache answers a repeated query from memory until a write, which it never
outlives; its hit rate is in /health (issue 13)."""

from __future__ import annotations

import asyncio

import httpx

from api.app import create_app
from graph_builder.config import Settings
from graph_builder.store import GraphStore

UPDATE = {"Content-Type": "application/sparql-update", "Authorization": "Bearer t"}
COUNT = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "format": "csv"}


async def _exercise(cached: bool) -> list[object]:
    app = create_app(Settings(admin_token="t", response_cache_mb=1 if cached else 0), store=GraphStore(None))
    seen: list[object] = []
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://parley") as http,
    ):
        insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1, 2 } }"
        assert (await http.post("/sparql/update", content=insert, headers=UPDATE)).status_code == 204
        for _ in range(3):
            seen.append((await http.get("/sparql", params=COUNT)).text.split()[1])
        again = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 3 } }"
        assert (await http.post("/sparql/update", content=again, headers=UPDATE)).status_code == 204
        seen.append((await http.get("/sparql", params=COUNT)).text.split()[1])
        seen.append((await http.get("/health")).json()["cache_hit_rate"])
    return seen


def test_cache_hits_until_a_write() -> None:
    assert asyncio.run(_exercise(cached=True)) == ["2", "2", "2", "3", 0.5]  # 2 hits of 4 lookups
    assert asyncio.run(_exercise(cached=False)) == ["2", "2", "2", "3", None]
