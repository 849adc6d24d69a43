"""Linking stage: actor and place mentions → canonical entities (QID, label, class).

The Wikidata linker (``graph_builder.link``) proposes a QID; this module decides the
contract class, the canonical label and the node key, so that "Russia", "Russian" and
"Moscow" (as an actor) become one node while "Moscow" as a location stays a city.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Protocol

from graph_builder.extract.actors import FILING_STATE, STATE_FORCE_HEADS, WEAPON_PLATFORMS
from graph_builder.extract.lexicon import WEAPON_DESIGNATION
from graph_builder.extract.records import ActorRef, DocumentExtraction

GOVERNMENT_WORDS = re.compile(
    r"\b(ministry|ministries|department|office|council|kremlin|white house|pentagon|"
    r"government|cabinet|parliament|presidency|embassy|agency|service|services|commission|"
    r"secretariat|administration|committee)\b",
    re.I,
)
ARMED_WORDS = re.compile(
    r"\b(army|armed forces|forces|military|militia|militias|navy|air force|brigade|battalion|"
    r"rebels?|guard|troops|fighters|insurgents|front|movement|jihad|hamas|hezbollah|houthis?|"
    r"al-shabaab|taliban|wagner)\b",
    re.I,
)
INTERNATIONAL_WORDS = re.compile(
    r"\b(united nations|nato|european union|african union|red cross|red crescent|"
    r"world (food|health) (programme|program|organization)|unicef|unhcr|osce|iaea|"
    r"international|ecowas|arab league|g7|g20|group of seven)\b",
    re.I,
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


@dataclass(frozen=True)
class ResolvedEntity:
    """A canonical actor or place node: what the RDF mapper mints an IRI from."""

    key: str
    label: str
    contract_class: str
    qid: str | None = None
    country: str | None = field(default=None, compare=False)  # Wikidata P17, for derived relations
    coordinates: tuple[float, float] | None = field(default=None, compare=False)  # P625 (lat, lon), for maps
    local: bool = False  # a group only its document knows ("the rebels"): described in its graph

    @property
    def is_place(self) -> bool:
        return self.contract_class == "Place"


class LinkCandidate(Protocol):
    """What the resolver needs from a Wikidata link (``graph_builder.link.LinkResult``)."""

    @property
    def qid(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def contract_class(self) -> str: ...


class EntityLinker(Protocol):
    """The subset of ``graph_builder.link.Linker`` the resolver uses."""

    def link_entity(
        self, surface: str, mention_class: str | None, context: Collection[str]
    ) -> LinkCandidate | None: ...

    def state_entity(self, surface: str) -> LinkCandidate | None: ...


def clean_surface(text: str) -> str:
    """Normalise a surface form: straight apostrophes, no leading article or possessive.

    >>> clean_surface("the Kremlin’s")
    'Kremlin'
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).strip()
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"'s?$", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:")


# Forms of address before a person's name, which are no part of it.
HONORIFIC_PREFIX = re.compile(r"^(?:(?:H\.\s?E\.?|(?:His|Her) Excellency|Mr|Mrs|Ms|Dr)\.?\s+)+")


# Two capitalised names joined by a hyphen or dash ("Armenia-Azerbaijan", "US–China").
STATE_PAIR = re.compile(r"([A-Z][\w.']*(?: [A-Z][\w.']*)?)\s?[-\u2013/]\s?([A-Z][\w.']*(?: [A-Z][\w.']*)?)")


def _name_surface(ref: ActorRef) -> str:
    """The name a mention gives, without article or possessive, and for a person without a form
    of address: "H.E. Mahmoud Ali Youssouf" is Mahmoud Ali Youssouf."""
    surface = clean_surface(ref.text)
    return HONORIFIC_PREFIX.sub("", surface) if ref.label == "PERSON" else surface


