"""RDF terms between rdflib and pyoxigraph, and the one way Parley writes them as text.

The build, the stores and the Spark job all serialise terms here, so a quad written by a
worker, an update request and an N-Quads part file spell every term the same way.

A :data:`Quad` may hold either library's terms: the build makes pyoxigraph terms (see
:mod:`graph_builder.rdf`), callers of the store may pass rdflib ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pyoxigraph as ox
from rdflib.term import Identifier, Node

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
Term = Node | OxTerm
Quad = tuple[Term, Term, Term, Term]


def to_ox(term: Term) -> OxTerm:
    """Convert an rdflib term to its pyoxigraph twin (a pyoxigraph term is returned as it is)."""
    if isinstance(term, OxTerm):
        return term
    from oxrdflib._converter import to_ox as convert

    return convert(term)  # type: ignore[no-any-return,return-value]


def from_ox(term: object) -> Node:
    """Convert a pyoxigraph term to its rdflib twin."""
    from oxrdflib._converter import from_ox as convert

    return convert(term)  # type: ignore[no-any-return,return-value,arg-type]


def lexical(term: Term) -> str:
    """An IRI's text or a literal's lexical form, whichever library made the term.

    >>> from rdflib import Literal
    >>> lexical(Literal("abc")), lexical(ox.Literal("abc"))
    ('abc', 'abc')
    """
    return term.value if isinstance(term, OxTerm) else str(term)


def ntriples(term: Term) -> str:
    """A term in N-Triples syntax, which is also valid SPARQL.

    pyoxigraph's serialiser escapes quotes, newlines and IRIs, and an IRI it accepted holds
    no character that could end it early: this is how a value enters query text safely.

    >>> from rdflib import Literal
    >>> ntriples(Literal('say "hi"'))
    '"say \\\\"hi\\\\""'
    """
    return str(term if isinstance(term, OxTerm) else to_ox(term))


def nquad_line(quad: Quad) -> str:
    """One N-Quads line, without the newline.

    >>> from rdflib import URIRef
    >>> nquad_line((URIRef("urn:s"), URIRef("urn:p"), URIRef("urn:o"), URIRef("urn:g")))
    '<urn:s> <urn:p> <urn:o> <urn:g> .'
    >>> nquad_line((ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("o"), ox.NamedNode("urn:g")))
    '<urn:s> <urn:p> "o" <urn:g> .'
    """
    s, p, o, g = quad
    return f"{ntriples(s)} {ntriples(p)} {ntriples(o)} {ntriples(g)} ."


def values_clause(variables: Sequence[str], rows: Iterable[Sequence[Identifier | ox.NamedNode | ox.Literal]]) -> str:
    """A SPARQL ``VALUES`` block binding ``variables`` to the rows, every term escaped.

    >>> from rdflib import URIRef
    >>> values_clause(["g"], [[URIRef("urn:a")], [URIRef("urn:b")]])
    'VALUES (?g) { (<urn:a>) (<urn:b>) }'
    """
    body = " ".join("(" + " ".join(ntriples(term) for term in row) + ")" for row in rows)
    return f"VALUES ({' '.join('?' + v for v in variables)}) {{ {body} }}"


def bind_values(sparql: str, bindings: Mapping[str, Identifier]) -> str:
    """Parley's own constant query text with ``bindings`` joined in as a ``VALUES`` block.

    For servers, which take no substitutions: the block goes first inside the ``WHERE``
    group (or the first group of an ``ASK``), so it joins like a substitution would. Only for
    the library's constant queries; user queries are sent as they came.

    >>> from rdflib import URIRef
    >>> bind_values("SELECT ?o WHERE { ?s ?p ?o }", {"s": URIRef("urn:x")})
    'SELECT ?o WHERE { VALUES (?s) { (<urn:x>) } ?s ?p ?o }'
    """
    if not bindings:
        return sparql
    names = list(bindings)
    block = values_clause(names, [[bindings[n] for n in names]])
    upper = sparql.upper()
    where = upper.find("WHERE")
    start = sparql.index("{", where if where >= 0 else 0)
    return f"{sparql[: start + 1]} {block}{sparql[start + 1 :]}"
