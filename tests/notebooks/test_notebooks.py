"""Each notebook runs top to bottom against a graph the test built; the saved copies render."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import nbformat
import pytest

from graph_builder import GraphStore, Settings

Run = Callable[[str], nbformat.NotebookNode]


def _outputs(notebook: nbformat.NotebookNode, mime: str) -> list[str]:
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if mime == "text/stream" and output.get("output_type") == "stream":
                found.append(output["text"])
            elif mime in output.get("data", {}):
                found.append(output["data"][mime])
    return found


def test_quickstart_queries_and_provenance(run_notebook: Run, sample_store: GraphStore) -> None:
    notebook = run_notebook("01-quickstart.ipynb")
    tables = _outputs(notebook, "text/html")
    assert len(tables) >= 4, "every query cell shows a table"
    pairs = tables[0]
    assert "Russia" in pairs and "Ukraine" in pairs and "PrisonerExchange" in pairs
    assert any("Negotiation" in t and "2025-06" in t for t in tables), "events by type and month"
    provenance = tables[-1]
    assert "exchange" in provenance and "Russia and Ukraine exchange young prisoners of war" in provenance
    assert "according to a statement issued by" in provenance, "the evidence sentence from the source file"
    assert str(sample_store.path) in "".join(_outputs(notebook, "text/stream")), "opened the test's store"


def test_explore_draws_the_graph(run_notebook: Run) -> None:
    notebook = run_notebook("02-explore.ipynb")
    pictures = _outputs(notebook, "image/png")
    assert len(pictures) == 2, "the static graph and the timeline"
    interactive = [h for h in _outputs(notebook, "text/html") if "<iframe" in h]
    assert len(interactive) == 1
    page = interactive[0]
    assert "vis.Network" in page and "Russia" in page and "participant" in page
    assert "src=&quot;http" not in page, "no script fetched from the network"
    centrality = [h for h in _outputs(notebook, "text/html") if "betweenness" in h]
    assert centrality and "Russia" in centrality[0]


def test_wikidata_shows_links_and_stays_offline(run_notebook: Run) -> None:
    notebook = run_notebook("03-wikidata.ipynb")
    text = "".join(_outputs(notebook, "text/stream")) + "".join(_outputs(notebook, "text/plain"))
    assert "SERVICE <https://query.wikidata.org/sparql>" in text
    assert "online mode: False" in text
    assert "offline: federated query not executed" in text
    assert "actors and places linked" in text
    if Settings().link:  # the suite runs linked unless PARLEY_LINK=0 is set for it
        links = "".join(_outputs(notebook, "text/html"))
        assert "Q159" in links and "http://www.wikidata.org/entity/Q159" in links, "Russia's owl:sameAs"


@pytest.mark.parametrize("name", ["01-quickstart.ipynb", "02-explore.ipynb", "03-wikidata.ipynb"])
def test_committed_copy_carries_outputs(notebooks_dir: Path, name: str) -> None:
    notebook = nbformat.read(notebooks_dir / name, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code and all(c.get("outputs") for c in code), f"{name}: run it and save the outputs"
    assert not any(o.get("output_type") == "error" for c in code for o in c["outputs"])
    if name == "02-explore.ipynb":
        assert len(_outputs(notebook, "image/png")) == 2, "the graph picture GitHub renders"
