"""Scoring a built graph against hand-annotated gold passages (``docs/gold-format.md``).

``load_gold`` reads the JSONL gold file, ``score_passage`` compares one passage with the
graph built from it, ``aggregate`` micro-averages the passages, and ``format_report`` /
``EvaluationReport.to_dict`` present the result. Building the graphs is the caller's job
(``parley evaluate``), so this package never runs the pipeline itself.
"""

from __future__ import annotations

from graph_builder.evaluation.gold import (
    GoldEntity,
    GoldEvent,
    GoldPassage,
    GoldRelation,
    load_gold,
)
from graph_builder.evaluation.graph_view import normalise
from graph_builder.evaluation.records import (
    ArgumentError,
    Counts,
    EventCounts,
    LinkCounts,
    PassageScore,
)
from graph_builder.evaluation.report import EvaluationReport, aggregate, format_report
from graph_builder.evaluation.scoring import score_passage

__all__ = [
    "ArgumentError",
    "Counts",
    "EvaluationReport",
    "EventCounts",
    "GoldEntity",
    "GoldEvent",
    "GoldPassage",
    "GoldRelation",
    "LinkCounts",
    "PassageScore",
    "aggregate",
    "format_report",
    "load_gold",
    "normalise",
    "score_passage",
]
