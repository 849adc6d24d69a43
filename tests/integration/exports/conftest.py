"""The sample graph built once per session, and `parley export` run as a user runs it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from graph_builder import GraphStore, build_sample
from graph_builder.cli import app


@pytest.fixture(scope="session")
def export_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The sample articles through the real pipeline into a real on-disk store."""
    store = build_sample(tmp_path_factory.mktemp("export-store") / "store")
    yield store
    store.close()


@pytest.fixture(scope="session")
def parley_export(export_store: GraphStore) -> Callable[..., Result]:
    """Run ``parley export OUTPUT [--format F]`` against the session store (opened read-only)."""
    runner = CliRunner()

    def run(output: Path, fmt: str | None = None) -> Result:
        args = ["export", str(output), "--store", str(export_store.path)]
        if fmt is not None:
            args += ["--format", fmt]
        return runner.invoke(app, args)

    return run
