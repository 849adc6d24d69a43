"""Online mode (``PARLEY_WIKIDATA_ONLINE=1``): ask the public Wikidata API about names the
local knowledge base cannot link, and keep what it answers.

Off by default: a build never touches the network unless the user opts in. When it is on,
a mention the offline linker leaves NIL is searched with ``wbsearchentities``; the hits the
knowledge base lacks are fetched with ``wbgetentities``, trimmed to the knowledge-base item
format, added to the linker and appended to the learned-items file (``PARLEY_WIKIDATA_LEARNED``),
which every later build reads after the shipped knowledge base, so the next run links them
offline. The decision is still the offline linker's (exact label or alias, class
compatibility, context, popularity, NIL on ambiguity): the API only supplies candidates, and
only for names no known entity has, so a learned item never competes with a shipped one.

Every response is cached on disk by its request parameters (one JSON file each), so a
re-run sends nothing it has asked before. Requests are sequential, carry a descriptive
User-Agent as Wikimedia's policy asks, and time out; after a few consecutive failures the
client stops asking for the rest of the run and the build goes on offline.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

from graph_builder.link.classes import compatible_classes
from graph_builder.link.kb import Entity, JsonObject, entity_from_item, sitelink_count
from graph_builder.link.linker import Linker, LinkResult
from graph_builder.link.text import acronym_like, normalise
from graph_builder.link.wikidata_json import item_record

log = logging.getLogger(__name__)

SEARCH_LIMIT = 7
MAX_FAILURES = 3  # consecutive failed requests before the client gives up for the run
MAX_RETRY_AFTER = 30.0  # longest Retry-After (seconds) a build waits out; longer is a failure
MIN_QUERY_LENGTH = 4  # shorter names are searched only when written as acronyms ("RSF")
KEPT_CLAIMS = ("P31", "P17", "P36", "P1549")  # what the linker reads; the rest is dropped


class WikidataApiError(RuntimeError):
    """The API could not be reached or answered with an error."""


def user_agent(contact: str | None = None) -> str:
    """A descriptive User-Agent: tool, version, purpose and, when configured, a contact."""
    try:
        version = metadata.version("parley-kg")
    except metadata.PackageNotFoundError:
        version = "dev"
    agent = f"Parley/{version} (offline-first knowledge-graph builder for conflict news; online linking mode)"
    return f"{agent} contact: {contact}" if contact else agent


@dataclass
class WikidataClient:
    """``wbsearchentities`` and ``wbgetentities`` with an on-disk response cache."""

    api_url: str
    cache_dir: Path
    agent: str
    timeout: float = 10.0
    _failures: int = 0

    @property
    def available(self) -> bool:
        return self._failures < MAX_FAILURES

    def search(self, name: str, language: str = "en", limit: int = SEARCH_LIMIT) -> list[str]:
        """QIDs whose label or alias matches ``name``, best first."""
        params = {
            "action": "wbsearchentities",
            "search": name,
            "language": language,
            "uselang": language,
            "type": "item",
            "limit": str(limit),
            "format": "json",
        }
        hits = self._get(params).get("search", [])
        return [str(hit["id"]) for hit in hits if isinstance(hit, dict) and _is_qid(hit.get("id"))]

    def entities(self, qids: Iterable[str], language: str = "en") -> list[JsonObject]:
        """Full items for ``qids`` (at most 50 per request, as the API allows)."""
        wanted = sorted({q for q in qids if _is_qid(q)}, key=lambda q: int(q[1:]))
        items: list[JsonObject] = []
        for start in range(0, len(wanted), 50):
            params = {
                "action": "wbgetentities",
                "ids": "|".join(wanted[start : start + 50]),
                "props": "labels|aliases|descriptions|claims|sitelinks",
                "languages": language,
                "format": "json",
            }
            found = self._get(params).get("entities", {})
            items += [item for item in found.values() if isinstance(item, dict) and "missing" not in item]
        return items

    def _get(self, params: Mapping[str, str]) -> JsonObject:
        cached = self._cache_path(params)
        if cached.is_file():
            try:
                answer = json.loads(cached.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                answer = None  # a damaged cache entry is asked again
            if _shape_problem(answer, params["action"]) is None:
                return answer  # type: ignore[no-any-return]
        if not self.available:
            raise WikidataApiError("online linking is paused after repeated failures")
        url = f"{self.api_url}?{urllib.parse.urlencode(params)}"
        request = urllib.request.Request(url, headers={"User-Agent": self.agent, "Accept": "application/json"})
        try:
            body = self._fetch(request)
        except (OSError, ValueError, http.client.HTTPException) as exc:  # URLError, timeouts: OSError
            self._failures += 1
            raise WikidataApiError(f"Wikidata API request failed ({params['action']}): {exc!r}") from exc
        problem = _shape_problem(body, params["action"])
        if problem:
            self._failures += 1
            raise WikidataApiError(f"Wikidata API error ({params['action']}): {problem}")
        self._failures = 0
        _write_atomically(cached, json.dumps(body, ensure_ascii=False))
        return body

    def _fetch(self, request: urllib.request.Request) -> Any:
        """The decoded JSON answer; a 429 or 503 asking to come back within
        ``MAX_RETRY_AFTER`` seconds is waited out once, as Wikimedia asks of clients."""
        try:
            return self._open(request)
        except urllib.error.HTTPError as exc:
            wait = _retry_after(exc)
            if exc.code not in (429, 503) or wait is None:
                raise
        time.sleep(wait)
        return self._open(request)

    def _open(self, request: urllib.request.Request) -> Any:
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            return json.loads(response.read().decode("utf-8"))

    def _cache_path(self, params: Mapping[str, str]) -> Path:
        key = json.dumps(sorted(params.items()), ensure_ascii=False)
        digest = hashlib.sha256(f"{self.api_url}\n{key}".encode()).hexdigest()
        return self.cache_dir / params["action"] / f"{digest}.json"


def _shape_problem(body: object, action: str) -> str | None:
    """Why an answer is unusable (an error, or not the shape the action returns), or None."""
    if not isinstance(body, dict):
        return f"not a JSON object: {str(body)[:200]}"
    if "error" in body:
        error = body["error"]
        return str(error.get("info", error) if isinstance(error, dict) else error)[:300]
    expected = {"wbsearchentities": ("search", list), "wbgetentities": ("entities", dict)}.get(action)
    if expected and not isinstance(body.get(expected[0]), expected[1]):
        return f"no {expected[0]!r} in the answer"
    return None


def _retry_after(error: urllib.error.HTTPError) -> float | None:
    """Seconds a ``Retry-After`` header asks for, when it is a number and short enough."""
    try:
        seconds = float(error.headers.get("Retry-After", ""))
    except ValueError:
        return None
    return seconds if 0 <= seconds <= MAX_RETRY_AFTER else None


def _is_qid(value: object) -> bool:
    return isinstance(value, str) and value[:1] == "Q" and value[1:].isdigit()


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def trim_item(item: Mapping[str, Any], language: str = "en") -> JsonObject | None:
    """An API item reduced to the knowledge-base format, or ``None`` without a label there."""
    label = item.get("labels", {}).get(language, {}).get("value")
    if not label:
        return None
    aliases = [a["value"] for a in item.get("aliases", {}).get(language, []) if a.get("value")]
    description = item.get("descriptions", {}).get(language, {}).get("value")
    claims = {prop: _kept_statements(item.get("claims", {}).get(prop, [])) for prop in KEPT_CLAIMS}
    return item_record(
        str(item["id"]),
        str(label),
        aliases=aliases,
        description=description,
        claims=claims,
        sitelinks=int(sitelink_count(item)),
        parley={"source": f"Wikidata API wbgetentities, fetched {date.today().isoformat()}"},
    )


def _ends_torn(path: Path) -> bool:
    """Whether a file's last line lacks its newline (an append that was interrupted)."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) != b"\n"


