"""A store built once per session from the sample articles with the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_builder.config import Settings
from graph_builder.ingest import read_documents
from graph_builder.pipeline import Builder, BuildReport, build_into_store
from graph_builder.store import GraphStore

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "data" / "articles"


@pytest.fixture(scope="session")
def builder() -> Builder:
    return Builder(Settings())


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, builder: Builder) -> tuple[GraphStore, BuildReport]:
    path = tmp_path_factory.mktemp("store") / "seed"
    store = GraphStore(path)
    report = build_into_store(read_documents([ARTICLES]), store, builder)
    return store, report
