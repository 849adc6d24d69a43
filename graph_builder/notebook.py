"""The notebooks' toolbox: open or build a store, query into pandas, see the graph.

Cells in ``notebooks/`` call these functions and hold no logic of their own. pandas and
matplotlib (the ``notebooks`` extra) are imported inside the functions that need them,
so ``import graph_builder`` stays fast and works without them.

>>> store = open_store(None, build_into=None)  # an empty in-memory store
>>> len(store)
0
"""

from __future__ import annotations

import html
import importlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Identifier

from graph_builder.config import Settings
from graph_builder.errors import QueryError
from graph_builder.neighbourhood import neighbourhood, resolve_entity
from graph_builder.projection import EDGE_PROPERTIES, build_graph, describe_nodes
from graph_builder.store import GraphStore, bounded

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "data" / "articles"
_DEFAULT = Path("")  # sentinel: "decide from the environment"
# No overrides: every setting comes from PARLEY_* or its default. Passed as ** because
# mypy reads Field(<positional default>) in config.py as "required" and would reject Settings().
_FROM_ENVIRONMENT: dict[str, Any] = {}

EVENTS_QUERY = """PREFIX pa: <https://w3id.org/parley/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?event ?type ?date ?modality ?doc ?title
       (GROUP_CONCAT(DISTINCT ?name; separator=", ") AS ?actors)
       (SAMPLE(?place) AS ?location) WHERE {
  ?event pa:evidence ?mention ; a ?type ; prov:wasDerivedFrom ?doc .
  OPTIONAL { ?event pa:date ?date }
  OPTIONAL { ?event pa:modality ?modality }
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?event pa:participant ?actor . ?actor rdfs:label ?name }
  OPTIONAL { ?event pa:location ?where . ?where rdfs:label ?place }
} GROUP BY ?event ?type ?date ?modality ?doc ?title ORDER BY ?date ?event"""

EVIDENCE_QUERY = """PREFIX pa: <https://w3id.org/parley/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?event ?mention ?text ?start ?end ?doc ?title ?issued ?source WHERE {
  ?event pa:evidence ?mention .
  ?mention pa:text ?text .
  OPTIONAL { ?mention pa:charStart ?start ; pa:charEnd ?end }
  OPTIONAL { ?mention prov:wasDerivedFrom ?doc .
             OPTIONAL { ?doc dcterms:title ?title }
             OPTIONAL { ?doc dcterms:issued ?issued }
             OPTIONAL { ?doc dcterms:source ?source } }
} ORDER BY ?start"""


def open_store(path: Path | str | None = _DEFAULT, *, build_into: Path | None = _DEFAULT) -> GraphStore:
    """The store a notebook works on.

    ``path`` (or, when not given, ``$PARLEY_STORE``) opens an existing store read-only, so a
    running ``parley serve`` can keep it. With neither, the sample articles are built into
    ``build_into`` (a fresh temporary directory by default). ``open_store(None,
    build_into=None)`` is an empty in-memory store, for examples.
    """
    if path is _DEFAULT:
        path = os.environ.get("PARLEY_STORE") or None
    if path is not None:
        return GraphStore(Path(path), read_only=True)
    if build_into is None:
        return GraphStore(None)
    if build_into is _DEFAULT:
        build_into = Path(tempfile.mkdtemp(prefix="parley-sample-"))
    return build_sample(build_into)


def linking_available() -> bool:
    """Whether the offline Wikidata linker can be loaded (``graph_builder.link``)."""
    try:
        link = importlib.import_module("graph_builder.link")
    except ImportError:
        return False
    return all(hasattr(link, name) for name in ("KnowledgeBase", "Linker"))


def build_sample(store_dir: Path | str, settings: Settings | None = None) -> GraphStore:
    """Build the sample articles (``data/articles``) into ``store_dir`` and return the store.

    Linking follows the settings (``PARLEY_LINK``); if the linker cannot be imported, the
    sample is built unlinked rather than not at all, so the notebooks still run.
    """
    from graph_builder.ingest import read_documents
    from graph_builder.pipeline import Builder, build_into_store

    settings = settings or Settings(**_FROM_ENVIRONMENT)
    if settings.link and not linking_available():
        settings = settings.model_copy(update={"link": False})
    store = GraphStore(Path(store_dir))
    docs = read_documents([SAMPLE_DIR], max_chars=settings.max_document_chars)
    report = build_into_store(docs, store, Builder(settings))
    if not report.ok:
        raise QueryError(f"the sample did not build: {report.problems}")
    return store


