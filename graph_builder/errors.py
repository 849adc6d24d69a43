"""The one error tree of the library.

Everything Parley raises on purpose is a :class:`ParleyError`; foreign errors are
wrapped with ``raise … from exc`` so callers (the CLI, the API) handle one family::

    ParleyError
    ├── ConfigError            a setting is missing or wrong (model not installed, bad path)
    ├── InputError             a document or gold file is malformed (bad date, not UTF-8, empty)
    │   └── DocumentTooLargeError   over the configured size limit
    ├── KnowledgeBaseError     the Wikidata knowledge base cannot be read or imported
    ├── NotFoundError          an entity, document or graph does not exist
    ├── QueryError             a SPARQL query or update is malformed or unsupported
    │   ├── QueryTimeoutError  a query ran past its deadline
    │   ├── QueryRefusedError  refused before parsing: nested or chained past the limits
    │   │   └── RemoteAccessError   SERVICE/LOAD of an IRI not on the allow-list
    │   ├── QueryResourceError a query needed more memory than a worker may use
    │   └── ServerBusyError    the query queue (or this client's share of it) is full: retry later
    ├── PermissionDeniedError  a write was attempted without the admin token
    └── StoreError             the on-disk store cannot be opened or written
        ├── StoreLockedError   another process holds the store
        └── StoreUnavailableError   the SPARQL server of a remote store cannot be reached or failed

``api/errors.py`` maps this tree to HTTP statuses once.
"""

from __future__ import annotations


class ParleyError(Exception):
    """Base class of every error Parley raises on purpose."""


class ConfigError(ParleyError):
    """A setting is missing or wrong."""


class InputError(ParleyError):
    """An input document or file is malformed."""


class DocumentTooLargeError(InputError):
    """A document is larger than the configured limit."""


class KnowledgeBaseError(ParleyError):
    """The Wikidata knowledge base cannot be read or imported."""


class NotFoundError(ParleyError):
    """A requested entity, document or graph does not exist."""


class QueryError(ParleyError):
    """A SPARQL query or update is malformed or unsupported."""


class QueryTimeoutError(QueryError):
    """A query ran past its deadline."""


class QueryRefusedError(QueryError):
    """A query or update was refused before parsing (too deep, too long a chain)."""


class RemoteAccessError(QueryRefusedError):
    """``SERVICE`` or ``LOAD`` of a remote IRI that the server may not reach."""


class QueryResourceError(QueryError):
    """A query needed more memory than a query worker may use."""


class ServerBusyError(QueryError):
    """The query queue, or this client's share of it, is full; ``retry_after`` seconds is a fair wait."""

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def __reduce__(self) -> tuple[type[ServerBusyError], tuple[str, int]]:
        return (type(self), (str(self), self.retry_after))


class PermissionDeniedError(ParleyError):
    """A write or admin operation was attempted without the right token."""


class StoreError(ParleyError):
    """The on-disk store cannot be opened or written."""


class StoreLockedError(StoreError):
    """Another process holds the on-disk store."""


class StoreUnavailableError(StoreError):
    """The SPARQL server of a remote store cannot be reached, or answered with a server error."""
