"""Surface form → Wikidata entity, precision first.

Order of evidence: an exact hit on a label or alias, then a demonym ("Russian"), then a
fuzzy hit on a long name. Every candidate must have a contract class compatible with the
mention's label; ties are broken by a curated preference, the document context (QIDs
already linked), the class (a State outranks a city of the same name) and popularity. When
the evidence does not single out one entity the answer is NIL (``None``): a wrong
``owl:sameAs`` is worse than none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from graph_builder.extract.lexicon import ADMINISTRATIVE_UNITS
from graph_builder.link.classes import compatible_classes
from graph_builder.link.kb import Entity, KnowledgeBase
from graph_builder.link.text import acronym_like, normalise

LABEL_SCORE = 100.0
ALIAS_SCORE = 96.0
DEMONYM_SCORE = 92.0
FUZZY_PENALTY = 5.0  # a fuzzy hit never outranks an exact one
FUZZY_MIN_LENGTH = 8  # shorter keys are too easy to confuse ("Iran"/"Iraq", "Mali"/"Bali")
SHORT_KEY = 3  # keys this short must be written as acronyms ("US", not "us")
FUZZY_CACHE_SIZE = 100_000  # distinct surface forms whose near names are remembered
POPULARITY_MARGIN = 2.0  # the more popular homonym wins only if this many times as popular
_CLASS_RANK = {"State": 2, "InternationalOrganization": 1}


@dataclass(frozen=True)
class LinkResult:
    """A linked mention: the entity, a score in [0, 100] and how it was found."""

    entity: Entity
    score: float
    method: str  # "exact" | "alias" | "demonym" | "fuzzy"

    @property
    def qid(self) -> str:
        return self.entity.qid

    @property
    def label(self) -> str:
        return self.entity.label

    @property
    def contract_class(self) -> str:
        return self.entity.contract_class

    @property
    def coordinates(self) -> tuple[float, float] | None:
        return self.entity.coordinates


@dataclass(frozen=True)
class _Candidate:
    entity: Entity
    score: float
    method: str
    preferred: bool


class Linker:
    """Links surface forms to knowledge-base entities; build one per process and reuse it."""

    def __init__(self, kb: KnowledgeBase, *, fuzzy_cutoff: float = 90.0, min_score: float = 85.0) -> None:
        self._kb = kb
        self._fuzzy_cutoff = fuzzy_cutoff
        self._min_score = min_score
        self._names: dict[str, list[tuple[str, str]]] = defaultdict(list)  # key -> (qid, method)
        self._demonyms: dict[str, list[str]] = defaultdict(list)
        self._preferred: set[tuple[str, str]] = set()
        for entity in kb:
            self._index(entity)
        self._fuzzy_keys = [key for key, hits in self._names.items() if _fuzzy_key(key, hits, kb)]
        self._fuzzy_keys_set = set(self._fuzzy_keys)
        self._fuzzy_matches: dict[str, list[tuple[str, float]]] = {}

    @property
    def kb(self) -> KnowledgeBase:
        return self._kb

    def add(self, entity: Entity) -> None:
        """Index an entity learned at run time (online mode); a QID already known is kept."""
        if entity.qid in self._kb:
            return
        self._kb.add(entity)
        self._index(entity)
        for key in {normalise(entity.label), *(normalise(alias) for alias in entity.aliases)}:
            fuzzy = _fuzzy_key(key, self._names[key], self._kb)
            if fuzzy != (key in self._fuzzy_keys_set):  # as KnowledgeBase.load would have built it
                if fuzzy:
                    self._fuzzy_keys.append(key)
                    self._fuzzy_keys_set.add(key)
                else:  # a person now shares the name: no longer a fuzzy target
                    self._fuzzy_keys.remove(key)
                    self._fuzzy_keys_set.discard(key)
                self._fuzzy_matches.clear()

    def _index(self, entity: Entity) -> None:
        self._names[normalise(entity.label)].append((entity.qid, "exact"))
        for alias in entity.aliases:
            self._names[normalise(alias)].append((entity.qid, "alias"))
        for alias in entity.preferred_aliases:
            self._preferred.add((normalise(alias), entity.qid))
        if entity.contract_class == "State":
            for demonym in entity.demonyms:
                self._demonyms[normalise(demonym)].append(entity.qid)

    def link(self, surface: str, mention_class: str | None = None, context: Collection[str] = ()) -> LinkResult | None:
        """The entity ``surface`` names, or ``None`` when no candidate is good enough.

        ``mention_class`` is a spaCy NER label or a contract class; ``context`` holds QIDs
        already linked in the same document.
        """
        key = normalise(surface)
        allowed = compatible_classes(mention_class)
        if not key or not allowed or (len(key) <= SHORT_KEY and not acronym_like(surface)):
            return None
        found = self._exact(key, allowed, context)
        if found is None and "Place" in allowed:
            found = self._administrative_unit(key, context)
        if found is None and "State" in allowed:
            found = self._demonym(key)
        if found is None and len(key) >= FUZZY_MIN_LENGTH:
            found = self._fuzzy(key, allowed, context)
        if found is None or found.score < self._min_score:
            return None
        return found

    def named(self, surface: str) -> list[Entity]:
        """Every entity whose label or alias is ``surface`` (normalised), whatever its class."""
        qids = dict.fromkeys(qid for qid, _ in self._names.get(normalise(surface), ()))
        return [entity for qid in qids if (entity := self._kb.get(qid)) is not None]

    def state_for(self, surface: str) -> Entity | None:
        """The State a demonym or a capital stands for ("Russian", "Moscow" → Russia)."""
        key = normalise(surface)
        if not key or (len(key) <= SHORT_KEY and not acronym_like(surface)):
            return None
        demonym = self._demonym(key)
        if demonym is not None:
            return demonym.entity
        states: set[str] = set()
        for qid, _ in self._names.get(key, ()):
            entity = self._kb.get(qid)
            if entity is not None and entity.contract_class == "State":
                states.add(entity.qid)
            elif entity is not None and entity.capital_of is not None:
                states.add(entity.capital_of)
        return self._kb.get(states.pop()) if len(states) == 1 else None

    # The two methods below satisfy graph_builder.entities.EntityLinker.
    def link_entity(self, surface: str, mention_class: str | None, context: Collection[str]) -> LinkResult | None:
        return self.link(surface, mention_class, context)

    def state_entity(self, surface: str) -> Entity | None:
        return self.state_for(surface)

    def _exact(self, key: str, allowed: frozenset[str], context: Collection[str]) -> LinkResult | None:
        candidates = []
        for qid, method in self._names.get(key, ()):
            entity = self._kb.get(qid)
            if entity is None or entity.contract_class not in allowed:
                continue
            score = LABEL_SCORE if method == "exact" else ALIAS_SCORE
            candidates.append(_Candidate(entity, score, method, (key, qid) in self._preferred))
        return _choose(candidates, context)

    def _administrative_unit(self, key: str, context: Collection[str]) -> LinkResult | None:
        """ "Kharkiv region" → Kharkiv Oblast, "Idlib province" → Idlib Governorate: news
        names a first-level unit with a generic noun, the knowledge base with the local one
        or with the bare name ("Manipur state" → Manipur). Never a city or town: "the Moscow
        region" is not Moscow. Second-level units ("district") are left to exact names."""
        base, _, unit = key.rpartition(" ")
        if not base or unit not in ADMINISTRATIVE_UNITS:
            return None
        local_names = [f"{base} {other}" for other in sorted(ADMINISTRATIVE_UNITS - {unit})]
        qids = [qid for name in local_names for qid, _ in self._names.get(name, ())]
        if not qids:
            qids = [qid for qid, _ in self._names.get(base, ())]
        candidates = [
            _Candidate(entity, ALIAS_SCORE, "alias", False)
            for qid in qids
            if (entity := self._kb.get(qid)) is not None and entity.contract_class == "Place" and not entity.settlement
        ]
        return _choose(candidates, context)

    def _demonym(self, key: str) -> LinkResult | None:
        states = set(self._demonyms.get(key, ()))
        if len(states) > 1:  # a curated preference settles "American" (not American Samoa)
            states = {qid for qid in states if (key, qid) in self._preferred}
        if len(states) != 1:
            return None  # "Congolese" names two states: NIL rather than a coin toss
        entity = self._kb.get(states.pop())
        return LinkResult(entity, DEMONYM_SCORE, "demonym") if entity is not None else None

    def _fuzzy(self, key: str, allowed: frozenset[str], context: Collection[str]) -> LinkResult | None:
        matches = self._fuzzy_matches.get(key)
        if matches is None:
            # The scan over every fuzzy key is most of the linker's time; names recur across
            # documents, so the near names of a key are kept (bounded) for the next one.
            if len(self._fuzzy_matches) >= FUZZY_CACHE_SIZE:
                self._fuzzy_matches.clear()
            found = process.extract(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self._fuzzy_cutoff, limit=5)
            matches = self._fuzzy_matches[key] = [(name, float(ratio)) for name, ratio, _ in found]
        candidates = []
        for name, ratio in matches:
            for qid, _method in self._names[name]:
                entity = self._kb.get(qid)
                if entity is not None and entity.contract_class in allowed:
                    candidates.append(_Candidate(entity, ratio - FUZZY_PENALTY, "fuzzy", False))
        return _choose(candidates, context)