def _python(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> object:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        lang = term.language
        literal = Literal(term.value, lang=lang) if lang else Literal(term.value, datatype=URIRef(term.datatype.value))
        value = literal.toPython()
        # Keep partial dates (gYearMonth, gYear) as their text: pandas has no type for them.
        return value if not isinstance(value, Literal) else str(value)
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def query_df(
    store: GraphStore, sparql: str, bindings: Mapping[str, Identifier] | None = None, *, limit: int = 10_000
) -> pd.DataFrame:
    """Run a SELECT and return a DataFrame: one column per variable, Python values.

    ``bindings`` are substituted as values (never formatted into the text); a bound
    variable must appear in the SELECT clause to be seen in the result.
    """
    import pandas as pd

    result = store.run_query(sparql, bindings=bindings)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("query_df() needs a SELECT query")
    columns = [v.value for v in result.variables]
    rows = [[_python(row[c]) for c in columns] for row in bounded(result, limit=limit, timeout=None)]
    return pd.DataFrame(rows, columns=columns)


def event_table(store: GraphStore) -> pd.DataFrame:
    """Every event: class, date, modality, actors, location, source document."""
    table = query_df(store, EVENTS_QUERY)
    table["actors"] = table["actors"].fillna("")
    for column in ("type", "modality"):
        table[column] = table[column].map(lambda iri: iri.rsplit("#", 1)[-1] if isinstance(iri, str) else iri)
    return table


def evidence(store: GraphStore, event: str | URIRef) -> pd.DataFrame:
    """Provenance of one event: its evidence spans, their offsets, and the source document.

    ``event`` is an IRI or a short id (``event/seed-33-85``).
    """
    iri = resolve_entity(store, str(event))
    return query_df(store, EVIDENCE_QUERY, {"event": iri})


def neighbourhood_graph(store: GraphStore, entity_id: str, hops: int = 1, *, limit: int = 500) -> nx.MultiDiGraph:
    """Actors, events and places within ``hops`` role or relation edges of ``entity_id``.

    The walk is :func:`graph_builder.neighbourhood.neighbourhood`; provenance and modality
    links are then dropped and the result trimmed to ``hops`` along the remaining edges.
    """
    center = str(resolve_entity(store, entity_id))
    hood = neighbourhood(store, URIRef(center), hops=hops, limit=limit)
    edges = [(e.source, e.predicate, e.target) for e in hood.edges if e.predicate in EDGE_PROPERTIES]
    graph = build_graph(edges, describe_nodes(store, hood.nodes))
    if center not in graph:
        return graph
    keep = nx.ego_graph(graph.to_undirected(as_view=True), center, radius=hops).nodes
    sub: nx.MultiDiGraph = graph.subgraph(keep).copy()
    sub.graph["center"] = center
    return sub


def actor_centrality(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """Degree and betweenness centrality of the actors, on the undirected actor–event graph."""
    import pandas as pd

    simple = nx.Graph(graph.to_undirected())
    degree = nx.degree_centrality(simple)
    between = nx.betweenness_centrality(simple)
    rows = [
        {"actor": attrs.get("label", n), "class": attrs.get("class"), "events": sum(
            1 for m in simple[n] if graph.nodes[m].get("kind") == "event"
        ), "degree": degree[n], "betweenness": between[n]}
        for n, attrs in graph.nodes(data=True)
        if attrs.get("kind") == "actor"
    ]
    table = pd.DataFrame(rows, columns=["actor", "class", "events", "degree", "betweenness"])
    return table.sort_values(["degree", "betweenness", "actor"], ascending=[False, False, True], ignore_index=True)


CLASS_COLOURS = {
    "State": "#1f77b4", "Person": "#ff7f0e", "Organization": "#8c564b", "GovernmentBody": "#9467bd",
    "ArmedForce": "#d62728", "InternationalOrganization": "#17becf", "Group": "#bcbd22", "Place": "#7f7f7f",
}
EVENT_COLOUR = "#2ca02c"


def node_colour(attrs: Mapping[str, Any]) -> str:
    """Colour of a node by its class; every event class shares one colour, so kinds read apart.

    >>> node_colour({"kind": "actor", "class": "State"}), node_colour({"kind": "event", "class": "Attack"})
    ('#1f77b4', '#2ca02c')
    """
    if attrs.get("kind") == "event":
        return EVENT_COLOUR
    return CLASS_COLOURS.get(str(attrs.get("class")), "#c7c7c7")


def draw_static(graph: nx.MultiDiGraph, path: Path | str | None = None, *, title: str | None = None) -> Figure:
    """Draw the graph with matplotlib (spring layout, fixed seed) and save a PNG to ``path``.

    The returned figure shows inline in a notebook; the PNG is what GitHub renders.
    """
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    figure = Figure(figsize=(11, 8), dpi=100)
    axes = figure.subplots()
    positions = nx.spring_layout(graph, seed=7, k=1.2)
    colours = [node_colour(a) for _, a in graph.nodes(data=True)]
    shapes = [400 if a.get("kind") == "event" else 700 for _, a in graph.nodes(data=True)]
    nx.draw_networkx_nodes(graph, positions, ax=axes, node_color=colours, node_size=shapes, alpha=0.9)
    nx.draw_networkx_edges(graph, positions, ax=axes, arrows=True, alpha=0.5, node_size=shapes)
    nx.draw_networkx_labels(graph, positions, ax=axes, font_size=8,
                            labels={n: a.get("label", n) for n, a in graph.nodes(data=True)})
    edge_labels = {(u, v): k for u, v, k in graph.edges(keys=True)}
    nx.draw_networkx_edge_labels(graph, positions, ax=axes, edge_labels=edge_labels, font_size=7)
    used = sorted({a.get("class", "") for _, a in graph.nodes(data=True) if a.get("kind") != "event"})
    handles = [Patch(color=CLASS_COLOURS.get(c, "#c7c7c7"), label=c) for c in used]
    handles.append(Patch(color=EVENT_COLOUR, label="event"))
    axes.legend(handles=handles, loc="lower left", fontsize=8)
    axes.set_title(title or "", fontsize=11)
    axes.axis("off")
    if path is not None:
        figure.savefig(path, bbox_inches="tight")
    return figure


def draw_timeline(table: pd.DataFrame, path: Path | str | None = None) -> Figure:
    """Events over time (one row per event class) from :func:`event_table`; undated are left out."""
    import pandas as pd
    from matplotlib.figure import Figure

    dated = table.assign(day=pd.to_datetime(table["date"].astype("string"), errors="coerce", format="mixed"))
    dated = dated.dropna(subset=["day"])
    figure = Figure(figsize=(10, 3.5), dpi=100)
    axes = figure.subplots()
    classes = sorted(dated["type"].unique())
    for row, cls in enumerate(classes):
        days = dated.loc[dated["type"] == cls, "day"]
        axes.scatter(days, [row] * len(days), s=80, color=EVENT_COLOUR, alpha=0.7)
    axes.set_yticks(range(len(classes)), classes)
    axes.set_ylim(-0.5, max(len(classes), 1) - 0.5)
    axes.set_title(f"{len(dated)} dated events of {len(table)}")
    axes.grid(axis="x", alpha=0.3)
    figure.autofmt_xdate()
    figure.tight_layout()
    if path is not None:
        figure.savefig(path, bbox_inches="tight")
    return figure


# vis-network's tooltip needs only these rules from its 220 kB stylesheet; the rest styles
# editing toolbars Parley does not show.
_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ margin: 0; font-family: sans-serif; }}
#graph {{ width: 100%; height: {height}px; border: 1px solid #ddd; }}
div.vis-tooltip {{ position: absolute; visibility: hidden; padding: 6px; max-width: 420px;
  white-space: pre-wrap; font-size: 12px; background: #fffbe6; border: 1px solid #999;
  border-radius: 3px; box-shadow: 2px 2px 8px rgba(0,0,0,.2); pointer-events: none; z-index: 5; }}
