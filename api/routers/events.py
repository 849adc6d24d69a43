"""Events with their evidence sentences and source documents, filtered and paginated."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.auth import ReadAccess
from api.deps import SettingsDep, StoreDep
from api.guards import DeadlineRoute
from api.schemas import (
    ActorRolePublic,
    EventPagePublic,
    EventPlacePublic,
    EventPlacesPublic,
    EventPublic,
    EvidencePublic,
    NodeRefPublic,
    json_response,
)
from graph_builder.errors import NotFoundError
from graph_builder.events import EventRecord, describe_event, event_places, list_events, resolve_event_class
from graph_builder.neighbourhood import resolve_entity, short_id

router = APIRouter(prefix="/events", tags=["events"], dependencies=[ReadAccess], route_class=DeadlineRoute)
DateParam = Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD (compared as text).")]


def _event_dict(record: EventRecord) -> dict[str, Any]:
    """What :class:`EventPublic` holds, as a plain dict for orjson (the listing's hot path)."""
    values = dict(record.values)
    return {
        "id": short_id(record.iri),
        "iri": record.iri,
        "types": list(record.types),
        "actors": [{"iri": iri, "label": label, "role": role} for role, iri, label in record.actors],
        "locations": [{"iri": iri, "label": label} for iri, label in record.location],
        "date": values.pop("date", [None])[0],
        "date_text": values.pop("dateText", [None])[0],
        "values": {k: list(v) for k, v in values.items()},
        "documents": list(record.documents),
        "evidence": [
            {"mention": ev.mention, "text": ev.text, "char_start": ev.char_start, "char_end": ev.char_end,
             "document": ev.document, "title": ev.title, "url": ev.url, "issued": ev.issued}
            for ev in record.evidence
        ],
    }


def _public(record: EventRecord) -> EventPublic:
    values = dict(record.values)
    date = values.pop("date", [None])[0]
    date_text = values.pop("dateText", [None])[0]
    return EventPublic(
        id=short_id(record.iri),
        iri=record.iri,
        types=record.types,
        actors=[ActorRolePublic(role=role, iri=iri, label=label) for role, iri, label in record.actors],
        locations=[NodeRefPublic(iri=iri, label=label) for iri, label in record.location],
        date=date,
        date_text=date_text,
        values=values,
        documents=record.documents,
        evidence=[
            EvidencePublic(
                mention=ev.mention,
                text=ev.text,
                char_start=ev.char_start,
                char_end=ev.char_end,
                document=ev.document,
                title=ev.title,
                url=ev.url,
                issued=ev.issued,
            )
            for ev in record.evidence
        ],
    )


@router.get("", response_model=EventPagePublic)
async def get_events(
    store: StoreDep,
    settings: SettingsDep,
    type: Annotated[str | None, Query(description="Event class: 'PrisonerExchange', 'pa:Attack' or an IRI.")] = None,
    actor: Annotated[str | None, Query(description="Entity id or IRI in any role (participant, agent …).")] = None,
    location: Annotated[str | None, Query(description="Entity id or IRI of the place.")] = None,
    from_: Annotated[str | None, Query(alias="from", max_length=10, description="Earliest pa:date.")] = None,
    to: DateParam = None,
    modality: Annotated[str | None, Query(max_length=20, description="Asserted, Planned, Alleged or Denied.")] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=200, description="Text an evidence span contains (any case).")
    ] = None,
    sort: Annotated[
        Literal["iri", "date", "-date"], Query(description="iri, date (oldest first) or -date (newest first).")
    ] = "iri",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000, description="next_cursor of the previous page.")] = None,
) -> Response:
    """Events ordered by IRI or date, each with its evidence spans (pa:text, offsets) and source document."""

    def page() -> dict[str, Any]:  # store lookups and the cached event scan: in a thread
        found = list_events(
            store,
            event_type=resolve_event_class(type) if type else None,
            actor=resolve_entity(store, actor) if actor else None,
            location=resolve_entity(store, location) if location else None,
            date_from=from_,
            date_to=to,
            modality=modality,
            text=q,
            sort=sort,
            cursor=cursor,
            limit=limit,
            timeout=settings.query_timeout,
        )
        return {"events": [_event_dict(r) for r in found.events], "next_cursor": found.next_cursor}

    return json_response(await run_in_threadpool(page))


@router.get("/places", response_model=EventPlacesPublic)
def get_event_places(
    store: StoreDep, limit: Annotated[int, Query(ge=1, le=5000, description="Most places to return.")] = 1000
) -> EventPlacesPublic:
    """Places and states that events happened at and that have coordinates (wdt:P625), with
    how many events each: what the explorer's map draws. Most events first."""
    return EventPlacesPublic(
        places=[
            EventPlacePublic(
                iri=p.iri,
                id=short_id(p.iri),
                label=p.label,
                latitude=p.latitude,
                longitude=p.longitude,
                events=p.events,
            )
            for p in event_places(store, limit=limit)
        ]
    )


@router.get("/{event_id:path}", response_model=EventPublic)
def get_event(event_id: str, store: StoreDep) -> EventPublic:
    """One event (``event/seed-0-151``, ``seed-0-151`` or its IRI) with its evidence."""
    iri = resolve_entity(store, event_id)
    record = describe_event(store, iri)
    if not record.evidence:
        raise NotFoundError(f"{event_id!r} is not an event")
    return _public(record)
