"""The SPARQL 1.1 Protocol: query (GET, POST form, POST sparql-query) and update operations.

Queries run in the query runner (worker processes under a deadline, see
``graph_builder.query_pool``), awaited on the event loop: the query routes are ``async``
end to end, with no thread-pool hop. Updates run on the primary store, in a thread, and
need the admin token. ``GET /sparql`` without a query answers with a service description
(sd: vocabulary).
"""

from __future__ import annotations

import asyncio
import functools

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import URL
from starlette.types import Receive, Scope, Send

from api.auth import check_admin, check_read
from api.deps import QueryRunner, SettingsDep, StoreDep, client_of
from api.errors import error_response
from api.guards import check_query, check_update, failed_load_is_client_error, parse_form, query_pairs
from graph_builder.config import Settings
from graph_builder.errors import InputError, ParleyError, QueryError
from graph_builder.query_pool import PREFIXES, QueryAnswer, QueryTask
from graph_builder.sparql_formats import RDF_TYPES, RESULT_TYPES, TRIPLES, negotiate, write_triples
from graph_builder.store import GraphStore
from graph_builder.update_dataset import with_using

router = APIRouter(tags=["sparql"])
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
# Query text longer than this is scanned by the guards in a thread, not on the event loop.
LONG_QUERY = 32_768
GRAPH_PARAMS = ("default-graph-uri", "named-graph-uri")
USING_PARAMS = ("using-graph-uri", "using-named-graph-uri")
RESULT_CONTENT: dict[str, dict[str, object]] = {media: {} for media in (*RESULT_TYPES, *RDF_TYPES)}
FORM_BODY = {
    "requestBody": {
        "content": {
            FORM: {
                "schema": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string", "description": "A SPARQL query."},
                        "update": {"type": "string", "description": "A SPARQL update (admin token)."},
                    },
                }
            }
        },
        "description": f"A form with `query` or `update`; or the bare query as `{SPARQL_QUERY}`, "
        f"or the bare update as `{SPARQL_UPDATE}`.",
    }
}


