"""SERVICE and LOAD never make the server call out unless an operator allowed the origin."""

from __future__ import annotations

import httpx
import pytest

from tests.integration.api.conftest import ADMIN, Server
from tests.integration.api.security.conftest import Listener

UPDATE = {"Content-Type": "application/sparql-update"}
QUERY = {"Content-Type": "application/sparql-query"}

# Each spelling Oxigraph's parser accepts as a SERVICE (measured: it needs no space around
# keywords and resolves prefixed names and BASE), so each would reach the listener.
SERVICE_QUERIES = [
    "SELECT * { SERVICE <{url}> { ?s ?p ?o } }",
    "select * { service <{url}> { ?s ?p ?o } }",
    "SELECT*{SERVICE<{url}>{?s ?p ?o}}",
    "SELECT * { SERVICESILENT<{url}>{ ?s ?p ?o } }",
    "PREFIX : <{url}> SELECT * { SERVICE:x { ?s ?p ?o } }",
    "PREFIX e: <{url}> SELECT * { SERVICE e:x { ?s ?p ?o } }",
    "BASE <{url}> SELECT * { SERVICE <x> { ?s ?p ?o } }",
    "SELECT * { OPTIONAL { SERVICE <{url}> { ?s ?p ?o } } }",
    "ASK { FILTER EXISTS { SERVICE SILENT <{url}> { } } }",
    "SELECT * { ?s ?p true.SERVICE <{url}> { ?s ?p ?o } }",
    # An escaped IRI the guard once took for code, so that the quote in it opened a "string"
    # hiding the SERVICE up to the quote in the next IRI.
    "SELECT * { BIND(<urn:a\\u0041'> AS ?x) SERVICE <{url}> { } BIND(<urn:b'> AS ?y) }",
]
LOAD_UPDATES = [
    "LOAD <{url}>",
    "LOAD SILENT <{url}>",
    "LOADSILENT<{url}>",
    "load <{url}> INTO GRAPH <urn:parley:test:loaded>",
    "PREFIX : <{url}> LOAD :x",
    "CLEAR GRAPH <urn:parley:test:none>;LOAD<{url}>",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_without_calling_out(client: httpx.Client, listener: Listener, template: str) -> None:
    query = template.replace("{url}", f"{listener.origin}/sparql")
    for response in (
        client.get("/sparql", params={"query": query}),
        client.post("/sparql", data={"query": query}),
        client.post("/sparql", content=query, headers=QUERY),
    ):
        assert response.status_code == 400, response.text
        assert "SERVICE and LOAD of remote IRIs are disabled" in response.json()["detail"]
    assert listener.connections == 0


@pytest.mark.parametrize("template", LOAD_UPDATES)
def test_load_is_refused_without_calling_out(admin: httpx.Client, listener: Listener, template: str) -> None:
    update = template.replace("{url}", f"{listener.origin}/data.ttl")
    for response in (
        admin.post("/sparql/update", content=update, headers=UPDATE),
        admin.post("/sparql/update", data={"update": update}),
        admin.post("/sparql", data={"update": update}),
    ):
        assert response.status_code == 400, response.text
        assert "PARLEY_FEDERATION_ORIGINS" in response.json()["detail"]
    assert listener.connections == 0


def test_service_behind_an_ambiguous_less_than_is_refused(client: httpx.Client, listener: Listener) -> None:
    # Oxigraph reads "<'>" after an operand as less-than and a string: the SERVICE is code.
    query = f"SELECT * {{ BIND(1 AS ?v) FILTER(?v<'>x' || true) SERVICE <{listener.origin}/s> {{ }} BIND('' AS ?z) }}"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400, response.text
    assert "ambiguous '<'" in response.json()["detail"]
    assert listener.connections == 0


def test_names_that_merely_contain_the_keywords_still_work(client: httpx.Client) -> None:
    query = "PREFIX ex: <urn:x:> SELECT * { ?s ex:download ?o . ?s ex:serviceArea 'LOAD' } # SERVICE"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200, response.text


def test_allow_list_admits_only_its_origins(exposed_server: tuple[Server, str], listener: Listener) -> None:
    server, allowed = exposed_server
    with server.client(ADMIN) as admin:
        elsewhere = admin.get("/sparql", params={"query": f"SELECT * {{ SERVICE <{listener.origin}/s> {{ }} }}"})
        assert elsewhere.status_code == 400, elsewhere.text
        assert "not on this server's federation allow-list" in elsewhere.json()["detail"]
        hidden = admin.get("/sparql", params={"query": f"PREFIX : <{allowed}/> SELECT * {{ SERVICE :s {{ }} }}"})
        assert hidden.status_code == 400 and "full <IRI>" in hidden.json()["detail"], hidden.text
        # Allowed, but nothing listens there: the failed call is the client's 4xx, not a 500.
        service = admin.get("/sparql", params={"query": f"SELECT * {{ SERVICE <{allowed}/sparql> {{ ?s ?p ?o }} }}"})
        assert service.status_code == 400, service.text
        load = admin.post("/sparql/update", content=f"LOAD <{allowed}/data.ttl>", headers=UPDATE)
        assert load.status_code == 400, load.text
        assert load.json()["detail"].startswith(f"LOAD of {allowed}/data.ttl failed"), load.text
    assert listener.connections == 0


def test_json_ld_remote_context_is_not_fetched(admin: httpx.Client, listener: Listener) -> None:
    body = f'{{"@context": "{listener.origin}/context.jsonld", "@id": "urn:s", "name": "x"}}'
    headers = {"Content-Type": "application/ld+json"}
    response = admin.put("/rdf-graphs", params={"graph": "urn:parley:test:ctx"}, content=body, headers=headers)
    assert response.status_code == 400, response.text
    assert "remote contexts" in response.json()["detail"]
    assert listener.connections == 0
