"""Re-run every notebook top to bottom and save its outputs in place.

    .venv/bin/python notebooks/run_all.py            # builds the sample into a temp dir
    PARLEY_STORE=var/store .venv/bin/python notebooks/run_all.py

The saved outputs are what GitHub renders (tables, the graph picture, the timeline);
the test suite executes the same notebooks against a graph it builds itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent


def main() -> None:
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    for path in sorted(HERE.glob("[0-9][0-9]-*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(notebook, kernel_name="python3", timeout=300, resources={"metadata": {"path": str(HERE)}}).execute()
        nbformat.write(notebook, path)
        print(f"ran {path.name}")


if __name__ == "__main__":
    main()
