"""Trigger and argument scores of the extractor on a public corpus, through the mapping.

A gold event counts for recall only when its corpus type maps to contract classes; it is
found when a predicted event has a trigger overlapping the gold trigger with one of those
classes. Precision is measured only on exhaustive corpora (every mention annotated): a
predicted trigger is right when it overlaps a gold trigger of a type mapped to its class,
wrong when it overlaps nothing or a type mapped elsewhere, and counted apart (neither) when
it overlaps only a type the contract does not cover ("killed" annotated as Life.Die); events
of a class no type of the corpus maps to (WikiEvents has no accusation type) are counted apart
too, since the corpus cannot say whether they are right.
Precision is counted per predicted event, the unit the graph stores: an event whose mentions
were merged ("an explosion … the attack … the bombing") is one claim, right when one of its
triggers is. The per-trigger figure is reported beside it. Arguments are scored on found
events: a gold argument is found in its slot when a predicted actor (or the location) of the
matching event overlaps it. Every miss (a gold trigger not found in its class) and every false
event (on no gold trigger, exhaustive corpora only) is kept with its sentence for ``--verbose``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from graph_builder.evaluation.external import Corpus, CorpusDocument, CorpusEvent, Slot
from graph_builder.evaluation.records import f1, ratio
from graph_builder.extract.records import ActorRef, DocumentExtraction, EventRecord
from graph_builder.extract.roles import SYMMETRIC

NONE = "—"


@dataclass(frozen=True)
class PredictedTrigger:
    start: int
    end: int
    event_class: str
    slots: dict[Slot, tuple[tuple[int, int], ...]]
    event: int  # index of the event it names in the document's extraction


def predicted_triggers(extraction: DocumentExtraction) -> list[PredictedTrigger]:
    """One prediction per trigger word: merged events name several."""
    found = []
    for index, event in enumerate(extraction.events):
        slots = _slots(event)
        for trigger in event.triggers:
            found.append(PredictedTrigger(trigger.start, trigger.end, event.event_class, slots, index))
    return found


def _spans(refs: Iterable[ActorRef]) -> tuple[tuple[int, int], ...]:
    return tuple((r.start, r.end) for r in refs if r.end > r.start)


def _slots(event: EventRecord) -> dict[Slot, tuple[tuple[int, int], ...]]:
    actors = event.agents + event.targets + event.participants
    if event.event_class in SYMMETRIC:
        # The contract gives the parties of talks, agreements, truces and swaps plain
        # pa:participant (pa:agent and pa:target are its sub-properties), so a corpus's
        # "communicator" or "recipient" of a commitment is found among the participants.
        return {slot: _spans(actors) for slot in ("agent", "target", "participant")} | {
            "location": _spans([event.location] if event.location else [])
        }
    return {
        "agent": _spans(event.agents),
        "target": _spans(event.targets),
        "participant": _spans(actors),
        "location": _spans([event.location] if event.location else []),
    }


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@dataclass
class ClassCounts:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    def recall(self) -> float:
        return ratio(self.found, self.gold)

    def precision(self) -> float:
        return ratio(self.correct, self.predicted)


@dataclass
class RoleCounts:
    slot: Slot | None
    gold: int = 0
    in_slot: int = 0
    anywhere: int = 0


@dataclass(frozen=True)
class CorpusMiss:
    """A gold trigger not found in its class ("missed") or an event on no gold trigger ("false")."""

    document: str
    kind: str  # "missed" or "false"
    gold: str  # the gold classes, or NONE for a false event
    predicted: str  # the class predicted on the trigger, or NONE
    trigger: str
    context: str  # the trigger's sentence, the trigger in brackets

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class CorpusReport:
    corpus: str
    half: str
    exhaustive: bool
    documents: int = 0
    gold_events: int = 0
    out_of_scope_gold: int = 0
    identified: int = 0  # mapped gold events with any predicted trigger on them
    classes: dict[str, ClassCounts] = field(default_factory=dict)
    roles: dict[str, RoleCounts] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    predicted: int = 0  # events
    predicted_out_of_scope: Counter[str] = field(default_factory=Counter)
    covered: frozenset[str] = frozenset()
    spurious: int = 0  # predicted events none of whose triggers is on a gold trigger (exhaustive only)
    predicted_uncovered: Counter[str] = field(default_factory=Counter)  # classes the corpus has no type for
    triggers_predicted: int = 0
    triggers_correct: int = 0
    misses: list[CorpusMiss] = field(default_factory=list)

    def cls(self, name: str) -> ClassCounts:
        return self.classes.setdefault(name, ClassCounts())

    @property
    def mapped_gold(self) -> int:
        return self.gold_events - self.out_of_scope_gold

    def recall(self) -> float:
        return ratio(sum(c.found for c in self.classes.values()), self.mapped_gold)

    def precision(self) -> float | None:
        if not self.exhaustive:
            return None
        return ratio(sum(c.correct for c in self.classes.values()), sum(c.predicted for c in self.classes.values()))

    def trigger_precision(self) -> float | None:
        return ratio(self.triggers_correct, self.triggers_predicted) if self.exhaustive else None

    def argument_recall(self) -> float:
        scored = [r for r in self.roles.values() if r.slot is not None]
        return ratio(sum(r.in_slot for r in scored), sum(r.gold for r in scored))

    def to_dict(self, with_misses: bool = False) -> dict[str, Any]:
        precision = self.precision()
        misses = {"misses": [m.to_dict() for m in self.misses]} if with_misses else {}
        return misses | {
            "corpus": self.corpus,
            "half": self.half,
            "exhaustive": self.exhaustive,
            "documents": self.documents,
            "gold_events": self.gold_events,
            "gold_events_in_scope": self.mapped_gold,
            "trigger_recall": round(self.recall(), 4),
            "event_precision": None if precision is None else round(precision, 4),
            "trigger_precision": None if precision is None else round(self.trigger_precision() or 0.0, 4),
            "identification_recall": round(ratio(self.identified, self.mapped_gold), 4),
            "argument_recall": round(self.argument_recall(), 4),
            "predicted_events": self.predicted,
            "predicted_on_out_of_scope_types": dict(self.predicted_out_of_scope.most_common()),
            "predicted_on_no_gold_trigger": self.spurious if self.exhaustive else None,
            "predicted_of_classes_the_corpus_lacks": dict(self.predicted_uncovered.most_common()),
            "classes": {
                name: {
                    "gold": c.gold,
                    "found": c.found,
                    "recall": round(c.recall(), 4),
                    **(
                        {"predicted": c.predicted, "correct": c.correct, "precision": round(c.precision(), 4)}
                        if self.exhaustive
                        else {}
                    ),
                }
                for name, c in sorted(self.classes.items())
            },
            "roles": {
                role: {"slot": r.slot, "gold": r.gold, "in_slot": r.in_slot, "anywhere": r.anywhere}
                for role, r in sorted(self.roles.items())
            },
            "confusion": [
                {"gold": gold, "predicted": predicted, "count": n}
                for (gold, predicted), n in sorted(self.confusion.items())
            ],
        }


def _class_label(classes: frozenset[str]) -> str:
    return "|".join(sorted(classes))


def score_corpus(
    corpus: Corpus, half: str, extractions: Sequence[tuple[CorpusDocument, DocumentExtraction]]
) -> CorpusReport:
    report = CorpusReport(corpus.name, half, corpus.exhaustive, covered=corpus.covered)
    for document, extraction in extractions:
        report.documents += 1
        predictions = predicted_triggers(extraction)
        for event in document.events:
            _score_gold(report, document, event, predictions)
        report.predicted += len(extraction.events)
        if corpus.exhaustive:
            for index in range(len(extraction.events)):
                _score_event(report, document, [p for p in predictions if p.event == index])
        else:
            for prediction in predictions:
                _count_out_of_scope(report, prediction, document.events)
    return report


def _context(text: str, start: int, end: int, reach: int = 160) -> str:
    """The sentence around a trigger (cut at ``reach`` characters each side), the trigger in brackets."""
    before = text[max(0, start - reach) : start]
    after = text[end : end + reach]
    cut = max(before.rfind(". "), before.rfind("\n"))
    if cut >= 0:
        before = before[cut + 1 :]
    elif start > reach:  # cut inside a word: start at the next whole one
        before = "…" + before.split(" ", 1)[-1]
    stop = min((i for i in (after.find(". "), after.find("\n")) if i >= 0), default=len(after))
    return " ".join(f"{before}[{text[start:end]}]{after[: stop + 1]}".split())


def _score_gold(
    report: CorpusReport, document: CorpusDocument, event: CorpusEvent, predictions: list[PredictedTrigger]
) -> None:
    report.gold_events += 1
    if not event.classes:
        report.out_of_scope_gold += 1
        return
    label = _class_label(event.classes)
    counts = report.cls(label)
    counts.gold += 1
    on_trigger = [p for p in predictions if _overlaps(p.start, p.end, event.start, event.end)]
    right = [p for p in on_trigger if p.event_class in event.classes]
    report.identified += bool(on_trigger)
    if not right:
        predicted = on_trigger[0].event_class if on_trigger else NONE
        report.confusion[(label, predicted)] += 1
        context = _context(document.text, event.start, event.end)
        report.misses.append(CorpusMiss(document.id, "missed", label, predicted, event.trigger, context))
        return
    counts.found += 1
    report.confusion[(label, right[0].event_class)] += 1
    for argument in event.arguments:
        role = report.roles.setdefault(argument.role, RoleCounts(argument.slot))
        role.gold += 1
        spans_by_slot = [p.slots for p in right]
        if argument.slot is not None and any(
            _overlaps(s, e, argument.start, argument.end) for slots in spans_by_slot for s, e in slots[argument.slot]
        ):
            role.in_slot += 1
        if any(
            _overlaps(s, e, argument.start, argument.end)
            for slots in spans_by_slot
            for spans in slots.values()
            for s, e in spans
        ):
            role.anywhere += 1


def _under(prediction: PredictedTrigger, gold: Sequence[CorpusEvent]) -> list[CorpusEvent]:
    return [g for g in gold if _overlaps(prediction.start, prediction.end, g.start, g.end)]


def _count_out_of_scope(report: CorpusReport, prediction: PredictedTrigger, gold: Sequence[CorpusEvent]) -> None:
    under = _under(prediction, gold)
    if under and not any(g.classes for g in under):
        report.predicted_out_of_scope[under[0].corpus_type] += 1


def _score_event(report: CorpusReport, document: CorpusDocument, triggers: list[PredictedTrigger]) -> None:
    gold = document.events
    event_class = triggers[0].event_class
    if event_class not in report.covered:
        report.predicted_uncovered[event_class] += 1
        return
    under = [g for t in triggers for g in _under(t, gold)]
    for trigger in triggers:
        report.triggers_predicted += 1
        report.triggers_correct += any(event_class in g.classes for g in _under(trigger, gold))
    in_scope = [g for g in under if g.classes]
    if under and not in_scope:
        report.predicted_out_of_scope[under[0].corpus_type] += 1
        return
    if not under:
        report.spurious += 1
        report.confusion[(NONE, event_class)] += 1
        first = triggers[0]
        context = _context(document.text, first.start, first.end)
        words = document.text[first.start : first.end]
        report.misses.append(CorpusMiss(document.id, "false", NONE, event_class, words, context))
    matching = [g for g in in_scope if event_class in g.classes]
    counts = report.cls(_class_label(matching[0].classes) if matching else event_class)
    counts.predicted += 1
    counts.correct += bool(matching)


def format_corpus_report(report: CorpusReport, verbose: bool = False) -> str:
    """The totals, class and role tables and confusion; with ``verbose``, every miss in its sentence."""
    precision = report.precision()
    lines = [
        f"{report.corpus} ({report.half} half): {report.documents} documents, {report.gold_events} gold events, "
        f"{report.mapped_gold} in the contract's scope"
        + ("" if report.exhaustive else " (not exhaustive: precision not measured)"),
        f"triggers   R {report.recall():.3f}"
        + (
            f"   P {precision:.3f} (per trigger {report.trigger_precision():.3f})"
            f"   F1 {f1(precision, report.recall()):.3f}"
            if precision is not None
            else ""
        )
        + f"   (identified with any class: {ratio(report.identified, report.mapped_gold):.3f})",
        f"arguments  recall in the mapped slot {report.argument_recall():.3f}",
        "",
        f"{'class':<22}{'gold':>6}{'found':>7}{'R':>7}"
        + (f"{'pred':>7}{'right':>7}{'P':>7}{'F1':>7}" if precision is not None else ""),
    ]
    for name, c in sorted(report.classes.items()):
        row = f"{name:<22}{c.gold:>6}{c.found:>7}" + (f"{c.recall():>7.3f}" if c.gold else f"{'-':>7}")
        if precision is not None:
            row += f"{c.predicted:>7}{c.correct:>7}{c.precision():>7.3f}{f1(c.precision(), c.recall()):>7.3f}"
        lines.append(row)
    lines += ["", f"{'role':<22}{'slot':>12}{'gold':>6}{'in slot':>9}{'anywhere':>10}"]
    for role, r in sorted(report.roles.items(), key=lambda item: -item[1].gold):
        lines.append(f"{role:<22}{r.slot or '-':>12}{r.gold:>6}{r.in_slot:>9}{r.anywhere:>10}")
    lines += ["", "confusion (gold class → predicted class on the same trigger; — = none)"]
    for (gold, predicted), n in sorted(report.confusion.items(), key=lambda item: -item[1]):
        lines.append(f"  {gold:<24} → {predicted:<18}{n:>5}")
    out_of_scope = sum(report.predicted_out_of_scope.values())
    lines.append("")
    lines.append(
        f"predicted events {report.predicted}; on out-of-scope gold types {out_of_scope}"
        + (f"; on no gold trigger {report.spurious}" if report.exhaustive else "")
    )
    if out_of_scope:
        top = ", ".join(f"{t} {n}" for t, n in report.predicted_out_of_scope.most_common(6))
        lines.append(f"  out-of-scope types most predicted on: {top}")
    if report.predicted_uncovered:
        lacking = ", ".join(f"{c} {n}" for c, n in sorted(report.predicted_uncovered.items()))
        lines.append(f"  events of classes no type of this corpus maps to (not scored): {lacking}")
    if verbose:
        lines += ["", "misses (document: gold class → predicted class: the trigger's sentence)"]
        lines += [f"  {m.kind:<7}{m.document}: {m.gold} → {m.predicted}: {m.context}" for m in report.misses]
    return "\n".join(lines)
