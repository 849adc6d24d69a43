"""Train the learned trigger check on the corpora's tuning halves, and compare it with the rules.

Labels come from the public corpora through the same mapping the scorer uses
(``data/eval/corpus-mapping.json``): a word under a gold trigger of a mapped type is labelled
with its class, a word under a trigger of an out-of-scope type ``none``. WikiEvents annotates
every event, so its other words are ``none`` too; RAMS marks one event per window and GENEVA
only some frames per sentence, so their other words are unreliable negatives and count with a
small weight. Only the tuning half of each corpus (:func:`half_of`) is ever read here.

Thresholds are chosen on out-of-fold probabilities (two folds of the tuning half, split by
document id), by a word-level replay of rules-plus-model against the gold triggers; the
shipped weights are then refitted on the whole tuning half.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from graph_builder.evaluation.external import Corpus, CorpusDocument, corpus_files, load_corpus
from graph_builder.evaluation.gold import load_gold
from graph_builder.evaluation.records import f1
from graph_builder.evaluation.runner import evaluate_corpus_file, evaluate_passages
from graph_builder.extract.learned import NONE, TriggerModel, candidate_tokens, context_vectors, fit, token_features
from graph_builder.extract.triggers import find_triggers
from graph_builder.pipeline import Builder

# When a gold type maps to several classes and the rules say none of them, the first listed wins.
CLASS_PREFERENCE = ("Agreement", "Attack", "Demand", "Threat", "Ceasefire", "Negotiation", "Accusation")
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
VETO_GRID = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2)


@dataclass
class Word:
    index: int
    start: int
    end: int
    rule_class: str | None
    weak: bool
    features: list[str] | None  # None: not a candidate the model scores
    vector: np.ndarray | None = None
    label: str = NONE
    weight: float = 1.0
    probabilities: dict[str, float] | None = None


@dataclass
class Sample:
    corpus: str
    exhaustive: bool
    document: CorpusDocument
    fold: int
    words: list[Word] = field(default_factory=list)


def fold_of(doc_id: str) -> int:
    """Two folds inside the tuning half, from a byte of the hash the halves do not use."""
    return hashlib.sha256(doc_id.encode("utf-8")).digest()[1] % 2


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _label(word: Word, document: CorpusDocument) -> str | None:
    """The class of the gold trigger over the word, ``none`` for out-of-scope, None if no trigger."""
    under = [e for e in document.events if _overlaps(word.start, word.end, e.start, e.end)]
    if not under:
        return None
    classes = {c for e in under for c in e.classes}
    if not classes:
        return NONE
    if word.rule_class in classes:
        return word.rule_class
    return next((c for c in CLASS_PREFERENCE if c in classes), sorted(classes)[0])


def sample_corpus(
    corpus: Corpus, nlp: Language, matcher: Matcher, unreliable_weight: float, positive_weight: float = 3.0
) -> list[Sample]:
    """Parse every document and label its words (see the module docstring). Triggers of the
    contract's classes weigh ``positive_weight``: there are a few hundred against ~20,000 others."""
    samples = []
    for document, doc in zip(corpus.documents, nlp.pipe(d.text for d in corpus.documents), strict=True):
        sample = Sample(corpus.name, corpus.exhaustive, document, fold_of(document.id))
        sample.words = _words(doc, matcher)
        for word in sample.words:
            label = _label(word, document)
            word.label = label or NONE
            if label not in (None, NONE):
                word.weight = positive_weight
            else:
                word.weight = 1.0 if label is not None or corpus.exhaustive else unreliable_weight
        samples.append(sample)
    return samples


def _words(doc: Doc, matcher: Matcher) -> list[Word]:
    rules = {t.token.i: t for t in find_triggers(doc, matcher)}
    tokens = candidate_tokens(doc)
    candidates = {t.i: t for t in tokens}
    vectors = context_vectors(tokens)
    vector_of = {t.i: vectors[n] for n, t in enumerate(tokens)} if vectors is not None else {}
    words = []
    for i in sorted(set(rules) | set(candidates)):
        token = doc[i]
        rule = rules.get(i)
        words.append(
            Word(
                index=i,
                start=token.idx,
                end=token.idx + len(token.text),
                rule_class=rule.event_class if rule else None,
                weak=bool(rule and rule.weak),
                features=token_features(token) if i in candidates else None,
                vector=vector_of.get(i),
            )
        )
    return words


def tune_samples(external: Path, nlp: Language, matcher: Matcher, unreliable_weight: float) -> list[Sample]:
    """Samples of the tuning half of every corpus in ``external`` (never the sealed half)."""
    samples = []
    for name, path in corpus_files(external).items():
        samples += sample_corpus(load_corpus(path, name, half="tune"), nlp, matcher, unreliable_weight)
    return samples


def train(samples: Sequence[Sample], *, steps: int = 300, l2: float = 1e-3, context: bool = True) -> TriggerModel:
    words = [w for s in samples for w in s.words if w.features is not None]
    classes = [NONE, *sorted({w.label for w in words} - {NONE})]
    rows = [w.features or [] for w in words]
    vectors = _vectors(words) if context else None
    labels, weights = [w.label for w in words], [w.weight for w in words]
    return fit(rows, labels, weights, classes, vectors=vectors, steps=steps, l2=l2)