</style>
<script>{script}</script>
</head><body><div id="graph"></div>
<script>
new vis.Network(document.getElementById("graph"),
  {{nodes: new vis.DataSet({nodes}), edges: new vis.DataSet({edges})}}, {options});
</script></body></html>"""


class InteractiveGraph:
    """A self-contained HTML page (vis-network inlined, nothing fetched) showing a graph.

    Displays inline in Jupyter as an ``<iframe srcdoc=…>``; ``save()`` writes the page.
    """

    def __init__(self, page: str, height: int) -> None:
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" width="100%" '
            f'height="{self.height + 20}" style="border:none"></iframe>'
        )

    def save(self, path: Path | str) -> Path:
        """Write the page to ``path``; it opens offline in any browser."""
        Path(path).write_text(self.page, encoding="utf-8")
        return Path(path)


def _hover(attrs: Mapping[str, Any]) -> str:
    lines = [f"{attrs.get('label', '')} — {attrs.get('class', '')}"]
    for key in ("date", "wikidata", "document"):
        if attrs.get(key):
            lines.append(f"{key}: {attrs[key]}")
    if attrs.get("evidence"):
        lines.append("evidence: " + str(attrs["evidence"]).replace(" | ", "\n  • "))
    return "\n".join(lines)


def interactive(graph: nx.MultiDiGraph, *, height: int = 560, title: str = "Parley graph") -> InteractiveGraph:
    """An interactive view: colour by class, edge labels by property, hover shows evidence.

    Built with pyvis (the ``notebooks`` extra), whose bundled vis-network script is inlined
    so the page works with no network at all.
    """
    import pyvis
    from pyvis.network import Network

    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line")
    for node, attrs in graph.nodes(data=True):
        shape = "box" if attrs.get("kind") == "event" else "dot"
        net.add_node(node, label=attrs.get("label", node), color=node_colour(attrs), title=_hover(attrs), shape=shape)
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        net.add_edge(source, target, label=key, title=attrs.get("evidence", key), arrows="to", font={"size": 10})
    nodes, edges, *_, options = net.get_network_data()
    script = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    page = _PAGE.format(
        title=html.escape(title),
        height=height,
        script=script.read_text(encoding="utf-8"),
        nodes=json.dumps(nodes).replace("</", "<\\/"),
        edges=json.dumps(edges).replace("</", "<\\/"),
        options=options,
    )
    return InteractiveGraph(page, height)
