"""The protocol's using-graph-uri parameters become USING clauses in the right places only;
each rewritten update is checked by running it on a real in-memory store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph_builder.errors import QueryError
from graph_builder.update_dataset import with_using

A, B, T = ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:t")
P = ox.NamedNode("urn:p")


def store() -> ox.Store:
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode("urn:in-a"), P, ox.Literal("x"), A))
    s.add(ox.Quad(ox.NamedNode("urn:in-b"), P, ox.Literal("x"), B))
    return s


def copied(s: ox.Store) -> set[str]:
    return {q.subject.value for q in s.quads_for_pattern(None, None, None, T)}  # type: ignore[union-attr]


def test_default_graphs_limit_the_where_clause() -> None:
    s = store()
    s.update(with_using("INSERT { GRAPH <urn:t> { ?s ?p ?o } } WHERE { ?s ?p ?o }", ["urn:a"], []))
    assert copied(s) == {"urn:in-a"}


def test_named_graphs_limit_graph_patterns() -> None:
    s = store()
    s.update(with_using("INSERT { GRAPH <urn:t> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }", [], ["urn:b"]))
    assert copied(s) == {"urn:in-b"}


def test_every_operation_gets_the_dataset_and_delete_where_is_spelled_out() -> None:
    s = store()
    update = """PREFIX where: <urn:>  # a comment with WHERE in it
        INSERT { GRAPH <urn:t> { ?s where:p "WHERE { }" } } WHERE { ?s ?p ?o FILTER(1 < 2 && 3 > 2) } ;
        DELETE WHERE { ?s ?p ?where }"""
    s.update(with_using(update, ["urn:b"], []))
    # The INSERT read only urn:b. DELETE WHERE matched in urn:b too, but its template deletes
    # from the store's own default graph, which holds nothing: both source graphs stay.
    assert copied(s) == {"urn:in-b"}
    assert [len(list(s.quads_for_pattern(None, None, None, g))) for g in (A, B)] == [1, 1]


def test_subquery_where_is_left_alone() -> None:
    update = "INSERT { GRAPH <urn:t> { ?s ?p ?o } } WHERE { { SELECT ?s ?p ?o WHERE { ?s ?p ?o } } }"
    rewritten = with_using(update, ["urn:a"], [])
    assert rewritten.count("USING") == 1
    s = store()
    s.update(rewritten)
    assert copied(s) == {"urn:in-a"}


def test_updates_without_where_are_unchanged() -> None:
    update = "CLEAR ALL ; INSERT DATA { GRAPH <urn:t> { <urn:x> <urn:p> 'WHERE' } }"
    assert with_using(update, ["urn:a"], ["urn:b"]) == update


@pytest.mark.parametrize(
    "update",
    [
        "WITH <urn:a> INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "INSERT { ?s ?p ?o } USING <urn:a> WHERE { ?s ?p ?o }",
        "insert { ?s ?p ?o } using named <urn:a> where { graph ?g { ?s ?p ?o } }",
    ],
)
def test_using_or_with_in_the_update_conflicts(update: str) -> None:
    with pytest.raises(QueryError, match="cannot be combined"):
        with_using(update, [], ["urn:b"])


def test_graph_iris_are_validated_not_pasted() -> None:
    with pytest.raises(QueryError, match="invalid graph IRI"):
        with_using("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }", ["urn:a> } ; DROP ALL ; INSERT { <urn:x"], [])
