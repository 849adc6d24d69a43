"""One sample graph per session, built by the test on disk, for every notebook to open."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from graph_builder import GraphStore, build_sample

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
# jupyter_core warns (DeprecationWarning, an error under filterwarnings=error) unless told
# to use the platformdirs layout it is migrating to.
os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The sample articles built with the real pipeline; linking as configured, when importable."""
    store = build_sample(tmp_path_factory.mktemp("notebook-store") / "store")
    yield store
    store.close()


def execute(name: str, store_path: Path | None) -> nbformat.NotebookNode:
    """Run a notebook top to bottom in a fresh python3 kernel, against ``store_path``.

    ``None`` runs it as a user would without ``PARLEY_STORE`` (it builds the sample).
    """
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    saved = os.environ.pop("PARLEY_STORE", None)
    # The kernel is a child process: it inherits this environment.
    if store_path is not None:
        os.environ["PARLEY_STORE"] = str(store_path)
    try:
        NotebookClient(
            notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}}
        ).execute()
    finally:
        os.environ.pop("PARLEY_STORE", None)
        if saved is not None:
            os.environ["PARLEY_STORE"] = saved
    return notebook


@pytest.fixture(scope="session")
def run_notebook(sample_store: GraphStore) -> Callable[[str], nbformat.NotebookNode]:
    """Execute a notebook by file name against the session's sample store."""
    return lambda name: execute(name, sample_store.path)


@pytest.fixture(scope="session")
def notebooks_dir() -> Path:
    return NOTEBOOKS
