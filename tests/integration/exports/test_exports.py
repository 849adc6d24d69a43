"""Every export format opens in its reader library and holds the graph the store holds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS
from typer.testing import Result

from graph_builder import GraphStore, project
from graph_builder.namespaces import PID, doc_graph

Export = Callable[..., Result]
RUSSIA = str(PID["actor/russia"])


def _written(result: Result, path: Path) -> Path:
    assert result.exit_code == 0, result.output
    assert path.is_file() and path.stat().st_size > 0
    return path


@pytest.mark.parametrize(
    ("name", "fmt", "read"),
    [
        ("graph.graphml", None, nx.read_graphml),
        ("graph.gexf", None, nx.read_gexf),
        ("graph.xml", "graphml", nx.read_graphml),
    ],
)
def test_graph_formats_read_back_in_networkx(
    parley_export: Export,
    export_store: GraphStore,
    tmp_path: Path,
    name: str,
    fmt: str | None,
    read: Callable[..., nx.Graph],
) -> None:
    path = _written(parley_export(tmp_path / name, fmt), tmp_path / name)
    graph = read(path)
    expected = project(export_store)
    assert set(graph.nodes) == set(expected.nodes)
    assert graph.number_of_edges() == expected.number_of_edges()
    assert graph.nodes[RUSSIA]["label"] == "Russia"
    assert graph.nodes[RUSSIA]["class"] == "State"
    exchanges = [n for n, a in graph.nodes(data=True) if a.get("class") == "PrisonerExchange"]
    assert exchanges and all(graph.nodes[e]["evidence"] for e in exchanges)
    assert any(graph.has_edge(e, RUSSIA) for e in exchanges), "the exchange's role edge to Russia"


def test_cytoscape_json_has_elements(parley_export: Export, export_store: GraphStore, tmp_path: Path) -> None:
    for path, fmt in ((tmp_path / "graph.cyjs", None), (tmp_path / "graph.json", "cytoscape")):
        data = json.loads(_written(parley_export(path, fmt), path).read_text(encoding="utf-8"))
        nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
        ids = {n["data"]["id"] for n in nodes}
        assert RUSSIA in ids
        assert len(edges) == project(export_store).number_of_edges()
        assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
        assert {e["data"]["label"] for e in edges} >= {"participant", "location"}


@pytest.mark.parametrize(
    ("name", "fmt", "rdflib_format"),
    [
        ("graph.ttl", None, "turtle"),
        ("graph.nq", None, "nquads"),
        ("graph.trig", "trig", "trig"),
        ("graph.jsonld", None, "json-ld"),
        ("graph.txt", "turtle", "turtle"),
        ("graph.rdf", "nquads", "nquads"),
    ],
)
# rdflib's quad parsers call its own deprecated APIs; only those two warnings are ignored.
@pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_rdf_formats_parse_in_rdflib(
    parley_export: Export, tmp_path: Path, name: str, fmt: str | None, rdflib_format: str
) -> None:
    path = _written(parley_export(tmp_path / name, fmt), tmp_path / name)
    if rdflib_format == "turtle":
        graph = Graph().parse(path, format="turtle")
        assert (URIRef(RUSSIA), RDFS.label, Literal("Russia")) in graph
        return
    dataset = Dataset().parse(path, format=rdflib_format)
    assert any(dataset.quads((URIRef(RUSSIA), RDFS.label, Literal("Russia"), None)))
    assert doc_graph("seed") in {g.identifier for g in dataset.graphs()}, "named graphs survive"


def test_bad_format_or_name_is_a_clean_error(parley_export: Export, tmp_path: Path) -> None:
    unknown = parley_export(tmp_path / "graph.out", "xml")
    assert unknown.exit_code == 1 and "unknown export format 'xml'" in unknown.output
    unnamed = parley_export(tmp_path / "graph.out")
    assert unnamed.exit_code == 1 and "--format" in unnamed.output
    assert not (tmp_path / "graph.out").exists()


def test_projection_prefers_specific_roles(export_store: GraphStore) -> None:
    graph = project(export_store)
    specific = {(u, v) for u, v, k in graph.edges(keys=True) if k in ("agent", "target")}
    assert specific, "the sample has agents or targets"
    assert not any((u, v) in specific for u, v, k in graph.edges(keys=True) if k == "participant")
    kinds = {a["kind"] for _, a in graph.nodes(data=True)}
    assert kinds <= {"actor", "event", "place"} and {"actor", "event"} <= kinds
