"""Micro-averaged totals over passages, as a dict for ``--json`` and as a text table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from graph_builder.evaluation.records import Counts, EventCounts, LinkCounts, PassageScore


@dataclass(frozen=True)
class EvaluationReport:
    """Counts summed over passages; ratios are computed from the sums (micro-average)."""

    passages: tuple[PassageScore, ...]
    events: EventCounts
    arguments: Counts
    relations: Counts
    linking: LinkCounts

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: totals with their counts, then every passage's score and misses."""
        return {
            "passages": len(self.passages),
            "events": self.events.to_dict(),
            "arguments": self.arguments.to_dict(),
            "relations": self.relations.to_dict(),
            "linking": self.linking.to_dict(),
            "per_passage": [score.to_dict() for score in self.passages],
        }


def aggregate(scores: Sequence[PassageScore]) -> EvaluationReport:
    """Sum the passages' counts (micro-average: a passage weighs by how much it holds)."""
    events, arguments, relations, linking = EventCounts(), Counts(), Counts(), LinkCounts()
    for score in scores:
        events += score.events
        arguments += score.arguments
        relations += score.relations
        linking += score.linking
    return EvaluationReport(tuple(scores), events, arguments, relations, linking)


def format_report(report: EvaluationReport, verbose: bool = False) -> str:
    """A plain-text table of the totals; with ``verbose``, every passage's misses too."""
    lines = [f"Passages: {len(report.passages)}", *_table(report)]
    if verbose:
        for score in report.passages:
            lines.extend(_misses(score))
    return "\n".join(lines) + "\n"


def _table(report: EvaluationReport) -> list[str]:
    ev, arg, rel, link = report.events, report.arguments, report.relations, report.linking
    rows = [
        ("events", ev.precision, ev.recall, ev.f1, (
            f"gold {ev.gold}, predicted {ev.predicted}, gold matched {ev.gold_matched}, "
            f"predicted matched {ev.predicted_matched}, duplicates {ev.duplicates}"
        )),
        ("arguments", arg.precision, arg.recall, arg.f1, f"tp {arg.tp}, fp {arg.fp}, fn {arg.fn}"),
        ("relations", rel.precision, rel.recall, rel.f1, f"tp {rel.tp}, fp {rel.fp}, fn {rel.fn}"),
    ]
    lines = [f"{'':<10} {'P':>6} {'R':>6} {'F1':>6}  counts"]
    lines += [f"{name:<10} {p:>6.3f} {r:>6.3f} {f:>6.3f}  {counts}" for name, p, r, f, counts in rows]
    lines.append(
        f"linking    accuracy {link.accuracy:.3f} ({link.linked}/{link.gold_with_qid} gold QIDs linked, "
        f"{link.found} found), precision {link.precision:.3f} "
        f"({link.correct_links}/{link.predicted_links} links correct; "
        f"{link.precision_where_gold_has_qid:.3f} leaving out {link.links_where_gold_has_none} "
        "link(s) where gold has no QID)"
    )
    return lines


def _misses(score: PassageScore) -> list[str]:
    heading = (
        f"\n== {score.passage_id} (events F1 {score.events.f1:.3f}, arguments F1 "
        f"{score.arguments.f1:.3f}, relations F1 {score.relations.f1:.3f})"
    )
    lines = [heading]
    lines += [f"  missed event:       {item}" for item in score.missed_events]
    lines += [f"  spurious event:     {item}" for item in score.spurious_events]
    lines += [
        f"  {error.kind + ' argument:':<19} {error.event} {error.role}={error.value!r}"
        for error in score.argument_errors
    ]
    lines += [f"  missed relation:    {item}" for item in score.missed_relations]
    lines += [f"  spurious relation:  {item}" for item in score.spurious_relations]
    lines += [f"  wrong link:         {item}" for item in score.link_errors]
    return lines
