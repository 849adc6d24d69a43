"""One real uvicorn server over a fresh on-disk store, with the admin token set.

Tests empty it before they start (see ``test_w3c_sparql11.empty_store``), so each one runs
on an empty dataset without paying for a server start (about 8 s with its query workers).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.api.conftest import ADMIN, Server, _serve


@pytest.fixture(scope="session")
def w3c_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    work = tmp_path_factory.mktemp("w3c")
    yield from _serve(work / "store", {"PARLEY_ADMIN_TOKEN": ADMIN, "PARLEY_QUERY_WORKERS": "1"}, work / "server.log")
