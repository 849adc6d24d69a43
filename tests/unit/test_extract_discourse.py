"""Attribution, coreference placeholders, event merging and relations, on sentences written here."""

from __future__ import annotations

from graph_builder.extract.records import EventRecord


def names(refs) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.text for r in refs}


def of_class(events: tuple[EventRecord, ...], cls: str) -> list[EventRecord]:
    return [e for e in events if e.event_class == cls]


def test_according_to_names_the_reporter(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Israel struck targets in Lebanon on Sunday, according to a statement issued by the Israeli army."
    (attack,) = of_class(extract(text).events, "Attack")
    assert names(attack.reported_by) == {"Israeli army"}


def test_speech_verb_subject_is_the_reporter(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Ukraine's Defence Ministry said Russia had shelled Kharkiv overnight."
    (attack,) = of_class(extract(text).events, "Attack")
    assert names(attack.reported_by) == {"Ukraine's Defence Ministry"}
    assert names(attack.agents) == {"Russia"}


def test_trailing_attribution_clause(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia and Azerbaijan swapped prisoners of war on Friday, the Armenian government said."
    (swap,) = of_class(extract(text).events, "PrisonerExchange")
    assert "Armenian government" in " ".join(names(swap.reported_by))


def test_unnamed_sources_report_nothing(extract) -> None:  # type: ignore[no-untyped-def]
    text = "According to reliable sources, Armenia and Azerbaijan swapped prisoners of war."
    (swap,) = of_class(extract(text).events, "PrisonerExchange")
    assert swap.reported_by == ()


def test_the_two_countries_is_a_reference_to_resolve(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia and Azerbaijan met in Vienna. Talks between the two countries lasted three hours."
    talks = of_class(extract(text).events, "Negotiation")
    assert any(ref.label == "COREF_PAIR" for event in talks for ref in event.participants)


def test_later_mentions_add_evidence_to_the_same_event(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Armenia and Azerbaijan swapped prisoners of war on Friday. "
        "The exchange was mediated by the United States. This swap was the first since 2023."
    )
    (swap,) = of_class(extract(text).events, "PrisonerExchange")
    assert len(swap.evidence) == 3


def test_another_event_is_not_merged(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Russian drones struck Odesa on Monday. Later, another missile hit Odesa."
    assert len(of_class(extract(text).events, "Attack")) == 2


def test_conflicting_numbers_keep_events_apart(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Armenia and Azerbaijan swapped 40 prisoners on Friday. In March, the two sides released 25 prisoners."
    assert len(of_class(extract(text).events, "PrisonerExchange")) == 2


def relations_of(extract, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject.text, r.predicate, r.object.text) for r in extract(text).relations}


def test_ally_apposition_with_owner(extract) -> None:  # type: ignore[no-untyped-def]
    found = relations_of(extract, "The troops were sent to Belarus, one of Moscow's allies, for treatment.")
    assert ("Belarus", "allyOf", "Moscow") in found


def test_ally_apposition_without_owner_is_a_reference(extract) -> None:  # type: ignore[no-untyped-def]
    relations = extract("The soldiers are now in Belarus, a close ally, for treatment.").relations
    assert [(r.subject.text, r.object.label) for r in relations if r.predicate == "allyOf"] == [
        ("Belarus", "COREF_MAIN")
    ]


def test_title_gives_membership(extract) -> None:  # type: ignore[no-untyped-def]
    found = relations_of(extract, "Kremlin aide Yuri Ushakov said the talks went well.")
    assert ("Yuri Ushakov", "memberOf", "Kremlin") in found


def test_possessive_gives_part_of(extract) -> None:  # type: ignore[no-untyped-def]
    found = relations_of(extract, "Ukraine's Defence Ministry said the strike hit a depot.")
    assert any(s.endswith("Defence Ministry") and p == "partOf" and o == "Ukraine" for s, p, o in found), found


def test_place_phrases_give_located_in(extract) -> None:  # type: ignore[no-untyped-def]
    found = relations_of(extract, "Delegations met in Istanbul, Turkey, and later in the Saudi port city of Jeddah.")
    assert ("Istanbul", "locatedIn", "Turkey") in found
    assert ("Jeddah", "locatedIn", "Saudi") in found


def test_pronoun_subject_takes_the_previous_main_subject(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The World Health Organization said on Monday that supplies ran short. It also said it sent medical aid."
    aid = of_class(extract(text).events, "Aid")
    assert aid and "World Health Organization" in names(aid[0].agents)


def test_pronoun_after_a_non_actor_subject_names_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Although the text does not mention the militia, it calls on Rwanda to withdraw."
    assert of_class(extract(text).events, "Demand") == []


def test_aid_recipients_and_reporting_agency(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Trucks brought food aid for 8,000 people facing famine in Kassala, the World Food Programme said."
    (aid,) = of_class(extract(text).events, "Aid")
    assert names(aid.targets) == {"people facing famine"}
    assert names(aid.agents) == {"the World Food Programme"} or names(aid.agents) == {"World Food Programme"}
    assert aid.quantity == 8000


def test_talks_without_named_parties_are_between_the_story_s_parties(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Serbia and Kosovo swapped prisoners on Monday. Officials hope that talks will resume in Brussels."
    (talks,) = of_class(extract(text).events, "Negotiation")
    assert names(talks.participants) == {"Serbia", "Kosovo"}


def test_the_deal_after_a_ceasefire_is_the_ceasefire(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A ceasefire between Israel and Hezbollah took effect on Wednesday. Under the deal, troops will withdraw."
    events = extract(text).events
    assert of_class(events, "Agreement") == []
    (truce,) = of_class(events, "Ceasefire")
    assert len(truce.evidence) == 2
