"""The ontology and the SHACL shapes, loaded from ``ontology/``, and graph validation.

``validate_graph`` checks a built graph against ``ontology/shapes.ttl``. The ontology is given
to pyshacl as ``ont_graph``: pyshacl mixes it into a copy of the data graph, so the
``rdfs:subClassOf`` triples are there and ``sh:targetClass pa:Event`` reaches ``pa:Attack``
instances (SHACL's own subclass rule) without running a full RDFS closure, which would be
slower and would type every value of ``pa:participant`` as ``pa:Actor`` and hide the very
mistakes the shapes exist to catch.

Pass the union of a document's graph and the entities graph: the shapes are closed-world
(an event's actors must carry a type and a label). A ``Dataset`` is flattened to that union.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pyshacl import validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from graph_builder.errors import ConfigError
from graph_builder.namespaces import PA

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
ONTOLOGY_FILE = "parley.ttl"
SHAPES_FILE = "shapes.ttl"

_Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class Violation:
    """One SHACL result, reduced to what a caller needs to report or test it."""

    focus: Node
    path: URIRef | None
    component: URIRef
    message: str


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`; ``text`` is pyshacl's human-readable report."""

    conforms: bool
    text: str
    violations: int
    results: tuple[Violation, ...] = ()


@lru_cache(maxsize=8)
def _triples(path: Path) -> frozenset[_Triple]:
    # Cached as an immutable set of triples; callers get a fresh Graph built from it, so no
    # caller can mutate what another one sees. Blank nodes keep their identity across copies,
    # which is harmless because every copy comes from this one parse.
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as exc:
        raise ConfigError(f"ontology file not found: {path}") from exc
    except Exception as exc:  # rdflib raises several unrelated parser error types
        raise ConfigError(f"cannot parse {path}: {exc}") from exc
    return frozenset(graph)


def _graph(path: Path) -> Graph:
    graph = Graph()
    for triple in _triples(path):
        graph.add(triple)
    return graph


def load_ontology(ontology_dir: Path | None = None) -> Graph:
    """A fresh copy of the OWL ontology (``ontology/parley.ttl``)."""
    return _graph((ontology_dir or ONTOLOGY_DIR) / ONTOLOGY_FILE)


def load_shapes(ontology_dir: Path | None = None) -> Graph:
    """A fresh copy of the SHACL shapes (``ontology/shapes.ttl``)."""
    return _graph((ontology_dir or ONTOLOGY_DIR) / SHAPES_FILE)


@lru_cache(maxsize=8)
def _terms(path: Path) -> frozenset[URIRef]:
    namespace = str(PA)
    return frozenset(
        s for s, _, _ in _triples(path) if isinstance(s, URIRef) and s.startswith(namespace)
    )


def ontology_terms(ontology_dir: Path | None = None) -> frozenset[URIRef]:
    """Every ``pa:`` term the ontology describes: classes, properties, individuals.

    >>> PA.Attack in ontology_terms() and PA.evidence in ontology_terms()
    True
    >>> PA.attacks in ontology_terms()
    False
    """
    return _terms((ontology_dir or ONTOLOGY_DIR) / ONTOLOGY_FILE)


@lru_cache(maxsize=1)
def event_classes() -> tuple[URIRef, ...]:
    """``pa:Event`` and every class below it in the ontology, sorted.

    >>> PA.Attack in event_classes() and PA.Event in event_classes() and PA.State not in event_classes()
    True
    """
    subclass_of = URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf")
    parents: dict[URIRef, set[URIRef]] = {}
    for s, p, o in _triples(ONTOLOGY_DIR / ONTOLOGY_FILE):
        if p == subclass_of and isinstance(s, URIRef) and isinstance(o, URIRef):
            parents.setdefault(s, set()).add(o)
    found = {PA.Event}
    while grown := {c for c, ups in parents.items() if ups & found} - found:
        found |= grown
    return tuple(sorted(found))


def _as_plain_graph(data: Graph) -> Graph:
    # pyshacl validates each named graph of a Dataset on its own; the shapes need the union
    # (events in a document graph, their actors in the entities graph).
    if not isinstance(data, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _violations(results: Graph) -> tuple[Violation, ...]:
    # Only the report's own sh:result values: sh:detail results nested under a
    # sh:node/sh:or failure explain it and would count one mistake twice.
    found = []
    top_level = (
        result
        for report in results.subjects(RDF.type, SH.ValidationReport)
        for result in results.objects(report, SH.result)
    )
    for result in top_level:
        if results.value(result, SH.resultSeverity) != SH.Violation:
            continue
        component = results.value(result, SH.sourceConstraintComponent)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        found.append(
            Violation(
                focus=results.value(result, SH.focusNode) or BNode(),
                # A path through a blank node (sequence paths) means nothing outside results.
                path=path if isinstance(path, URIRef) else None,
                component=component if isinstance(component, URIRef) else URIRef(SH.Violation),
                message=str(message) if isinstance(message, Literal) else "",
            )
        )
    return tuple(sorted(found, key=lambda v: (str(v.focus), str(v.path), str(v.component))))


def validate_graph(data: Graph, ontology_dir: Path | None = None) -> ValidationReport:
    """Check a built graph against the shapes; never modifies ``data``.

    >>> validate_graph(Graph()).conforms
    True
    """
    conforms, results, text = validate(
        _as_plain_graph(data),
        shacl_graph=load_shapes(ontology_dir),
        ont_graph=load_ontology(ontology_dir),
        inference="none",
        inplace=False,
        allow_warnings=False,
    )
    if not isinstance(results, Graph):  # only with abort/serialisation options we do not use
        raise ConfigError("pyshacl returned no results graph")
    violations = _violations(results)
    return ValidationReport(
        conforms=bool(conforms), text=str(text), violations=len(violations), results=violations
    )
