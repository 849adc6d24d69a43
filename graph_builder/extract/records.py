"""Small frozen records passed from extraction to linking and RDF mapping.

Offsets are character offsets into the document text (end exclusive), so every
statement can point back at the words that support it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

EVENT_CLASSES = (
    "Negotiation",
    "Agreement",
    "Ceasefire",
    "PrisonerExchange",
    "Release",
    "Repatriation",
    "Attack",
    "Sanction",
    "Aid",
    "Statement",
    "Accusation",
    "Threat",
    "Demand",
)
MODALITIES = ("Asserted", "Planned", "Alleged", "Denied")
RELATION_PREDICATES = ("allyOf", "memberOf", "partOf", "locatedIn")


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the document: where it is and what it says."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ActorRef:
    """A mention of an actor or place, before linking.

    ``label`` is the spaCy entity label (GPE, ORG, PERSON, NORP, LOC, FAC) or ``GROUP``
    for collective nouns; ``as_place`` says the mention fills a location role, which
    decides whether a capital city stays a city or stands for its state. ``unit`` is the
    administrative noun after a place name ("region" in "the Kharkiv region"): the linker
    tries the unit before the bare name, which would be the city.
    """

    text: str
    start: int
    end: int
    label: str
    as_place: bool = False
    unit: str | None = None


@dataclass(frozen=True)
class EventRecord:
    """One event as the text states it, with its roles and provenance."""

    event_class: str
    evidence: tuple[TextSpan, ...]
    participants: tuple[ActorRef, ...] = ()
    agents: tuple[ActorRef, ...] = ()
    targets: tuple[ActorRef, ...] = ()
    location: ActorRef | None = None
    date: str | None = None
    date_text: str | None = None
    quantity: int | None = None
    quantity_text: str | None = None
    fatalities: int | None = None
    injuries: int | None = None
    reported_by: tuple[ActorRef, ...] = ()
    modality: str = "Asserted"
    confidence: float = 0.5
    led_to: tuple[int, ...] = field(default=())  # indexes of events this one led to
    triggers: tuple[TextSpan, ...] = ()  # the words that named it, one per merged mention

    @property
    def anchor(self) -> TextSpan:
        """The first evidence span; event IRIs are minted from it."""
        return self.evidence[0]


@dataclass(frozen=True)
class RelationRecord:
    """A relation between two actors or places (allyOf, memberOf, partOf, locatedIn)."""

    subject: ActorRef
    predicate: str
    object: ActorRef
    evidence: TextSpan


@dataclass(frozen=True)
class DocumentExtraction:
    """Everything extracted from one document."""

    doc_id: str
    events: tuple[EventRecord, ...]
    relations: tuple[RelationRecord, ...]
    mentions: tuple[ActorRef, ...] = ()  # every named actor or place, for linking and coreference
