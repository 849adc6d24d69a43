"""The SPARQL 1.1 Protocol: query (GET, POST form, POST sparql-query) and update operations.

Queries run in the query runner (worker processes under a deadline, see
``graph_builder.query_pool``); updates run on the primary store and need the admin token.
``GET /sparql`` without a query answers with a service description (sd: vocabulary).
"""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.auth import ReadAccess, require_admin, require_read
from api.deps import RunnerDep, SettingsDep, StoreDep
from api.guards import check_query, parse_form, run_update
from graph_builder.config import Settings
from graph_builder.errors import InputError, QueryError
from graph_builder.query_pool import PREFIXES, QueryAnswer, QueryTask
from graph_builder.sparql_formats import RDF_TYPES, RESULT_TYPES, TRIPLES, negotiate, write_triples
from graph_builder.store import GraphStore

router = APIRouter(tags=["sparql"])
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
GRAPH_PARAMS = ("default-graph-uri", "named-graph-uri")
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


def _task(settings: Settings, query: str, request: Request, params: dict[str, list[str]]) -> QueryTask:
    check_query(query, settings)
    formats = params.get("format") or request.query_params.getlist("format")
    return QueryTask(
        query=query,
        accept=request.headers.get("accept", ""),
        format=formats[0] if formats else None,
        default_graphs=_graph_list(params.get(GRAPH_PARAMS[0])),
        named_graphs=_graph_list(params.get(GRAPH_PARAMS[1])),
        limit=settings.result_limit,
    )


def _respond(answer: QueryAnswer) -> Response:
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers["X-Parley-Truncated"] = "true"
    return Response(answer.body, media_type=answer.media_type, headers=headers)


@router.get(
    "/sparql",
    summary="SPARQL query (GET), or the service description without a query",
    responses={200: {"content": RESULT_CONTENT, "description": "Query results or the service description."}},
    dependencies=[ReadAccess],
)
def sparql_get(
    request: Request,
    runner: RunnerDep,
    settings: SettingsDep,
    query: Annotated[str | None, Query(description="The SPARQL query.")] = None,
    default_graph_uri: Annotated[list[str] | None, Query(alias="default-graph-uri")] = None,
    named_graph_uri: Annotated[list[str] | None, Query(alias="named-graph-uri")] = None,
    format: Annotated[str | None, Query(description="Overrides Accept: json, xml, csv, tsv, turtle, …")] = None,
) -> Response:
    """Run ``?query=``. SELECT/ASK answer as SPARQL JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE as
    Turtle, N-Triples, JSON-LD, RDF/XML or TriG, chosen by ``Accept`` or ``format=``."""
    if query is None:
        if "update" in request.query_params:
            raise QueryError("updates must be sent with POST")
        return service_description(request, settings, format)
    params = {k: v for k, v in ((GRAPH_PARAMS[0], default_graph_uri), (GRAPH_PARAMS[1], named_graph_uri)) if v}
    return _respond(runner.run(_task(settings, query, request, params)))


async def _body_text(request: Request) -> str:
    try:
        return (await request.body()).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("the request body is not UTF-8") from exc


@router.post("/sparql", summary="SPARQL query or update (POST)", openapi_extra=FORM_BODY,
             responses={200: {"content": RESULT_CONTENT, "description": "Query results."}})  # fmt: skip
async def sparql_post(request: Request, runner: RunnerDep, store: StoreDep, settings: SettingsDep) -> Response:
    """A form with ``query`` (or ``update``, admin token), or an ``application/sparql-query``
    (or ``application/sparql-update``) body; graph IRIs and ``format`` may be URL parameters."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    text = await _body_text(request)
    params = {k: request.query_params.getlist(k) for k in request.query_params}
    if content_type == FORM:
        params.update(parse_form(text))
        if "update" in params:
            return await _update(request, store, settings, params["update"][0])
        if not params.get("query"):
            raise QueryError("missing 'query' form field")
        query = params["query"][0]
    elif content_type == SPARQL_QUERY:
        query = text
    elif content_type == SPARQL_UPDATE:
        return await _update(request, store, settings, text)
    else:
        raise QueryError(f"unsupported content type {content_type!r}: use {FORM}, {SPARQL_QUERY} or {SPARQL_UPDATE}")
    require_read(request, settings)
    task = _task(settings, query, request, params)
    # Waiting for the worker blocks: keep it off the event loop so other clients are served.
    return _respond(await run_in_threadpool(runner.run, task))


async def _update(request: Request, store: GraphStore, settings: Settings, update: str) -> Response:
    require_admin(request, settings)
    if any(k in request.query_params for k in ("using-graph-uri", "using-named-graph-uri")):
        raise QueryError("using-graph-uri and using-named-graph-uri are not supported; use USING in the update")
    await run_in_threadpool(run_update, store, update, settings)
    return Response(status_code=204)


@router.post("/sparql/update", summary="SPARQL update (admin token)", openapi_extra=FORM_BODY,
             status_code=204, response_class=Response)  # fmt: skip
async def sparql_update(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Apply a SPARQL 1.1 Update sent as ``application/sparql-update`` or a form field ``update``;
    it runs as one transaction. Disabled unless the server has an admin token."""
    require_admin(request, settings)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    text = await _body_text(request)
    if content_type == FORM:
        values = parse_form(text).get("update")
        if not values:
            raise QueryError("missing 'update' form field")
        text = values[0]
    elif content_type != SPARQL_UPDATE:
        raise QueryError(f"unsupported content type {content_type!r}: use {SPARQL_UPDATE} or {FORM}")
    return await _update(request, store, settings, text)


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
