"""Parties an event coder reads off a sentence beyond its words, through the real builder
(linker on): the state a place attacked lies in, the two states a hyphenated pair names.

Sentences written for these tests; none comes from an evaluation file."""

from __future__ import annotations

from graph_builder.entities import resolve_document
from graph_builder.ingest import make_document
from graph_builder.pipeline import Builder


def _attack_targets(builder: Builder, text: str) -> list[str]:
    [(_source, extraction)] = builder.extract([make_document("t", text)])
    resolution = resolve_document(extraction, builder.resolver)
    attack = next(e for e in extraction.events if e.event_class == "Attack")
    return [entity.label for ref in attack.targets for entity in resolution.get(ref, ())]


def test_a_place_attacked_stands_for_its_state_when_the_story_names_it(builder: Builder) -> None:
    text = "Ukraine said on Monday that Russian drones had struck Kharkiv overnight."
    assert _attack_targets(builder, text) == ["Kharkiv", "Ukraine"]


def test_a_place_attacked_in_a_story_that_names_no_state_is_only_the_place(builder: Builder) -> None:
    assert _attack_targets(builder, "Russian drones struck Kharkiv overnight.") == ["Kharkiv"]


def _participants(builder: Builder, text: str, event_class: str) -> list[str]:
    [(_source, extraction)] = builder.extract([make_document("t", text)])
    resolution = resolve_document(extraction, builder.resolver)
    event = next(e for e in extraction.events if e.event_class == event_class)
    return sorted(entity.label for ref in event.participants for entity in resolution.get(ref, ()))


def test_talks_named_by_a_hyphenated_pair_of_states_are_between_both(builder: Builder) -> None:
    assert _participants(builder, "Armenia-Azerbaijan talks resumed in Washington.", "Negotiation") == [
        "Armenia",
        "Azerbaijan",
    ]
    assert _participants(builder, "The Moscow-Kyiv talks on grain exports opened.", "Negotiation") == [
        "Russia",
        "Ukraine",
    ]


def test_a_hyphenated_name_that_is_no_pair_of_states_stays_one_name(builder: Builder) -> None:
    assert _attack_targets(builder, "Artillery shelled the Coca-Cola bottling plant.") == ["Coca-Cola"]


def _agents(builder: Builder, text: str, event_class: str) -> list[str]:
    [(_source, extraction)] = builder.extract([make_document("t", text)])
    resolution = resolve_document(extraction, builder.resolver)
    event = next(e for e in extraction.events if e.event_class == event_class)
    return [entity.label for ref in event.agents for entity in resolution.get(ref, ())]


def test_a_government_named_by_its_demonym_acts_for_its_state(builder: Builder) -> None:
    text = "The Jordanian government sent a planeload of medical supplies to Gaza."
    assert _agents(builder, text, "Aid") == ["Jordanian government", "Jordan"]


def test_tajik_troops_act_for_tajikistan(builder: Builder) -> None:
    assert _agents(builder, "Tajik troops opened fire on a Kyrgyz border post.", "Attack") == [
        "Tajik troops",
        "Tajikistan",
    ]


def test_a_ministry_named_by_its_state_acts_for_it(builder: Builder) -> None:
    text = "Iran's foreign ministry condemned the strike on Monday."
    assert _agents(builder, text, "Accusation") == ["Iran's foreign ministry", "Iran"]


def test_a_states_army_or_military_acts_for_it(builder: Builder) -> None:
    assert _agents(builder, "The Sudanese army shelled the outskirts of Omdurman.", "Attack") == [
        "Sudanese army",
        "Sudan",
    ]


def test_a_plane_named_by_its_type_is_its_air_forces_and_its_states(builder: Builder) -> None:
    text = "An Australian air force C-130 landed in Nuku'alofa on Monday with 12 tonnes of tarpaulins."
    assert _agents(builder, text, "Aid") == ["Australian air force", "Australia"]


def test_officials_in_a_capital_speak_for_its_state(builder: Builder) -> None:
    text = "Officials in Honiara condemned the attack on the police post."
    assert _agents(builder, text, "Accusation") == ["Solomon Islands"]


def test_officials_of_a_kind_in_a_capital_are_their_own_group(builder: Builder) -> None:
    text = "Health officials in Juba condemned the attack on the clinic."
    assert "South Sudan" not in _agents(builder, text, "Accusation")


def test_a_warplane_named_by_demonym_and_designation_is_its_states(builder: Builder) -> None:
    text = "Dutch F-16s shot down two drones over the Baltic on Tuesday."
    assert "Netherlands" in _agents(builder, text, "Attack")
