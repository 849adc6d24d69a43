"""Store → networkx: the graph analysts look at, and the files Gephi and Cytoscape open.

The projection keeps what a reader of the news cares about: actors, events and places are
nodes; event roles (``pa:participant``, ``pa:agent`` …) and actor or event relations
(``pa:allyOf``, ``pa:ledTo`` …) are edges. Mentions, documents and modality resources stay
in RDF and surface as node attributes instead (evidence text, source document), so a layout
is not dominated by provenance hubs.

Every attribute is a string, because GraphML and GEXF readers only agree on scalars, and a
missing value is left out rather than written as an empty string.

>>> from graph_builder.store import GraphStore
>>> graph = project(GraphStore(None))
>>> graph.number_of_nodes()
0
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node

from graph_builder.errors import StoreError
from graph_builder.namespaces import PA
from graph_builder.store import GraphStore

ROLE_PROPERTIES = ("participant", "agent", "target", "reportedBy", "location")
RELATION_PROPERTIES = ("allyOf", "memberOf", "partOf", "locatedIn", "ledTo", "about")
EDGE_PROPERTIES = frozenset(str(PA[name]) for name in ROLE_PROPERTIES + RELATION_PROPERTIES)
# An agent or target is also emitted as a participant (the super-property); drawing both
# would double every directed role, so the plain participant edge yields to the specific one.
SPECIFIC_ROLES = frozenset({str(PA.agent), str(PA.target)})

_PREFIXES = """PREFIX pa: <https://w3id.org/parley/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
EDGE_QUERY = (
    _PREFIXES
    + """SELECT ?s ?p ?o WHERE {
  VALUES ?p { pa:participant pa:agent pa:target pa:reportedBy pa:location
              pa:allyOf pa:memberOf pa:partOf pa:locatedIn pa:ledTo pa:about }
  ?s ?p ?o .
}"""
)
# One row per fact about a node; with ?node unbound it describes the whole store at once.
NODE_QUERY = (
    _PREFIXES
    + """SELECT ?node ?type ?label ?date ?evidence ?start ?qid ?doc WHERE {
  { ?node a ?type }
  UNION { ?node rdfs:label ?label }
  UNION { ?node pa:date ?date }
  UNION { ?node pa:evidence ?mention . ?mention pa:text ?evidence .
          OPTIONAL { ?mention pa:charStart ?start } }
  UNION { ?node owl:sameAs ?qid }
  UNION { ?node pa:evidence ?m . ?node prov:wasDerivedFrom ?doc }
}"""
)

GRAPH_FORMATS = ("graphml", "gexf", "cytoscape")
RDF_FORMAT_SUFFIXES = {"nquads": ".nq", "trig": ".trig", "turtle": ".ttl", "ntriples": ".nt", "jsonld": ".jsonld"}
EXPORT_FORMATS = GRAPH_FORMATS + tuple(RDF_FORMAT_SUFFIXES)
_SUFFIX_FORMATS = {
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".cyjs": "cytoscape",
    **{suffix: name for name, suffix in RDF_FORMAT_SUFFIXES.items()},
    ".nquads": "nquads",
    ".json": "jsonld",
}


@lru_cache(maxsize=1)
def class_kinds() -> dict[str, str]:
    """Each ontology class IRI → ``"actor"``, ``"event"`` or ``"place"`` (by ``rdfs:subClassOf*``).

    Read from ``ontology/parley.ttl`` rather than a hard-coded list, so classes added to the
    ontology later land in the right kind.

    >>> class_kinds()[str(PA.PrisonerExchange)], class_kinds()[str(PA.ArmedForce)]
    ('event', 'actor')
    """
    from graph_builder.validation import load_ontology

    ontology = load_ontology()
    kinds: dict[str, str] = {}
    for root, kind in ((PA.Actor, "actor"), (PA.Event, "event"), (PA.Place, "place")):
        for cls in ontology.transitive_subjects(RDFS.subClassOf, root):
            kinds[str(cls)] = kind
    return kinds


def local_name(iri: str) -> str:
    """The readable tail of an IRI.

    >>> local_name("https://w3id.org/parley/ontology#PrisonerExchange")
    'PrisonerExchange'
    >>> local_name("http://www.wikidata.org/entity/Q159")
    'Q159'
    """
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def describe_nodes(store: GraphStore, iris: Iterable[str] | None = None) -> dict[str, dict[str, str]]:
    """Node attributes (label, kind, class, date, evidence, wikidata, document) from the store.

    With ``iris`` the query runs once per node with the IRI bound; without, once for the store.
    """
    if iris is None:
        rows = store.select(NODE_QUERY, limit=10_000_000)
    else:
        rows = [row for iri in iris for row in store.select(NODE_QUERY, {"node": URIRef(iri)})]
    facts: dict[str, dict[str, Any]] = {}
    for row in rows:
        fact = facts.setdefault(str(row["node"]), {"types": set(), "labels": set(), "evidence": {}})
        _collect(fact, row)
    return {iri: _attributes(iri, fact) for iri, fact in facts.items()}


def _collect(fact: dict[str, Any], row: Mapping[str, Node]) -> None:
    if "type" in row:
        fact["types"].add(str(row["type"]))
    if "label" in row:
        fact["labels"].add(str(row["label"]))
    if "evidence" in row:
        start = row.get("start")
        fact["evidence"][str(row["evidence"])] = int(start) if isinstance(start, Literal) else 0
    for key in ("date", "qid", "doc"):
        if key in row:
            fact[key] = str(row[key])


