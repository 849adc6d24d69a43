"""Build the shipped knowledge base (``data/wikidata/kb.jsonl``) from its sources.

Sources: ``countries.csv`` and ``cities.csv`` (QIDs from the countries-states-cities
database, CC0 Wikidata facts) and ``data/wikidata/sources/curated.jsonl``: hand-curated
items, each with the public ``source`` where its QID–name pair was verified. The output is
deterministic (sorted by QID, stable key order) so a rebuild is a no-op diff.

Popularity: the CSVs and the curated file carry no sitelink counts, so items get an
estimate on the sitelink scale in ``popularity`` (documented in ``estimate_popularity``);
a dump import (``import_dump``) stores real sitelink counts instead.
"""

from __future__ import annotations

import csv
import json
import math
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph_builder.errors import KnowledgeBaseError
from graph_builder.link.kb import JsonObject, read_items
from graph_builder.link.text import normalise
from graph_builder.link.wikidata_json import coordinate_claim, item_claim, item_record, monolingual_claim

COUNTRY = "Q6256"
CITY = "Q515"
# Popularity estimates on the sitelink scale (a country has ~200-300 sitelinks, a large
# city ~100, a city of 50,000 ~20). Used only to rank homonyms; never shown as a fact.
COUNTRY_POPULARITY = 200.0
CAPITAL_BONUS = 50.0
CURATED_DEFAULT_POPULARITY = 80.0
DOMINANT_RATIO = 5


@dataclass(frozen=True)
class BuildStats:
    countries: int
    cities: int
    curated: int
    replaced: int
    unreliable_city_qids: int  # QIDs cities.csv gives to several different cities: dropped
    total: int


def _fold(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in ascii_name.lower() if c.isalnum())


def unreliable_rows(rows: Iterable[dict[str, str]]) -> tuple[set[int], int]:
    """Row indexes to drop because the CSV gives their QID to several different places.

    Rows whose names fold to the same letters ("NanJing"/"Nanjing") are one place: the
    first is kept. Otherwise the most populous row keeps the QID only when it is at least
    ``DOMINANT_RATIO`` times as populous as any other (the CSV often stamps a big city's
    QID on a suburb: "London" 8.8 M and "Londonderry County Borough" 87 k); when no row
    dominates, every row is dropped, since a wrong link is worse than none.
    Returns the indexes and the number of QIDs left out entirely.
    """
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for index, row in enumerate(rows):
        groups.setdefault(row["qid"], []).append((index, row))
    drop: set[int] = set()
    lost = 0
    for members in groups.values():
        distinct: dict[str, tuple[int, dict[str, str]]] = {}
        for index, row in members:
            kept = distinct.setdefault(_fold(row["name"]), (index, row))
            if kept[0] != index:
                drop.add(index)
        if len(distinct) < 2:
            continue
        ranked = sorted(distinct.values(), key=lambda item: -_population(item[1]))
        dominant = _population(ranked[0][1]) >= DOMINANT_RATIO * max(_population(ranked[1][1]), 1)
        losers = ranked[1:] if dominant else ranked
        drop.update(index for index, _ in losers)
        lost += 0 if dominant else 1
    return drop, lost


def _population(row: dict[str, str]) -> int:
    return int(float(row["population"] or 0))


def estimate_popularity(population: int) -> float:
    """Sitelink-scale estimate from population: 50,000 → 20, 1 million → 46, 10 million → 66.

    >>> estimate_popularity(1_000_000)
    46.0
    """
    return round(20.0 * math.log10(max(population, 1)) - 74.0, 1) if population > 0 else 0.0


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot read {path}: {exc}") from exc


def _coordinates(row: Mapping[str, str]) -> dict[str, list[JsonObject]]:
    """The row's latitude/longitude as a P625 claim (none when the CSV leaves them out)."""
    try:
        latitude, longitude = float(row.get("latitude") or ""), float(row.get("longitude") or "")
    except ValueError:
        return {}
    return {"P625": [coordinate_claim(latitude, longitude)]}


def _split_demonyms(text: str) -> list[str]:
    return [part.strip() for part in text.replace(" or ", ",").split(",") if part.strip()]


def _city_items(
    rows: list[dict[str, str]], iso_to_qid: Mapping[str, str], replaced: set[str], bad_rows: set[int]
) -> Iterator[JsonObject]:
    for index, row in enumerate(rows):
        country = iso_to_qid.get(row["country_iso2"])
        if row["qid"] in replaced or index in bad_rows or country is None:
            continue
        population = _population(row)
        yield item_record(
            row["qid"],
            row["name"],
            claims={"P31": [item_claim("P31", CITY)], "P17": [item_claim("P17", country)], **_coordinates(row)},
            popularity=estimate_popularity(population),
            parley={"source": "wikidata-sources/cities.csv"},
        )


