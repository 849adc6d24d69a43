"""The embedded store: an Oxigraph directory (RocksDB) opened in this process.

One process at a time may open it for writing; read-only handles (the query workers) are
snapshots, reopened when :attr:`generation` moves on.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset
from rdflib.term import Identifier

from graph_builder.errors import NotFoundError, QueryError, StoreError, StoreLockedError
from graph_builder.store.contract import GraphName, GraphStore, QueryResult, rdf_format_for
from graph_builder.terms import Quad, to_ox

# Past this much write-ahead log, readers are better served by a flush than by replaying it.
WAL_FLUSH_BYTES = 256 * 1024


class EmbeddedStore(GraphStore):
    """An Oxigraph store on disk (``path``) or in memory (``None``)."""

    def __init__(self, path: Path | str | None, *, read_only: bool = False) -> None:
        self.path = None if path is None else Path(path)
        self.read_only = read_only
        # Bumped by every write through this object, so read-only views (query workers)
        # know when to reopen their snapshot.
        self._generation = 0
        self._synced = -1
        self._sync_lock = threading.Lock()
        try:
            if self.path is None:
                self._ox = ox.Store()
            elif read_only:
                self._ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(
                    f"the store at {self.path} is in use by another process "
                    "(stop `parley serve` before building, use another --store, or serve the store "
                    "with a SPARQL server and pass its URL as --store)"
                ) from exc
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from exc

    @classmethod
    def over(cls, store: ox.Store, path: Path | str | None = None) -> EmbeddedStore:
        """A read-only view of an Oxigraph store already open (a query worker's snapshot), so
        the library's walks run there as they do on the primary."""
        view = object.__new__(cls)
        view.path = None if path is None else Path(path)
        view.read_only = True
        view._generation, view._synced = 0, 0
        view._sync_lock = threading.Lock()
        view._ox = store
        return view

    @property
    def location(self) -> str:
        return "memory" if self.path is None else str(self.path)

    @property
    def generation(self) -> int:
        return self._generation

    def close(self) -> None:
        """Flush pending writes to disk."""
        if self.path is not None and not self.read_only:  # a read-only store has nothing to flush
            with contextlib.suppress(OSError):
                self._ox.flush()

    def sync_for_readers(self) -> int:
        """Make every write so far cheap to see for a fresh read-only opener; return the generation.

        A read-only open replays the write-ahead log, which takes seconds once it holds a few
        hundred thousand quads (measured: 5 s at 200k). A flush empties it, but costs 30–90 ms
        itself, while a log of a few small writes replays in no time (measured: a read-only
        open took 20–35 ms with or without 20 unflushed updates). So the store is flushed
        here, at most once per generation, only once its log holds ``WAL_FLUSH_BYTES``.
        """
        generation = self._generation
        with self._sync_lock:
            if self._synced < generation and self.path is not None:
                if self._log_bytes() > WAL_FLUSH_BYTES:
                    with contextlib.suppress(OSError):  # read-only stores have nothing to flush
                        self._ox.flush()
                self._synced = generation
        return generation

    def _log_bytes(self) -> int:
        assert self.path is not None
        with contextlib.suppress(OSError), os.scandir(self.path) as entries:
            return sum(entry.stat().st_size for entry in entries if entry.name.endswith(".log"))
        return WAL_FLUSH_BYTES + 1  # unknown: flush, as before

    @property
    def oxigraph(self) -> ox.Store:
        return self._ox

    @property
    def dataset(self) -> Dataset:
        return Dataset(store=OxigraphStore(store=self._ox), default_union=True)

    def add_quads(self, quads: Iterable[Quad]) -> None:
        try:
            self._ox.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(g)) for s, p, o, g in quads])  # type: ignore[arg-type]
        finally:
            self._generation += 1

    def _write(self, update: str, *, retry_safe: bool) -> None:
        # One process owns the directory: a failed write is not a network hiccup, never retried.
        try:
            self._ox.update(update)
        except SyntaxError as exc:  # our own serialisation broke: a bug, not user error
            raise StoreError(f"internal update rejected by the store: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"write to the store failed: {exc}") from exc
        finally:
            self._generation += 1

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
            self._generation += 1

    def load_files(self, paths: Sequence[Path], *, format: ox.RdfFormat | None = None) -> None:
        """pyoxigraph's bulk loader: sorted files straight into RocksDB, not one transaction."""
        try:
            for path in paths:
                self._ox.bulk_load(path=str(path), format=format or rdf_format_for(path), lenient=True)
        except SyntaxError as exc:
            raise StoreError(f"invalid RDF in bulk load: {exc}") from exc
        except (OSError, ValueError) as exc:
            raise StoreError(f"bulk load failed: {exc}") from exc
        finally:
            self._generation += 1

    def run_query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Identifier] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
        timeout: float | None = None,
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

    def quads_for_pattern(
        self,
        subject: ox.NamedNode | None = None,
        predicate: ox.NamedNode | None = None,
        obj: ox.NamedNode | ox.Literal | None = None,
        graph: ox.NamedNode | None = None,
        *,
        limit: int | None = None,
    ) -> Iterator[ox.Quad]:
        # One generator at most: the walk reads every quad through here (issue 13). A named
        # graph asked for needs no filter; otherwise the default graph's quads are left out.
        quads: Iterator[ox.Quad] = self._ox.quads_for_pattern(subject, predicate, obj, graph)
        if graph is None:
            quads = (q for q in quads if isinstance(q.graph_name, ox.NamedNode))
        return quads if limit is None else islice(quads, limit)

    def graph_triples(self, graph: GraphName, *, limit: int) -> list[ox.Triple]:
        if isinstance(graph, ox.NamedNode) and not self._ox.contains_named_graph(graph):
            raise NotFoundError(f"no graph <{graph.value}> in the store")
        quads = self._ox.quads_for_pattern(None, None, None, graph)
        return [ox.Triple(q.subject, q.predicate, q.object) for _, q in zip(range(limit), quads, strict=False)]

    def contains_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self._ox.contains_named_graph(graph))

    def graph_names(self) -> list[str]:
        return [g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode)]

    def __len__(self) -> int:
        return len(self._ox)

    def export(self, path: Path) -> None:
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
