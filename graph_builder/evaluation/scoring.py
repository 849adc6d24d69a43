"""Score one passage's built graph against its gold annotation (``docs/gold-format.md``).

Rules 3 to 7 of the gold format, one function each. Values are compared as gold entity
names: a graph node stands for the gold entity it matches (rule 2, see
:class:`~graph_builder.evaluation.graph_view.EntityMatcher`), or for its own label when it
matches none, which makes it a wrong value rather than an ignored one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import product

from rdflib import Graph, Literal, URIRef

from graph_builder.evaluation.gold import RELATION_PREDICATES, GoldEvent, GoldPassage
from graph_builder.evaluation.graph_view import EntityMatcher, PredictedEvent, read_events, spans_overlap
from graph_builder.evaluation.records import (
    ArgumentError,
    Counts,
    EventCounts,
    LinkCounts,
    PassageScore,
)
from graph_builder.namespaces import PA

ArgTuple = tuple[str, str]  # (role, value); the gold event is implicit in the pair scored
Triple = tuple[str, str, str]
Matches = list[list[int]]  # for each gold event, the indexes of the predictions matching it


def score_passage(gold: GoldPassage, graph: Graph) -> PassageScore:
    """Score ``graph`` (the passage's document graph plus its entity descriptions)."""
    matcher = EntityMatcher(gold, graph)
    predicted = read_events(graph)
    matches = match_events(gold, predicted, matcher)
    arguments, argument_errors = _score_arguments(gold, predicted, matches, matcher)
    relations, missed_relations, spurious_relations = _score_relations(gold, graph, matcher)
    linking, link_errors = _score_linking(gold, matcher)
    matched_predictions = {index for found in matches for index in found}
    return PassageScore(
        passage_id=gold.id,
        events=_event_counts(gold, predicted, matches),
        arguments=arguments,
        relations=relations,
        linking=linking,
        link_errors=link_errors,
        missed_events=tuple(
            f"{event.type}: {event.evidence[0]!r}"
            for event, found in zip(gold.events, matches, strict=True) if not found
        ),
        spurious_events=tuple(
            f"{event.type}: {(event.texts or ('(no evidence)',))[0]!r}"
            for index, event in enumerate(predicted) if index not in matched_predictions
        ),
        argument_errors=argument_errors,
        missed_relations=missed_relations,
        spurious_relations=spurious_relations,
    )


def match_events(gold: GoldPassage, predicted: Sequence[PredictedEvent], matcher: EntityMatcher) -> Matches:
    """Rule 3: same type, overlapping evidence, and a shared participant (when gold has any)."""
    matches: Matches = []
    for event in gold.events:
        spans = gold.evidence_spans(event)
        matches.append([
            index for index, candidate in enumerate(predicted)
            if _event_matches(event, spans, candidate, matcher)
        ])
    return matches


def _event_matches(
    event: GoldEvent, spans: Sequence[tuple[int, int]], candidate: PredictedEvent, matcher: EntityMatcher
) -> bool:
    if candidate.type != event.type:
        return False
    if not any(spans_overlap(g, p) for g in spans for p in candidate.spans):
        return False
    wanted = event.all_participants
    return not wanted or any(matcher.names(node) & wanted for node in candidate.participants)


def _event_counts(gold: GoldPassage, predicted: Sequence[PredictedEvent], matches: Matches) -> EventCounts:
    # a prediction matching several gold events is one matched prediction, counted once
    return EventCounts(
        gold=len(gold.events),
        predicted=len(predicted),
        gold_matched=sum(1 for found in matches if found),
        predicted_matched=len({index for found in matches for index in found}),
        duplicates=sum(max(0, len(found) - 1) for found in matches),
    )


def gold_arguments(event: GoldEvent) -> set[ArgTuple]:
    """Rule 5's tuples for a gold event (the event itself is implicit)."""
    tuples = {("participant", name) for name in event.all_participants}
    tuples |= {("reported_by", name) for name in event.reported_by}
    if event.location is not None:
        tuples.add(("location", event.location))
    if event.date is not None:
        tuples.add(("date", event.date))
    if event.quantity is not None:
        tuples.add(("quantity", str(event.quantity)))
    return tuples


def predicted_arguments(event: GoldEvent, candidate: PredictedEvent, matcher: EntityMatcher) -> set[ArgTuple]:
    """The prediction's tuples, its actors named as the gold entities they match."""
    location = (event.location,) if event.location else ()
    tuples = {("participant", matcher.value(node, event.all_participants)) for node in candidate.participants}
    tuples |= {("reported_by", matcher.value(node, event.reported_by)) for node in candidate.reported_by}
    tuples |= {("location", matcher.value(node, location)) for node in candidate.locations}
    tuples |= {("date", value) for value in candidate.dates}
    tuples |= {("quantity", value) for value in candidate.quantities}
    return tuples


def _score_arguments(
    gold: GoldPassage, predicted: Sequence[PredictedEvent], matches: Matches, matcher: EntityMatcher
) -> tuple[Counts, tuple[ArgumentError, ...]]:
    counts = Counts()
    errors: list[ArgumentError] = []
    for event, found in zip(gold.events, matches, strict=True):
        if not found:
            continue  # rule 5 scores matched pairs only; the miss already shows in event recall
        expected = gold_arguments(event)
        got = _best_prediction(expected, [predicted[i] for i in found], event, matcher)
        counts += Counts(tp=len(expected & got), fp=len(got - expected), fn=len(expected - got))
        label = f"{event.type}: {event.evidence[0]!r}"
        errors += [ArgumentError(label, role, value, "missing") for role, value in sorted(expected - got)]
        errors += [ArgumentError(label, role, value, "spurious") for role, value in sorted(got - expected)]
    return counts, tuple(errors)


def _best_prediction(
    expected: set[ArgTuple], candidates: Sequence[PredictedEvent], event: GoldEvent, matcher: EntityMatcher
) -> set[ArgTuple]:
    # most shared tuples; ties go to fewer wrong tuples, then to the smaller IRI (stable)
    scored = [(predicted_arguments(event, c, matcher), str(c.iri)) for c in candidates]
    best, _ = min(scored, key=lambda item: (-len(item[0] & expected), len(item[0] - expected), item[1]))
    return best


def _canonical(subject: str, predicate: str, obj: str) -> Triple:
    # allyOf is symmetric: (a allyOf b) and (b allyOf a) are the same statement
    if predicate == "allyOf" and obj < subject:
        subject, obj = obj, subject
    return subject, predicate, obj


def _score_relations(
    gold: GoldPassage, graph: Graph, matcher: EntityMatcher
) -> tuple[Counts, tuple[str, ...], tuple[str, ...]]:
    expected = {_canonical(r.s, r.p, r.o) for r in gold.relations}
    got = set(_predicted_relations(graph, matcher, expected))
    counts = Counts(tp=len(expected & got), fp=len(got - expected), fn=len(expected - got))
    return counts, _show(expected - got), _show(got - expected)


def _predicted_relations(graph: Graph, matcher: EntityMatcher, expected: set[Triple]) -> Iterable[Triple]:
    for name in RELATION_PREDICATES:
        for subject, obj in graph.subject_objects(URIRef(PA[name])):
            if isinstance(subject, Literal) or isinstance(obj, Literal):
                continue
            options = [_canonical(s, name, o) for s, o in product(matcher.candidates(subject), matcher.candidates(obj))]
            # a node matching several gold entities stands for the one that makes the triple true
            yield next((triple for triple in options if triple in expected), options[0])


def _show(triples: set[Triple]) -> tuple[str, ...]:
    return tuple(f"{s} {p} {o}" for s, p, o in sorted(triples))


def _score_linking(gold: GoldPassage, matcher: EntityMatcher) -> tuple[LinkCounts, tuple[str, ...]]:
    """Rule 7: linking accuracy over gold QIDs, precision of the links the graph makes, and
    each wrong link described for ``--verbose``."""
    nodes = [(node, matcher.names(node), matcher.qids(node)) for node in matcher.nodes()]
    with_qid = [entity for entity in gold.entities if entity.wikidata is not None]
    found = linked = predicted_links = correct_links = gold_has_none = 0
    errors: list[str] = []
    for entity in with_qid:
        matching = [qids for node, names, qids in nodes if entity.name in names]
        found += bool(matching)
        linked += any(entity.wikidata in qids for qids in matching)
    for _, names, qids in nodes:
        if not names:
            continue  # a node no gold entity describes cannot be judged
        right = {gold.entity(name).wikidata for name in names}
        predicted_links += len(qids)
        correct_links += sum(1 for qid in qids if qid in right)
        for qid in sorted(set(qids) - right):
            if right == {None}:
                gold_has_none += 1
                errors.append(f"{' / '.join(sorted(names))} → {qid} (gold has no QID)")
            else:
                expected = ", ".join(sorted(q for q in right if q))
                errors.append(f"{' / '.join(sorted(names))} → {qid} (gold {expected})")
    counts = LinkCounts(len(with_qid), found, linked, predicted_links, correct_links, gold_has_none)
    return counts, tuple(errors)
