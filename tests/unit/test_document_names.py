"""What a document says about its own names: datelines and acronyms it defines.

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from graph_builder.nlp.document_names import _trimmed, dateline_end, dateline_place, mask_dateline


def _ents(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    ("text", "first_word_after"),
    [
        ("NIAMEY, May 2 - Gunmen attacked a checkpoint.", "Gunmen"),
        ("GOMA (Reuters) - Rebels shelled the airport.", "Rebels"),
        ("PORT SUDAN, 4 June 2026 \u2014 The army said it retook the town.", "The"),
        ("GOMA, Congo, May 2 - Rebels shelled the airport.", "Rebels"),
        ("QUETTA, Nov 3: Militants attacked a checkpost.", "Militants"),
    ],
)
def test_a_leading_dateline_is_found(nlp: Language, text: str, first_word_after: str) -> None:
    doc = nlp(text)
    assert doc[dateline_end(doc)].text == first_word_after


@pytest.mark.parametrize(
    "text",
    [
        "US-led jets struck a bridge.",
        "NATO said on Monday - in a statement - that it would send troops.",
        "Gunmen attacked a checkpoint - police said.",
        "UN: 24 killed in a strike on a market.",
    ],
)
def test_no_dateline_where_none_is(nlp: Language, text: str) -> None:
    assert dateline_end(nlp(text)) == 0


def test_the_filing_place_is_no_actor(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = extract("NIAMEY, May 2 - Jihadist fighters attacked an army post in Kidal.").events
    named = {a.text for a in attack.agents + attack.targets + attack.participants}
    assert not any("NIAMEY" in n for n in named)
    assert attack.location is not None and attack.location.text == "Kidal"


def test_the_story_after_a_dateline_is_parsed_as_its_own_sentence(nlp: Language) -> None:
    doc = nlp("GENEVA \u2014 Egypt and Jordan agreed on Monday to reopen a border crossing.")
    first_story_token = doc[dateline_end(doc)]
    assert first_story_token.is_sent_start
    assert first_story_token.dep_ == "nsubj"


def test_parties_after_a_dateline_are_the_event_s_parties(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("GENEVA \u2014 Egypt and Jordan agreed on Monday to reopen a border crossing.").events
    agreement = next(e for e in events if e.event_class == "Agreement")
    assert {a.text for a in agreement.participants} == {"Egypt", "Jordan"}


def test_an_acronym_defined_in_parentheses_names_its_body_later(nlp: Language) -> None:
    text = "The Allied Democratic Forces (ADF) raided a village. An ADF attack followed."
    doc = nlp(text)
    later = doc[len(doc) - 4]
    assert (later.text, later.ent_type_) == ("ADF", "ORG")


def test_an_acronym_stands_for_the_name_it_follows(extract) -> None:  # type: ignore[no-untyped-def]
    # the NER breaks the long name up (a PERSON, then untagged words); the acronym is whole
    text = "The ambush was claimed by Ansar al-Din wal-Jihad (ADJ) on Monday."
    (attack,) = [e for e in extract(text).events if e.event_class == "Attack"]
    assert [a.text for a in attack.agents] == ["ADJ"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a village near Kidal.", "Kidal"),  # the model says NORP
        ("Gunmen attacked a village in Tillaberi region.", "Tillaberi"),  # the model says ORG
    ],
)
def test_names_the_text_calls_places_are_places(nlp: Language, text: str, place: str) -> None:
    assert (place, "GPE") in _ents(nlp, text)


def test_a_language_after_in_stays_what_it_is(nlp: Language) -> None:
    assert ("Russian", "GPE") not in _ents(nlp, "The envoy spoke in Russian to reporters.")


def test_a_dateline_is_blanked_out_character_for_character(nlp: Language) -> None:
    text = "NIAMEY, May 2 - French troops shelled a camp."
    masked, filed = mask_dateline(nlp, text)
    assert filed == "Niamey"
    assert len(masked) == len(text)
    assert masked.startswith(" " * len("NIAMEY, May 2 - "))
    assert masked.endswith("French troops shelled a camp.")


def test_text_without_a_dateline_is_left_as_it_is(nlp: Language) -> None:
    text = "NATO said on Monday - in a statement - that it would send troops."
    masked, filed = mask_dateline(nlp, text)
    assert masked is text and filed is None


def test_a_dateline_of_several_words_names_its_place_in_title_case(nlp: Language) -> None:
    assert dateline_place(nlp("ADDIS ABABA (Reuters) -- Talks resumed.")) == "Addis Ababa"
    assert dateline_place(nlp("Talks resumed in ADDIS ABABA -- on Monday.")) is None



def test_a_name_loses_the_comma_the_model_took_into_it(nlp: Language) -> None:
    names = _ents(nlp, "The presidents of Bosnia, Serbia and Croatia initialled the accord.")
    assert ("Bosnia", "GPE") in names
    assert all(not text.endswith(",") for text, _label in names)


def test_a_name_loses_a_live_blog_time_an_alert_word_and_a_person_s_title(nlp: Language) -> None:
    doc = nlp.make_doc("14:20 BREAKING Interim President Mahamat Deby meets envoys")
    assert _trimmed(Span(doc, 0, 6, label="PERSON")).text == "Mahamat Deby"
    assert _trimmed(Span(doc, 0, 3, label="ORG")).text == "Interim"
    assert _trimmed(Span(doc, 2, 4, label="ORG")).text == "Interim President"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Turkey shelled the Kurdish-led Syrian Democratic Forces (SDF) near Kobani.", "Syrian Democratic Forces"),
        ("The UN Mission in South Sudan (UNMISS) sheltered civilians in Bor.", "UN Mission in South Sudan"),
        ("Fighters of the Movement for Democracy and Justice (MDJ) left.", "Movement for Democracy and Justice"),
    ],
)
def test_a_name_runs_as_far_as_its_acronym_spells(nlp: Language, text: str, name: str) -> None:
    assert name in [ent.text for ent in nlp(text).ents]


def test_an_acronym_the_words_do_not_spell_leaves_the_names_alone(nlp: Language) -> None:
    with_acronym = nlp("Leaders of the National Liberation Army (ELN) freed two soldiers in Arauca.")
    without = nlp("Leaders of the National Liberation Army freed two soldiers in Arauca.")
    assert [e.text for e in with_acronym.ents if e.text != "ELN"] == [e.text for e in without.ents]


def test_a_time_zone_is_no_name(nlp: Language) -> None:
    assert all(text != "UTC" for text, _label in _ents(nlp, "At 0600 UTC two missiles were fired at a tanker."))


def test_a_cables_classification_marking_is_no_name(nlp: Language) -> None:
    text = "3. (SBU) The Foreign Ministry has asked the OSCE office in Dushanbe to mediate."
    assert all(name != "SBU" for name, _label in _ents(nlp, text))
    assert "SBU" in [name for name, _label in _ents(nlp, "The SBU detained two men in Odesa.")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The African Union Peace and Security Council suspended Mali.", "African Union Peace and Security Council"),
        ("The AU Peace and Security Council met in Addis Ababa.", "AU Peace and Security Council"),
    ],
)
def test_a_regional_peace_and_security_council_is_not_the_uns(nlp: Language, text: str, name: str) -> None:
    assert (name, "ORG") in _ents(nlp, text)


def test_two_bodies_named_in_a_row_stay_two(nlp: Language) -> None:
    assert _ents(nlp, "Russia and the Security Council disagreed.") == [("Russia", "GPE"), ("Security Council", "ORG")]
