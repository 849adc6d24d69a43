"""Every IRI base Parley uses, in one place.

Minting rules (the contract's "deterministic IRIs") live in :mod:`graph_builder.rdf`;
this module only names the namespaces and the fixed graph names.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

PA = Namespace("https://w3id.org/parley/ontology#")
PID = Namespace("https://w3id.org/parley/id/")
WD = Namespace("http://www.wikidata.org/entity/")
# Coordinates are written as Wikidata writes them: wdt:P625 with a GeoSPARQL WKT literal.
WDT = Namespace("http://www.wikidata.org/prop/direct/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")

ENTITIES_GRAPH = URIRef(PID["graph/entities"])
ONTOLOGY_GRAPH = URIRef(PID["graph/ontology"])
DOC_GRAPH_PREFIX = str(PID["graph/doc/"])

PREFIXES: dict[str, object] = {
    "pa": PA,
    "pid": PID,
    "wd": WD,
    "wdt": WDT,
    "geo": GEO,
    "prov": PROV,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "xsd": XSD,
}


def doc_graph(doc_id: str) -> URIRef:
    """The named graph holding one document's statements.

    >>> doc_graph("seed")
    rdflib.term.URIRef('https://w3id.org/parley/id/graph/doc/seed')
    """
    return URIRef(DOC_GRAPH_PREFIX + doc_id)


def doc_iri(doc_id: str) -> URIRef:
    """The IRI of a source document."""
    return URIRef(PID["doc/" + doc_id])