def _vectors(words: Sequence[Word]) -> np.ndarray | None:
    if not words or any(w.vector is None for w in words):
        return None
    return np.stack([w.vector for w in words if w.vector is not None])


def out_of_fold(samples: Sequence[Sample], *, l2: float = 1e-3, context: bool = True) -> None:
    """Set each word's probabilities from a model fitted on the other fold."""
    for fold in (0, 1):
        model = train([s for s in samples if s.fold != fold], l2=l2, context=context)
        held = [w for s in samples if s.fold == fold for w in s.words if w.features is not None]
        table = model.probabilities([w.features or [] for w in held], _vectors(held) if context else None)
        for word, row in zip(held, table, strict=True):
            word.probabilities = dict(zip(model.classes, map(float, row), strict=True))


@dataclass
class Replay:
    """Word-level trigger recall per corpus and WikiEvents precision of one add/veto setting."""

    add: float
    veto: float
    recall: dict[str, float]
    precision: float
    f1: float


def _final(word: Word, add: float, veto: float) -> str | None:
    p = word.probabilities
    if word.rule_class is not None:
        vetoed = p is not None and not word.weak and word.rule_class in p and p[word.rule_class] < veto
        return None if vetoed else word.rule_class
    if p is None:
        return None
    best = max(p, key=p.__getitem__)
    return best if best != NONE and p[best] >= add else None


def replay(samples: Sequence[Sample], add: float, veto: float) -> Replay:
    found: dict[str, list[int]] = {}
    right = wrong = 0
    for sample in samples:
        predicted = [(w, c) for w in sample.words if (c := _final(w, add, veto)) is not None]
        for event in sample.document.events:
            if event.classes:
                hit = any(c in event.classes and _overlaps(w.start, w.end, event.start, event.end)
                          for w, c in predicted)  # fmt: skip
                found.setdefault(sample.corpus, [0, 0])[0] += hit
                found[sample.corpus][1] += 1
        if sample.exhaustive:
            for word, cls in predicted:
                under = [e for e in sample.document.events if _overlaps(word.start, word.end, e.start, e.end)]
                if under and not any(e.classes for e in under):
                    continue
                right += any(cls in e.classes for e in under)
                wrong += not any(cls in e.classes for e in under)
    recall = {name: hit / total for name, (hit, total) in found.items()}
    precision = right / (right + wrong) if right + wrong else 0.0
    we = recall.get("wikievents", 0.0)
    return Replay(add, veto, recall, precision, f1(precision, we))


def choose_thresholds(samples: Sequence[Sample]) -> tuple[Replay, Replay, list[Replay]]:
    """The rules alone, the best setting, and the grid. Best: the largest mean gain of recall on
    the three corpora and WikiEvents F1, without WikiEvents precision falling."""
    rules = replay(samples, add=1.01, veto=0.0)
    grid = [replay(samples, add, veto) for add in ADD_GRID for veto in VETO_GRID]

    def gain(r: Replay) -> float:
        gains = [r.recall[c] - rules.recall[c] for c in rules.recall] + [r.f1 - rules.f1]
        return float(np.mean(gains)) if r.precision >= rules.precision else -1.0

    return rules, max(grid, key=gain), grid


def with_thresholds(model: TriggerModel, add: float, veto: float) -> TriggerModel:
    return TriggerModel(model.classes, model.features, model.weights, model.bias, add, veto, model.context)


def format_replay(r: Replay) -> str:
    recall = "  ".join(f"{c} R {v:.3f}" for c, v in sorted(r.recall.items()))
    return f"add ≥ {r.add:.2f} veto < {r.veto:.2f}: {recall}  wikievents P {r.precision:.3f} F1 {r.f1:.3f}"


def word_count(samples: Iterable[Sample]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for sample in samples:
        for word in sample.words:
            if word.features is not None and word.weight > 0:
                counts[word.label] = counts.get(word.label, 0) + 1
    return counts


def learned_nlp(nlp: Language, model_path: Path) -> Language:
    """The pipeline with the learned trigger check added last (after the known-name ruler)."""
    nlp.add_pipe("parley_learned_triggers", last=True, config={"path": str(model_path)})
    return nlp


def figures(builder: Builder, external: Path, gold_files: Sequence[Path]) -> dict[str, dict[str, float | None]]:
    """The figures of the decision table for one pipeline: corpus halves, then gold-format sets."""
    rows: dict[str, dict[str, float | None]] = {}
    for report in evaluate_corpus_file(external, builder.settings, halves=("tune", "sealed"), builder=builder):
        precision = report.precision()
        rows[f"{report.corpus} {report.half}"] = {
            "trigger_recall": round(report.recall(), 4),
            "event_precision": None if precision is None else round(precision, 4),
            "f1": None if precision is None else round(f1(precision, report.recall()), 4),
            "argument_recall": round(report.argument_recall(), 4),
            "events": report.predicted,
        }
    for path in gold_files:
        gold = evaluate_passages(load_gold(path), builder)
        rows[path.name] = {
            "event_precision": round(gold.events.precision, 4),
            "event_recall": round(gold.events.recall, 4),
            "event_f1": round(gold.events.f1, 4),
            "argument_f1": round(gold.arguments.f1, 4),
        }
    return rows
