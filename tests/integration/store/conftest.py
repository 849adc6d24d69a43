"""Every test here runs twice: on the embedded store and on a real ``oxigraph serve``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from graph_builder.store import EmbeddedStore, GraphStore
from graph_builder.store.remote import RemoteStore
from tests.servers import oxigraph_server


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph") / "data") as url:
        yield url


@pytest.fixture(params=["embedded", "server"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "embedded":
        opened: GraphStore = GraphStore(tmp_path / "store")
        assert isinstance(opened, EmbeddedStore)
    else:
        url = request.getfixturevalue("server_url")
        httpx.post(url + "update", data={"update": "CLEAR ALL"}, timeout=30).raise_for_status()
        opened = GraphStore(url)
        assert isinstance(opened, RemoteStore)
    with opened:
        yield opened