def _fuzzy_key(key: str, hits: Iterable[tuple[str, str]], kb: KnowledgeBase) -> bool:
    """Only long names of non-persons are fuzzy targets: a near-miss on a person's name
    is usually another person."""
    if len(key) < FUZZY_MIN_LENGTH:
        return False
    entities = [kb.get(qid) for qid, _ in hits]
    return all(entity is not None and entity.contract_class != "Person" for entity in entities)


def _rank(candidate: _Candidate, context: Collection[str]) -> tuple[bool, bool, int, float, float]:
    entity = candidate.entity
    in_context = entity.qid in context or entity.country in context or entity.capital_of in context
    return (
        candidate.preferred,
        in_context,
        _CLASS_RANK.get(entity.contract_class, 0),
        candidate.score,
        entity.popularity,
    )


def _choose(candidates: list[_Candidate], context: Collection[str]) -> LinkResult | None:
    """The one candidate the evidence singles out, or ``None`` for a real ambiguity."""
    best: dict[str, _Candidate] = {}
    for candidate in candidates:
        kept = best.get(candidate.entity.qid)
        if kept is None or _rank(candidate, context) > _rank(kept, context):
            best[candidate.entity.qid] = candidate
    if not best:
        return None
    ranked = sorted(best.values(), key=lambda c: _rank(c, context), reverse=True)
    top = ranked[0]
    if len(ranked) > 1 and not _decisive(top, ranked[1], context):
        return None
    return LinkResult(top.entity, top.score, top.method)


def _decisive(top: _Candidate, second: _Candidate, context: Collection[str]) -> bool:
    """Whether ``top`` beats ``second`` on more than popularity noise."""
    top_rank, second_rank = _rank(top, context), _rank(second, context)
    if top_rank[:4] != second_rank[:4]:
        return True
    return top.entity.popularity >= POPULARITY_MARGIN * max(second.entity.popularity, 1.0)
