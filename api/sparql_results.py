"""SPARQL results → the W3C result formats, streamed under the row limit and deadline."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pyoxigraph as ox

from graph_builder.store import bounded

JSON_RESULTS = "application/sparql-results+json"
TURTLE = "text/turtle"
N_TRIPLES = "application/n-triples"


def term_json(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 JSON results shape."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def select_json(result: ox.QuerySolutions, *, limit: int, timeout: float) -> Iterator[bytes]:
    """Stream SELECT results as SPARQL JSON; stops at ``limit`` rows."""
    names = [v.value for v in result.variables]
    yield (json.dumps({"head": {"vars": names}})[:-1] + ', "results": {"bindings": [').encode()
    for count, row in enumerate(bounded(result, limit=limit, timeout=timeout)):
        binding = {n: term_json(v) for n, v in zip(names, row, strict=True) if v is not None}
        yield ((", " if count else "") + json.dumps(binding)).encode()
    yield b"]}}"


def ask_json(result: ox.QueryBoolean) -> bytes:
    return json.dumps({"head": {}, "boolean": bool(result)}).encode()


def triples_text(result: ox.QueryTriples, media_type: str, *, limit: int, timeout: float) -> bytes:
    """CONSTRUCT/DESCRIBE results as Turtle or N-Triples, at most ``limit`` triples."""
    fmt = ox.RdfFormat.N_TRIPLES if media_type == N_TRIPLES else ox.RdfFormat.TURTLE
    triples = list(bounded(result, limit=limit, timeout=timeout))  # type: ignore[arg-type]
    return ox.serialize(triples, format=fmt) or b""  # type: ignore[arg-type]
