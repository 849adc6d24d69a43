"""The checks that run before any parser: what they refuse and what they let through."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from graph_builder.config import Settings
from graph_builder.errors import InputError, QueryRefusedError, RemoteAccessError
from graph_builder.guards import SparqlLimits, check_json_depth, check_rdf_xml, check_sparql

OPEN = SparqlLimits()
ALLOWED = SparqlLimits(allowed_origins=frozenset({"https://query.example.org"}))
URL = "https://query.example.org/sparql"


@pytest.mark.parametrize(
    "text",
    [
        f"SELECT * {{ SERVICE <{URL}> {{ }} }}",
        f"SELECT * {{ SERVICESILENT<{URL}>{{ }} }}",
        f"PREFIX : <{URL}> SELECT * {{ SERVICE:x {{ }} }}",
        f"SELECT * {{ ?s ?p true.service <{URL}> {{ }} }}",
        f"LOAD <{URL}>",
        f"CLEAR ALL;load<{URL}>",
        f"PREFIX service: <{URL}> SELECT * {{ service:x ?p ?o }}",  # refused: the prefix could be the keyword
        f"SELECT * {{ BIND(<urn:a\\u0041'> AS ?x) SERVICE <{URL}> {{ }} BIND(<urn:b'> AS ?y) }}",
        f"SELECT * {{ ?s ex:-SERVICE <{URL}> }}",
    ],
)
def test_remote_access_is_refused_by_default(text: str) -> None:
    with pytest.raises(RemoteAccessError, match="disabled on this server"):
        check_sparql(text, OPEN)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { ?s <urn:service> 'SERVICE' . ?s ?p \"\"\"LOAD <http://x/>\"\"\" } # SERVICE <http://x/>",
        "PREFIX ex: <urn:x:> SELECT * { ?s ex:download ?o ; ex:serviceArea ?a . ?service ?p $load }",
    ],
)
def test_keywords_in_strings_iris_comments_variables_and_local_names_are_not_remote(text: str) -> None:
    assert check_sparql(text, OPEN).remote == ()


def test_allow_list_admits_exact_origins_written_out() -> None:
    assert check_sparql(f"SELECT * {{ SERVICE SILENT <{URL}> {{ }} }}", ALLOWED).remote == (URL,)
    assert check_sparql(f"LOAD <{URL}> INTO GRAPH <urn:g>", ALLOWED).remote == (URL,)
    for text, reason in [
        ("SELECT * { SERVICE <https://query.example.org:8443/s> { } }", "allow-list"),
        ("SELECT * { SERVICE <http://query.example.org/s> { } }", "allow-list"),
        (f"PREFIX q: <{URL}> SELECT * {{ SERVICE q:x {{ }} }}", "full <IRI>"),
        ("SELECT * { SERVICE ?endpoint { } }", "full <IRI>"),
        (f"SELECT * {{ SERVICE <{URL[:5]}\\u003A{URL[6:]}> {{ }} }}", "full <IRI>"),
    ]:
        with pytest.raises(RemoteAccessError, match=reason):
            check_sparql(text, ALLOWED)


def test_nesting_and_chains_are_bounded() -> None:
    check_sparql("SELECT * { FILTER(" + "(" * 100 + "1" + ")" * 100 + ") }", SparqlLimits(max_depth=102))
    with pytest.raises(QueryRefusedError, match="nests brackets 103 deep"):
        check_sparql("SELECT * { FILTER(" + "(" * 101 + "1" + ")" * 101 + ") }", SparqlLimits(max_depth=102))
    with pytest.raises(QueryRefusedError, match="chains"):
        check_sparql("ASK { FILTER(" + "||".join(["true"] * 2000) + ") }", OPEN)
    flat = "INSERT DATA { " + " ".join(f"<urn:s{i}> <urn:p> {i}, {i + 1} ." for i in range(5000)) + " }"
    check_sparql(flat, OPEN)  # the flat data of INSERT DATA is not a chain


def test_json_depth_ignores_brackets_in_strings() -> None:
    check_json_depth('{"a": "[[[[[[", "b": [{"c": "\\"]]]]"}]}', 3)
    with pytest.raises(InputError, match="nests 4 deep"):
        check_json_depth(b"[[[[]]]]", 3)


def test_rdf_xml_entities_and_non_utf8_are_refused() -> None:
    check_rdf_xml(b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>')
    with pytest.raises(InputError, match="UTF-8"):
        check_rdf_xml("<rdf:RDF/>".encode("utf-16"))


@pytest.mark.parametrize("origin", ["https://query.example.org/", "https://query.example.org/sparql", "HTTPS://Q.org"])
def test_federation_origins_must_be_exact_origins(origin: str) -> None:
    with pytest.raises(ValidationError, match="not an origin"):
        Settings(federation_origins=[origin])


@pytest.mark.parametrize(
    "text",
    [
        # Oxigraph reads "<" after an operand as less-than: the quote opens its string, so the
        # SERVICE is code to it while a scan that took "<'>" for an IRI saw it inside a string.
        f"SELECT * {{ BIND(1 AS ?v) FILTER(?v<'>x' || true) SERVICE <{URL}> {{ }} BIND('' AS ?z) }}",
        "SELECT * { FILTER(?a<" + "(" * 300 + "1" + ")" * 300 + "&&?b>0) }",  # nesting hidden the same way
        "SELECT * { FILTER(1<#>\n) }",
    ],
)
def test_ambiguous_less_than_is_refused(text: str) -> None:
    with pytest.raises(QueryRefusedError, match="ambiguous '<'"):
        check_sparql(text, OPEN)


def test_common_iris_after_values_are_not_ambiguous() -> None:
    rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    for text in [
        f"SELECT * {{ ?s <{rdfs}label> ?o FILTER(?p = <{rdfs}label> || ?p IN (<{rdfs}label>, <{rdfs}comment>)) }}",
        f"SELECT * {{ VALUES (?a ?b) {{ (<{rdfs}label> <{rdfs}comment>) }} }}",
        'SELECT * { ?s ?p ?d FILTER(?d < "2025"^^<http://www.w3.org/2001/XMLSchema#gYear>) }',
        f"SELECT * {{ ?s (<{rdfs}label>|<{rdfs}comment>) ?o }}",
    ]:
        check_sparql(text, OPEN)


def test_a_prefix_named_values_does_not_open_a_values_block() -> None:
    text = "PREFIX values: <urn:x:> SELECT * { ?s values:p ?o { FILTER(?v<'>x' || true) } }"
    with pytest.raises(QueryRefusedError, match="ambiguous '<'"):
        check_sparql(text, OPEN)
    check_sparql("SELECT * { VALUES (?a ?b) { (<urn:x#1> <urn:y#2>) } }", OPEN)
