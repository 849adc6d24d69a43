"""The learned trigger check: features, fitting, the weights file, and how it revises rule triggers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language
from spacy.tokens import Doc

from graph_builder.errors import ConfigError
from graph_builder.extract import Extractor
from graph_builder.extract.learned import (
    NONE,
    TriggerModel,
    candidate_tokens,
    fit,
    load_model,
    revise_triggers,
    score_doc,
    token_features,
)
from graph_builder.extract.triggers import find_triggers

# Written for these tests: news the contract has no class for.
OUT_OF_SCOPE = [
    "Floodwaters swept through three villages after the river burst its banks overnight.",
    "Heavy rain forced thousands of residents to leave their homes in the low-lying districts.",
    "Police arrested two men suspected of robbing a jewellery shop on Friday.",
    "A court sentenced the former mayor to six years in prison for taking bribes.",
    "The striker scored twice as the home side beat their rivals in the cup final.",
    "The coach said his team would attack from the first whistle on Saturday.",
    "Thousands of protesters marched through the capital demanding lower fuel prices.",
    "Demonstrators blocked the main road and burned tyres outside the parliament.",
    "The central bank raised interest rates to curb inflation, which hit a record in March.",
    "Shares fell sharply after the company warned that profits would miss forecasts.",
    "An earthquake killed at least twelve people and destroyed hundreds of buildings.",
    "The wildfire destroyed forty homes before firefighters brought it under control.",
    "The union called a strike at the car plant over pay.",
]


def _toy_model(add: float = 0.9, veto: float = 0.0, lemma: str = "shell", cls: str = "Attack") -> TriggerModel:
    rows = [["bias", f"lemma|{lemma}"], ["bias", f"lemma|{lemma}"], ["bias", "lemma|bake"], ["bias", "lemma|bake"]]
    model = fit(rows, [cls, cls, NONE, NONE], [1, 1, 1, 1], [NONE, cls], steps=200, min_count=1)
    return TriggerModel(model.classes, model.features, model.weights, model.bias, add, veto)


def _scored(nlp: Language, text: str, model: TriggerModel) -> Doc:
    doc = nlp(text)
    doc._.trigger_probabilities = score_doc(doc, model)
    return doc


def test_fit_separates_what_the_features_separate() -> None:
    model = _toy_model()
    shell, bake = model.probabilities([["bias", "lemma|shell"], ["bias", "lemma|bake"]])
    assert shell[model.classes.index("Attack")] > 0.9
    assert bake[model.classes.index(NONE)] > 0.9


def test_weights_file_round_trips(tmp_path: Path) -> None:
    model = _toy_model(add=0.7, veto=0.05)
    model.save(tmp_path / "m.npz")
    loaded = TriggerModel.load(tmp_path / "m.npz")
    rows = [["bias", "lemma|shell", "unknown|feature"], ["bias"]]
    assert loaded.classes == model.classes
    assert (loaded.add_threshold, loaded.veto_threshold) == pytest.approx((0.7, 0.05))
    np.testing.assert_allclose(loaded.probabilities(rows), model.probabilities(rows), atol=1e-3)


def test_features_read_the_parse(nlp: Language) -> None:
    doc = nlp("Rebels shelled the town on Monday.")
    shelled = doc[1]
    assert shelled in candidate_tokens(doc)
    features = token_features(shelled)
    assert "lemma|shell" in features
    assert "arg|dobj|town" in features
    assert "arg_agent|nsubj|ArmedForce" in features
    assert any(f.startswith("cameo2|") for f in features)


def test_without_probabilities_rule_triggers_come_back_unchanged(nlp: Language, extractor: Extractor) -> None:
    doc = nlp("Rebels shelled the town on Monday.")
    rules = find_triggers(doc, extractor.matcher)
    assert rules and revise_triggers(doc, rules, _toy_model(add=0.0)) == rules


def test_a_sure_word_is_added_and_an_unlikely_rule_trigger_vetoed(nlp: Language, extractor: Extractor) -> None:
    pummel = _toy_model(add=0.9, lemma="pummel")  # a verb the hand lexicon does not list
    doc = _scored(nlp, "The rebels pummelled the town.", pummel)
    rules = find_triggers(doc, extractor.matcher)
    revised = revise_triggers(doc, rules, pummel)
    assert [(t.token.text, t.event_class, t.nominal) for t in revised] == [("pummelled", "Attack", False)]
    strict = _toy_model(add=1.01, veto=0.999)
    baked = _scored(nlp, "Rebels attacked the town and baked bread.", strict)
    assert revise_triggers(baked, find_triggers(baked, extractor.matcher), strict) == []


def test_a_war_waged_on_a_thing_no_one_is_is_not_added_back(nlp: Language, extractor: Extractor) -> None:
    sure_of_war = _toy_model(add=0.5, lemma="war")
    doc = _scored(nlp, "The Pentagon's war on waste cut procurement costs.", sure_of_war)
    assert revise_triggers(doc, find_triggers(doc, extractor.matcher), sure_of_war) == []


def test_shipped_model_loads_offline_and_adds_nothing_on_out_of_scope_news(
    nlp: Language, extractor: Extractor
) -> None:
    model = load_model()
    assert model.classes[0] == NONE and "Attack" in model.classes
    for text in OUT_OF_SCOPE:
        doc = _scored(nlp, text, model)
        rules = find_triggers(doc, extractor.matcher)
        added = {t.token.i for t in revise_triggers(doc, rules, model)} - {t.token.i for t in rules}
        assert not added, (text, [doc[i].text for i in added])


def test_component_puts_probabilities_on_the_doc(nlp: Language) -> None:
    from graph_builder.config import Settings
    from graph_builder.nlp import build_nlp

    assert "parley_learned_triggers" in nlp.pipe_names  # on by default
    doc = nlp("Government forces bombed the rebel positions near the border.")
    scores = doc._.trigger_probabilities
    assert set(scores) == {t.i for t in candidate_tokens(doc)}
    bombed = next(t.i for t in doc if t.lower_ == "bombed")
    assert max(scores[bombed], key=scores[bombed].__getitem__) == "Attack"
    rules_only = build_nlp(Settings(learned_triggers=False))
    assert "parley_learned_triggers" not in rules_only.pipe_names
    assert rules_only("Government forces bombed the rebel positions.")._.trigger_probabilities is None


def test_a_model_for_other_context_vectors_is_refused(nlp: Language) -> None:
    toy = _toy_model()
    narrow = TriggerModel(toy.classes, toy.features, toy.weights, toy.bias, 0.9, 0.0, np.zeros((5, 2)))
    with pytest.raises(ConfigError, match="retrain"):
        score_doc(nlp("Rebels shelled the town."), narrow)


def test_the_model_does_not_restore_a_verb_the_rules_read_and_turned_down(nlp: Language, extractor: Extractor) -> None:
    # "promise" is an Agreement verb of the hand lexicon; here the promise is of a delivery, which
    # the rules find as planned aid, so the promise itself is no second event
    sure = _toy_model(add=0.5, lemma="promise", cls="Agreement")
    doc = _scored(nlp, "Norway promised to deliver forty tonnes of medical supplies to Sudan.", sure)
    rules = find_triggers(doc, extractor.matcher)
    assert [(t.token.text, t.event_class) for t in rules] == [("deliver", "Aid")]
    assert revise_triggers(doc, rules, sure) == rules
    pledged_alone = _scored(nlp, "Both parties promised a lasting settlement.", sure)
    assert [(t.token.text, t.event_class) for t in find_triggers(pledged_alone, extractor.matcher)] == [
        ("promised", "Agreement")
    ]