def _graph_list(values: list[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    for value in values:
        try:
            ox.NamedNode(value)
        except ValueError as exc:
            raise InputError(f"invalid graph IRI {value!r}: {exc}") from exc
    return tuple(values)


def _service_iri(request: Request) -> str:
    """The endpoint's own IRI: the base of relative IRIs in queries and updates."""
    scope = request.scope
    server = scope.get("server")
    return _iri_of(
        scope.get("scheme", "http"), request.headers.get("host"), tuple(server) if server else None,
        scope.get("root_path", ""), scope["path"],
    )  # fmt: skip


@functools.lru_cache(maxsize=256)
def _iri_of(scheme: str, host: str | None, server: tuple[str, int] | None, root_path: str, path: str) -> str:
    # Starlette's URL of the request without its query: it does not depend on the query
    # string, so it is worth keeping (building it cost a tenth of a query's time here).
    headers = [(b"host", host.encode("latin-1"))] if host is not None else []
    scope = {"type": "http", "scheme": scheme, "server": server, "root_path": root_path, "path": path,
             "query_string": b"", "headers": headers}  # fmt: skip
    return str(URL(scope=scope).replace(query="", fragment=""))


def _media_type(request: Request) -> str:
    """The body's media type; a charset other than UTF-8 is refused (protocol bodies are UTF-8)."""
    media, *parameters = request.headers.get("content-type", "").split(";")
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in ("utf-8", "utf8"):
            raise InputError(f"unsupported charset {value.strip()!r}: SPARQL requests must be UTF-8")
    return media.strip().lower()


def _params(request: Request, form: str | None = None) -> dict[str, list[str]]:
    """The URL's parameters plus a form body's fields; one ``query`` or one ``update``, not more."""
    params: dict[str, list[str]] = {}
    for name, value in query_pairs(request.scope["query_string"].decode("latin-1")):
        params.setdefault(name, []).append(value)
    if form is not None:
        for name, values in parse_form(form).items():
            params.setdefault(name, []).extend(values)
    for name in ("query", "update"):
        if len(params.get(name, ())) > 1:
            raise QueryError(f"the request has {len(params[name])} '{name}' parameters: send exactly one")
    if "query" in params and "update" in params:
        raise QueryError("a request is either a query or an update, not both")
    return params


def _dataset(params: dict[str, list[str]]) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """(default graphs, named graphs) of the request; None for both lets the query choose."""
    default, named = _graph_list(params.get(GRAPH_PARAMS[0])), _graph_list(params.get(GRAPH_PARAMS[1]))
    if default is None and named is None:
        return None, None
    # The protocol's dataset is exactly what the request names: an unnamed part is empty.
    return default or (), named or ()


async def _task(settings: Settings, query: str, request: Request, params: dict[str, list[str]]) -> QueryTask:
    if len(query) > LONG_QUERY:
        await asyncio.to_thread(check_query, query, settings)
    else:
        check_query(query, settings)
    formats = params.get("format")  # the URL's and a form's: both are in params
    default_graphs, named_graphs = _dataset(params)
    return QueryTask(
        query=query,
        accept=request.headers.get("accept", ""),
        format=formats[0] if formats else None,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
        limit=settings.result_limit,
        base_iri=_service_iri(request),
    )


def _respond(answer: QueryAnswer) -> Response:
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers["X-Parley-Truncated"] = "true"
    return Response(answer.body, media_type=answer.media_type, headers=headers)


def _string_param(name: str, description: str | None = None, *, many: bool = False) -> dict[str, object]:
    kind: dict[str, object] = {"type": "array", "items": {"type": "string"}} if many else {"type": "string"}
    return {"name": name, "in": "query", "required": False, "schema": kind,
            **({"description": description} if description else {})}  # fmt: skip


# The parameters are read from the request (FastAPI's per-request parameter solving cost
# more than the rest of the route: issue 13), so the OpenAPI document lists them here.
GET_PARAMETERS = [
    _string_param("query", "The SPARQL query."),
    _string_param("default-graph-uri", "Default graph IRIs of the dataset.", many=True),
    _string_param("named-graph-uri", "Named graph IRIs of the dataset.", many=True),
    _string_param("format", "Overrides Accept: json, xml, csv, tsv, turtle, …"),
]


@router.get(
    "/sparql",
    summary="SPARQL query (GET), or the service description without a query",
    responses={200: {"content": RESULT_CONTENT, "description": "Query results or the service description."}},
    openapi_extra={"parameters": GET_PARAMETERS},
)
async def sparql_get(request: Request) -> Response:
    """Run ``?query=``. SELECT/ASK answer as SPARQL JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as
    Turtle, N-Triples, JSON-LD, RDF/XML or TriG, chosen by ``Accept`` or ``format=``."""
    settings: Settings = request.app.state.settings
    check_read(request, settings)
    params = _params(request)
    if "query" not in params:
        if "update" in params:
            raise QueryError("updates must be sent with POST")
        formats = params.get("format")
        return service_description(request, settings, formats[-1] if formats else None)
    task = await _task(settings, params["query"][0], request, params)
    runner: QueryRunner = request.app.state.runner
    return _respond(await runner.submit(task, client=client_of(request)))


async def _body_text(request: Request) -> str:
    try:
        return (await request.body()).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("the request body is not UTF-8") from exc


@router.post("/sparql", summary="SPARQL query or update (POST)", openapi_extra=FORM_BODY,
             responses={200: {"content": RESULT_CONTENT, "description": "Query results."}})  # fmt: skip
async def sparql_post(request: Request) -> Response:
    """A form with ``query`` (or ``update``, admin token), or an ``application/sparql-query``
    (or ``application/sparql-update``) body; graph IRIs and ``format`` may be URL parameters."""
    settings: Settings = request.app.state.settings
    store: GraphStore = request.app.state.store
    runner: QueryRunner = request.app.state.runner
    content_type = _media_type(request)
    text = await _body_text(request)
    params = _params(request, text if content_type == FORM else None)
    if content_type == FORM:
        if "update" in params:
            return await _update(request, store, settings, params["update"][0], params)
        if not params.get("query"):
            raise QueryError("missing 'query' form field")
        query = params["query"][0]
    elif content_type == SPARQL_QUERY:
        _body_only(params)
        query = text
    elif content_type == SPARQL_UPDATE:
        _body_only(params)
        return await _update(request, store, settings, text, params)
    else:
        raise QueryError(f"unsupported content type {content_type!r}: use {FORM}, {SPARQL_QUERY} or {SPARQL_UPDATE}")
    check_read(request, settings)
    task = await _task(settings, query, request, params)
    return _respond(await runner.submit(task, client=client_of(request)))


async def serve_sparql(scope: Scope, receive: Receive, send: Send) -> None:
    """``GET`` and ``POST /sparql`` as a plain ASGI app, ahead of FastAPI's routing (see
    ``api.app.ParleyApp``): the same route functions and error answers, without the
    routing, request wrapping and exception middleware around them, which cost the main
    process about a quarter of its CPU per query (issue 13). The routes stay registered,
    so the OpenAPI document lists them."""
    request = Request(scope, receive)
    try:
        response = await (sparql_get(request) if scope["method"] == "GET" else sparql_post(request))
    except ParleyError as exc:
        response = error_response(exc)
    await response(scope, receive, send)


def _body_only(params: dict[str, list[str]]) -> None:
    if "query" in params or "update" in params:
        raise QueryError("the body is the operation: do not also send 'query' or 'update' in the URL")


async def _update(
    request: Request, store: GraphStore, settings: Settings, update: str, params: dict[str, list[str]]
) -> Response:
    check_admin(request, settings)
    default_graphs, named_graphs = params.get(USING_PARAMS[0], []), params.get(USING_PARAMS[1], [])

    def apply() -> None:  # reading a large update's structure is work too: off the event loop
        shape = check_update(update, settings)  # before anything reads its structure
        with failed_load_is_client_error(shape):
            store.update(with_using(update, default_graphs, named_graphs), base_iri=_service_iri(request))

    await run_in_threadpool(apply)
    return Response(status_code=204)


@router.post("/sparql/update", summary="SPARQL update (admin token)", openapi_extra=FORM_BODY,
             status_code=204, response_class=Response)  # fmt: skip
async def sparql_update(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Apply a SPARQL 1.1 Update sent as ``application/sparql-update`` or a form field ``update``;
    it runs as one transaction. Disabled unless the server has an admin token."""
    check_admin(request, settings)
    content_type = _media_type(request)
    text = await _body_text(request)
    params = _params(request, text if content_type == FORM else None)
    if content_type == FORM:
        if not params.get("update"):
            raise QueryError("missing 'update' form field")
        text = params["update"][0]
    elif content_type == SPARQL_UPDATE:
        _body_only(params)
    else:
        raise QueryError(f"unsupported content type {content_type!r}: use {SPARQL_UPDATE} or {FORM}")
    return await _update(request, store, settings, text, params)


SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
SD_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
              "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG")  # fmt: skip


def service_description(request: Request, settings: Settings, override: str | None) -> Response:
    """The endpoint described with the SPARQL 1.1 Service Description vocabulary."""
    media = negotiate(TRIPLES, request.headers.get("accept", ""), override)
    service, dataset, graph = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode("default")
    a = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    languages = ["SPARQL11Query"] + (["SPARQL11Update"] if settings.admin_token else [])
    triples = [
        ox.Triple(service, a, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(str(request.url.replace(query="")))),
        *(ox.Triple(service, sd("supportedLanguage"), sd(lang)) for lang in languages),
        *(ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + f)) for f in SD_FORMATS),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultEntailmentRegime"), ox.NamedNode("http://www.w3.org/ns/entailment/Simple")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, a, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, a, sd("Graph")),
    ]
    return Response(write_triples(triples, media, {"sd": SD, **PREFIXES}), media_type=media, headers={"Vary": "Accept"})
