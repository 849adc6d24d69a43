"""A store on a SPARQL 1.1 server: the Protocol for queries and updates, the Graph Store
Protocol for whole graphs, dumps and bulk loads.

Written against Oxigraph server (``oxigraph serve --union-default-graph``), whose endpoints
are ``/query``, ``/update`` and ``/store`` under the URL given as the store. Each document
write is one update request, which Oxigraph applies in one transaction. Servers that apply
the parts of an update one by one (Virtuoso) can be seen half-way; every Parley write is a
drop-then-insert of whole graphs, so it is sent again after a network failure or a 5xx and
ends in the same state (retry-safe). User updates are never resent.
"""

from __future__ import annotations

import io
import itertools
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib.term import Identifier

from graph_builder.errors import NotFoundError, QueryError, QueryTimeoutError, StoreError, StoreUnavailableError
from graph_builder.store.contract import GraphName, GraphStore, QueryResult, insert_data, rdf_format_for
from graph_builder.terms import Quad, bind_values, values_clause

RESULTS_JSON = "application/sparql-results+json"
ACCEPT_ANY = f"{RESULTS_JSON}, application/n-triples;q=0.9"
MEDIA_TYPES = {
    ox.RdfFormat.N_QUADS: "application/n-quads",
    ox.RdfFormat.TRIG: "application/trig",
    ox.RdfFormat.N_TRIPLES: "application/n-triples",
    ox.RdfFormat.TURTLE: "text/turtle",
    ox.RdfFormat.JSON_LD: "application/ld+json",
}
WRITE_ATTEMPTS = 4
# Files a bulk load sends at once.
LOAD_STREAMS = 4
# Other processes may write to the same server; caches keyed by the generation refresh this often.
SHARED_REFRESH_S = 5.0


