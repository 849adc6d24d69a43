"""Store backends: the :class:`GraphStore` contract and its two implementations.

``GraphStore(location)`` opens the embedded Oxigraph store (a directory, or ``None`` for
memory) or, for an ``http(s)://`` URL, a SPARQL 1.1 server. Everything above this package
(the build, the query layer, the API, notebooks) sees only the contract.
"""

from graph_builder.store.contract import (
    RDF_FORMATS,
    GraphStore,
    QueryResult,
    bounded,
    export_format_names,
    is_server_url,
    rdf_format_for,
)
from graph_builder.store.embedded import EmbeddedStore

# RemoteStore (graph_builder.store.remote) is not imported here: its HTTP client would slow
# the start of every query worker process, which imports this package and never needs it.
from graph_builder.terms import Quad, from_ox, to_ox

__all__ = [
    "RDF_FORMATS",
    "EmbeddedStore",
    "GraphStore",
    "Quad",
    "QueryResult",
    "bounded",
    "export_format_names",
    "from_ox",
    "is_server_url",
    "rdf_format_for",
    "to_ox",
]