def slugify(text: str) -> str:
    """A stable IRI-safe key from a name.

    >>> slugify("Ministry of Defence (Russia)")
    'ministry-of-defence-russia'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"


def guess_class(ref: ActorRef) -> str:
    """The contract class of an unlinked mention, from its NER label and its words."""
    if ref.as_place and ref.label in ("GPE", "LOC", "FAC"):
        return "Place"
    if ref.label == "PERSON":
        return "Person"
    if ref.label == "GROUP":
        return "Group"
    if ref.label in ("LOC", "FAC"):
        return "Place"
    text = ref.text
    if INTERNATIONAL_WORDS.search(text):
        return "InternationalOrganization"
    if ARMED_WORDS.search(text):
        return "ArmedForce"
    if GOVERNMENT_WORDS.search(text):
        return "GovernmentBody"
    if ref.label == "GPE":
        return "State"
    return "Organization"


class EntityResolver:
    """Turns mentions into canonical entities, with or without a Wikidata linker."""

    def __init__(self, linker: EntityLinker | None = None) -> None:
        self._linker = linker

    def resolve(self, ref: ActorRef, context: Collection[str] = ()) -> ResolvedEntity | None:
        """Resolve one mention; ``context`` holds QIDs already linked in the document."""
        surface = _name_surface(ref)
        if not surface:
            return None
        candidate = self._link(ref, surface, context)
        if candidate is not None:
            cls = candidate.contract_class
            if ref.as_place and cls not in ("Place", "State"):
                cls = "Place"
            return ResolvedEntity(
                key=slugify(candidate.label),
                label=candidate.label,
                contract_class=cls,
                qid=candidate.qid,
                country=getattr(candidate, "country", None),
                coordinates=getattr(candidate, "coordinates", None),
            )
        if ref.label == FILING_STATE:  # a dateline's place that is no capital speaks for no one
            return None
        if ref.label == "NORP":
            # a people no state answers for ("Houthi leaders accused …"): a group of its own name
            return ResolvedEntity(key=slugify(surface), label=surface, contract_class=ref.kind or "Group")
        if ref.unit is not None:  # an administrative unit the knowledge base lacks
            label = f"{surface} {ref.unit}"
            return ResolvedEntity(key=slugify(label), label=label, contract_class="Place")
        cls = ref.kind or guess_class(ref)
        if cls == "State" and self._linker is not None:
            # Every country is in the knowledge base: an unlinked GPE acting is an organisation
            # NER mistook for a place ("the M23").
            cls = "Organization"
        return ResolvedEntity(key=slugify(surface), label=surface, contract_class=cls)

    def state_of_forces(self, ref: ActorRef, entity: ResolvedEntity) -> ResolvedEntity | None:
        """The state whose forces or government a name without a name of its own gives:
        "Azerbaijani forces", "Kyrgyz border troops", "the Sudanese army", "the Jordanian
        government", "Iran's foreign ministry" act for their state, as an event coder codes them
        (CAMEO's AZEMIL, JORGOV: the state with a role). A body the knowledge base knows by name
        ("Sudanese Armed Forces") is its own party."""
        words = clean_surface(ref.text).split()
        if self._linker is None or entity.qid or len(words) < 2 or not words[0][:1].isupper():
            return None
        head = words[-1].lower()
        # "Dutch F-35s", "Russian Su-34": the model tags a state's warplane by its designation as a name
        designated = len(words) == 2 and WEAPON_DESIGNATION.fullmatch(words[1]) is not None
        forces = ref.kind == "ArmedForce" and head in FORCES_OF_A_STATE
        if not (forces or designated or head in GOVERNMENT_OF_A_STATE):
            return None
        return self._state_named(words[0].removesuffix("'s").removesuffix("’s"))

    def states_of_a_pair(self, ref: ActorRef) -> tuple[ResolvedEntity, ...]:
        """The two states a hyphenated pair names: "Armenia-Azerbaijan talks", "the
        Moscow-Kyiv channel", "Israeli-Palestinian negotiations" are between both."""
        halves = STATE_PAIR.fullmatch(clean_surface(ref.text))
        if self._linker is None or halves is None:
            return ()
        found = [s for s in map(self._state_named, halves.groups()) if s is not None]
        if len(found) != 2 or found[0].qid == found[1].qid:
            return ()
        return tuple(found)

    def _state_named(self, word: str) -> ResolvedEntity | None:
        """The state a demonym or capital stands for ("Azerbaijani", "Moscow"), as an entity."""
        state = self._linker.state_entity(word) if self._linker is not None else None
        if state is None or state.contract_class != "State":
            return None
        coordinates = getattr(state, "coordinates", None)
        return ResolvedEntity(slugify(state.label), state.label, "State", state.qid, coordinates=coordinates)

    def _link(self, ref: ActorRef, surface: str, context: Collection[str]) -> LinkCandidate | None:
        if self._linker is None:
            return None
        if ref.label == FILING_STATE:
            return self._linker.state_entity(surface)
        if ref.unit is not None:
            # "the Kharkiv region" is the oblast or nothing: never the city, nor (by capital
            # metonymy) the state of "the Moscow region".
            unit = self._linker.link_entity(f"{surface} {ref.unit}", "Place", context)
            return unit if unit is not None and unit.contract_class == "Place" else None
        if ref.label == "NORP" or (ref.label == "GPE" and not ref.as_place):
            # Metonymy: "Russian" delegations and "Moscow" said both mean the state.
            state = self._linker.state_entity(surface)
            if state is not None:
                return state
        # A demonym that is not a state's ("US" in "US Navy") is still a country's name, and
        # only a country's: a group's name ("Masalit") must not become a village.
        label = "State" if ref.label == "NORP" else ref.label
        return self._linker.link_entity(surface, label, context)


COREF_PREFIX = "COREF"
GENERIC = "GENERIC"  # a bare generic noun ("the rebels"): see graph_builder.extract.actors
STATE_LIKE = frozenset(["State"])
Resolution = dict[ActorRef, tuple[ResolvedEntity, ...]]


def _all_refs(extraction: DocumentExtraction) -> list[ActorRef]:
    refs: list[ActorRef] = list(extraction.mentions)
    for event in extraction.events:
        refs.extend(event.participants + event.agents + event.targets + event.reported_by)
        if event.location is not None:
            refs.append(event.location)
    for relation in extraction.relations:
        refs.extend((relation.subject, relation.object))
    return sorted(dict.fromkeys(refs), key=lambda r: (r.start, r.end, r.label))


def resolve_document(extraction: DocumentExtraction, resolver: EntityResolver) -> Resolution:
    """Resolve every mention of a document, named ones first, then references back to them.

    "the two countries" becomes the last two states named before it, "the ministry" the
    last body whose name has that word, "he" the last person; a bare "ally" the state
    the document names most; a bare "the rebels" the latest armed group named with that noun
    ("M23 rebels"), or else a group of this document only (:func:`local_entity`).
    """
    resolved: Resolution = {}
    history: list[tuple[int, ResolvedEntity]] = []
    context: set[str] = set()
    refs = _all_refs(extraction)
    # One name means one entity throughout a document (and, for a state's forces, one state);
    # it also spares repeated lookups.
    seen: dict[tuple[str, str, bool, str | None, str | None], tuple[ResolvedEntity, ...]] = {}
    for ref in refs:
        if ref.label.startswith(COREF_PREFIX) or ref.label == GENERIC:
            continue
        key = (ref.text, ref.label, ref.as_place, ref.unit, ref.kind)
        if key not in seen:
            entity = _named_in_full(ref, history) or resolver.resolve(ref, context)
            state = resolver.state_of_forces(ref, entity) if entity is not None else None
            pair = resolver.states_of_a_pair(ref) if entity is not None and not entity.qid else ()
            seen[key] = pair or (() if entity is None else (entity,) if state is None else (entity, state))
        if seen[key]:
            entity = seen[key][0]
            resolved[ref] = seen[key]
            history.append((ref.start, entity))
            if entity.qid:
                context.add(entity.qid)
    # offices named in full ("the UN Secretary-General") before what refers back to them ("the Secretary-General")
    for ref in sorted((r for r in refs if r.label == GENERIC and r.kind == "Person"), key=lambda r: r.start):
        before = [e for start, e in history if start < ref.start]
        resolved[ref] = (_generic_antecedent(ref, before) or local_entity(extraction.doc_id, ref),)
        history.append((ref.start, resolved[ref][0]))
    for ref in refs:
        if ref in resolved:
            continue
        if ref.label.startswith(COREF_PREFIX):
            antecedents = _antecedents(ref, [e for start, e in history if start < ref.start], history)
            if antecedents:
                resolved[ref] = antecedents
        elif ref.label == GENERIC:
            before = [e for start, e in history if start < ref.start]
            resolved[ref] = (_generic_antecedent(ref, before) or local_entity(extraction.doc_id, ref),)
    _places_acted_on(extraction, resolved)
    _states_of_places_attacked(extraction, resolved, [e for _, e in history])
    return resolved


def _places_acted_on(extraction: DocumentExtraction, resolved: Resolution) -> None:
    """ "launched an assault on Tskhinvali": a place name the knowledge base lacks, which is
    also where the event happened, is that place, not an organisation taking part (every
    state is in the knowledge base, so an unlinked one is no state)."""
    for event in extraction.events:
        where = event.location
        place = resolved.get(where, ()) if where is not None else ()
        if where is None or not place or not place[0].is_place:
            continue
        for ref in event.participants + event.agents + event.targets:
            same_name = ref.label in ("GPE", "LOC", "FAC") and clean_surface(ref.text) == clean_surface(where.text)
            if same_name and all(e.qid is None and e.contract_class != "State" for e in resolved.get(ref, ())):
                resolved[ref] = place


def _states_of_places_attacked(
    extraction: DocumentExtraction, resolved: Resolution, named: list[ResolvedEntity]
) -> None:
    """ "Missiles struck the port of Odesa" in a story that names Ukraine: the state a place
    attacked lies in is the attack's target too, as an event coder codes a city by its
    country. Only a state the story names: a place's country alone says nothing of sides."""
    states = {e.qid: e for e in named if e.contract_class == "State" and e.qid}
    for event in (e for e in extraction.events if e.event_class == "Attack"):
        for ref in event.targets:
            places = resolved.get(ref, ())
            if len(places) == 1 and places[0].is_place and places[0].country in states:
                resolved[ref] = (*places, states[places[0].country])


def _named_in_full(ref: ActorRef, history: list[tuple[int, ResolvedEntity]]) -> ResolvedEntity | None:
    """ "Laurent Gbagbo … Gbagbo said": a surname alone is the person the story named in full.
    A body works the same way: "the Peace and Security Council … the Council condemned", "the
    Commission of the Economic Community … The Commission commends" is the body named before,
    not a council or commission of its own."""
    word = _name_surface(ref)
    if " " in word or ref.label not in ("PERSON", "ORG"):
        return None
    for _, entity in reversed(history):
        words = entity.label.split()
        if len(words) < 2 or entity.local:
            continue
        if ref.label == "PERSON" and entity.contract_class == "Person" and words[-1] == word:
            return entity
        body_head = entity.label.split(" of ")[0].split()[-1]  # "Commission of the …"
        if ref.label == "ORG" and entity.contract_class in BODY_CLASSES and word in (words[-1], body_head):
            return entity
    return None


BODY_CLASSES = frozenset(["InternationalOrganization", "GovernmentBody", "Organization", "ArmedForce"])


STATE_FORCE_NAMES = ("army", "military", "armed forces", "defence forces", "defense forces")
STATE_FORCE_WORDS = (*STATE_FORCE_NAMES, "forces", "troops", "police")  # not a rebel group's name
BLOC_NOUNS = frozenset(["bloc", "alliance"])
FORCES_OF_A_STATE = STATE_FORCE_HEADS | {"units", "soldiers", "military", "army", "navy", "force"}
GOVERNMENT_OF_A_STATE = frozenset(["government", "authorities", "ministry"])
SIDE_CLASSES = frozenset(["State", "ArmedForce", "GovernmentBody", "Organization"])
IRREGULAR_FORCE_NOUNS = frozenset(["rebels", "insurgents", "militants", "guerrillas", "jihadists", "fighters"])
GROUP_NOUNS = frozenset(["group", "movement", "faction", "organisation", "organization"])


def local_entity(doc_id: str, ref: ActorRef) -> ResolvedEntity:
    """The group a bare generic noun names in one document: "rebels" in two articles are not
    known to be the same rebels, so the node's key includes the document.

    >>> local_entity("a1", ActorRef("Rebels", 0, 6, "GENERIC", kind="ArmedForce")).key
    'local/a1/rebels'
    """
    label = clean_surface(ref.text)
    if ref.kind != "Person":  # an office keeps its capitals: "UN Secretary-General"
        label = label.lower()
    return ResolvedEntity(f"local/{slugify(doc_id)}/{slugify(label)}", label, ref.kind or "Group", local=True)


def _generic_antecedent(ref: ActorRef, before: list[ResolvedEntity]) -> ResolvedEntity | None:
    if ref.kind == "Person":  # an office named again in full; "the UN spokesman" is not the army's
        label = clean_surface(ref.text).lower()
        return next((e for e in reversed(before) if e.contract_class == "Person" and e.label.lower() == label), None)
    word = clean_surface(ref.text).lower().split()[-1]
    for entity in reversed(before):
        if entity.contract_class != (ref.kind or "Group"):
            continue
        if word in STATE_FORCE_HEADS or word in WEAPON_PLATFORMS:
            # "Syrian government troops … government troops": a force its state names, written
            # in lower case; "Rapid Support Forces" is a name of its own, not "government forces".
            # "government jets" are flown by the state force the story named ("… troops").
            last = entity.label.split()[-1]
            matches = last == word or (word in WEAPON_PLATFORMS and last.lower() in STATE_FORCE_HEADS)
            if matches and not entity.label.split()[0].islower():
                return entity
        elif word in entity.label.lower().split():
            return entity
    if word in IRREGULAR_FORCE_NOUNS:
        # "the M23 rebel group … The rebels seized Goma": the latest named non-state armed group
        for entity in reversed(before):
            label = entity.label.lower()
            state_force = any(name in label for name in STATE_FORCE_WORDS)
            if entity.contract_class == "ArmedForce" and not entity.local and not state_force:
                return entity
    return None


def _antecedents(
    ref: ActorRef, before: list[ResolvedEntity], history: list[tuple[int, ResolvedEntity]]
) -> tuple[ResolvedEntity, ...]:
    if ref.label == "COREF_PAIR":
        states: list[ResolvedEntity] = []
        for entity in reversed(before):
            if entity.contract_class in STATE_LIKE and entity not in states:
                states.append(entity)
            if len(states) == 2:
                return tuple(reversed(states))
        return ()
    if ref.label == "COREF_DEF":
        word = ref.text.lower()
        # "the army" or "the military" is the state's force the story named ("the Malian armed
        # forces"), not a rebel group's and not a paramilitary's ("Rapid Support Forces")
        names = STATE_FORCE_NAMES if word in STATE_FORCE_NAMES else (word,)
        for entity in reversed(before):
            label = entity.label.lower()
            if any(name in label for name in names) and not entity.is_place:
                return (entity,)
            if word in BLOC_NOUNS and entity.contract_class == "InternationalOrganization":
                return (entity,)  # "ECOWAS … the bloc"
            if word == "country" and entity.contract_class == "State":
                return (entity,)  # "Guinea-Bissau … the country"
            if word in GROUP_NOUNS and entity.contract_class == "ArmedForce" and not entity.local:
                return (entity,)  # "the ELN … the guerrilla group"
        if word in GROUP_NOUNS:
            # an organisation only where no armed group came before: "the Houthis … raids in Saada
            # … the group freed two staff" is the Houthis, whatever the NER made of a town
            return next(((e,) for e in reversed(before) if e.contract_class == "Organization" and not e.local), ())
        if word == "government":  # "the government" of a story that names no government: its main state's
            return _antecedents(ActorRef(ref.text, ref.start, ref.end, "COREF_MAIN"), before, history)[:1]
        return ()
    if ref.label == "COREF_NAME":
        # "Alassane Ouattara … Ouattara said": the latest actor whose name holds the word
        return next(
            ((e,) for e in reversed(before) if not e.is_place and ref.text in e.label.split()), ()
        )
    if ref.label == "COREF_OFFICE":
        title = clean_surface(ref.text).lower()
        offices = (e for e in reversed(before) if e.local and e.contract_class == "Person")
        return next(((e,) for e in offices if e.label.lower().endswith(title)), ())
    if ref.label == "COREF_SIDES":
        sides = list(dict.fromkeys(e for e in reversed(before) if e.contract_class in SIDE_CLASSES and not e.local))
        return tuple(sides[:2]) if len(sides) >= 2 else ()
    if ref.label == "COREF_PERSON":
        return next(((e,) for e in reversed(before) if e.contract_class == "Person"), ())
    if ref.label == "COREF_MAIN":
        counts: dict[ResolvedEntity, int] = {}
        for _, entity in history:
            if entity.contract_class in STATE_LIKE:
                counts[entity] = counts.get(entity, 0) + 1
        return tuple(sorted(counts, key=lambda e: -counts[e]))
    return ()


DerivedRelation = tuple[ResolvedEntity, str, ResolvedEntity]


def derive_relations(resolution: Resolution) -> list[DerivedRelation]:
    """Relations the knowledge base states between entities the same document names.

    A linked ministry or army whose country (P17) the article also names is part of it;
    a linked place is located in it. Only pairs the document mentions are emitted, so the
    graph says what the article is about, not everything Wikidata knows.
    """
    entities = {e for resolved in resolution.values() for e in resolved}
    by_qid = {e.qid: e for e in entities if e.qid and not e.is_place}
    derived: list[DerivedRelation] = []
    for entity in sorted(entities, key=lambda e: e.key):
        country = by_qid.get(entity.country or "")
        if country is None or country.qid == entity.qid or country.contract_class != "State":
            continue
        if entity.contract_class in ("GovernmentBody", "ArmedForce"):
            derived.append((entity, "partOf", country))
        elif entity.is_place:
            derived.append((entity, "locatedIn", country))
    return derived