ENDPOINTS = {"query": "query", "update": "update", "store": "store", "load": "store?no_transaction"}


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server at ``url``, with Oxigraph's endpoints under it by default.

    Other layouts are named in the URL's query string, relative to its path, e.g. Virtuoso:
    ``http://host:8890/?query=sparql&update=sparql&store=sparql-graph-crud&load=sparql-graph-crud``.

    >>> RemoteStore("http://127.0.0.1:8890/?query=sparql&update=sparql").endpoint("update")
    'http://127.0.0.1:8890/sparql'
    """

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 60.0) -> None:
        parts = urlsplit(url)
        unknown = set(parse_qs(parts.query)) - set(ENDPOINTS)
        if unknown:
            raise StoreError(f"unknown endpoint name(s) in the store URL: {', '.join(sorted(unknown))}")
        self._endpoints = {**ENDPOINTS, **{k: v[-1] for k, v in parse_qs(parts.query).items()}}
        path = parts.path if parts.path.endswith("/") else parts.path + "/"
        self.url = urlunsplit((parts.scheme, parts.netloc, path, "", ""))
        self.read_only = read_only
        self.timeout = timeout
        self._writes = 0
        self._lock = threading.Lock()
        # One connection pool for every thread of the process; keep-alive matters for many small writes.
        self._client = httpx.Client(timeout=timeout, limits=httpx.Limits(max_connections=32))

    @property
    def location(self) -> str:
        return self.url

    @property
    def generation(self) -> int:
        return hash((self._writes, int(time.monotonic() // SHARED_REFRESH_S)))

    def close(self) -> None:
        self._client.close()

    # HTTP ---------------------------------------------------------------------------

    def endpoint(self, name: str, params: str = "") -> str:
        """The URL of one endpoint (``query``, ``update``, ``store``, ``load``), with ``params`` added."""
        url = self.url + self._endpoints[name]
        return url if not params else url + ("&" if "?" in url else "?") + params

    def _send(
        self, method: str, url: str, *, timeout: float | None = None, server_errors: bool = True, **kwargs: Any
    ) -> httpx.Response:
        try:
            response = self._client.request(method, url, timeout=timeout or self.timeout, **kwargs)
        except httpx.TimeoutException as exc:
            waited = timeout or self.timeout
            raise QueryTimeoutError(f"the SPARQL server at {self.url} did not answer within {waited:g} s") from exc
        except httpx.HTTPError as exc:
            raise StoreUnavailableError(f"cannot reach the SPARQL server at {self.url}: {exc}") from exc
        if server_errors and response.status_code >= 500:
            status = response.status_code
            raise StoreUnavailableError(f"the SPARQL server at {self.url} failed ({status}): {_brief(response)}")
        return response

    def _query(self, sparql: str, *, accept: str = ACCEPT_ANY, timeout: float | None = None,
               default_graphs: list[str] | None = None, named_graphs: list[str] | None = None) -> httpx.Response:
        form: list[tuple[str, str]] = [("query", sparql)]
        form += [("default-graph-uri", g) for g in default_graphs or ()]
        form += [("named-graph-uri", g) for g in named_graphs or ()]
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        body = urlencode(form).encode()
        response = self._send("POST", self.endpoint("query"), content=body, headers=headers, timeout=timeout)
        if response.status_code == 400:
            raise QueryError(f"malformed SPARQL: {_brief(response)}")
        if response.status_code != 200:
            raise StoreError(f"query failed ({response.status_code}): {_brief(response)}")
        return response

    def _write(self, update: str, *, retry_safe: bool) -> None:
        self._check_writable()
        attempts = WRITE_ATTEMPTS if retry_safe else 1
        try:
            for attempt in range(attempts):
                try:
                    response = self._send("POST", self.endpoint("update"), data={"update": update})
                except (StoreUnavailableError, QueryTimeoutError):
                    if attempt == attempts - 1:
                        raise
                    time.sleep(0.1 * 2**attempt)
                    continue
                if response.status_code >= 300:
                    status = response.status_code
                    raise StoreError(f"internal update rejected by the server ({status}): {_brief(response)}")
                return
        finally:
            with self._lock:
                self._writes += 1

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.url} was opened read-only")

    # Writes -------------------------------------------------------------------------

    def add_quads(self, quads: Iterable[Quad]) -> None:
        self._write(insert_data(list(quads)), retry_safe=True)

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        self._check_writable()
        sparql = with_base(sparql, base_iri)
        try:
            # A server error here is most likely the update's own fault (Oxigraph answers 500
            # to DROP GRAPH of a missing graph): the user gets its reason, not a bare 500.
            response = self._send("POST", self.endpoint("update"), data={"update": sparql}, server_errors=False)
        finally:
            with self._lock:
                self._writes += 1
        if response.status_code == 400:
            raise QueryError(f"malformed SPARQL update: {_brief(response)}")
        if response.status_code >= 300:
            raise QueryError(f"update failed ({response.status_code}): {_brief(response)}")

    def load_files(self, paths: Sequence[Path], *, format: ox.RdfFormat | None = None) -> None:
        """POST the files to the ``load`` endpoint, a few at a time (Oxigraph's
        ``/store?no_transaction`` is its bulk loader; its own CLI loads files in parallel too)."""
        self._check_writable()

        def post(path: Path) -> None:
            media = MEDIA_TYPES.get(format or rdf_format_for(path), "application/n-quads")
            with path.open("rb") as body:
                response = self._send("POST", self.endpoint("load"), content=body,
                                      headers={"Content-Type": media}, timeout=max(self.timeout, 3600.0))  # fmt: skip
            if response.status_code >= 300:
                raise StoreError(f"the server refused {path.name} ({response.status_code}): {_brief(response)}")

        try:
            with ThreadPoolExecutor(max_workers=LOAD_STREAMS) as pool:
                for done in [pool.submit(post, path) for path in paths]:
                    done.result()
        finally:
            with self._lock:
                self._writes += 1

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
        text = bind_values(sparql, bindings) if bindings else sparql
        response = self._query(text, timeout=timeout, default_graphs=default_graphs, named_graphs=named_graphs)
        return parse_answer(response.headers.get("content-type", ""), response.content)

    def quads_for_pattern(
        self,
        subject: ox.NamedNode | None = None,
        predicate: ox.NamedNode | None = None,
        obj: ox.NamedNode | ox.Literal | None = None,
        graph: ox.NamedNode | None = None,
        *,
        limit: int | None = None,
    ) -> Iterator[ox.Quad]:
        given = {n: t for n, t in (("s", subject), ("p", predicate), ("o", obj), ("g", graph)) if t is not None}
        values = values_clause(list(given), [list(given.values())]) if given else ""
        tail = "" if limit is None else f" LIMIT {int(limit)}"
        result = self.run_query(f"SELECT ?s ?p ?o ?g WHERE {{ {values} GRAPH ?g {{ ?s ?p ?o }} }}{tail}")
        assert isinstance(result, ox.QuerySolutions)
        for row in result:
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])  # type: ignore[arg-type]

    def graph_triples(self, graph: GraphName, *, limit: int) -> list[ox.Triple]:
        params = "default" if isinstance(graph, ox.DefaultGraph) else str(httpx.QueryParams({"graph": graph.value}))
        response = self._send("GET", self.endpoint("store", params), headers={"Accept": "application/n-triples"})
        if response.status_code == 404:
            raise NotFoundError(f"no graph <{getattr(graph, 'value', 'default')}> in the store")
        if response.status_code != 200:
            raise StoreError(f"graph read failed ({response.status_code}): {_brief(response)}")
        quads = ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)
        return [ox.Triple(q.subject, q.predicate, q.object) for q in itertools.islice(quads, limit)]

    def contains_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.run_query(f"ASK {{ {values_clause(['g'], [[graph]])} GRAPH ?g {{ ?s ?p ?o }} }}"))

    def graph_names(self) -> list[str]:
        result = self.run_query("SELECT ?g WHERE { GRAPH ?g { } }")
        assert isinstance(result, ox.QuerySolutions)
        return [row["g"].value for row in result if isinstance(row["g"], ox.NamedNode)]

    def __len__(self) -> int:
        result = self.run_query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, ox.QuerySolutions)
        return int(next(iter(result))["n"].value)

    def export(self, path: Path) -> None:
        fmt = rdf_format_for(path)
        try:
            with tempfile.TemporaryDirectory() as tmp:
                dump = path if fmt == ox.RdfFormat.N_QUADS else Path(tmp) / "dump.nq"
                with self._client.stream("GET", self.endpoint("store"), headers={"Accept": "application/n-quads"},
                                         timeout=max(self.timeout, 3600.0)) as response, dump.open("wb") as out:
                    if response.status_code != 200:
                        raise StoreError(f"dump failed ({response.status_code})")
                    for chunk in response.iter_bytes():
                        out.write(chunk)
                if dump != path:  # other syntaxes: through an in-memory store, as the embedded export does
                    from graph_builder.store.embedded import EmbeddedStore

                    local = EmbeddedStore(None)
                    local.load_files([dump])
                    local.export(path)
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot dump the SPARQL server at {self.url}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot write {path}: {exc}") from exc


def with_base(sparql: str, base_iri: str | None) -> str:
    """The protocol has no base IRI parameter: a ``BASE`` goes first in the prologue, where a
    ``BASE`` of the text's own still overrides it. The IRI is checked and written by pyoxigraph.

    >>> with_base("SELECT * WHERE { <s> ?p ?o }", "http://example.org/sparql").splitlines()[0]
    'BASE <http://example.org/sparql>'
    """
    if base_iri is None:
        return sparql
    try:
        return f"BASE {ox.NamedNode(base_iri)}\n{sparql}"
    except ValueError as exc:
        raise QueryError(f"invalid base IRI {base_iri!r}: {exc}") from exc


def parse_answer(content_type: str, body: bytes) -> QueryResult:
    """A server's query answer as pyoxigraph results: solutions, a boolean or triples."""
    media = content_type.split(";")[0].strip().lower()
    try:
        if media == RESULTS_JSON:
            return ox.parse_query_results(io.BytesIO(body), format=ox.QueryResultsFormat.JSON)
        if media in ("application/n-triples", "text/plain"):
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
    except SyntaxError as exc:
        raise StoreError(f"the server's answer is not valid {media}: {exc}") from exc
    raise StoreError(f"the server answered with an unexpected media type {content_type!r}")


def _brief(response: httpx.Response, limit: int = 600) -> str:
    text = response.text.strip()
    return text if len(text) <= limit else text[:limit] + " …"