def _learnable_classes(mention_class: str | None) -> frozenset[str]:
    """Classes a learned item may have for a mention: never a State (every country ships, and
    a learned historical state would bring demonyms and capitals that shadow today's), and a
    person only for a PERSON mention (the offline linker lets an ORG-tagged surname match a
    *known* person, not a new one)."""
    allowed = compatible_classes(mention_class) - {"State"}
    return allowed if mention_class in ("PERSON", "Person") else allowed - {"Person"}


def _kept_statements(statements: Iterable[Mapping[str, Any]]) -> list[JsonObject]:
    """Value statements only, deprecated ones dropped; qualifiers and references left out."""
    kept = []
    for statement in statements:
        snak = statement.get("mainsnak", {})
        if statement.get("rank") == "deprecated" or snak.get("snaktype") != "value":
            continue
        mainsnak = {key: snak[key] for key in ("snaktype", "property", "datavalue") if key in snak}
        kept.append({"mainsnak": mainsnak, "type": "statement", "rank": statement.get("rank", "normal")})
    return kept


class OnlineLinker:
    """The offline :class:`Linker`, with the Wikidata API as a source of extra candidates."""

    def __init__(self, linker: Linker, client: WikidataClient, learned_file: Path | None) -> None:
        self._linker = linker
        self._client = client
        self._learned_file = learned_file
        self._asked: set[tuple[str, frozenset[str]]] = set()
        self._warned = False

    def link(self, surface: str, mention_class: str | None = None, context: Collection[str] = ()) -> LinkResult | None:
        found = self._linker.link(surface, mention_class, context)
        if found is not None or not self._worth_asking(surface, mention_class):
            return found
        if self._learn(surface, mention_class):
            return self._linker.link(surface, mention_class, context)
        return None

    def state_for(self, surface: str) -> Entity | None:
        return self._linker.state_for(surface)

    def named(self, surface: str) -> list[Entity]:
        return self._linker.named(surface)

    def link_entity(self, surface: str, mention_class: str | None, context: Collection[str]) -> LinkResult | None:
        return self.link(surface, mention_class, context)

    def state_entity(self, surface: str) -> Entity | None:
        return self.state_for(surface)

    def _worth_asking(self, surface: str, mention_class: str | None) -> bool:
        """Only names no known entity has: a NIL caused by ambiguity or by a class that does
        not fit stays NIL rather than being overridden by what the API finds."""
        key = normalise(surface)
        long_enough = len(key) >= MIN_QUERY_LENGTH or acronym_like(surface)
        classes = _learnable_classes(mention_class)
        if not key or not long_enough or not classes or (key, classes) in self._asked:
            return False
        return not self._linker.named(surface)

    def _learn(self, surface: str, mention_class: str | None) -> bool:
        """Fetch the API's candidates for ``surface``; whether any new entity was added."""
        key, classes = normalise(surface), _learnable_classes(mention_class)
        self._asked.add((key, classes))
        if not self._client.available:
            return False
        try:
            qids = [q for q in self._client.search(surface) if q not in self._linker.kb]
            answers = self._client.entities(qids)
        except WikidataApiError as exc:
            if not self._warned:
                log.warning("%s; linking continues offline", exc)
                self._warned = True
            return False
        learned = [found for item in answers if (found := self._learnable(item, key, classes)) is not None]
        for _, entity in learned:
            self._linker.add(entity)
        if learned:
            self._write_back([item for item, _ in learned])
        return bool(learned)

    def _learnable(
        self, answer: Mapping[str, Any], key: str, classes: frozenset[str]
    ) -> tuple[JsonObject, Entity] | None:
        """The item and entity to learn from one API answer, or None.

        Kept only when the item is named exactly what was asked (a prefix hit is not), has
        a class the mention allows, and its label names nothing known yet; aliases that
        already name a known entity are dropped, so a learned item never shadows one.
        """
        try:
            item = trim_item(answer)
        except (AttributeError, KeyError, TypeError, ValueError):
            return None  # an answer not in the documented shape
        entity = entity_from_item(item) if item is not None else None
        if item is None or entity is None or entity.contract_class not in classes:
            return None
        if key not in {normalise(name) for name in (entity.label, *entity.aliases)}:
            return None
        if self._linker.named(entity.label):
            return None
        fresh = [alias for alias in entity.aliases if not self._linker.named(alias)]
        item["aliases"] = {"en": [{"language": "en", "value": alias} for alias in fresh]} if fresh else {}
        return item, replace(entity, aliases=tuple(fresh))

    def _write_back(self, items: list[JsonObject]) -> None:
        if self._learned_file is None:
            return
        lines = "".join(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n" for item in items)
        try:
            self._learned_file.parent.mkdir(parents=True, exist_ok=True)
            if _ends_torn(self._learned_file):  # an earlier append was cut short: start afresh
                lines = "\n" + lines
            # One append per lookup, whole lines; a reader meeting a half-written last line
            # skips it (read_items).
            with self._learned_file.open("a", encoding="utf-8") as out:
                out.write(lines)
        except OSError as exc:
            log.warning("cannot keep learned items in %s (%s): used for this run only", self._learned_file, exc)
