"""Stores and tables: open or build a store, run SPARQL into pandas, read provenance.

>>> store = open_store(None, build_into=None)  # an empty in-memory store
>>> len(store)
0
"""

from __future__ import annotations

import importlib
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Identifier

from graph_builder.config import Settings
from graph_builder.errors import QueryError
from graph_builder.neighbourhood import neighbourhood, resolve_entity
from graph_builder.projection import EDGE_PROPERTIES, build_graph, describe_nodes, local_name
from graph_builder.store import GraphStore, bounded, is_server_url

if TYPE_CHECKING:
    import pandas as pd

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "data" / "articles"
_DEFAULT = Path("")  # sentinel: "decide from the environment"

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
    running ``parley serve`` can keep it; an ``http(s)://`` URL opens a SPARQL server. With
    neither, the sample articles are built into ``build_into`` (a fresh temporary directory by
    default). ``open_store(None,
    build_into=None)`` is an empty in-memory store, for examples.
    """
    if path is _DEFAULT:
        path = os.environ.get("PARLEY_STORE") or None
    if path is not None:
        return GraphStore(path if is_server_url(path) else Path(path), read_only=True)
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

    settings = settings or Settings()
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
        table[column] = table[column].map(lambda iri: local_name(iri) if isinstance(iri, str) else iri)
    return table


def evidence(store: GraphStore, event: str | URIRef, *, sources: Path | None = SAMPLE_DIR) -> pd.DataFrame:
    """Provenance of one event: its evidence spans, offsets, sentence and source document.

    ``event`` is an IRI or a short id (``event/seed-33-85``). The graph keeps spans, not
    whole texts; the ``sentence`` column is filled from ``sources/<doc id>.txt`` where
    such a file exists (the sample articles by default), else left empty.
    """
    iri = resolve_entity(store, str(event))
    table = query_df(store, EVIDENCE_QUERY, {"event": iri})
    texts: dict[str, str | None] = {}
    for doc in table["doc"].dropna().unique():
        path = None if sources is None else sources / f"{local_name(str(doc))}.txt"
        texts[doc] = path.read_text(encoding="utf-8") if path is not None and path.is_file() else None
    table["sentence"] = [
        enclosing_sentence(texts.get(doc) or "", start, end) if texts.get(doc) and start is not None else None
        for doc, start, end in zip(table["doc"], table["start"], table["end"], strict=True)
    ]
    return table


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def enclosing_sentence(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around the span ``start:end`` (split at . ! ? and newlines).

    >>> enclosing_sentence("Talks began. Both sides swapped 90 prisoners on Monday. More later.", 18, 30)
    'Both sides swapped 90 prisoners on Monday.'
    """
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, int(start))), default=0)
    stop = next((m.start() for m in _SENTENCE_END.finditer(text, int(end))), len(text))
    return text[begin:stop].strip()


LINKS_QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX pa: <https://w3id.org/parley/ontology#>
SELECT ?entity ?label ?type ?wikidata WHERE {
  ?entity rdfs:label ?label ; a ?type .
  FILTER(STRSTARTS(STR(?type), STR(pa:)))
  OPTIONAL { ?entity owl:sameAs ?wikidata }
} ORDER BY ?label"""


def wikidata_links(store: GraphStore) -> pd.DataFrame:
    """Every actor and place with its ``owl:sameAs`` Wikidata item (``None`` if unlinked)."""
    table = query_df(store, LINKS_QUERY)
    table["type"] = table["type"].map(local_name)
    table["qid"] = table["wikidata"].map(lambda iri: local_name(iri) if isinstance(iri, str) else None)
    return table


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
        {
            "actor": attrs.get("label", n),
            "class": attrs.get("class"),
            "events": sum(1 for m in simple[n] if graph.nodes[m].get("kind") == "event"),
            "degree": degree[n],
            "betweenness": between[n],
        }
        for n, attrs in graph.nodes(data=True)
        if attrs.get("kind") == "actor"
    ]
    table = pd.DataFrame(rows, columns=["actor", "class", "events", "degree", "betweenness"])
    return table.sort_values(["degree", "betweenness", "actor"], ascending=[False, False, True], ignore_index=True)
