"""The Wikidata knowledge base: JSON-lines files of items in the Wikidata entity format.

Each line of a ``*.jsonl`` file in the knowledge-base directory is one item as in a Wikidata
dump (``id``, ``labels``, ``aliases``, ``descriptions``, ``claims``), trimmed to English and to
the claims the linker reads: P31 (instance of), P17 (country), P36 (capital), P1549
(demonym), and P625 (coordinate location, carried into the graph for maps). Popularity is
the item's sitelink count (``sitelinks`` as a number or as the dump's mapping) or, for
hand-curated items, an estimate on the same scale in ``popularity``. Parley's own fields
live under ``"parley"`` (``source``, ``contract_class``, ``preferred_aliases``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from graph_builder.errors import KnowledgeBaseError
from graph_builder.link.classes import CONTRACT_CLASSES, SETTLEMENT_P31, contract_class_of

JsonObject = dict[str, Any]
EARTH = "http://www.wikidata.org/entity/Q2"
SHIPPED_FILE = "kb.jsonl"  # built by scripts/build_kb.py; wins over imports and learned items
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Entity:
    """One knowledge-base item as the linker sees it."""

    qid: str
    label: str
    aliases: tuple[str, ...]
    contract_class: str
    country: str | None = None  # P17
    capital_of: str | None = None  # the State whose P36 names this item
    demonyms: tuple[str, ...] = ()
    popularity: float = 0.0
    preferred_aliases: tuple[str, ...] = field(default=(), compare=False)
    settlement: bool = field(default=False, compare=False)  # a city, town or village (by P31)
    coordinates: tuple[float, float] | None = field(default=None, compare=False)  # P625 (latitude, longitude)


def default_kb_dir() -> Path:
    """The knowledge base shipped with the repository (``data/wikidata``)."""
    return Path(__file__).resolve().parents[2] / "data" / "wikidata"


def item_ids(claims: Mapping[str, Any], prop: str) -> list[str]:
    """The item QIDs of a property's value snaks, deprecated statements left out."""
    found: list[str] = []
    for statement in claims.get(prop, ()):
        if not isinstance(statement, dict) or statement.get("rank") == "deprecated":
            continue
        value = statement.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            found.append(value["id"])
    return found


def monolingual_texts(claims: Mapping[str, Any], prop: str, language: str = "en") -> list[str]:
    """The texts in ``language`` of a monolingual-text property (P1549 demonym)."""
    found: list[str] = []
    for statement in claims.get(prop, ()):
        if not isinstance(statement, dict) or statement.get("rank") == "deprecated":
            continue
        value = statement.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and value.get("language") == language and value.get("text"):
            found.append(str(value["text"]))
    return found


def coordinates_of(claims: Mapping[str, Any]) -> tuple[float, float] | None:
    """(latitude, longitude) of the first usable P625 statement on Earth, else None.

    >>> from graph_builder.link.wikidata_json import coordinate_claim
    >>> coordinates_of({"P625": [coordinate_claim(50.45, 30.52)]})
    (50.45, 30.52)
    """
    for statement in claims.get("P625", ()):
        if not isinstance(statement, dict) or statement.get("rank") == "deprecated":
            continue
        value = statement.get("mainsnak", {}).get("datavalue", {}).get("value")
        if not isinstance(value, dict) or not str(value.get("globe", EARTH)).endswith("/Q2"):
            continue
        lat, lon = value.get("latitude"), value.get("longitude")
        if isinstance(lat, int | float) and isinstance(lon, int | float) and -90 <= lat <= 90 and -180 <= lon <= 180:
            return float(lat), float(lon)
    return None


def sitelink_count(item: Mapping[str, Any]) -> float:
    """Sitelinks as a number: the dump's mapping is counted, a stored number kept."""
    links = item.get("sitelinks")
    if isinstance(links, dict):
        return float(len(links))
    if isinstance(links, int | float):
        return float(links)
    popularity = item.get("popularity")
    return float(popularity) if isinstance(popularity, int | float) else 0.0


def _english(item: Mapping[str, Any], key: str) -> list[str]:
    block = item.get(key, {})
    if not isinstance(block, dict):
        return []
    value = block.get("en")
    if isinstance(value, dict):
        return [str(value["value"])] if value.get("value") else []
    if isinstance(value, list):
        return [str(v["value"]) for v in value if isinstance(v, dict) and v.get("value")]
    return []


