"""Score records: raw counts first, ratios derived from them so every figure is reproducible.

Ratios with an empty denominator are 1.0 (scikit-learn's ``zero_division=1``): nothing
predicted means nothing predicted wrongly, nothing to find means nothing missed. The F1
of a passage with gold items and no predictions is still 0.0, and an empty-versus-empty
comparison scores 1.0, which is what "perfect" should mean there.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


def ratio(numerator: int, denominator: int) -> float:
    """``numerator / denominator``, 1.0 when the denominator is 0 (see module docstring)."""
    return numerator / denominator if denominator else 1.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean; 0.0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of a set comparison."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {**_counts(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class EventCounts:
    """Event matching (rule 4): precision counts predictions, recall counts gold events,
    so the two numerators differ; ``duplicates`` counts extra predictions per gold event."""

    gold: int = 0
    predicted: int = 0
    gold_matched: int = 0
    predicted_matched: int = 0
    duplicates: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.predicted_matched, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.gold_matched, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def __add__(self, other: EventCounts) -> EventCounts:
        return EventCounts(*(a + b for a, b in zip(_values(self), _values(other), strict=True)))

    def to_dict(self) -> dict[str, Any]:
        return {**_counts(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class LinkCounts:
    """Entity linking (rule 7).

    ``gold_with_qid`` entities have a gold QID; ``found`` of them match some node in the
    graph; ``linked`` of them match a node that is ``owl:sameAs`` that QID. Accuracy is
    ``linked / gold_with_qid`` (an entity the graph never mentions is not linked).
    ``predicted_links`` are the sameAs links carried by nodes that match a gold entity,
    ``correct_links`` those pointing at that entity's QID (a link where gold has none is wrong).
    ``links_where_gold_has_none`` counts those wrong links apart: gold leaves some entities
    that Wikidata does have (an armed group, a region) without a QID, so ``--verbose`` lists
    them for a person to judge, and ``precision_where_gold_has_qid`` leaves them out.
    """

    gold_with_qid: int = 0
    found: int = 0
    linked: int = 0
    predicted_links: int = 0
    correct_links: int = 0
    links_where_gold_has_none: int = 0

    @property
    def accuracy(self) -> float:
        return ratio(self.linked, self.gold_with_qid)

    @property
    def precision(self) -> float:
        return ratio(self.correct_links, self.predicted_links)

    @property
    def precision_where_gold_has_qid(self) -> float:
        return ratio(self.correct_links, self.predicted_links - self.links_where_gold_has_none)

    def __add__(self, other: LinkCounts) -> LinkCounts:
        return LinkCounts(*(a + b for a, b in zip(_values(self), _values(other), strict=True)))

    def to_dict(self) -> dict[str, Any]:
        return {
            **_counts(self),
            "accuracy": self.accuracy,
            "precision": self.precision,
            "precision_where_gold_has_qid": self.precision_where_gold_has_qid,
        }


@dataclass(frozen=True)
class ArgumentError:
    """One wrong (``kind="spurious"``) or missing argument tuple of a matched gold event."""

    event: str
    role: str
    value: str
    kind: str


@dataclass(frozen=True)
class PassageScore:
    """Everything scored for one passage, with the misses listed for ``--verbose``."""

    passage_id: str
    events: EventCounts
    arguments: Counts
    relations: Counts
    linking: LinkCounts
    missed_events: tuple[str, ...] = ()
    spurious_events: tuple[str, ...] = ()
    argument_errors: tuple[ArgumentError, ...] = ()
    missed_relations: tuple[str, ...] = ()
    spurious_relations: tuple[str, ...] = ()
    link_errors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.passage_id,
            "events": self.events.to_dict(),
            "arguments": self.arguments.to_dict(),
            "relations": self.relations.to_dict(),
            "linking": self.linking.to_dict(),
            "missed_events": list(self.missed_events),
            "spurious_events": list(self.spurious_events),
            "argument_errors": [_counts(error) for error in self.argument_errors],
            "missed_relations": list(self.missed_relations),
            "spurious_relations": list(self.spurious_relations),
            "link_errors": list(self.link_errors),
        }


_Record = Counts | EventCounts | LinkCounts | ArgumentError


def _values(record: _Record) -> list[int]:
    return [getattr(record, field.name) for field in fields(record)]


def _counts(record: _Record) -> dict[str, Any]:
    return {field.name: getattr(record, field.name) for field in fields(record)}
