"""Inputs that overflowed a parser's stack (killing a query worker or the whole server) or
expanded past the body limit are refused with 400 before any parser sees them."""

from __future__ import annotations

import httpx
import pytest

from tests.integration.api.conftest import Server

UPDATE = {"Content-Type": "application/sparql-update"}
GRAPH = "urn:parley:test:hostile-upload"
DEEP = 5000  # measured: Oxigraph's parser overflows its stack between 3,000 and 10,000
HOSTILE_QUERIES = {
    "nested parentheses": "SELECT * { FILTER(" + "(" * DEEP + "1" + ")" * DEEP + ") }",
    "nested groups": "SELECT * " + "{" * DEEP + "}" * DEEP,
    "nested function calls": "SELECT * { BIND(" + "CONCAT(" * 1000 + '"a"' + ")" * 1000 + " AS ?x) }",
    "a chain of additions": "SELECT * { FILTER(" + "+".join(["1"] * 12_000) + ") }",
    "a chain of unions": "SELECT * {" + "UNION".join(["{}"] * 12_000) + "}",
}


def _alive(server: Server) -> None:
    with server.client() as http:
        assert http.get("/health").status_code == 200
        answer = http.get("/sparql", params={"query": "ASK {}"})
        assert answer.status_code == 200 and answer.json()["boolean"] is True, answer.text


@pytest.mark.parametrize("name", sorted(HOSTILE_QUERIES))
def test_hostile_query_is_refused_and_workers_live(server: Server, client: httpx.Client, name: str) -> None:
    response = client.post(
        "/sparql", content=HOSTILE_QUERIES[name], headers={"Content-Type": "application/sparql-query"}
    )
    assert response.status_code == 400, response.text
    assert "the limit is" in response.json()["detail"]
    _alive(server)


@pytest.mark.parametrize("name", sorted(HOSTILE_QUERIES))
def test_hostile_update_is_refused_and_the_server_lives(server: Server, admin: httpx.Client, name: str) -> None:
    update = HOSTILE_QUERIES[name].replace("SELECT * ", "INSERT { <urn:s> <urn:p> 1 } WHERE ", 1)
    response = admin.post("/sparql/update", content=update, headers=UPDATE)
    assert response.status_code == 400, response.text
    assert "the limit is" in response.json()["detail"]
    _alive(server)


def test_nesting_behind_an_ambiguous_less_than_is_refused(server: Server, admin: httpx.Client) -> None:
    # "<((…))&&?b>" reads as an IRI to a naive scan and as less-than and 5,000 parentheses to Oxigraph.
    update = "INSERT { <urn:s> <urn:p> 1 } WHERE { FILTER(?a<" + "(" * DEEP + "1" + ")" * DEEP + "&&?b>0) }"
    response = admin.post("/sparql/update", content=update, headers=UPDATE)
    assert response.status_code == 400, response.text
    assert "ambiguous '<'" in response.json()["detail"]
    _alive(server)


def test_deep_json_ld_upload_is_refused_and_the_server_lives(server: Server, admin: httpx.Client) -> None:
    body = '{"@id": "urn:s", "urn:p": ' + '{"urn:p": ' * 6000 + "1" + "}" * 6000 + "}"
    response = admin.put(
        "/rdf-graphs", params={"graph": GRAPH}, content=body, headers={"Content-Type": "application/ld+json"}
    )
    assert response.status_code == 400, response.text
    assert "nests" in response.json()["detail"]
    _alive(server)


def test_shallow_json_ld_upload_is_stored(admin: httpx.Client) -> None:
    body = '{"@id": "urn:s", "urn:p": ' + '{"urn:p": ' * 20 + "1" + "}" * 20 + "}"
    response = admin.put(
        "/rdf-graphs", params={"graph": GRAPH}, content=body, headers={"Content-Type": "application/ld+json"}
    )
    assert response.status_code in (201, 204), response.text
    assert admin.delete("/rdf-graphs", params={"graph": GRAPH}).status_code == 204


def test_rdf_xml_entity_bomb_is_refused(admin: httpx.Client, server: Server) -> None:
    # 552 bytes that expand to a 100 MB literal (ten levels of ten-fold expansion).
    entities = '<!ENTITY a0 "aaaaaaaaaa">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 8))
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rdf:RDF [{entities}]>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:p="urn:x#">'
        '<rdf:Description rdf:about="urn:s"><p:p>&a7;</p:p></rdf:Description></rdf:RDF>'
    )
    response = admin.put(
        "/rdf-graphs", params={"graph": GRAPH}, content=body, headers={"Content-Type": "application/rdf+xml"}
    )
    assert response.status_code == 400, response.text
    assert "ENTITY" in response.json()["detail"]
    with server.client() as http:
        assert http.get("/rdf-graphs", params={"graph": GRAPH}).status_code == 404


def test_nested_multipart_upload_is_refused(server: Server, admin: httpx.Client) -> None:
    # 1,300 nested multipart levels (90 KB) overflowed the e-mail parser's recursion (a 500).
    inner = b"Content-Type: text/turtle\r\n\r\n<urn:s> <urn:p> 1 .\r\n"
    for level in range(1300, 0, -1):
        boundary = b"b%d" % level
        head = b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n--" + boundary + b"\r\n"
        inner = head + inner + b"\r\n--" + boundary + b"--\r\n"
    body = b"--b0\r\n" + inner + b"\r\n--b0--\r\n"
    headers = {"Content-Type": "multipart/form-data; boundary=b0"}
    response = admin.post("/rdf-graphs", params={"graph": GRAPH}, content=body, headers=headers)
    assert response.status_code == 400, response.text
    assert "multipart" in response.json()["detail"]
    _alive(server)
