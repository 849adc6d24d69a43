"""A small learned second opinion on trigger words, trained on the corpora's tuning halves.

The rules of :mod:`graph_builder.extract.triggers` decide what is an event; this module lets a
linear classifier over parse features (lemma, part of speech, dependency, head and dependents,
the CAMEO code of the verb, the Phoenix agent class of its arguments) and the pipeline's own
contextual vector of the word (``doc.tensor``, the 96 numbers of tok2vec) add a trigger the
rules missed when it is very sure (never a verb of the hand lexicon's class the rules turned
down), and drop a rule trigger it finds very unlikely. Roles,
dates, attribution and everything after the trigger stay with the rules.

The weights are plain numpy arrays in ``data/models/trigger-classifier.npz`` written by
``scripts/train_trigger_model.py``: inference needs numpy only, nothing is downloaded. The
model runs as the spaCy component ``parley_learned_triggers``, which puts per-token class
probabilities on ``doc._.trigger_probabilities``; :func:`revise_triggers` reads them, so a
pipeline without the component extracts exactly as the rules alone do. Why it is not in the
default pipeline, with figures: ``docs/learned-triggers.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from graph_builder.errors import ConfigError
from graph_builder.extract import lexicon as lx
from graph_builder.extract.triggers import (
    Trigger,
    asks_a_question,
    has_actor_argument,
    in_an_accident,
    is_armed_conflict,
    is_background_fighting,
    is_halted,
    is_protest_aim,
    military_context,
    natural_cause,
    non_military_kind,
    waged_on_an_abstraction,
    weapons_test,
)
from graph_builder.nlp import cameo_lexicon as cameo

MODEL_FILE = Path(__file__).resolve().parents[2] / "data" / "models" / "trigger-classifier.npz"
NONE = "none"
CANDIDATE_POS = frozenset(["VERB", "NOUN"])
ARGUMENT_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "agent", "attr", "iobj"])
EXTENSION = "trigger_probabilities"


def candidate_tokens(doc: Doc) -> list[Token]:
    """Words that could name an event: verbs and common nouns."""
    return [t for t in doc if t.pos_ in CANDIDATE_POS and t.is_alpha]


def _argument_words(token: Token) -> Iterable[tuple[str, Token]]:
    """Dependents that fill a role, with prepositional objects named by their preposition."""
    for child in token.children:
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    yield f"prep_{child.lower_}", pobj
        elif child.dep_ in ARGUMENT_DEPS:
            yield child.dep_, child


def _cameo_features(lemma: str) -> list[str]:
    entries = cameo.verb_entries(lemma)
    if not entries:
        return []
    codes = {e.code for e in entries if e.code}
    features = [f"cameo_known|{any(e.attested for e in entries)}"]
    features += [f"cameo2|{code[:2]}" for code in codes] + [f"cameo3|{code[:3]}" for code in codes]
    features += [f"cameo_class|{e.event_class}" for e in entries if e.event_class]
    return features


def token_features(token: Token) -> list[str]:
    """The features of one candidate word (strings; unknown ones are ignored by the model)."""
    lemma, pos = token.lemma_.lower(), token.pos_
    head = token.head
    features = [
        "bias",
        f"lemma|{lemma}",
        f"lemma_pos|{lemma}|{pos}",
        f"lower|{token.lower_}",
        f"pos|{pos}",
        f"tag|{token.tag_}",
        f"dep|{token.dep_}",
        f"suffix|{token.lower_[-3:]}",
        f"head|{head.lemma_.lower()}",
        f"dep_head|{token.dep_}|{head.lemma_.lower()}",
        f"head_pos|{head.pos_}",
        f"upper|{token.is_title and token.i != token.sent.start}",
    ]
    if pos == "VERB":
        features += _cameo_features(lemma)
    for dep, word in _argument_words(token):
        features.append(f"arg|{dep}|{word.lemma_.lower()}")
        features.append(f"arg_ent|{dep}|{word.ent_type_ or '-'}")
        agent_class = cameo.agent_class(word.lower_) or cameo.agent_class(word.lemma_)
        if agent_class:
            features.append(f"arg_agent|{dep}|{agent_class}")
    for child in token.children:
        if child.dep_ in ("aux", "neg", "amod", "compound", "det", "prt"):
            features.append(f"mod|{child.dep_}|{child.lower_}")
    if token.ent_type_:
        features.append(f"ent|{token.ent_type_}")
    return features


@dataclass(frozen=True)
class TriggerModel:
    """A multinomial logistic regression over string features; ``classes[0]`` is ``none``."""

    classes: tuple[str, ...]
    features: Mapping[str, int]
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)
    add_threshold: float  # a word the rules left alone becomes a trigger above this probability
    veto_threshold: float  # a rule trigger is dropped when its class is less likely than this
    context: np.ndarray | None = None  # (width, classes): weights of the word's tok2vec vector

    def probabilities(self, rows: Sequence[Sequence[str]], vectors: np.ndarray | None = None) -> np.ndarray:
        """Class probabilities of each row of features (and context vector), shape (rows, classes)."""
        scores = np.tile(self.bias, (len(rows), 1)).astype(np.float64)
        if self.context is not None and vectors is not None:
            scores += vectors @ self.context
        for n, row in enumerate(rows):
            known = [self.features[f] for f in row if f in self.features]
            if known:
                scores[n] += self.weights[known].sum(axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def save(self, path: Path) -> None:
        names = sorted(self.features, key=self.features.__getitem__)
        context = np.zeros((0, len(self.classes))) if self.context is None else self.context
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            features=np.array(names),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            thresholds=np.array([self.add_threshold, self.veto_threshold], dtype=np.float32),
            context=context.astype(np.float16),
        )

    @classmethod
    def load(cls, path: Path) -> TriggerModel:
        try:
            with np.load(path, allow_pickle=False) as data:
                names = [str(n) for n in data["features"]]
                add, veto = (float(t) for t in data["thresholds"])
                context = data["context"].astype(np.float32) if "context" in data and data["context"].size else None
                return cls(
                    classes=tuple(str(c) for c in data["classes"]),
                    features={name: n for n, name in enumerate(names)},
                    weights=data["weights"].astype(np.float32),
                    bias=data["bias"].astype(np.float32),
                    add_threshold=add,
                    veto_threshold=veto,
                    context=context,
                )
        except (OSError, KeyError, ValueError) as exc:
            hint = "run scripts/train_trigger_model.py"
            raise ConfigError(f"cannot read the trigger model {path}: {exc}; {hint}") from exc


@cache
def load_model(path: Path = MODEL_FILE) -> TriggerModel:
    """The shipped model, read once per process on first use."""
    return TriggerModel.load(path)


def score_doc(doc: Doc, model: TriggerModel) -> dict[int, dict[str, float]]:
    """Token index → class → probability, for every candidate word of the document."""
    tokens = candidate_tokens(doc)
    if not tokens:
        return {}
    vectors = context_vectors(tokens)
    if model.context is not None and (vectors is None or vectors.shape[1] != model.context.shape[0]):
        raise ConfigError(
            f"the trigger model reads {model.context.shape[0]}-wide tok2vec vectors and this pipeline's "
            "differ: retrain it with scripts/train_trigger_model.py for this pipeline"
        )
    table = model.probabilities([token_features(t) for t in tokens], vectors)
    return {t.i: dict(zip(model.classes, map(float, row), strict=True)) for t, row in zip(tokens, table, strict=True)}


class LearnedTriggerScorer:
    """The spaCy component: class probabilities of candidate words on ``doc._.trigger_probabilities``."""

    def __init__(self, model: TriggerModel) -> None:
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        doc._.trigger_probabilities = score_doc(doc, self.model)
        return doc


if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)


@Language.factory(
    "parley_learned_triggers",
    assigns=[f"doc._.{EXTENSION}"],
    requires=["doc.tensor", "token.lemma", "token.pos", "token.dep"],
    default_config={"path": None},
)
def make_learned_trigger_scorer(nlp: Language, name: str, path: str | None) -> LearnedTriggerScorer:
    return LearnedTriggerScorer(load_model(Path(path)) if path else load_model())


def revise_triggers(doc: Doc, triggers: list[Trigger], model: TriggerModel | None = None) -> list[Trigger]:
    """The rule triggers, less those the model vetoes, plus the words it is sure of.

    Without ``parley_learned_triggers`` in the pipeline the document carries no
    probabilities and the rule triggers come back unchanged.
    """
    scores: dict[int, dict[str, float]] | None = doc._.get(EXTENSION)
    if not scores:
        return triggers
    model = model or load_model()
    kept = [t for t in triggers if not _vetoed(t, scores.get(t.token.i), model)]
    taken = {t.token.i for t in triggers}
    added = [
        Trigger(doc[i], cls, nominal=doc[i].pos_ != "VERB")
        for i, probabilities in scores.items()
        if i not in taken
        and (cls := _confident_class(probabilities, model.add_threshold)) is not None
        and _passes_sense_checks(doc[i], cls)
    ]
    return sorted(kept + added, key=lambda t: t.token.i)


def _passes_sense_checks(token: Token, event_class: str) -> bool:
    """An added attack meets the rules' own test of an attack: a military word, armed actor or
    named party around it, and no flood, fire or crowd as its cause ("the home side beat their
    rivals" is football; the model alone cannot tell, a few hundred examples teach no senses)."""
    if token.pos_ == "VERB" and lx.VERB_TRIGGERS.get(token.lemma_.lower()) == event_class:
        # the rules read this verb for this class and turned it down for a reason ("promised to
        # send tanks" is the aid, "met" alone names no two sides); on the tuning sets this drops
        # six false events and one right one (docs/learned-triggers.md)
        return False
    if event_class == "Demand":
        return token.pos_ != "VERB" or not (is_protest_aim(token) or asks_a_question(token))
    if event_class == "Negotiation" and token.pos_ == "VERB" and token.lemma_.lower() in lx.MOTION_VERBS:
        # a trip is a visit between two sides: "the appeal went unheeded", "let him go" are none
        return has_actor_argument(token, source_and_target=True)
    if event_class != "Attack":
        return True
    if token.pos_ != "VERB":
        # "a gas explosion"; "after seven weeks of fighting"; "the war on waste"
        told = not is_background_fighting(token) and not is_halted(token) and not waged_on_an_abstraction(token)
        return military_context(token) and not natural_cause(token) and not non_military_kind(token) and told
    fought = military_context(token) and is_armed_conflict(token) and not in_an_accident(token)
    return fought and not weapons_test(token) and not is_background_fighting(token)


def _vetoed(trigger: Trigger, probabilities: Mapping[str, float] | None, model: TriggerModel) -> bool:
    """Only classes the model was trained on can be vetoed: it knows nothing of the others."""
    if probabilities is None or trigger.weak or trigger.event_class not in probabilities:
        return False
    return probabilities[trigger.event_class] < model.veto_threshold


def _confident_class(probabilities: Mapping[str, float], threshold: float) -> str | None:
    best = max(probabilities, key=probabilities.__getitem__)
    return best if best != NONE and probabilities[best] >= threshold else None


def context_vectors(tokens: Sequence[Token]) -> np.ndarray | None:
    """The pipeline's own contextual vector of each word (``doc.tensor``, from tok2vec), if it has one."""
    if not tokens or tokens[0].doc.tensor.size == 0:
        return None
    return np.asarray(tokens[0].doc.tensor[[t.i for t in tokens]], dtype=np.float64)


def fit(
    rows: Sequence[Sequence[str]],
    labels: Sequence[str],
    weights: Sequence[float],
    classes: Sequence[str],
    *,
    vectors: np.ndarray | None = None,
    l2: float = 1e-3,
    steps: int = 300,
    min_count: int = 2,
) -> TriggerModel:
    """Fit the weights by full-batch Adam on the weighted cross-entropy (deterministic: no sampling).

    Features seen in fewer than ``min_count`` rows are left out; thresholds start at "never"
    and are set by the caller.
    """
    counts: dict[str, int] = {}
    for row in rows:
        for feature in set(row):
            counts[feature] = counts.get(feature, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {name: n for n, name in enumerate(names)}
    columns = [sorted({index[f] for f in row if f in index}) for row in rows]
    indices = np.array([c for row in columns for c in row], dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), [len(row) for row in columns])
    class_index = {c: n for n, c in enumerate(classes)}
    target = np.zeros((len(rows), len(classes)))
    target[np.arange(len(rows)), [class_index[label] for label in labels]] = 1.0
    sample = np.asarray(weights, dtype=np.float64)
    sample = sample / sample.sum()
    w = np.zeros((len(names), len(classes)))
    b = np.zeros(len(classes))
    v = np.zeros((0 if vectors is None else vectors.shape[1], len(classes)))
    moments = [np.zeros_like(array) for array in (w, w, b, b, v, v)]
    for step in range(1, steps + 1):
        scores = b + _row_sums(w, indices, row_of, len(rows))
        if vectors is not None:
            scores += vectors @ v
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - target) * sample[:, None]
        grad_w = np.stack([np.bincount(indices, g[row_of, c], minlength=len(names)) for c in range(len(classes))], 1)
        _adam(w, grad_w + l2 * w, moments[0], moments[1], step)
        _adam(b, g.sum(axis=0), moments[2], moments[3], step)
        if vectors is not None:
            _adam(v, vectors.T @ g + l2 * v, moments[4], moments[5], step)
    context = v.astype(np.float32) if vectors is not None else None
    return TriggerModel(tuple(classes), index, w.astype(np.float32), b.astype(np.float32), 1.01, 0.0, context)


def _row_sums(w: np.ndarray, indices: np.ndarray, row_of: np.ndarray, rows: int) -> np.ndarray:
    out = np.zeros((rows, w.shape[1]))
    if len(indices):
        lengths = np.bincount(row_of, minlength=rows)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        filled = lengths > 0
        out[filled] = np.add.reduceat(w[indices], starts[filled], axis=0)
    return out


def _adam(param: np.ndarray, grad: np.ndarray, first: np.ndarray, second: np.ndarray, step: int) -> None:
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    first *= beta1
    first += (1 - beta1) * grad
    second *= beta2
    second += (1 - beta2) * grad * grad
    param -= rate * (first / (1 - beta1**step)) / (np.sqrt(second / (1 - beta2**step)) + 1e-8)
