"""The GraphStore contract: what the build, the query layer and the API ask of a store.

Two implementations keep it: :class:`~graph_builder.store.embedded.EmbeddedStore` (an
Oxigraph directory opened in-process) and :class:`~graph_builder.store.remote.RemoteStore`
(a SPARQL 1.1 Protocol and Graph Store Protocol server). ``GraphStore(location)`` picks one:
an ``http(s)://`` URL means the server, anything else a directory (``None``: in memory).

Every write of one document is a single SPARQL Update request, so a server that applies an
update in one transaction (Oxigraph) shows each document graph whole or not at all.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.term import Identifier, Node

from graph_builder.errors import QueryError, QueryTimeoutError, StoreError
from graph_builder.namespaces import DOC_GRAPH_PREFIX, doc_graph
from graph_builder.terms import Quad, from_ox, ntriples

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | list[ox.Triple]
GraphName = ox.NamedNode | ox.DefaultGraph

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
}


def rdf_format_for(path: Path) -> ox.RdfFormat:
    """Pick the serialisation from a file name, or say which names are understood."""
    try:
        return RDF_FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(RDF_FORMATS))
        raise StoreError(f"cannot tell the RDF format of {path.name!r}: use one of {known}") from None


def export_format_names() -> list[str]:
    """File extensions ``export`` understands."""
    return sorted(RDF_FORMATS)


def is_server_url(location: object) -> bool:
    """Whether a store location names a SPARQL server rather than a directory.

    >>> is_server_url("http://127.0.0.1:7878/"), is_server_url(Path("var/store"))
    (True, False)
    """
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


class GraphStore:
    """An RDF dataset: one named graph per document, the union of all graphs as default graph.

    >>> store = GraphStore(None)  # in memory, for examples and tests
    >>> from rdflib import Literal
    >>> g = URIRef("https://w3id.org/parley/id/graph/doc/d1")
    >>> s, p = URIRef("https://w3id.org/parley/id/actor/x"), URIRef("urn:p")
    >>> store.replace_document("d1", [(s, p, Literal("v"), g)])
    >>> store.document_ids()
    ['d1']
    >>> len(store.select("SELECT ?o WHERE { ?s ?p ?o }"))
    1

    Methods that raise :class:`NotImplementedError` here are what an implementation
    provides; ``tests/integration/store`` runs one suite against both implementations.
    """

    path: Path | None = None
    read_only: bool = False

    def __new__(cls, location: Path | str | None = None, *args: Any, **kwargs: Any) -> GraphStore:
        if cls is GraphStore:
            from graph_builder.store.embedded import EmbeddedStore
            from graph_builder.store.remote import RemoteStore

            cls = RemoteStore if is_server_url(location) else EmbeddedStore
        return super().__new__(cls)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def location(self) -> str:
        """Where the data lives, for messages: a directory, ``memory`` or the server's URL."""
        raise NotImplementedError

    @property
    def generation(self) -> int:
        """Changes when the data may have changed: caches keyed by it refresh."""
        raise NotImplementedError

    def close(self) -> None:
        """Flush pending writes and release the store."""
        raise NotImplementedError

    def sync_for_readers(self) -> int:
        """Make every write so far visible to other readers; return the generation."""
        return self.generation

    @property
    def oxigraph(self) -> ox.Store:
        """The in-process pyoxigraph store, for bulk operations and benchmarks (embedded only)."""
        raise StoreError(f"{self.location} is a SPARQL server: this operation needs an embedded store")

    @property
    def dataset(self) -> Dataset:
        """An rdflib Dataset over the same data (union default graph), for rdflib users."""
        raise StoreError(f"{self.location} is a SPARQL server: use select()/construct() instead")

    # Writes -------------------------------------------------------------------------

    def replace_document(self, doc_id: str, doc_quads: Iterable[Quad], entity_quads: Iterable[Quad] = ()) -> None:
        """Replace one document's graph and add its entity descriptions, atomically."""
        self._write(replace_document_update(doc_id, [*doc_quads, *entity_quads]), retry_safe=True)

    def delete_document(self, doc_id: str) -> None:
        """Remove a document's graph; entity descriptions shared with others stay."""
        from graph_builder.errors import NotFoundError

        try:
            graph = ox.NamedNode(str(doc_graph(doc_id)))
        except ValueError:  # not even a valid IRI: no such document can exist
            raise NotFoundError(f"no document {doc_id!r} in the store") from None
        if not self.contains_graph(graph):
            raise NotFoundError(f"no document {doc_id!r} in the store")
        self._write(f"DROP SILENT GRAPH {graph}", retry_safe=True)

    def drop_documents(self, doc_ids: Sequence[str], *, batch: int = 500) -> None:
        """Remove many documents' graphs (absent ones are ignored), one update per ``batch``."""
        for start in range(0, len(doc_ids), batch):
            drops = (f"DROP SILENT GRAPH {ntriples(doc_graph(d))}" for d in doc_ids[start : start + batch])
            self._write(" ;\n".join(drops), retry_safe=True)

    def write_graph(self, graph: GraphName, triples: Iterable[ox.Triple], *, replace: bool) -> None:
        """Replace (PUT) or extend (POST) one graph with parsed triples, atomically.

        The update text holds only terms that came out of an RDF parser, written back by
        pyoxigraph's N-Triples serialiser (which escapes them): no request text is pasted.
        """
        self._write(write_graph_update(graph, triples, replace=replace), retry_safe=replace)

    def drop_graph(self, graph: GraphName) -> None:
        """Remove a named graph, or empty the default graph."""
        from graph_builder.errors import NotFoundError

        if isinstance(graph, ox.DefaultGraph):
            self._write("CLEAR DEFAULT", retry_safe=True)
            return
        if not self.contains_graph(graph):
            raise NotFoundError(f"no graph <{graph.value}> in the store")
        self._write(f"DROP SILENT GRAPH {graph}", retry_safe=True)

    def add_quads(self, quads: Iterable[Quad]) -> None:
        """Add quads in one transaction (ontology, imported data)."""
        raise NotImplementedError

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply a user's SPARQL Update in one request (all of it or nothing where the store
        allows); relative IRIs resolve against ``base_iri`` (without one they are an error)."""
        raise NotImplementedError

    def _write(self, update: str, *, retry_safe: bool) -> None:
        """Apply Parley's own update text; ``retry_safe`` updates may be sent again after a failure."""
        raise NotImplementedError

    def load_files(self, paths: Sequence[Path], *, format: ox.RdfFormat | None = None) -> None:
        """Bulk-load RDF files with the store's own loader (not one transaction)."""
        raise NotImplementedError

    # Reads --------------------------------------------------------------------------

    def run_query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        timeout: float | None = None,
    ) -> QueryResult:
        """Evaluate a SPARQL query; ``bindings`` are for the library's own constant queries."""
        raise NotImplementedError

    def quads_for_pattern(
        self,
        subject: ox.NamedNode | None = None,
        predicate: ox.NamedNode | None = None,
        obj: ox.NamedNode | ox.Literal | None = None,
        graph: ox.NamedNode | None = None,
        *,
        limit: int | None = None,
    ) -> Iterator[ox.Quad]:
        """Quads matching a pattern in the named graphs (``None`` matches anything)."""
        raise NotImplementedError

    def graph_triples(self, graph: GraphName, *, limit: int) -> list[ox.Triple]:
        """The triples of one graph (a named graph or the store's own default graph)."""
        raise NotImplementedError

    def contains_graph(self, graph: ox.NamedNode) -> bool:
        """Whether a named graph exists."""
        raise NotImplementedError

    def graph_names(self) -> list[str]:
        """IRIs of every named graph."""
        raise NotImplementedError

    def __len__(self) -> int:
        """How many quads the store holds."""
        raise NotImplementedError

    def export(self, path: Path) -> None:
        """Write the whole dataset to ``path``; the format follows the extension."""
        raise NotImplementedError

    def document_ids(self) -> list[str]:
        """Ids of the documents in the store, sorted."""
        return sorted(g[len(DOC_GRAPH_PREFIX) :] for g in self.graph_names() if g.startswith(DOC_GRAPH_PREFIX))

    def select(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier] | None = None,
        *,
        limit: int = 10_000,
        timeout: float | None = None,
    ) -> list[dict[str, Node]]:
        """Run a SELECT and return rows of rdflib terms (at most ``limit``)."""
        result = self.run_query(sparql, bindings=bindings, timeout=timeout)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("select() needs a SELECT query")
        names = [v.value for v in result.variables]
        return [
            {n: from_ox(v) for n, v in zip(names, row, strict=True) if v is not None}
            for row in bounded(result, limit=limit, timeout=timeout)
        ]

    def construct(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Graph:
        """Run a CONSTRUCT or DESCRIBE and return an rdflib Graph."""
        result = self.run_query(sparql, bindings=bindings)
        if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            raise QueryError("construct() needs a CONSTRUCT or DESCRIBE query")
        graph = Graph()
        graph += ((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result)  # type: ignore[misc]
        return graph

    def entity_exists(self, iri: URIRef) -> bool:
        """Whether any statement mentions ``iri`` as subject or object."""
        result = self.run_query("ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } }", bindings={"iri": iri})
        return bool(result)


def replace_document_update(doc_id: str, quads: list[Quad]) -> str:
    """One update that drops a document's graph and inserts its new quads.

    The whole request can be sent again after a failure with the same end state, which is
    what makes writes retry-safe on a server whose multi-part updates are not atomic.
    """
    return f"DROP SILENT GRAPH {ntriples(doc_graph(doc_id))} ;\n" + insert_data(quads)


def write_graph_update(graph: GraphName, triples: Iterable[ox.Triple], *, replace: bool) -> str:
    target = "DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph}"
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    inner = body if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{\n{body}\n}}"
    steps = ([f"DROP SILENT {target}"] if replace else []) + [f"INSERT DATA {{\n{inner}\n}}"]
    if isinstance(graph, ox.NamedNode) and replace:
        steps.insert(0, f"CREATE SILENT GRAPH {graph}")
    return " ;\n".join(steps)


def insert_data(quads: list[Quad]) -> str:
    """``INSERT DATA`` for quads, grouped in ``GRAPH`` blocks (the only place it allows quads)."""
    by_graph: dict[str, list[str]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(ntriples(g), []).append(f"{ntriples(s)} {ntriples(p)} {ntriples(o)} .")
    blocks = "\n".join(f"GRAPH {g} {{\n" + "\n".join(ts) + "\n}" for g, ts in by_graph.items())
    return f"INSERT DATA {{\n{blocks}\n}}"


def bounded(rows: Iterable[ox.QuerySolution], *, limit: int, timeout: float | None) -> Iterator[ox.QuerySolution]:
    """Stop a lazily evaluated result at ``limit`` rows or raise past the deadline."""
    deadline = None if timeout is None else time.monotonic() + timeout
    for count, row in enumerate(rows):
        if count >= limit:
            return
        if deadline is not None and time.monotonic() > deadline:
            raise QueryTimeoutError(f"query ran past its {timeout:g} s deadline")
        yield row