def entity_from_item(item: Mapping[str, Any]) -> Entity | None:
    """An :class:`Entity` from a Wikidata item, or ``None`` when it has no English label
    or no class the contract knows (such items cannot be linked safely)."""
    labels = _english(item, "labels")
    claims = item.get("claims", {})
    parley = item.get("parley", {})
    if not labels or not isinstance(claims, dict) or not isinstance(parley, dict):
        return None
    cls = parley.get("contract_class") or contract_class_of(item_ids(claims, "P31"))
    if cls not in CONTRACT_CLASSES:
        return None
    countries = item_ids(claims, "P17")
    p31 = item_ids(claims, "P31")
    return Entity(
        qid=str(item["id"]),
        label=labels[0],
        aliases=tuple(_english(item, "aliases")),
        contract_class=str(cls),
        country=countries[0] if countries else None,
        demonyms=tuple(monolingual_texts(claims, "P1549")),
        popularity=sitelink_count(item),
        preferred_aliases=tuple(parley.get("preferred_aliases", ())),
        settlement=cls == "Place" and not SETTLEMENT_P31.isdisjoint(p31),
        coordinates=coordinates_of(claims),
    )


def read_items(path: Path, *, tolerant: bool = False) -> Iterator[JsonObject]:
    """The items of one JSON-lines file; a malformed line is a :class:`KnowledgeBaseError`,
    or with ``tolerant`` (for the learned-items cache) a warning and the line skipped."""
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    if tolerant or not line.endswith("\n"):  # e.g. being appended by another process
                        log.warning("%s:%d: not JSON, skipped (%s)", path, number, exc.msg)
                        continue
                    raise KnowledgeBaseError(f"{path}:{number}: not JSON ({exc.msg})") from exc
                if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                    if tolerant:
                        log.warning("%s:%d: not a Wikidata item, skipped", path, number)
                        continue
                    raise KnowledgeBaseError(f"{path}:{number}: not a Wikidata item")
                yield item
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot read {path}: {exc}") from exc


class KnowledgeBase:
    """Entities by QID, loaded from every ``*.jsonl`` file of a directory."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._entities: dict[str, Entity] = {}
        for entity in entities:
            # The first file that defines a QID wins (see load): the shipped kb.jsonl is not
            # overridden by a later import or a learned copy of the same item.
            self._entities.setdefault(entity.qid, entity)

    @classmethod
    def load(cls, directory: Path, *, learned: Path | None = None) -> KnowledgeBase:
        """Read every ``*.jsonl`` in ``directory``, then the ``learned`` file if it exists;
        capitals are derived from P36.

        A QID defined twice keeps its first definition, so the order is the precedence:
        the shipped ``kb.jsonl``, then other files (dump imports) by name, then what online
        mode learned.
        """
        if not directory.is_dir():
            raise KnowledgeBaseError(f"knowledge-base directory not found: {directory}")
        entities: list[Entity] = []
        capitals: dict[str, str] = {}
        files = sorted(directory.glob("*.jsonl"), key=lambda path: (path.name != SHIPPED_FILE, path.name))
        if not files:
            raise KnowledgeBaseError(f"knowledge-base directory {directory} holds no .jsonl files")
        sources = [(path, False) for path in files]
        if learned is not None and learned.is_file() and learned.resolve() not in {f.resolve() for f in files}:
            sources.append((learned, True))  # a cache of API answers: a bad line is skipped, not fatal
        for path, tolerant in sources:
            for item in read_items(path, tolerant=tolerant):
                entity = entity_from_item(item)
                if entity is None:
                    continue
                entities.append(entity)
                if entity.contract_class == "State":
                    for capital in item_ids(item.get("claims", {}), "P36"):
                        capitals.setdefault(capital, entity.qid)
        return cls(_with_capitals(entities, capitals))

    def get(self, qid: str) -> Entity | None:
        return self._entities.get(qid)

    def add(self, entity: Entity) -> None:
        """Add an entity learned at run time; an existing QID keeps its entity."""
        self._entities.setdefault(entity.qid, entity)

    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._entities.values())

    def __contains__(self, qid: object) -> bool:
        return qid in self._entities


def _with_capitals(entities: list[Entity], capitals: Mapping[str, str]) -> Iterator[Entity]:
    for entity in entities:
        state = capitals.get(entity.qid)
        if state is not None and entity.contract_class == "Place":
            yield replace(entity, capital_of=state)
        else:
            yield entity
