"""SPARQL 1.1 Protocol conformance against the real server: every result format, read with
SPARQLWrapper or parsed with rdflib, the dataset parameters, negotiation and errors."""

from __future__ import annotations

import csv
import io
import json
import warnings

import httpx
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from SPARQLWrapper import CSV, JSON, JSONLD, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from tests.integration.api.conftest import Server

PA = "https://w3id.org/parley/ontology#"
STATES = f"SELECT ?s ?label WHERE {{ ?s a <{PA}State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label }}"
EXCHANGES = f"CONSTRUCT {{ ?e a <{PA}PrisonerExchange> ; <{PA}participant> ?p }} WHERE {{ ?e a <{PA}PrisonerExchange> ; <{PA}participant> ?p }}"  # noqa: E501
RUSSIA = URIRef("https://w3id.org/parley/id/actor/russia")
UKRAINE = URIRef("https://w3id.org/parley/id/actor/ukraine")


def wrapper(server: Server, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{server.url}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql


@pytest.mark.parametrize("method", [None, POST])
def test_select_json_with_sparqlwrapper(server: Server, method: str | None) -> None:
    result = wrapper(server, STATES, JSON, method).queryAndConvert()
    assert isinstance(result, dict)
    labels = {b["label"]["value"] for b in result["results"]["bindings"]}
    assert {"Russia", "Ukraine"} <= labels
    assert result["head"]["vars"] == ["s", "label"]


def test_select_xml_with_sparqlwrapper(server: Server) -> None:
    document = wrapper(server, STATES, XML).queryAndConvert()
    uris = {node.firstChild.data for node in document.getElementsByTagName("uri")}  # type: ignore[union-attr]
    assert {str(RUSSIA), str(UKRAINE)} <= uris


def test_select_csv_and_tsv_with_sparqlwrapper(server: Server) -> None:
    rows = list(csv.DictReader(io.StringIO(wrapper(server, STATES, CSV).queryAndConvert().decode())))  # type: ignore[union-attr]
    assert {"s": str(RUSSIA), "label": "Russia"} in rows
    tsv = wrapper(server, STATES, TSV).queryAndConvert().decode()  # type: ignore[union-attr]
    lines = [line.split("\t") for line in tsv.strip().split("\n")]
    assert lines[0] == ["?s", "?label"]
    assert [f"<{RUSSIA}>", '"Russia"'] in lines[1:]


def test_ask_json_and_xml(server: Server) -> None:
    query = f"ASK {{ <{RUSSIA}> a <{PA}State> }}"
    assert wrapper(server, query, JSON).queryAndConvert() == {"head": {}, "boolean": True}
    document = wrapper(server, query, XML).queryAndConvert()
    assert document.getElementsByTagName("boolean")[0].firstChild.data == "true"  # type: ignore[union-attr]


@pytest.mark.parametrize(("fmt", "rdflib_format"), [(TURTLE, "turtle"), (RDFXML, "xml"), (JSONLD, "json-ld")])
def test_construct_formats_parse_with_rdflib(server: Server, fmt: str, rdflib_format: str) -> None:
    sparql = wrapper(server, EXCHANGES, fmt)
    raw = sparql.query().response.read()
    with warnings.catch_warnings():
        # rdflib's own JSON-LD parser still goes through its deprecated ConjunctiveGraph.
        warnings.simplefilter("ignore", DeprecationWarning)
        graph = Graph().parse(data=raw, format=rdflib_format)
    exchanges = set(graph.subjects(RDF.type, URIRef(PA + "PrisonerExchange")))
    assert exchanges, raw[:300]
    participants = {o for e in exchanges for o in graph.objects(e, URIRef(PA + "participant"))}
    assert {RUSSIA, UKRAINE} <= participants


@pytest.mark.parametrize(("accept", "rdflib_format"), [("application/n-triples", "nt"), ("application/trig", "trig")])
def test_construct_ntriples_and_trig(client: httpx.Client, accept: str, rdflib_format: str) -> None:
    response = client.get("/sparql", params={"query": EXCHANGES}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(accept)
    with warnings.catch_warnings():
        # rdflib's TriG parser still goes through its deprecated ConjunctiveGraph.
        warnings.simplefilter("ignore", DeprecationWarning)
        graph = Graph().parse(data=response.text, format=rdflib_format)
    assert (None, URIRef(PA + "participant"), RUSSIA) in graph


def test_post_sparql_query_body_and_format_override(client: httpx.Client) -> None:
    response = client.post(
        "/sparql",
        params={"format": "csv"},
        content=STATES,
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "Russia" in response.text


def test_accept_quality_values_pick_the_best(client: httpx.Client) -> None:
    accept = "application/sparql-results+json;q=0.2, application/sparql-results+xml;q=0.9, */*;q=0.1"
    response = client.get("/sparql", params={"query": STATES}, headers={"Accept": accept})
    assert response.headers["content-type"].startswith("application/sparql-results+xml"), response.text


def test_dataset_parameters(client: httpx.Client) -> None:
    doc_graph = "https://w3id.org/parley/id/graph/doc/seed"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    only_entities = client.get(
        "/sparql", params={"query": count, "default-graph-uri": "https://w3id.org/parley/id/graph/entities"}
    )
    union = client.get("/sparql", params={"query": count})
    n_entities = int(only_entities.json()["results"]["bindings"][0]["n"]["value"])
    n_union = int(union.json()["results"]["bindings"][0]["n"]["value"])
    assert 0 < n_entities < n_union
    named = client.get(
        "/sparql",
        params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": doc_graph},
    )
    assert [b["g"]["value"] for b in named.json()["results"]["bindings"]] == [doc_graph]
    bad = client.get("/sparql", params={"query": count, "default-graph-uri": "not an iri"})
    assert bad.status_code == 400, bad.text


def test_malformed_query_is_400_with_parser_position(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert response.status_code == 400, response.text
    detail = response.json()["detail"]
    assert detail.startswith("malformed SPARQL: error at 1:"), detail


def test_unacceptable_format_is_406(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": STATES}, headers={"Accept": "image/png"})
    assert response.status_code == 406, response.text
    assert client.get("/sparql", params={"query": STATES, "format": "nonsense"}).status_code == 406


def test_result_limit_truncates_and_says_so(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?a ?p ?o . ?b ?q ?r }"})
    assert response.status_code == 200, response.text
    assert len(response.json()["results"]["bindings"]) == 1000
    assert response.headers["x-parley-truncated"] == "true"


def test_service_description(server: Server, client: httpx.Client) -> None:
    response = client.get("/sparql")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    service = graph.value(predicate=RDF.type, object=URIRef(sd + "Service"))
    assert service is not None
    assert (service, URIRef(sd + "endpoint"), URIRef(f"{server.url}/sparql")) in graph
    languages = set(graph.objects(service, URIRef(sd + "supportedLanguage")))
    assert languages == {URIRef(sd + "SPARQL11Query"), URIRef(sd + "SPARQL11Update")}


def test_update_over_get_is_refused(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"update": "CLEAR ALL"})
    assert response.status_code == 400, response.text


def test_cors_preflight(client: httpx.Client) -> None:
    response = client.options(
        "/sparql", headers={"Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert json.loads(client.get("/health").text)["status"] == "ok"
