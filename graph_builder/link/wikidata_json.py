"""Writers of the Wikidata entity JSON format (the subset the knowledge base keeps)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

JsonObject = dict[str, Any]


def item_claim(prop: str, qid: str) -> JsonObject:
    """A statement whose value is an item, as in a dump.

    >>> item_claim("P17", "Q159")["mainsnak"]["datavalue"]["value"]["numeric-id"]
    159
    """
    value = {"entity-type": "item", "id": qid, "numeric-id": int(qid[1:])}
    return {
        "mainsnak": {
            "snaktype": "value",
            "property": prop,
            "datavalue": {"value": value, "type": "wikibase-entityid"},
        },
        "type": "statement",
        "rank": "normal",
    }


def monolingual_claim(prop: str, text: str, language: str = "en") -> JsonObject:
    """A monolingual-text statement (P1549 demonym)."""
    return {
        "mainsnak": {
            "snaktype": "value",
            "property": prop,
            "datavalue": {"value": {"text": text, "language": language}, "type": "monolingualtext"},
        },
        "type": "statement",
        "rank": "normal",
    }


def coordinate_claim(latitude: float, longitude: float, precision: float = 0.0001) -> JsonObject:
    """A P625 (coordinate location) statement on Earth, as in a dump.

    >>> coordinate_claim(50.45, 30.5236)["mainsnak"]["datavalue"]["value"]["longitude"]
    30.5236
    """
    value = {
        "latitude": latitude,
        "longitude": longitude,
        "altitude": None,
        "precision": precision,
        "globe": "http://www.wikidata.org/entity/Q2",
    }
    return {
        "mainsnak": {"snaktype": "value", "property": "P625", "datavalue": {"value": value, "type": "globecoordinate"}},
        "type": "statement",
        "rank": "normal",
    }


def item_record(
    qid: str,
    label: str,
    *,
    aliases: Iterable[str] = (),
    description: str | None = None,
    claims: Mapping[str, list[JsonObject]] | None = None,
    popularity: float | None = None,
    sitelinks: int | None = None,
    parley: Mapping[str, Any] | None = None,
) -> JsonObject:
    """One item in the entity format, English only, with Parley's fields under ``parley``."""
    record: JsonObject = {
        "id": qid,
        "type": "item",
        "labels": {"en": {"language": "en", "value": label}},
        "aliases": {"en": [{"language": "en", "value": a} for a in dict.fromkeys(aliases) if a != label]},
        "descriptions": {"en": {"language": "en", "value": description}} if description else {},
        "claims": {prop: values for prop, values in (claims or {}).items() if values},
    }
    if sitelinks is not None:
        record["sitelinks"] = sitelinks
    if popularity is not None:
        record["popularity"] = popularity
    if parley:
        record["parley"] = dict(parley)
    return record