def _capital_index(items: Iterable[JsonObject]) -> dict[tuple[str, str], str]:
    """(country QID, normalised name) -> QID of a place, for resolving capital names."""
    index: dict[tuple[str, str], str] = {}
    for item in items:
        country = item["claims"].get("P17", [])
        if not country:
            continue
        country_qid = country[0]["mainsnak"]["datavalue"]["value"]["id"]
        names = [item["labels"]["en"]["value"], *(a["value"] for a in item.get("aliases", {}).get("en", []))]
        for name in names:
            index.setdefault((country_qid, normalise(name)), item["id"])
    return index


def _country_items(
    rows: Iterable[dict[str, str]], capitals: Mapping[tuple[str, str], str], extra: Mapping[str, JsonObject]
) -> Iterator[JsonObject]:
    for row in rows:
        qid = row["qid"]
        curated = extra.get(qid, {})
        aliases = [row["native"]] if row["native"] and row["native"] != row["name"] else []
        aliases += [a for a in curated.get("aliases", []) if a not in aliases]
        claims: dict[str, list[JsonObject]] = {"P31": [item_claim("P31", COUNTRY)]}
        demonyms = [*_split_demonyms(row["nationality"]), *curated.get("demonyms", [])]
        if demonyms:
            claims["P1549"] = [monolingual_claim("P1549", d) for d in dict.fromkeys(demonyms)]
        capital = curated.get("capital") or capitals.get((qid, normalise(row["capital"])))
        if capital:
            claims["P36"] = [item_claim("P36", capital)]
        claims.update(_coordinates(row))
        yield item_record(
            qid,
            curated.get("label", row["name"]),
            aliases=aliases,
            claims=claims,
            popularity=COUNTRY_POPULARITY,
            parley=_country_parley(curated),
        )


def _country_parley(curated: Mapping[str, Any]) -> dict[str, Any]:
    source = curated.get("source", "wikidata-sources/countries.csv")
    parley: dict[str, Any] = {"source": source, "contract_class": "State"}
    if curated.get("preferred_aliases"):
        parley["preferred_aliases"] = list(curated["preferred_aliases"])
    return parley


def _curated_item(entry: Mapping[str, Any]) -> JsonObject:
    claims: dict[str, list[JsonObject]] = {"P31": [item_claim("P31", q) for q in entry.get("p31", [])]}
    if entry.get("country"):
        claims["P17"] = [item_claim("P17", entry["country"])]
    if entry.get("demonyms"):
        claims["P1549"] = [monolingual_claim("P1549", d) for d in entry["demonyms"]]
    parley: dict[str, Any] = {"source": entry["source"], "contract_class": entry["class"]}
    if entry.get("preferred_aliases"):
        parley["preferred_aliases"] = list(entry["preferred_aliases"])
    return item_record(
        entry["id"],
        entry["label"],
        aliases=entry.get("aliases", []),
        description=entry.get("description"),
        claims=claims,
        popularity=float(entry.get("popularity", CURATED_DEFAULT_POPULARITY)),
        parley=parley,
    )


def build_items(sources: Path, curated_path: Path) -> tuple[list[JsonObject], BuildStats]:
    """All knowledge-base items, sorted by QID, and counts of where they came from."""
    curated = list(read_items(curated_path))
    country_extra = {e["id"]: e for e in curated if e.get("class") == "State"}
    others = [e for e in curated if e.get("class") != "State"]
    dropped = {q for e in curated for q in e.get("replaces", [])}
    countries = _read_csv(sources / "countries.csv")
    iso_to_qid = {row["iso2"]: row["qid"] for row in countries}
    city_rows = _read_csv(sources / "cities.csv")
    bad_rows, unreliable = unreliable_rows(city_rows)
    cities = list(_city_items(city_rows, iso_to_qid, dropped, bad_rows))
    curated_items = [_curated_item(e) for e in others]
    places = [*curated_items, *cities]  # curated names win a capital-name clash
    country_items = list(_country_items(countries, _capital_index(places), country_extra))
    merged: dict[str, JsonObject] = {}
    for item in [*country_items, *curated_items, *cities]:
        merged.setdefault(item["id"], item)
    _boost_capitals(country_items, merged)
    items = sorted(merged.values(), key=lambda item: int(item["id"][1:]))
    stats = BuildStats(len(country_items), len(cities), len(curated), len(dropped), unreliable, len(items))
    return items, stats


def _boost_capitals(countries: Iterable[JsonObject], items: Mapping[str, JsonObject]) -> None:
    """A capital outranks its namesakes ("London" the capital over London, Ontario)."""
    for country in countries:
        for statement in country["claims"].get("P36", []):
            capital = items.get(statement["mainsnak"]["datavalue"]["value"]["id"])
            if capital is not None:
                capital["popularity"] = round(float(capital.get("popularity", 0.0)) + CAPITAL_BONUS, 1)


def write_items(items: Iterable[JsonObject], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n")


def build_kb(sources: Path, curated_path: Path, target: Path) -> BuildStats:
    """Build ``target`` (``kb.jsonl``) from the CSV sources and the curated file."""
    items, stats = build_items(sources, curated_path)
    write_items(items, target)
    return stats