def _attributes(iri: str, fact: Mapping[str, Any]) -> dict[str, str]:
    kinds = class_kinds()
    typed = sorted(t for t in fact["types"] if t in kinds)
    # The most specific class wins: pa:GovernmentBody over pa:Organization.
    cls = max(typed, key=lambda t: (t != str(PA.Organization), t), default=None)
    kind = kinds[cls] if cls else "other"
    attrs = {"iri": iri, "kind": kind, "class": local_name(cls) if cls else ""}
    label = min(fact["labels"], default=None)
    date = fact.get("date")
    if label is None:
        label = f"{attrs['class'] or local_name(iri)}" + (f" ({date})" if date else "")
    attrs["label"] = label
    evidence = sorted(fact["evidence"], key=lambda text: (fact["evidence"][text], text))
    optional = {
        "date": date,
        "evidence": " | ".join(evidence) or None,
        "wikidata": fact.get("qid"),
        "document": fact.get("doc"),
    }
    attrs.update({k: v for k, v in optional.items() if v})
    return {k: v for k, v in attrs.items() if v}


def build_graph(edges: Iterable[tuple[str, str, str]], nodes: Mapping[str, Mapping[str, str]]) -> nx.MultiDiGraph:
    """Assemble the projection from ``(source, property, target)`` edges and node attributes.

    Actors, events and places are kept; an edge to anything else (a Wikidata item, a
    mention) is dropped. Edges from an event carry that event's evidence, for hover text.
    """
    graph = nx.MultiDiGraph()
    for iri, attrs in nodes.items():
        if attrs.get("kind") in ("actor", "event", "place"):
            graph.add_node(iri, **attrs)
    unique = set(edges)
    specific = {(s, o) for s, p, o in unique if p in SPECIFIC_ROLES}
    for source, prop, target in sorted(unique):
        if source not in graph or target not in graph or prop not in EDGE_PROPERTIES:
            continue
        if prop == str(PA.participant) and (source, target) in specific:
            continue
        label = local_name(prop)
        attrs = {"label": label, "property": prop}
        if "evidence" in graph.nodes[source]:
            attrs["evidence"] = graph.nodes[source]["evidence"]
        graph.add_edge(source, target, key=label, **attrs)
    return graph


def project(store: GraphStore) -> nx.MultiDiGraph:
    """The whole store as a graph of actors, events and places (roles and relations as edges)."""
    edges = [(str(r["s"]), str(r["p"]), str(r["o"])) for r in store.select(EDGE_QUERY, limit=10_000_000)]
    nodes = describe_nodes(store)
    events_and_linked = {iri: a for iri, a in nodes.items() if a["kind"] == "event"}
    linked = {n for s, _, o in edges for n in (s, o)}
    events_and_linked.update({iri: a for iri, a in nodes.items() if iri in linked})
    return build_graph(edges, events_and_linked)


def to_cytoscape(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Cytoscape.js JSON (``elements.nodes`` / ``elements.edges``), as Cytoscape desktop imports it.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="A"); g.add_node("b", label="B")
    >>> _ = g.add_edge("a", "b", key="agent", label="agent")
    >>> data = to_cytoscape(g)
    >>> [e["data"]["source"] for e in data["elements"]["edges"]]
    ['a']
    """
    return nx.cytoscape_data(graph, name="label", ident="id")  # type: ignore[no-any-return]


def export_format(path: Path, fmt: str | None = None) -> str:
    """The export format: ``fmt`` if given, else from the file name.

    >>> export_format(Path("g.graphml")), export_format(Path("g.cy.json")), export_format(Path("g.nq"))
    ('graphml', 'cytoscape', 'nquads')
    >>> export_format(Path("g.out"), "turtle")
    'turtle'
    """
    if fmt is not None:
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
        return fmt
    if path.name.lower().endswith(".cy.json"):
        return "cytoscape"
    try:
        return _SUFFIX_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(_SUFFIX_FORMATS))
        raise StoreError(f"cannot tell the format of {path.name!r}: use --format or one of {known}") from None


def export(store: GraphStore, path: Path, fmt: str | None = None) -> str:
    """Write the store to ``path`` as RDF or as a projected graph; return the format used."""
    fmt = export_format(path, fmt)
    try:
        if fmt in RDF_FORMAT_SUFFIXES:
            _export_rdf(store, path, RDF_FORMAT_SUFFIXES[fmt])
            return fmt
        graph = project(store)
        if fmt == "graphml":
            nx.write_graphml(graph, path)
        elif fmt == "gexf":
            nx.write_gexf(graph, path)
        else:
            path.write_text(json.dumps(to_cytoscape(graph), indent=1, ensure_ascii=False), encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc}") from exc
    return fmt


def _export_rdf(store: GraphStore, path: Path, suffix: str) -> None:
    if path.suffix.lower() == suffix:
        store.export(path)
        return
    # GraphStore.export picks the syntax from the extension; write under the right one
    # beside the target, then rename, so `--format turtle graph.txt` works too.
    fd, tmp = tempfile.mkstemp(suffix=suffix, dir=path.parent or Path("."))
    os.close(fd)
    try:
        store.export(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
