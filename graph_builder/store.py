"""GraphStore: the one place that talks to the on-disk Oxigraph store.

Everything else (the builder, the API, notebooks) goes through this class, so a remote
SPARQL 1.1 server can replace the embedded store later by reimplementing it.

Writes of one document are a single SPARQL Update: Oxigraph applies an update in one
transaction, so a document graph is either replaced entirely or left as it was.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, URIRef
from rdflib.term import Identifier, Node

from graph_builder.errors import (
    NotFoundError,
    QueryError,
    QueryTimeoutError,
    StoreError,
    StoreLockedError,
)
from graph_builder.namespaces import DOC_GRAPH_PREFIX, doc_graph

Quad = tuple[Node, Node, Node, Node]
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

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


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Convert an rdflib term to its pyoxigraph twin."""
    from oxrdflib._converter import to_ox as convert

    return convert(term)  # type: ignore[no-any-return,return-value]


def _ntriples(term: Node) -> str:
    # N-Triples syntax is also valid inside SPARQL INSERT DATA, and pyoxigraph's own
    # serialiser escapes quotes, newlines and IRIs correctly.
    return str(to_ox(term))


class GraphStore:
    """An RDF dataset on disk: one named graph per document, the union as default graph.

    >>> store = GraphStore(None)  # in memory, for examples and tests
    >>> from rdflib import Literal
    >>> g = URIRef("https://w3id.org/parley/id/graph/doc/d1")
    >>> s, p = URIRef("https://w3id.org/parley/id/actor/x"), URIRef("urn:p")
    >>> store.replace_document("d1", [(s, p, Literal("v"), g)])
    >>> store.document_ids()
    ['d1']
    >>> len(store.select("SELECT ?o WHERE { ?s ?p ?o }"))
    1
    """

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        # Bumped by every write through this object, so read-only views (query workers)
        # know when to reopen their snapshot.
        self.generation = 0
        self._synced = -1
        self._sync_lock = threading.Lock()
        try:
            if path is None:
                self._ox = ox.Store()
            elif read_only:
                self._ox = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"the store at {path} is in use by another process "
                    "(stop `parley serve` before building, or use another --store)"
                ) from exc
            raise StoreError(f"cannot open the store at {path}: {exc}") from exc

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Flush pending writes to disk."""
        if self.path is not None and not self.read_only:  # a read-only store has nothing to flush
            with contextlib.suppress(OSError):
                self._ox.flush()

    def sync_for_readers(self) -> int:
        """Make every write so far cheap to see for a fresh read-only opener; return the generation.

        A read-only open replays the write-ahead log, which takes seconds once it holds a few
        hundred thousand quads (measured: 5 s at 200k), and tens of ms after a flush; so the
        store is flushed here, on demand, at most once per generation.
        """
        generation = self.generation
        with self._sync_lock:
            if self._synced < generation and self.path is not None:
                with contextlib.suppress(OSError):  # read-only stores have nothing to flush
                    self._ox.flush()
                self._synced = generation
        return generation

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for bulk operations and benchmarks."""
        return self._ox

    @property
    def dataset(self) -> Dataset:
        """An rdflib Dataset over the same store (union default graph), for rdflib users."""
        return Dataset(store=OxigraphStore(store=self._ox), default_union=True)

    def replace_document(self, doc_id: str, doc_quads: Iterable[Quad], entity_quads: Iterable[Quad] = ()) -> None:
        """Replace one document's graph and add its entity descriptions, atomically."""
        self._atomic_update(
            f"DROP SILENT GRAPH {_ntriples(doc_graph(doc_id))} ;\n" + _insert_data(list(doc_quads) + list(entity_quads))
        )

    def delete_document(self, doc_id: str) -> None:
        """Remove a document's graph; entity descriptions shared with others stay."""
        if doc_id not in self.document_ids():
            raise NotFoundError(f"no document {doc_id!r} in the store")
        self._atomic_update(f"DROP GRAPH {_ntriples(doc_graph(doc_id))}")

    def add_quads(self, quads: Iterable[Quad]) -> None:
        """Add quads in one transaction (ontology, imported data)."""
        try:
            self._ox.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads])  # type: ignore[arg-type]
        finally:
            self.generation += 1

    def _atomic_update(self, update: str) -> None:
        try:
            self._ox.update(update)
        except SyntaxError as exc:  # our own serialisation broke: a bug, not user error
            raise StoreError(f"internal update rejected by the store: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"write to the store failed: {exc}") from exc
        finally:
            self.generation += 1

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Apply a user's SPARQL Update in one transaction (all of it or nothing); relative
        IRIs resolve against ``base_iri`` (without one they are an error).

        >>> store = GraphStore(None)
        >>> store.update("INSERT DATA { GRAPH <g> { <urn:s> <urn:p> 1 } }", base_iri="http://example.org/")
        >>> [str(g) for g in store.oxigraph.named_graphs()]
        ['<http://example.org/g>']
        """
        try:
            self._ox.update(sparql, base_iri=base_iri)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL update: {exc}") from exc
        except (ValueError, RuntimeError) as exc:
            raise QueryError(f"update failed: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"write to the store failed: {exc}") from exc
        finally:
            self.generation += 1

    def graph_triples(self, graph: ox.NamedNode | ox.DefaultGraph, *, limit: int) -> list[ox.Triple]:
        """The triples of one graph (a named graph or the store's own default graph)."""
        if isinstance(graph, ox.NamedNode) and not self._ox.contains_named_graph(graph):
            raise NotFoundError(f"no graph <{graph.value}> in the store")
        quads = self._ox.quads_for_pattern(None, None, None, graph)
        return [ox.Triple(q.subject, q.predicate, q.object) for _, q in zip(range(limit), quads, strict=False)]

    def write_graph(
        self, graph: ox.NamedNode | ox.DefaultGraph, triples: Iterable[ox.Triple], *, replace: bool
    ) -> None:
        """Replace (PUT) or extend (POST) one graph with parsed triples, atomically.

        The update text holds only terms that came out of an RDF parser, written back by
        pyoxigraph's N-Triples serialiser (which escapes them): no request text is pasted.
        """
        target = "DEFAULT" if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph}"
        body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
        inner = body if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{\n{body}\n}}"
        steps = ([f"DROP SILENT {target}"] if replace else []) + [f"INSERT DATA {{\n{inner}\n}}"]
        if isinstance(graph, ox.NamedNode) and replace:
            steps.insert(0, f"CREATE SILENT GRAPH {graph}")
        self._atomic_update(" ;\n".join(steps))

    def drop_graph(self, graph: ox.NamedNode | ox.DefaultGraph) -> None:
        """Remove a named graph, or empty the default graph."""
        if isinstance(graph, ox.DefaultGraph):
            self._atomic_update("CLEAR DEFAULT")
            return
        if not self._ox.contains_named_graph(graph):
            raise NotFoundError(f"no graph <{graph.value}> in the store")
        self._atomic_update(f"DROP GRAPH {graph}")

    def document_ids(self) -> list[str]:
        """Ids of the documents in the store, sorted."""
        return sorted(
            g.value[len(DOC_GRAPH_PREFIX) :]
            for g in self._ox.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(DOC_GRAPH_PREFIX)
        )

    def __len__(self) -> int:
        return len(self._ox)

    def run_query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        """Parse and start a SPARQL query; results stream lazily from the store."""
        substitutions = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        try:
            return self._ox.query(
                sparql,
                use_default_graph_as_union=default_graphs is None,
                default_graph=[ox.NamedNode(g) for g in default_graphs] if default_graphs else None,
                named_graphs=[ox.NamedNode(g) for g in named_graphs] if named_graphs else None,
                substitutions=substitutions,  # type: ignore[arg-type]
            )
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from exc
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def select(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier] | None = None,
        *,
        limit: int = 10_000,
        timeout: float | None = None,
    ) -> list[dict[str, Node]]:
        """Run a SELECT and return rows of rdflib terms (at most ``limit``)."""
        result = self.run_query(sparql, bindings=bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("select() needs a SELECT query")
        names = [v.value for v in result.variables]
        return [
            {n: _from_ox(v) for n, v in zip(names, row, strict=True) if v is not None}
            for row in bounded(result, limit=limit, timeout=timeout)
        ]

    def construct(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Graph:
        """Run a CONSTRUCT or DESCRIBE and return an rdflib Graph."""
        result = self.run_query(sparql, bindings=bindings)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("construct() needs a CONSTRUCT or DESCRIBE query")
        graph = Graph()
        graph += ((_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in result)  # type: ignore[misc]
        return graph

    def export(self, path: Path) -> None:
        """Write the whole dataset to ``path``; the format follows the extension."""
        fmt = rdf_format_for(path)
        try:
            if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
                # Triple formats have no graph names: write the union, the default graph
                # SPARQL users see.
                union = self._ox.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
                ox.serialize(union, str(path), format=fmt)  # type: ignore[arg-type]
            else:
                self._ox.dump(str(path), format=fmt)
        except OSError as exc:
            raise StoreError(f"cannot write {path}: {exc}") from exc

    def entity_exists(self, iri: URIRef) -> bool:
        """Whether any statement mentions ``iri`` as subject or object."""
        result = self.run_query("ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } }", bindings={"iri": iri})
        return bool(result)


def _insert_data(quads: list[Quad]) -> str:
    # INSERT DATA accepts quads only inside GRAPH blocks; group them by graph.
    by_graph: dict[str, list[str]] = {}
    for s, p, o, g in quads:
        by_graph.setdefault(_ntriples(g), []).append(f"{_ntriples(s)} {_ntriples(p)} {_ntriples(o)} .")
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


def _from_ox(term: object) -> Node:
    from oxrdflib._converter import from_ox

    return from_ox(term)  # type: ignore[no-any-return,return-value,arg-type]


def export_format_names() -> list[str]:
    """File extensions ``export`` understands."""
    return sorted(RDF_FORMATS)
