"""Trigger coverage beyond the first lexicon, with the sense checks that keep it precise.

Sentences written for these tests; none comes from an evaluation file.
"""

from __future__ import annotations

import pytest

from graph_builder.extract.records import EventRecord


def classes(extract, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.event_class for e in extract(text).events]


def trigger_words(event: EventRecord) -> set[str]:
    return {t.text.lower() for t in event.triggers}


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("A powerful explosion tore through the market in Kabul on Sunday.", "Attack"),
        ("The kidnapping of two engineers near Arauca was blamed on the guerrillas.", "Attack"),
        ("Hundreds joined the boycott of Israeli goods announced by the federation.", "Sanction"),
        ("The foreign minister's visit to Beijing lasted two days.", "Negotiation"),
        ("Iran's threat to close the Strait of Hormuz alarmed shippers.", "Threat"),
        ("The army issued a warning to residents of the border villages.", "Threat"),
        ("Warnings were given to the Red Cross an hour before the strikes.", "Threat"),
        ("The envoys of Chad and Sudan met in N'Djamena on Monday.", "Negotiation"),
        ("The think tank's report urges Congress to pass the bill.", "Demand"),
    ],
)
def test_new_words_name_their_class(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Piracy remains a threat to shipping in the Gulf of Guinea.", "Threat"),
        ("Readers can sign up for the newsletter on the website.", "Agreement"),
        ("The officer had committed suicide, the police said.", "Agreement"),
        ("The company met its sales targets for the year.", "Negotiation"),
    ],
)
def test_other_senses_of_the_same_words_are_not_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_events_keep_the_words_that_named_them(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("A car bomb explosion killed four people in Mogadishu.").events
    (event,) = [e for e in events if e.event_class == "Attack"]
    assert "explosion" in trigger_words(event)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Masked gunmen kidnapped three engineers from the oil field near Arauca.", "Attack"),
        ("Pro-government militiamen tortured the detained students, the rights group said.", "Attack"),
        ("The defence minister of Japan visited Manila on Tuesday.", "Negotiation"),
        ("The foreign ministry summoned the Iranian ambassador to complain about the arrests.", "Accusation"),
        ("The army assassinated the rebel commander in his home.", "Attack"),
    ],
)
def test_cameo_verbs_outside_the_hand_lexicon_name_their_class(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize("verb", ["halted", "suspended", "froze", "cut"])
def test_stopping_aid_is_a_sanction_not_aid(extract, verb: str) -> None:  # type: ignore[no-untyped-def]
    events = extract(f"The European Union {verb} development aid to Mali after the coup.").events
    assert [e.event_class for e in events] == ["Sanction"]
    assert {t.text for t in events[0].targets} == {"Mali"}


@pytest.mark.parametrize(
    "text",
    [
        "He wanted to leave the capital before the storm.",  # CAMEO files "want" under intent to cooperate
        "The committee needs more money for the new school.",  # and "need" under demand
        "Before being sent home, the released soldiers were taken to a hospital in Minsk.",  # passive
        "Attending the ceremony, the mayor praised the volunteers.",
        "The two delegations ended three hours of talks in Doha.",  # the talks are the event
    ],
)
def test_vague_cameo_defaults_need_actors_and_the_right_voice(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in classes(extract, text) if c != "Negotiation" or "talks" not in text] == []


def test_an_offer_to_hand_over_is_planned(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Hamas offered to hand over the remains of two hostages.").events
    assert [(e.event_class, e.modality) for e in events] == [("Repatriation", "Planned")]


@pytest.mark.parametrize(
    "text",
    [
        "The new president vowed to rebuild the shattered border towns.",
        "Both governments pledged to withdraw their forces by March.",
    ],
)
def test_commitments_are_agreements(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Agreement" in classes(extract, text)


def test_pledged_aid_stays_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Norway pledged humanitarian aid to Sudan.") == ["Aid"]


def test_an_appeal_may_be_a_that_clause(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" in classes(extract, "The Kenyan president suggested that both armies pull back from the border.")
    assert "Demand" not in classes(extract, "The results suggested that turnout was low.")


def test_attacking_a_virus_is_not_an_attack_but_gunmen_attacking_a_bus_is(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, "Doctors need more resources to attack the virus.")
    assert "Attack" in classes(extract, "Gunmen attacked a bus carrying pilgrims.")


def test_a_visit_or_meeting_needs_a_party_on_each_side(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" not in classes(extract, "Lyon will host the semi-finals in July.")
    assert "Negotiation" in classes(extract, "Egypt hosted the Sudanese army chief in Cairo.")


def test_captives_can_be_named_by_what_was_done_to_them(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("The militia freed nine fishermen held since March.").events
    assert [e.event_class for e in events] == ["Release"]


def test_an_attackers_weapons_name_the_attacker(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [e for e in extract("Syrian warplanes bombed the town of Maarat overnight.").events]
    assert {a.text for a in attack.agents} == {"Syrian"}


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("France will supply Kyiv with more armoured vehicles.", "Aid"),
        ("Ottawa slapped new sanctions on three Iranian generals.", "Sanction"),
        ("The Saudi crown prince held a phone call with the Emirati president.", "Negotiation"),
    ],
)
def test_more_ways_to_say_it(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_supplying_words_is_not_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "The minister delivered a long speech to parliament.")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("A federal grand jury indicted two Russian intelligence officers.", "Accusation"),
        ("Japan will support the Philippines with coastal radar systems.", "Aid"),
    ],
)
def test_legal_accusations_and_material_support(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_supporting_a_view_is_not_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "Most voters support the reform.")


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb exploded beside an army convoy outside Kandahar.",
        "Two devices went off near the bus station on Friday evening.",
        "A suicide bomber blew himself up at the gate of the compound.",
        "Insurgents detonated explosives under the bridge before dawn.",
        "Police spotted a homemade bomb next to the stall. It exploded minutes later.",
        "The shells began to explode around the hospital shortly after noon.",
        "A device was left in a rubbish bin and exploded at midday.",
    ],
)
def test_an_exploding_device_is_an_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tensions between the two ministries exploded into the open last week.",
        "The tourist population of the island has exploded since 2010.",
        "The alarm went off twice during the night.",
    ],
)
def test_explosions_without_a_device_are_not_attacks(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "A strong earthquake killed at least 30 people in the mountain villages.",
        "Heavy floods destroyed two bridges and killed seven farmers.",
        "A fire broke out in a warehouse at the port, killing four workers.",
        "Eleven passengers were killed in a bus crash on the coastal highway.",
        "Riot police clashed with stone-throwing protesters near the parliament.",
        "Thousands of teachers went on strike over unpaid salaries.",
        "Football fans fought each other outside the stadium after the match.",
    ],
)
def test_disasters_riots_and_labour_strikes_are_not_attacks(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed by mortar fire near the front line.",
        "Militants attacked an army post, killing five soldiers.",
        "Government troops clashed with rebels near the border town.",
    ],
)
def test_armed_violence_is_still_an_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The militia tried to intimidate the election commission.", "Threat"),
        ("The cartel blackmailed a judge in Sinaloa.", "Threat"),
        ("The general ordered his troops to withdraw from the city.", "Demand"),
        ("The minister instructed the governors to close the border crossings.", "Demand"),
        ("Masked men attacked the village mayor outside his home.", "Attack"),
    ],
)
def test_coercion_orders_and_attacks_on_people(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_ordering_a_thing_is_not_a_demand(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" not in classes(extract, "The ministry ordered two hundred new ambulances.")


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia went to war with Eritrea over the border town in 1998.",
        "The militia declared war on the government after the elections.",
        "The conflict between Armenia and Azerbaijan flared again in the autumn.",
    ],
)
def test_a_war_with_its_parties_is_an_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Her grandfather had served as a nurse during the Second World War.",
        "The minister denied any conflict of interest in the contract.",
        "The museum opened a room about the history of the war.",
    ],
)
def test_wars_in_passing_are_not_events(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, text)


def test_a_peace_conference_is_a_negotiation_but_a_press_conference_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" in classes(extract, "Norway hosted a peace conference between Colombia and the ELN.")
    assert "Negotiation" not in classes(
        extract, "The minister told a press conference in Accra that prices would fall."
    )


def test_a_verb_that_names_the_same_event_is_one_of_its_triggers(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [
        e for e in extract("The rebels launched an offensive against Goma.").events if e.event_class == "Attack"
    ]
    assert trigger_words(attack) == {"launched", "offensive"}
    (talks,) = [
        e for e in extract("Turkey convened a summit of Russia and Ukraine.").events if e.event_class == "Negotiation"
    ]
    assert trigger_words(talks) == {"convened", "summit"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials confirmed a drone strike on Mosul late on Tuesday.", "Mosul"),
        ("Government artillery shelled the eastern district of Baghdad overnight.", "Baghdad"),
    ],
)
def test_the_place_an_attack_hit_is_where_it_happened(extract, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [e for e in extract(text).events if e.event_class == "Attack"]
    assert attack.location is not None and attack.location.text == place


def test_a_locative_phrase_wins_over_the_place_hit(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [
        e for e in extract("Insurgents in Kandahar fired rockets at Kabul.").events if e.event_class == "Attack"
    ]
    assert attack.location is not None and attack.location.text == "Kandahar"


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Soldiers opened fire on the crowd outside the barracks.", "Attack"),
        ("The government and the militia agreed to stop the fighting for three days.", "Ceasefire"),
        ("Kyiv recovered the bodies of 140 fallen soldiers on Friday.", "Repatriation"),
        ("More than two thousand refugees were returned to Burundi from Tanzania.", "Repatriation"),
        ("The pirates freed the crew of the tanker after five months in captivity.", "Release"),
        ("President Macron spoke by phone with the Emir of Qatar on Sunday.", "Negotiation"),
        ("President Ruto hosted his Somali counterpart in Nairobi.", "Negotiation"),
        ("Berlin will send Kyiv four more air-defence systems.", "Aid"),
        ("Tehran warned Washington of a crushing response if it struck Iranian soil.", "Threat"),
    ],
)
def test_paraphrases_name_their_class(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The plan is intended to halt fighting in the east.", "Ceasefire"),
        ("The minister spoke to reporters after the vote.", "Negotiation"),
        ("The ministry sent a letter to the embassy.", "Aid"),
        ("The bank received the documents on Monday.", "Repatriation"),
        ("The factory opened a new line in March.", "Attack"),
        ("If the talks fail, Russia could attack again.", "Attack"),
        ("After weeks of haggling the two parties struck a deal on the budget.", "Attack"),
        ("The envoy called on both armies to stop the fighting at once.", "Ceasefire"),
        ("Japan pledged 200 million dollars in humanitarian aid for Gaza.", "Agreement"),
        ("On Friday, the prime minister called the blast a crime.", "Demand"),
        ("The commanders pledged allegiance to the new emir.", "Agreement"),
    ],
)
def test_their_other_readings_name_none(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def modality_of(extract, text: str, cls: str) -> str:  # type: ignore[no-untyped-def]
    (event,) = [e for e in extract(text).events if e.event_class == cls]
    return event.modality


@pytest.mark.parametrize(
    ("text", "cls", "mode"),
    [
        ("The militants threatened to kill the hostages.", "Attack", "Planned"),
        ("The government accused the rebels of killing civilians.", "Attack", "Alleged"),
    ],
)
def test_asked_threatened_and_alleged_events_keep_their_modality(extract, text: str, cls: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    assert modality_of(extract, text, cls) == mode


def test_several_parties_can_consult_without_an_object(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" in classes(extract, "Indian and Pakistani officials consulted on the water dispute.")
    assert "Negotiation" not in classes(extract, "The police arrived and cordoned off the street.")


def test_equally_specific_cameo_patterns_that_disagree_code_nothing(extract) -> None:  # type: ignore[no-untyped-def]
    # CAMEO files "LIFT * SANCTION" under both 0351 (intent to ease) and 085 (ease): no agreement either way
    assert "Agreement" not in classes(extract, "Tehran demanded that Washington lift its sanctions.")


@pytest.mark.parametrize(
    "text",
    [
        "Army units retook control of the airport from the militia on Monday.",
        "Suspected militants fired mortar rounds at the army base overnight.",
        "Rebels and government soldiers exchanged fire near the bridge.",
    ],
)
def test_event_coder_phrasings_of_fighting(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("About 300 people rallied in the capital to demand lower fuel prices.", "Demand"),
        ("Protesters demanded the resignation of the mayor.", "Demand"),
        ("Police raided a warehouse and seized drugs worth a million dollars.", "Attack"),
        ("A man killed his wife after a quarrel, neighbours said.", "Attack"),
    ],
)
def test_protests_policing_and_household_crime_are_out_of_scope(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def parties(extract, text: str, cls: str) -> set[str]:  # type: ignore[no-untyped-def]
    (event,) = [e for e in extract(text).events if e.event_class == cls]
    return {a.text for a in event.participants + event.agents + event.targets}


def test_a_described_captive_is_no_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, "The two sides traded captured soldiers on Tuesday.")


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        ("Delegates from Chad and Sudan wrapped up two days of talks in Doha.", "Negotiation", {"Chad", "Sudan"}),
        ("The European Union adopted a sanctions package against Belarus.", "Sanction", {"European Union", "Belarus"}),
        ("Kenya's president held talks with his Somali counterpart in Nairobi.", "Negotiation", {"Kenya", "Somali"}),
    ],
)
def test_parties_named_around_the_event_noun(extract, text: str, cls: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= parties(extract, text, cls)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Hamas passed the remains of two hostages to the Red Cross.", "Repatriation"),
        ("The Red Cross oversaw the handover of 15 detainees from Kyiv to Moscow.", "Release"),
        ("Twenty lorries carrying food and medicine reached El Fasher on Monday.", "Aid"),
    ],
)
def test_more_paraphrases_name_their_class(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_a_cameo_attack_verb_acts_on_something(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, "A Red Cross convoy drove out of the prison at dawn.")


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        ("Hamas and Fatah committed to a week-long truce.", "Ceasefire", {"Hamas", "Fatah"}),
        (
            "The exchange of 390 prisoners was carried out by Russia and Ukraine.",
            "PrisonerExchange",
            {"Russia", "Ukraine"},
        ),
        (
            "The Saudi crown prince received the Iranian foreign minister in Riyadh.",
            "Negotiation",
            {"Saudi", "Iranian"},
        ),
    ],
)
def test_parties_of_committed_carried_out_and_received_events(extract, text: str, cls: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= parties(extract, text, cls)


def test_letting_prisoners_go_is_a_release(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Release" in classes(extract, "Israel let 183 Palestinian prisoners go on Thursday.")
    assert "Release" not in classes(extract, "The teacher let the pupils go early.")
    assert "Negotiation" not in classes(extract, "The ministry received a letter from the embassy.")


@pytest.mark.parametrize(
    ("text", "is_threat"),
    [
        ("The health ministry warned of a new wave of infections.", False),
        ("The UN warned of famine in the besieged city.", False),
        ("Moscow warned of retaliation against any deployment.", True),
        ("Tehran warned Washington against further strikes.", True),
        ("The army warned that it would respond with force.", True),
    ],
)
def test_a_warning_of_danger_is_no_threat(extract, text: str, is_threat: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("Threat" in classes(extract, text)) is is_threat


@pytest.mark.parametrize(
    "text",
    [
        "Our fighters attacked the field commander near the market.",
        "The legion finally attacked its starved and weakened defenders.",
        "Gunmen tried to assassinate the provincial governor on Monday.",
    ],
)
def test_attacks_on_people_named_by_their_role(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, text)


def test_dropping_or_lobbing_weapons_is_an_attack_dropping_charges_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Militants lobbed grenades into the police compound.")
    assert "Attack" in classes(extract, "Government helicopters dropped barrel bombs on the town.")
    assert "Attack" not in classes(extract, "The prosecutor dropped the charges against the journalist.")
    assert "Attack" not in classes(extract, "Planes dropped leaflets over the town.")


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        ("Sanctions were imposed on Iran's central bank by the European Union.", "Sanction", {"Iran"}),
        ("Humanitarian assistance from Egypt entered Gaza on Sunday.", "Aid", {"Egypt"}),
        (
            "Turkey will host a meeting of Russian and Ukrainian delegations.",
            "Negotiation",
            {"Turkey", "Russian", "Ukrainian"},
        ),
    ],
)
def test_targets_givers_and_parties_around_event_nouns(extract, text: str, cls: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= parties(extract, text, cls)


def test_an_exchange_of_prisoners_does_not_make_them_parties(extract) -> None:  # type: ignore[no-untyped-def]
    assert "prisoners" not in parties(extract, "Kyiv and Moscow held an exchange of 200 prisoners.", "PrisonerExchange")


def test_executing_prisoners_is_an_attack_executing_a_swap_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "The militants executed twelve prisoners near Raqqa.")
    assert "Attack" not in classes(extract, "Russia and Ukraine executed a prisoner of war exchange.")


def test_another_event_cannot_be_an_attacker(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, "New US sanctions target Iran's drone programme.")


def test_who_receives_aid_is_its_target(extract) -> None:  # type: ignore[no-untyped-def]
    (aid,) = [e for e in extract("The Netherlands will supply F-16 jets to Ukraine.").events if e.event_class == "Aid"]
    assert {t.text for t in aid.targets} == {"Ukraine"}


def test_the_accused_of_a_passive_accusation_did_the_deed(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [
        e for e in extract("The militia was accused of shelling the camp.").events if e.event_class == "Attack"
    ]
    assert {a.text for a in attack.agents} == {"militia"} and attack.modality == "Alleged"


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        # commitments to use force are threats (CAMEO 138), an ultimatum too (139)
        ("The guerrillas vowed to retaliate against the army for the raid.", "Threat"),
        ("The warlord gave the council an ultimatum to hand over the port.", "Threat"),
        # parties named by several-word Phoenix agents
        ("The premier consulted with opposition leaders about the election law.", "Negotiation"),
        # a pause in the fighting is a truce
        ("The two armies observed a humanitarian pause on Saturday.", "Ceasefire"),
        ("A lull in the fighting let residents leave the old city.", "Ceasefire"),
        # released from where captives are held
        ("The generals released the deposed president from house arrest.", "Release"),
        # diplomats sent away, material support withheld
        ("Mali ordered the Swedish ambassador to leave within 72 hours.", "Sanction"),
        ("The donors froze budget support to the interim government.", "Sanction"),
        # criticism in news headline verbs
        ("Seoul slammed Tokyo for its new history textbooks.", "Accusation"),
    ],
)
def test_cameo_readings_of_phrases(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The guerrillas vowed to retaliate against the army for the raid.", "Agreement"),
        ("Soldiers withdrew from the valley after the harvest.", "Sanction"),
        ("The donors withdrew their support for the rebel alliance.", "Sanction"),
        ("None of the wounds were life-threatening, doctors said.", "Threat"),
        ("A minibus plunged off a bridge, killing eleven passengers.", "Attack"),
        ("Mudslides that killed nine villagers blocked the road.", "Attack"),
        ("A rocket slammed into a hospital in the north of the city.", "Accusation"),
        ("The judge released the driver from custody on bail.", "Ceasefire"),
    ],
)
def test_those_readings_keep_their_limits(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_a_relative_pronoun_stands_for_its_noun(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [
        e for e in extract("The insurgents who ambushed the convoy fled into the hills.").events
        if e.event_class == "Attack"
    ]
    assert {a.text.lower() for a in attack.agents} == {"insurgents"}


@pytest.mark.parametrize(
    "text",
    [
        "A gas explosion at a bakery killed two workers in Mombasa.",
        "A boiler blast tore through a textile factory in Dhaka.",
        "Mob violence broke out after the derby, injuring several supporters.",
        "Gang members shot a bus driver who refused to pay extortion in Tegucigalpa.",
    ],
)
def test_accidents_riots_and_crime_are_not_attacks(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, text)


def test_armed_clashes_between_named_forces_are_attacks(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Armed clashes between the FARDC and the M23 took place near Goma.")


def test_what_protesters_denounce_is_their_message(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" not in classes(extract, "Demonstrators in Yerevan denounced the border deal.")
    assert "Accusation" in classes(extract, "Armenia denounced the border deal as a betrayal.")


def test_a_convoy_leaving_a_prison_is_no_visit(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" not in classes(extract, "A Red Crescent convoy with freed detainees left the Saydnaya prison.")


def test_an_aim_named_through_a_preposition_is_no_truce(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Ceasefire" not in classes(extract, "Chad and Sudan signed a pact aimed at ending fighting on their border.")


def test_agreeing_to_meet_again_is_planned_talks(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Envoys from Serbia and Kosovo ended a day of talks in Brussels, agreeing to meet again.").events
    assert any(e.event_class == "Negotiation" and e.modality == "Planned" for e in events)


def test_weapons_do_not_make_threats(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Navy jets destroyed three drones that threatened tankers in the Gulf of Aden."
    assert "Threat" not in classes(extract, text)


def test_a_later_strike_is_another_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Israeli jets struck a weapons depot near Damascus, the army said. "
        "Hours later, a rocket fired from Lebanon hit a kibbutz in the Galilee."
    )
    assert classes(extract, text).count("Attack") == 2


def test_what_others_are_urged_to_do_is_the_demand_not_an_event(extract) -> None:  # type: ignore[no-untyped-def]
    # until round 14 the urged act was a Planned event of its own; the gold-format sets annotate
    # the demand only (docs/evaluation.md, round 14: 42 false events fewer on the tuning sets)
    text = "The Moldovan president urged donors to send more humanitarian aid."
    assert classes(extract, text) == ["Demand"]


def test_an_act_after_said_belongs_to_what_was_said(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Russia fired 40 missiles at Lviv overnight, Ukrainian officials said, cutting power to the city."
    attacks = [e for e in extract(text).events if e.event_class == "Attack"]
    assert {a.text for e in attacks for a in e.agents} == {"Russia"}


def test_meeting_a_counterpart_is_a_meeting(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Egypt's foreign minister met his Turkish counterpart in Ankara on Monday.").events
    (talks,) = [e for e in events if e.event_class == "Negotiation"]
    assert {"Egypt", "Turkish"} <= {a.text for a in talks.participants + talks.agents + talks.targets}


def test_a_shorter_name_of_the_same_party_joins_its_event(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Turkish drones struck a convoy near Qamishli on Tuesday, killing three fighters. "
        "The Turkish military said it had targeted PKK militants."
    )
    assert classes(extract, text).count("Attack") == 1


def test_captives_described_by_their_capture_are_no_new_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, "Kyiv freed six Belarusian volunteers captured near Bakhmut.")


def test_talks_named_with_their_host_are_between_the_sides_of_the_deal(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Nepal's government and the Maoist rebels signed a truce in Oslo, ending talks hosted by Norway."
    (talks,) = [e for e in extract(text).events if e.event_class == "Negotiation"]
    assert {"Norway", "Nepal's government"} <= {a.text for a in talks.participants}


def test_arrest_raids_are_police_work(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, "Security forces later arrested nine suspects in raids on two villages.")


def test_claiming_a_bombing_does_not_make_it_alleged(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [e for e in extract("The Pakistani Taliban claimed the bombing in Peshawar.").events]
    assert attack.modality == "Asserted"


def test_what_someone_is_blamed_for_doing_is_alleged(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Baghdad blamed Ankara for shelling Kurdish villages.").events
    assert [e.modality for e in events if e.event_class == "Attack"] == ["Alleged"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Canada will provide $200 million in budget support to Jordan.", "Aid"),
        ("The UN oversaw the return of 300 refugees from Djibouti.", "Repatriation"),
    ],
)
def test_support_and_returns_of_people(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_a_claim_about_someone_is_no_accusation_until_it_names_a_wrong(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" not in classes(extract, "Investigators claim the suspect arrived in Lyon on May 3.")


def test_a_condemned_deed_makes_its_doer_the_target(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Turkish jets bombed a market in Tal Rifaat. The Syrian Kurds condemned the bombing as a war crime."
    (accusation,) = [e for e in extract(text).events if e.event_class == "Accusation"]
    assert {t.text for t in accusation.targets} == {"Turkish"}


@pytest.mark.parametrize(
    ("text", "is_threat"),
    [
        ("Pyongyang warned that it would answer the drills with force.", True),
        ("The general warned that the rebels would face war if they did not disarm.", True),
        ("The agency warned that conditions in the camps were not yet safe.", False),
        ("Aid groups warned that the situation would deteriorate further.", False),
    ],
)
def test_a_warning_threatens_only_an_act_to_come(extract, text: str, is_threat: bool) -> None:  # type: ignore[no-untyped-def]
    assert ("Threat" in classes(extract, text)) is is_threat


def test_what_someone_failed_to_do_did_not_happen(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "The commander accused Moscow of failing to supply ammunition to his men.")



@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Quito severed diplomatic relations with Mexico City.", "Sanction"),
        ("The junta banned entry to French nationals.", "Sanction"),
        ("Greece sent search and rescue teams to Turkey after the earthquake.", "Aid"),
        ("Jihadists beheaded a village chief in Cabo Delgado.", "Attack"),
    ],
)
def test_severed_ties_barred_entry_rescue_teams_and_beheadings(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_summoning_an_envoy_is_no_meeting(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" not in classes(extract, "Oslo summoned the Iranian ambassador to protest the executions.")


def test_sending_troops_is_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "Moscow sent troops and tanks to the border.")


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal crushed Chelsea 5-0 in the league on Saturday.",
        "Inter attacked down the left all game but the goalkeeper held firm.",
        "A shark attack killed a surfer off the coast of Reunion.",
    ],
)
def test_games_and_animals_make_no_attacks(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, text)


def test_games_keep_their_wars_when_soldiers_are_in_them(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Militants attacked soldiers guarding the stadium in Mogadishu.")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The mayor announced a plan to fight homelessness.", "Agreement"),
        ("The striker signed a contract with the club until 2027.", "Agreement"),
    ],
)
def test_intents_and_contracts_without_two_parties_are_no_agreements(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_an_act_beside_a_denial_is_not_denied(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Kyiv rejected the offer and called for a 30-day ceasefire.").events
    assert {e.modality for e in events if e.event_class in ("Demand", "Ceasefire")} <= {"Asserted", "Planned"}
    assert any(e.event_class == "Demand" for e in events)


def test_a_truce_called_for_is_the_call_alone(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The UN chief called for a ceasefire in Sudan.") == ["Demand"]


def test_a_deal_agreed_at_talks_is_an_agreement(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Baku and Yerevan swapped 32 detainees under a deal agreed at talks in Abu Dhabi."
    assert "Agreement" in classes(extract, text)


def test_talks_after_a_handover_are_between_its_two_states(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russia handed over the remains of 40 soldiers to Ukraine on Monday. "
        "The handover was agreed during negotiations in Ankara last month."
    )
    (talks,) = [e for e in extract(text).events if e.event_class == "Negotiation"]
    assert {"Russia", "Ukraine"} <= {a.text for a in talks.participants}


def test_an_unnamed_office_holder_speaks_with_the_office(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("The UN Secretary-General condemned the shelling of the hospital.").events
    (accusation,) = [e for e in events if e.event_class == "Accusation"]
    assert {a.text for a in accusation.agents} == {"UN Secretary-General", "UN"}


def test_its_fighters_are_the_groups(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Hamas said its fighters had ambushed an Israeli patrol in Gaza City.").events
    (attack,) = [e for e in events if e.event_class == "Attack"]
    assert {a.text for a in attack.agents} == {"Hamas"}


def test_denying_a_part_in_an_attack_does_not_deny_the_attack(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Al-Shabaab denied any involvement in the bombing of the hotel.").events
    assert [e.modality for e in events if e.event_class == "Attack"] == ["Asserted"]
    events = extract("The army denied shelling the village.").events
    assert [e.modality for e in events if e.event_class == "Attack"] == ["Denied"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The World Bank agreed to lend Kenya $750 million.", "Aid"),
        ("Oman suspended flights to Sanaa.", "Sanction"),
        ("Moscow declared the Estonian consul persona non grata.", "Sanction"),
        ("The Taliban freed two American women in Kabul.", "Release"),
    ],
)
def test_loans_suspended_flights_unwanted_diplomats_and_freed_people(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Seoul lifted sanctions on Tokyo after the summit.", "Sanction"),
        ("The kidnappers released a video showing the hostages.", "Release"),
        ("The court freed two students on bail.", "Release"),
        ("The senator lent support to the bill.", "Aid"),
    ],
)
def test_lifted_sanctions_released_videos_bail_and_lent_support(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def allies(extract, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject.text, r.object.text) for r in extract(text).relations if r.predicate == "allyOf"}


def test_allies_named_by_of_and_by_a_hyphened_backer(extract) -> None:  # type: ignore[no-untyped-def]
    assert ("Belarus", "Moscow") in allies(extract, "Belarus, a close ally of Moscow, hosted the drills.")
    assert ("Hezbollah", "Iranian") in allies(extract, "Iranian-backed Hezbollah fired rockets at Israel.")


def test_a_named_place_picks_the_attack_it_refers_back_to(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A car bomb exploded outside a police station in Mogadishu on Sunday, killing eight people. "
        "Hours later, a roadside bomb hit a convoy of Kenyan troops near Baidoa. "
        "Al-Shabaab claimed the Mogadishu bombing in a radio statement."
    )
    attacks = [e for e in extract(text).events if e.event_class == "Attack"]
    (mogadishu,) = [e for e in attacks if e.location is not None and e.location.text == "Mogadishu"]
    assert "bombing" in trigger_words(mogadishu)
    assert "Mogadishu" not in {a.text for a in mogadishu.agents}


def test_receiving_a_delegation_from_a_party_is_a_visit(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The Iraqi prime minister received a delegation from the Kurdistan Regional Government."
    assert "Negotiation" in classes(extract, text)
    assert "Negotiation" not in classes(extract, "The hospital received a delegation of flowers and cards.")


def test_pleading_with_a_party_is_a_demand(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" in classes(extract, "The Afghan government pleaded with donors to restore funding.")


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban claimed the bombing of a church in Peshawar.",
        "The Pakistani Taliban claimed responsibility for the bombing of a church in Peshawar.",
        "The bombing of a church in Peshawar was claimed by the Pakistani Taliban.",
    ],
)
def test_who_claims_a_deed_did_it(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [e for e in extract(text).events if e.event_class == "Attack"]
    assert [a.text.split()[-1] for a in attack.agents] == ["Taliban"]  # the NER may leave "Pakistani" out
    assert attack.modality == "Asserted"


def test_denying_responsibility_names_no_attacker(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("The Pakistani Taliban denied responsibility for the bombing of a church in Peshawar.").events
    assert all(not e.agents for e in events if e.event_class == "Attack")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The Saudi-led coalition bombed a fuel depot in Hodeidah.", "Saudi-led coalition"),
        ("US-led coalition jets struck a bridge near Raqqa.", "US-led coalition"),
        ("French-led forces killed a militant commander near Gao.", "French-led forces"),
    ],
)
def test_a_body_a_party_leads_is_the_attacker(extract, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [e for e in extract(text).events if e.event_class == "Attack"]
    assert [a.text for a in attack.agents] == [agent]


def test_the_weapons_of_a_support_verbs_subject_name_the_attacker(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [e for e in extract("Israeli jets carried out strikes on Rafah overnight.").events]
    assert {a.text for a in attack.agents} == {"Israeli"}


def test_a_junta_is_an_actor(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = [e for e in extract("Mali's junta carried out drone strikes on rebel positions.").events]
    assert [a.text for a in attack.agents] == ["Mali's junta"]


def test_what_an_attack_noun_is_of_is_no_attacker(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("The shelling of Kramatorsk by Russian forces killed five people.").events
    (attack,) = [e for e in events if e.event_class == "Attack"]
    assert {a.text for a in attack.agents} == {"Russian forces"}
    assert "Kramatorsk" not in {a.text for a in attack.agents}


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Norway pledged $200 million in humanitarian aid to Sudan.", "Norway", "Sudan"),
        ("Canada will provide Jordan with 50 million dollars in aid.", "Canada", "Jordan"),
        ("Germany sent $40 million in weapons to Kyiv.", "Germany", "Kyiv"),
        ("The EU approved a new package of aid to Lebanon.", "EU", "Lebanon"),
    ],
)
def test_sums_and_packages_of_aid_keep_giver_and_receiver(extract, text: str, giver: str, receiver: str) -> None:  # type: ignore[no-untyped-def]
    (aid,) = [e for e in extract(text).events if e.event_class == "Aid"]
    assert giver in {a.text for a in aid.agents}
    assert receiver in {a.text for a in aid.targets}


def test_a_sum_in_something_else_is_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "The company sent $40 million in dividends to shareholders.")


def test_an_owner_is_not_joined_to_a_name_that_is_not_generic(extract) -> None:  # type: ignore[no-untyped-def]
    (release,) = extract("Colombia's National Liberation Army freed three hostages in Arauca.").events
    assert [a.text for a in release.agents] == ["National Liberation Army"]
    owned = extract("Russia's Defense Ministry said its forces downed 30 drones.").relations
    triples = {(r.subject.text, r.predicate, r.object.text) for r in owned}
    assert ("Russia's Defense Ministry", "partOf", "Russia") in triples
    unowned = extract("Colombia's National Liberation Army freed three hostages in Arauca.").relations
    assert not [r for r in unowned if r.predicate == "partOf"]


def test_representatives_of_bodies_stand_for_them(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Representatives of the Congolese government and the M23 rebel group met in Doha."
    (talks,) = [e for e in extract(text).events if e.event_class == "Negotiation"]
    assert {a.text for a in talks.participants} == {"Congolese government", "M23"}


def test_a_list_of_states_locates_none_in_another(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The United States, Saudi Arabia, Egypt and Qatar called on the parties to accept a truce."
    assert not [r for r in extract(text).relations if r.predicate == "locatedIn"]
    located = extract("Delegates met in Istanbul, Turkey, on Monday.").relations
    assert [(r.subject.text, r.object.text) for r in located if r.predicate == "locatedIn"] == [("Istanbul", "Turkey")]


def test_the_assault_the_sentence_before_told_of_is_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a military convoy near Gao on Friday. The assault was claimed by the ISGS."
    (attack,) = [e for e in extract(text).events if e.event_class == "Attack"]
    assert "assault" in trigger_words(attack)
    assert not extract("The assault on his record was unfair, the senator said.").events


@pytest.mark.parametrize(
    "second",
    [
        "The army said it had carried out air strikes on their hideouts in the hours that followed.",
        "Troops struck their bases in retaliation, the army said.",
    ],
)
def test_an_answer_to_an_attack_is_another_attack(extract, second: str) -> None:  # type: ignore[no-untyped-def]
    text = "Jihadist fighters attacked an army post near Gao on Friday, killing nine soldiers. " + second
    assert classes(extract, text) == ["Attack", "Attack"]


def test_an_apposition_s_place_is_not_the_event_s(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The ambush was claimed by the ISGS, a group active across the Sahel, on Monday."
    events = extract("Gunmen attacked a convoy in Menaka. " + text).events
    assert [e.location.text if e.location else None for e in events] == ["Menaka"]


def test_a_city_naming_a_deal_is_where_a_state_naming_it_who(nlp) -> None:  # type: ignore[no-untyped-def]
    from graph_builder.config import Settings
    from graph_builder.extract import Extractor
    from graph_builder.nlp import add_known_names, build_nlp

    with_places = build_nlp(Settings())
    add_known_names(with_places, {"Pretoria": "GPE", "Iran": "GPE"}, [], places=["Pretoria"])
    extract = Extractor(with_places)
    (pretoria,) = extract(with_places("Ethiopia and the TPLF signed the Pretoria agreement."), "t", None).events
    (iran,) = extract(with_places("Iran and the United States signed the Iran deal."), "t", None).events
    assert pretoria.location is not None and pretoria.location.text == "Pretoria"
    assert "Pretoria" not in {a.text for a in pretoria.participants}
    assert "Iran" in {a.text for a in iran.participants}


def test_both_sides_are_the_two_parties_named_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Armenia and Azerbaijan accused each other of shelling border posts on Tuesday. "
        "The European Union, which mediates between them, called on both sides to show restraint."
    )
    (demand,) = [e for e in extract(text).events if e.event_class == "Demand"]
    assert [a.text for a in demand.agents] == ["European Union"]
    assert {a.text for a in demand.targets} == {"Armenia", "Azerbaijan"}


def test_a_claim_s_day_and_place_are_not_the_deed_s(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen attacked a military convoy near Mosul on Friday. "
        "The assault was claimed on Sunday by the ISGS, a group active across the Sahel."
    )
    (attack,) = [e for e in extract(text).events if e.event_class == "Attack"]
    assert attack.date == "2025-06-06"  # the Friday before publication (Monday 9 June 2025)
    assert attack.location is not None and attack.location.text == "Mosul"


def test_a_movement_named_by_a_word_the_ner_missed_is_an_actor(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Yemen's Houthi movement said it had fired two missiles at a tanker in the Gulf of Aden."
    (attack,) = [e for e in extract(text).events if e.event_class == "Attack"]
    assert [a.text for a in attack.agents] == ["Houthi movement"]


def test_the_place_inside_the_clause_beats_the_scene_set_before_it(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = extract("In Nigeria, gunmen ambushed a bus near Kaduna on Sunday, killing six passengers.").events
    assert attack.location is not None and attack.location.text == "Kaduna"


def test_where_a_package_was_announced_is_not_where_the_aid_goes(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Japan will give Jordan a humanitarian assistance package announced in Tokyo on Monday."
    (aid,) = [e for e in extract(text).events if e.event_class == "Aid"]
    assert aid.location is None or aid.location.text != "Tokyo"
    assert [a.text for a in aid.agents] == ["Japan"]


def test_a_call_between_private_people_is_no_negotiation(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" not in classes(extract, "A woman telephoned the police an hour before the blast.")
    assert "Negotiation" in classes(extract, "The Egyptian foreign minister telephoned his Turkish counterpart.")


def test_people_doing_what_the_ing_clause_says(extract) -> None:  # type: ignore[no-untyped-def]
    (demand,) = extract("Thousands rallied, with Kurds calling on Baghdad to release the budget.").events
    assert demand.event_class == "Demand" and [a.text for a in demand.agents] == ["Kurds"]
    protest = "Around 300 nurses protested outside the Ministry of Health demanding unpaid wages."
    assert "Demand" not in classes(extract, protest)


@pytest.mark.parametrize(
    "text",
    [
        "The African Union suspended Mali's membership after the coup.",
        "The Arab League suspended Syria from the organisation in November.",
    ],
)
def test_a_body_shutting_out_a_member_sanctions_it(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" in classes(extract, text)


def test_a_school_suspending_students_sanctions_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" not in classes(extract, "The school suspended three students from classes.")


def test_people_flown_somewhere_visit_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" not in classes(extract, "The ministry said its freed soldiers had been flown to Minsk.")
    assert "Negotiation" not in classes(extract, "A navy helicopter flew the wounded sailors to Djibouti.")
    assert "Negotiation" in classes(extract, "The Hungarian prime minister flew to Beijing for talks with Xi.")


def test_two_peoples_forces_are_two_forces(extract) -> None:  # type: ignore[no-untyped-def]
    (clash,) = extract("Indian and Pakistani troops exchanged fire across the frontier on Sunday.").events
    assert [a.text for a in clash.agents] == ["Indian troops", "Pakistani troops"]


def test_a_deed_blamed_on_someone_has_them_as_its_doer(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("The army blamed the Rapid Support Forces for the attack on the fuel depot.").events
    (attack,) = [e for e in events if e.event_class == "Attack"]
    assert [a.text for a in attack.agents] == ["Rapid Support Forces"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Kosovo's prime minister accused Belgrade of arming Serb militias in the north.", "Aid"),
        ("The WFP said it had delivered 3,000 tonnes of wheat to displaced families.", "Aid"),
        ("Israel and Lebanon agreed to an arrangement mediated by the United States.", "Agreement"),
    ],
)
def test_arming_grain_and_arrangements(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The men were armed with knives and clubs.", "Aid"),
        ("Villagers armed themselves against the bandits.", "Aid"),
        ("North Korea fired two ballistic missiles into the sea off its east coast.", "Attack"),
        ("Pyongyang test-fired a new cruise missile on Sunday.", "Attack"),
        ("The ministry did not respond to a request for comment.", "Demand"),
        ("The seating arrangement at the dinner irritated the guests.", "Agreement"),
    ],
)
def test_weapons_carried_tests_requests_for_comment_and_seating(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_a_launch_at_a_target_is_still_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Hezbollah fired rockets at northern Israel on Sunday.")


def test_the_dateline_is_not_evidence(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = extract("GOMA, May 2 - Rebels shelled the airport overnight.").events
    assert all(not span.text.startswith("GOMA") for span in attack.evidence)


def test_an_official_blaming_someone_for_the_event_the_sentence_tells(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Separately, a drone strike killed two men near Tal Abyad, a Kurdish official said, blaming Turkey."
    events = extract(text).events
    (attack,) = [e for e in events if e.event_class == "Attack"]
    (blame,) = [e for e in events if e.event_class == "Accusation"]
    assert [a.text for a in attack.agents] == ["Turkey"]
    assert [a.text for a in blame.targets] == ["Turkey"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The engineers kidnapped by Islamist militants near Arauca in May were found alive.", "Attack"),
        ("Families waited for news of the students that gunmen abducted from the school.", "Attack"),
        ("Two nurses and a British doctor were freed on Monday by militants who had held them for a year.", "Release"),
        ("Around 300 detainees are to be released in exchange for 60 soldiers held by the rebels.", "PrisonerExchange"),
        ("Russia agreed on Friday to halt its offensive around Kharkiv for three days.", "Ceasefire"),
        ("Prosecutors reopened the inquiry into the downing of the airliner over Sinai.", "Attack"),
        ("The UN agency said it had dropped 800 tonnes of food by air to besieged towns.", "Aid"),
        ("The colonel's remains were flown to Kyiv on Thursday.", "Repatriation"),
        ("The IOM flew 140 stranded Malians home from Niamey.", "Repatriation"),
        ("Kenya's parliament passed a resolution calling on the government to recall its envoy.", "Demand"),
    ],
)
def test_deeds_told_in_participles_exchanges_halts_airdrops_and_flights_home(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Five soldiers captured in March were shown on television.", "Attack"),
        ("The bodies of two hostages were handed over in exchange for 30 prisoners.", "PrisonerExchange"),
        ("The company halted production at the plant.", "Ceasefire"),
        ("The minister flew home on Sunday.", "Repatriation"),
        ("The jets dropped leaflets over the city.", "Aid"),
        ("The court freed the activist on bail.", "Release"),
    ],
)
def test_described_captives_bodies_traded_and_plain_trips_are_not_those_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Kidnappers let go two priests they had seized in March.", "Release"),
        ("Moscow and Washington traded a jailed pilot for a convicted arms dealer.", "PrisonerExchange"),
        ("Uzbekistan brought 25 children of its fighters back from camps in Syria.", "Repatriation"),
        ("Tajikistan flew 84 of its citizens home from northeast Syria.", "Repatriation"),
        ("A column of lorries carrying medical supplies reached the besieged town.", "Aid"),
        ("Russia declared war on Georgia.", "Attack"),
    ],
)
def test_captives_let_go_traded_and_people_brought_back(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The mayor declared war on litter, promising cleaner parks by spring.", "Attack"),
        ("Celtic thrashed Rangers 4-0 at Parkhead on Sunday.", "Attack"),
        ("The club won a 3-1 victory over their rivals.", "Attack"),
        ("The drinks maker agreed to buy the brewery for $2 billion.", "Agreement"),
        ("A former soldier was charged with murder over the stabbing.", "Attack"),
        ("The gang leader was sentenced to life in prison for the killings.", "Attack"),
    ],
)
def test_figurative_wars_results_takeovers_and_court_crimes_are_no_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_a_date_range_is_no_match_result(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Gunmen killed five villagers near Menaka on 12-13 May.")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Aid agencies said 9,000 families had fled the fighting.", "Aid"),
        ("Misrata is a stronghold of the Government of National Accord.", "Agreement"),
        ("Any attack on the island would be met with overwhelming force, the minister said.", "Negotiation"),
        ("The president pulled his troops out of the province.", "Negotiation"),
        ("The boxes held the remains of pilots killed in the war.", "Attack"),
        ("The conflict, which has killed 20,000 people, shows no sign of ending.", "Attack"),
        ("Her appeal went unheeded.", "Negotiation"),
    ],
)
def test_bodies_names_answers_troop_moves_and_tolls_are_not_those_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_the_dead_named_with_their_killer_are_still_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = "They buried the bodies of villagers killed by Islamist militants near Gao."
    assert "Attack" in classes(extract, text)


def test_a_deed_blamed_on_someone_was_done_by_them(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Kyiv blamed the strike on Russian forces.").events
    (attack,) = [e for e in events if e.event_class == "Attack"]
    (blame,) = [e for e in events if e.event_class == "Accusation"]
    assert [a.text for a in attack.agents] == ["Russian forces"] and not attack.targets
    assert [a.text for a in blame.targets] == ["Russian forces"]


def test_who_blames_a_deed_in_a_relative_clause_takes_no_part_in_it(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The bombing, which police blamed on Islamist militants, killed 12 people in Quetta."
    (attack,) = [e for e in extract(text).events if e.event_class == "Attack"]
    assert [a.text for a in attack.agents] == ["Islamist militants"]
    assert "police" not in {a.text for a in attack.participants}


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Air defences intercepted a rocket fired at the city of Ashkelon on Friday.", "Attack"),
        ("The fishermen seized by Iran in the Gulf last month were allowed to call home.", "Attack"),
        ("The kidnappers returned most of the 40 pupils on Sunday.", "Release"),
        ("The junta let 60 detained opposition activists go on Monday.", "Release"),
        ("Qatar and Kuwait pledged $400 million to a UN appeal for Sudan.", "Aid"),
        ("Japan announced 15 million dollars for refugees in Chad.", "Aid"),
    ],
)
def test_weapons_fired_seizures_returns_and_sums_for_someone(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_a_sum_for_no_one_is_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "The finance ministry announced a $5 billion budget surplus.")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Peacekeepers fired on armoured vehicles belonging to the rebels.", "Attack"),
        ("Indian troops returned fire across the Line of Control.", "Attack"),
        ("The navy imposed a blockade on the rebel-held port.", "Attack"),
        ("Gulf states imposed a blockade on their neighbour.", "Sanction"),
        ("Government forces routed the insurgents near Marawi.", "Attack"),
        ("The coalition said it would suspend its air campaign for 48 hours.", "Ceasefire"),
        ("The president ordered an end to military operations in the south.", "Ceasefire"),
        ("Thousands of refugees streamed back across the border on Friday.", "Repatriation"),
        ("Norway said it would give 30 million euros to help displaced families in Sudan.", "Aid"),
        ("Chad said it would send 1,000 soldiers to back the Nigerien army.", "Aid"),
        ("The European Union welcomed the decision.", "Statement"),
        ("Paris and Berlin welcomed the easing of tension on the border.", "Statement"),
        ("Oslo welcomed the withdrawal of heavy weapons from the front.", "Statement"),
        ("The rebels rejected the draft on Sunday.", "Statement"),
        ("Leaders of the Bosnian Serbs rejected the text on Saturday.", "Statement"),
        ("Representatives of the Tamil parties met the president in Colombo.", "Negotiation"),
        ("Kenya's president called the attack an act of savagery.", "Accusation"),
        ("The league criticised the scale of the bombing.", "Accusation"),
        ("The junta vowed to hunt down those responsible.", "Threat"),
    ],
)
def test_fire_blockades_halts_returns_help_praise_and_condemnation(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Riot police fired tear gas at protesters outside the ministry.", "Attack"),
        ("The candidate suspended her election campaign on Friday.", "Ceasefire"),
        ("The king welcomed the visiting foreign minister at the palace.", "Statement"),
        ("The farmers welcomed the rain.", "Statement"),
        ("The mayor welcomed the fall in fuel prices.", "Statement"),
        ("The club sent two scouts to watch the match.", "Aid"),
    ],
)
def test_crowd_control_campaigns_visits_weather_and_scouts_are_not_those_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_a_deed_called_an_outrage_was_done_not_asked_for(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("The prime minister called the bombing an outrage.").events
    (attack,) = [e for e in events if e.event_class == "Attack"]
    assert attack.modality == "Asserted"


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The summit, first set for June, has been postponed until further notice.", "Negotiation"),
        ("Delhi and Islamabad have not held formal talks since 2015.", "Negotiation"),
        ("The truce agreement was never signed.", "Agreement"),
        ("Officials said there were no plans to send troops or aid to the island.", "Aid"),
        ("Floods threaten the rice harvest in the delta.", "Threat"),
        ("Two airlines suspended flights to Asia because of the storm.", "Sanction"),
        ("Hundreds of farmers clashed with police outside parliament.", "Attack"),
    ],
)
def test_called_off_negated_unplanned_natural_and_policing_are_no_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Moscow suspended flights to Tbilisi.", "Sanction"),
        ("Insurgents clashed with police near Peshawar, killing three officers.", "Attack"),
        ("Delhi and Islamabad held talks in Geneva on Monday.", "Negotiation"),
    ],
)
def test_the_same_words_with_parties_in_conflict_stay_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Chad, which hosts 400,000 refugees, asked donors for help.", "Negotiation"),
        ("The mission operates under a mandate to protect civilians.", "Aid"),
        ("The rebels have fought for autonomy since 1996.", "Attack"),
        ("The deal aims to end an insurgency that has killed 40,000 people.", "Attack"),
        ("Israel and Hamas agreed a similar deal in 2011.", "Agreement"),
    ],
)
def test_hosting_mandates_long_struggles_and_comparisons_are_no_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_the_accused_of_a_deed_did_it_when_of_hangs_on_them(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Kyiv accused Russian artillery units of shelling Ukrainian positions.").events
    (attack,) = [e for e in events if e.event_class == "Attack"]
    assert [a.text for a in attack.agents] == ["Russian artillery units"]



@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The Iraqi government thanked Turkey for its help.", "Statement"),
        ("The envoy, who negotiated the hostages' release with the kidnappers, flew home.", "Negotiation"),
        ("Two soldiers whose capture by the militia sparked the crisis were freed.", "Attack"),
    ],
)
def test_thanks_talks_about_a_release_and_captures_by_a_party(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The coach praised his players after the match.", "Statement"),
        ("Mediators negotiated a truce between the two clans.", "Negotiation"),
    ],
)
def test_praise_in_sport_and_a_negotiated_truce_are_not_those_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The Red Crescent flew 12 tonnes of medicine into Aden.", "Aid"),
        ("Displaced families began returning to their villages near Mosul.", "Repatriation"),
        ("Pakistan sent 3,000 Afghans back to Kabul last week.", "Repatriation"),
        ("Armenia and Azerbaijan reached an understanding on the border crossing.", "Agreement"),
        ("The two delegations initialled a protocol on prisoner releases.", "Agreement"),
        ("Canada will provide body armour and radios to Ukrainian units.", "Aid"),
        ("Israel freed the Palestinian teenager after eight months in jail.", "Release"),
    ],
)
def test_shipments_returns_understandings_protocols_gear_and_freed_teenagers(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_an_understanding_not_reached_is_no_agreement(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Agreement" not in classes(extract, "The study gave doctors a better understanding of the disease.")


def test_what_an_accuser_says_in_a_second_verb_is_not_alleged(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Kyiv accused Moscow of lying and said Ukrainian troops had shelled the bridge.").events
    (attack,) = [e for e in events if e.event_class == "Attack"]
    assert attack.modality == "Asserted"


@pytest.mark.parametrize(
    "text",
    [
        "The army and the rebels signed a truce on Friday, in a deal brokered by Qatar.",
        "Twelve soldiers were freed in exchange for 300 prisoners, under a deal mediated by Egypt.",
        "They swapped 900 prisoners, the largest such deal since the war began.",
    ],
)
def test_a_deal_that_consists_of_the_truce_or_swap_beside_it_is_no_second_event(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Agreement" not in classes(extract, text)


def test_a_deal_of_its_own_is_still_an_agreement(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Agreement" in classes(extract, "Israel and Hamas signed a deal in Cairo.")


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        ("Serbia denied Pristina's claim that its troops had moved closer to the border.", "Serbia", "Pristina"),
        ("The militia denied any involvement in the attack on the convoy.", "militia", None),
        ("Moscow rejected the accusation as absurd.", "Moscow", None),
        ("Uganda accused Rwanda of arming the rebels, a charge Kigali denies.", "Kigali", None),
    ],
)
def test_denying_a_charge_or_a_part_is_a_statement(extract, text: str, agent: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    statement = next(e for e in extract(text).events if e.event_class == "Statement")
    assert statement.modality == "Asserted"
    assert [a.text for a in statement.agents] == [agent]
    assert [t.text for t in statement.targets] == ([target] if target else [])


@pytest.mark.parametrize(
    "text",
    [
        "The government did not deny the report.",  # no denial
        "The army denied shelling the village.",  # a deed denied: the deed is Denied, no statement
        "A Taliban spokesman denied that the group had agreed to a ceasefire.",
        "Critics dismissed the budget as too small.",  # nothing charged
    ],
)
def test_no_statement_without_a_denied_charge(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" not in classes(extract, text)


def test_a_charge_denied_was_still_made_and_a_rejected_accusation_is_no_new_one(extract) -> None:  # type: ignore[no-untyped-def]
    made = extract("Uganda accused Rwanda of arming the rebels, a charge Kigali denies.").events
    assert [e.modality for e in made if e.event_class == "Accusation"] == ["Asserted"]
    assert "Accusation" not in classes(extract, "Moscow rejected the accusation as absurd.")
    by_moscow = extract("Kyiv dismissed the allegations by Moscow that it had shelled the plant.").events
    assert [e.modality for e in by_moscow if e.event_class == "Accusation"] == ["Asserted"]


def test_an_attack_counted_in_a_toll_still_joins_the_attack_told_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Militants bombed a market in Kano on Monday. The death toll from the bombing rose to 40 on Tuesday."
    (attack,) = extract(text).events
    assert trigger_words(attack) == {"bombed", "bombing"}
    assert "Attack" in classes(extract, "Fighting erupted in Goma on Monday.")


@pytest.mark.parametrize(
    ("text", "cls", "agent"),
    [
        ("Iran's president, Hassan Rouhani, threatened to close the Strait of Hormuz.", "Threat", "Hassan Rouhani"),
        (
            "Russia's ambassador in Washington, Anatoly Antonov, accused the United States of provoking Moscow.",
            "Accusation",
            "Anatoly Antonov",
        ),
    ],
)
def test_an_office_named_with_its_holder_is_the_holder(extract, text: str, cls: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in extract(text).events if e.event_class == cls)
    assert [a.text for a in event.agents] == [agent]


def test_a_warning_of_punishment_is_a_threat_and_of_prices_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" in classes(extract, "Kenya's foreign minister warned that further attacks would not go unpunished.")
    assert "Threat" in classes(extract, "Tehran warned that Washington would pay a heavy price for the killing.")
    assert "Threat" not in classes(extract, "The minister warned that prices would rise next year.")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Governor Bello Matawalle denied that any ransom had been paid.", "Bello Matawalle"),
        ("Eritrea was accused of holding prisoners, which the Eritrean government denied.", "Eritrean government"),
        ("The government rejected the peace plan on Sunday.", "government"),
    ],
)
def test_denying_what_is_no_new_event_or_rejecting_an_offer_is_a_statement(extract, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    statement = next(e for e in extract(text).events if e.event_class == "Statement")
    assert [a.text for a in statement.agents] == [agent]


def test_a_rejected_truce_and_demands_still_standing_are_no_events(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Colombia said the ELN had rejected a truce until its demands are met."
    assert not {"Ceasefire", "Demand"} & set(classes(extract, text))


def test_an_ultimatum_is_a_demand_and_its_penalty_a_threat(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The Security Council gave Sudan 30 days to disarm the militias in Darfur or face further measures."
    events = {e.event_class: e for e in extract(text).events}
    assert events["Demand"].modality == "Asserted" and events["Threat"].modality == "Asserted"
    assert [a.text for a in events["Threat"].agents] == ["Security Council"]
    assert all(e.modality == "Planned" for e in events.values() if e.event_class == "Attack")  # demanded, not done
    assert "Demand" not in classes(extract, "The teacher gave the pupils two weeks to finish the essay.")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("European Union leaders agreed to ban Belarusian airlines from the bloc's airspace.", "Sanction"),
        ("Israel agreed to release 50 Palestinian prisoners.", "Release"),
    ],
)
def test_one_party_agreeing_to_a_one_sided_act_is_that_act_not_a_deal(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == [cls]


def test_parties_agreeing_on_an_act_still_make_a_deal(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Agreement" in classes(extract, "Russia and Ukraine agreed to exchange 200 prisoners of war.")
    assert "Agreement" in classes(extract, "Israel and Hamas agreed to release hostages and prisoners.")


def test_handing_out_food_is_aid_and_leaflets_nothing(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The WFP said it had handed out food to 15,000 people in Gedaref.") == ["Aid"]
    assert classes(extract, "Volunteers handed out leaflets to people in the square.") == []


def test_rebels_freeing_peacekeepers_release_them(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Release" in classes(extract, "Rebels of the Revolutionary United Front (RUF) freed 85 UN peacekeepers.")


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned that it could close the Strait of Hormuz if its exports were blocked.",
        "A Houthi spokesman vowed that the attacks on British ships would not go unpunished.",
        "Israel's defence minister warned that the offensive would resume with full force once the truce expires.",
    ],
)
def test_warnings_and_vows_of_the_speaker_s_own_force_are_threats(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" in classes(extract, text)
    assert "Agreement" not in classes(extract, text)


def test_a_danger_that_could_come_on_a_condition_is_no_threat(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" not in classes(extract, "The ministry warned that the virus could spread if people travel.")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("President Gustavo Petro called the attack a blow against peace.", "Accusation"),
        ("North Korea called the measures illegal and unlawful.", "Accusation"),
        ("The Ivorian government called the bombing of the base a mistake.", "Statement"),
        ("Milosevic called the deal a victory in a televised address.", "Statement"),
    ],
)
def test_a_party_s_verdict_on_an_event_is_a_statement_or_if_a_crime_an_accusation(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_a_verdict_on_a_game_or_an_appeal_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Fans called the match a classic.") == []
    assert "Statement" not in classes(extract, "The UN called on both sides to halt the fighting.")


@pytest.mark.parametrize(
    "text",
    [
        "The UN refugee agency said it had flown 40 tonnes of plastic sheeting and blankets into Goma.",
        "Washington said it would send a team of military advisers to help Nigeria search for the students.",
        "Neighbouring Niger offered helicopters to evacuate the wounded.",
        "Lisbon announced it would send 60 special forces instructors to Mozambique within weeks.",
    ],
)
def test_relief_goods_trainers_and_means_sent_to_help_are_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, text)


def test_a_team_sent_for_sport_is_no_aid_and_aid_has_whom_it_helps(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The club sent a team of scouts to Brazil.") == []
    (aid,) = extract("France sent 600 troops to back the Malian army.").events
    assert [t.text for t in aid.targets] == ["Malian army"]


def test_an_armed_party_taking_a_place_attacks_it_and_people_sheltering_get_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The rebels, who took the city in January, walked into Bukavu unopposed.") == ["Attack"]
    assert classes(extract, "Islamic State fighters took the town of Sinjar.") == ["Attack"]
    assert classes(extract, "The company took a 30 percent stake.") == []
    assert classes(extract, "Some 20,000 civilians were sheltering inside the UN base in the town.") == []


def test_captives_to_be_freed_by_their_holder(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Up to 5,000 Taliban prisoners held by the Afghan government are to be freed by March 10."
    (release,) = extract(text).events
    assert (release.event_class, release.modality) == ("Release", "Planned")
    assert [a.text for a in release.agents] == ["Afghan government"]
    assert [t.text for t in release.targets] == ["Taliban prisoners"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The Soviet Union, Iraq's main arms supplier, halted weapons deliveries last week.", "Sanction"),
        ("Latvia ordered the closure of Russian consulates in Daugavpils.", "Sanction"),
        ("ASEAN leaders reached a five-point consensus with the junta chief.", "Agreement"),
        ("The government welcomed offers of training from the EU.", "Statement"),
    ],
)
def test_arms_halted_posts_closed_consensus_reached_and_offers_welcomed(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_a_consensus_of_experts_and_a_road_closure_are_no_events(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Experts reached a consensus on climate science.") == []
    assert classes(extract, "The road closure angered drivers.") == []


def test_a_definite_mention_with_another_doer_is_another_event(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Lithuania expelled Russia's ambassador on Monday. Latvia ordered the closure of Russian consulates."
    sanctions = [e for e in extract(text).events if e.event_class == "Sanction"]
    assert [[a.text for a in e.agents] for e in sanctions] == [["Lithuania"], ["Latvia"]]
    claimed = extract("Militants attacked a base in Gao on Monday. The attack, claimed by JNIM, killed 12 soldiers.")
    assert [e.event_class for e in claimed.events] == ["Attack"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The Russian Foreign Ministry said it would respond in a mirror manner to the expulsions.", "Threat"),
        ("Bashir told a rally that his forces would teach the southerners a final lesson if they stayed.", "Threat"),
        ("Haftar's forces began their push on the capital on April 4.", "Attack"),
        ("Government forces said they had pushed the attackers back from the airport road.", "Attack"),
        ("Janjaweed horsemen had burned the village of Tine and driven off its cattle.", "Attack"),
        ("Residents reported heavy artillery fire in Omdurman.", "Attack"),
    ],
)
def test_force_said_offensives_repelled_villages_burned_and_shelling_heard(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from last week's bombing has risen to 57, hospital officials said.",  # told before
        "The fighting has displaced more than 300,000 people since April.",  # the war a story is set in
        "The minister said the ministry would respond to the letter next week.",
        "A bushfire burned homes near Sydney.",
        "The company made a push into Asian markets.",
        "Firefighters fought the fire for two days.",
        "Talks on a ceasefire in Sudan did not take place as planned on Monday.",  # and a truce talked about
        "The army has not fought a battle in the region since 2019.",
        "The mining company signed a deal to take over a cobalt mine in Katanga.",  # business
        "The bank agreed to pay a $2 billion settlement to US regulators.",
        "A Lagos court froze the bank accounts of a businessman charged with fraud.",  # justice
    ],
)
def test_sentences_that_tell_no_new_event(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == []


def test_a_truce_signed_is_the_truce_and_a_vow_of_force_a_threat(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The two camps signed a cessation of hostilities in Addis Ababa.") == ["Ceasefire"]
    assert classes(extract, "The RSF vowed to respond with force.") == ["Threat"]


def test_money_promised_as_aid_is_aid(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The EU promised 1 billion euros, including 108 million euros in humanitarian aid for Syria."
    assert classes(extract, text) == ["Aid"]
    assert classes(extract, "Brussels released 4 million euros in emergency aid for the flooded valley.") == ["Aid"]
    assert classes(extract, "The central bank released $2 billion from its reserves to steady the currency.") == []


def test_talks_that_took_place_are_talks_and_their_topic_no_truce(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The talks on a ceasefire took place in Doha on Monday.") == ["Negotiation"]


def test_deals_and_freezes_by_parties_of_unknown_kind_or_states_stay(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The rival factions agreed to form a national unity government.") == ["Agreement"]
    assert classes(extract, "The EU froze the assets of ten generals.") == ["Sanction"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The Malian junta announced that a referendum would be held in June.", "Malian junta"),
        ("Ethiopia's prime minister declared the operation in Tigray over on Saturday.", "Ethiopia"),
        ("President Museveni declared victory over the rebels on Sunday.", "Museveni"),
        ("The Nigerian government declared that it would not attend the summit in Accra.", "Nigerian government"),
        ("The rebels said they remained committed to the peace process.", "rebels"),
        ("Kenya's foreign ministry said it firmly rejected the court's ruling on the border.", "Kenya"),
    ],
)
def test_a_party_s_announcement_or_standing_position_is_a_statement(extract, text: str, agent: str) -> None:  # type: ignore[no-untyped-def]
    statement = next(e for e in extract(text).events if e.event_class == "Statement")
    assert any(agent in a.text for a in statement.agents)


def test_an_announced_event_is_that_event_and_a_bank_s_or_a_denied_announcement_is_none(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The army announced that troops had retaken the town of Bama.") == ["Attack"]
    assert classes(extract, "The central bank announced that interest rates would rise.") == []
    assert classes(extract, "The ministry did not announce when the border would reopen.") == []
    assert classes(extract, "The striker said he remained committed to the club.") == []


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The kidnappers let a group of Chinese engineers go on Friday.", "Release"),
        ("Kenya brought home 60 families from a camp in Somalia on Tuesday.", "Repatriation"),
        ("Rebels advanced on the provincial capital, residents said.", "Attack"),
        ("Gunmen snatched two nurses from a clinic in Bunia last week.", "Attack"),
        ("Ethiopia suspended bilateral trade with Eritrea.", "Sanction"),
        ("Russia withdrew the trade privileges it had granted Georgia.", "Sanction"),
        ("The envoy said the killings amounted to genocide.", "Accusation"),
        ("The two sides undertook to halt all hostile acts along the border.", "Ceasefire"),
    ],
)
def test_advances_abductions_cut_trade_and_crimes_named_in_speech(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company suspended trade in its shares on Monday.",
        "The striker snatched a late winner for the visitors.",
        "Prices advanced on the stock exchange in Nairobi.",
        "The teacher let a group of pupils go early.",
        "The minister said the delays amounted to a scandal.",
    ],
)
def test_the_same_verbs_in_business_sport_and_school_are_no_events(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == []


def test_a_quoted_verdict_on_a_deal_told_before_is_a_statement_not_another_deal(extract) -> None:  # type: ignore[no-untyped-def]
    text = 'Ethiopia and Eritrea signed a peace deal. Eritrea\'s president said the deal "lacked credibility".'
    assert sorted(classes(extract, text)) == ["Agreement", "Statement"]
    text = "Mali and the rebels signed a deal. Mali said the deal was signed in Algiers."
    assert classes(extract, text) == ["Agreement"]
    text = 'Mali and the rebels signed a deal. Mali said the deal would "bring peace to the north".'
    assert classes(extract, text) == ["Agreement"]  # a forecast, not a verdict


@pytest.mark.parametrize(
    "text",
    [
        "The president warned that any further incursion would meet enormous retaliation.",
        "The Houthis warned that any ship linked to Israel would remain a target.",
        "Hezbollah said any Israeli raid would meet with swift reprisals.",
    ],
)
def test_warning_that_a_wrong_will_meet_retaliation_is_a_threat(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" in classes(extract, text)


def test_a_warning_of_a_response_to_a_letter_or_of_prices_is_no_threat(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The spokesman said the ministry would send a response to the letter.") == []
    assert classes(extract, "The minister warned that the response to the floods would be slow.") == []


def test_money_pledged_to_rebuild_is_aid_from_a_party_only(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Japan pledged $100 million to rebuild roads and schools in Jaffna.") == ["Aid"]
    assert classes(extract, "The club pledged $2 million to rebuild its stadium.") == []


def test_expelling_or_deporting_people_is_a_return_and_expelling_envoys_a_sanction(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Pakistan began expelling undocumented migrants on Wednesday.") == ["Repatriation"]
    assert classes(extract, "Malaysia deported 1,200 Myanmar nationals on Tuesday.") == ["Repatriation"]
    assert classes(extract, "Iran expelled two British diplomats on Monday.") == ["Sanction"]


def test_fighting_summed_over_a_span_of_time_is_background(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Israel and Hamas agreed a truce after seven weeks of fighting.") == ["Ceasefire"]
    assert classes(extract, "Iraq declared victory after nine months of fighting in Mosul.") == ["Statement"]
    assert "Attack" in classes(extract, "Two days of fierce clashes between the army and the RSF killed 50 people.")


@pytest.mark.parametrize(
    "text",
    [
        "A landslide buried part of a village in Nepal, killing 19 people.",
        "A gas cylinder exploded in a restaurant in Erbil, killing three people.",
        "A bus overturned on the highway between Amman and Aqaba, injuring 20 passengers.",
        "A tanker truck overturned and exploded on the highway near Kisumu, killing 18.",
    ],
)
def test_harm_told_of_an_accident_is_no_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == []


def test_harm_told_of_a_bombing_or_a_raid_stays_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "A car bomb exploded outside a police station in Kirkuk, killing five.") == ["Attack"]
    assert classes(extract, "Gunmen in a pickup truck opened fire on a market in Yola, killing nine.") == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "South Korea's striker attacked down the right wing and struck the post twice.",
        "The Iraqi national team beat Oman on penalties to win the Gulf Cup.",
    ],
)
def test_a_match_s_own_verbs_make_no_sentence_military(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == []


def test_an_attack_on_a_match_stays_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Rebels attacked the stadium in Goma during a match, killing 12 fans.") == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam's foreign ministry said it welcomed the ruling.",
        "The government rejects any suggestion of abuses by the army.",
        "President Ashraf Ghani said on Sunday that Kabul had made no such commitment.",
        "The Somali government said it would not accept foreign combat troops.",
    ],
)
def test_welcoming_refusing_and_disowning_are_statements(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, text)


def test_a_coach_or_a_court_refusing_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The coach said he would not accept the result of the match.") == []
    # a court that will not accept an appeal is the court's act, not the speaker's stance
    assert classes(extract, "Kyiv said the court would not accept the appeal.") == []


def test_an_accusation_of_firing_munitions_tells_an_alleged_attack(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Pakistan accused Indian troops of firing cluster munitions across the border last week."
    assert sorted(classes(extract, text)) == ["Accusation", "Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Masked gunmen burst into a radio studio in Guayaquil on Tuesday.",
        "UN peacekeepers stormed the slum of Bel Air before dawn.",
        "Armed gangs attacked two prisons in the capital over the weekend.",
        "Gangs attacked a police station in Delmas overnight.",
        "Gangs attacked the town of Kenscoff before dawn on Sunday.",
    ],
)
def test_armed_men_bursting_in_peacekeepers_storming_and_gangs_hitting_the_state_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The children burst into the kitchen.",
        "Gang members killed a shopkeeper in Kingston on Friday.",
        "A gang of armed robbers hijacked a lorry carrying cocoa.",
    ],
)
def test_children_bursting_in_and_gang_crime_are_no_attacks(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == []


def test_people_handed_over_whom_the_story_tells_were_held_are_released(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Release" in classes(extract, "The rebels handed two policemen they had held since May to the Church.")
    assert classes(extract, "The ministry handed the documents it had held to the court.") == []


def test_a_halt_to_strikes_is_a_ceasefire_and_the_halted_strikes_no_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Moscow ordered a halt to strikes on the power grid.") == ["Ceasefire"]
    assert classes(extract, "The junta ordered an end to the fighting on Friday.") == ["Ceasefire"]
    assert classes(extract, "The rebels announced a pause in attacks on the capital.") == ["Ceasefire"]
    assert classes(extract, "The court ordered the suspension of the minister.") == []


def test_a_telephone_conversation_between_leaders_is_a_negotiation(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Erdogan held a telephone conversation with Putin on Monday.") == ["Negotiation"]


@pytest.mark.parametrize(
    "text",
    [
        "The agency said it had sent 40 trucks of flour into the north on Monday.",
        "Twelve lorries loaded with tents and blankets crossed at Kerem Shalom on Tuesday.",
        "Volunteers unloaded 80 tonnes of food at a warehouse in Khan Younis.",
    ],
)
def test_relief_goods_sent_in_trucks_arriving_or_unloaded_are_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, text)


def test_trucks_of_cars_crossing_and_a_president_arriving_are_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Trucks carrying new cars crossed the border on Friday.") == []
    assert classes(extract, "The president arrived in Paris on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The bloc closed its borders with Niger on Sunday.",
        "The bloc suspended financial transactions with Mali on Sunday.",
        "Mali recalled its envoys from the bloc's member states.",
        "Guinea recalled its High Commissioner from Accra on Friday.",
        "Ukraine recalled Ambassador Olena Kovalenko from Tehran.",
        "Washington imposed visa restrictions on RSF commanders.",
        "Ukraine stripped the Iranian ambassador of his accreditation.",
    ],
)
def test_cutting_links_recalling_envoys_and_restrictions_are_sanctions(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The airline suspended flights to Lagos.",
        "Storms closed the border with Canada.",
        "Cross-border trade has been suspended since the bombing.",
        "The carmaker recalled 40,000 vehicles.",
        "Air France suspended its flights to Niamey on Monday.",
        "The UN Humanitarian Air Service halted its flights into the city.",
        "The airport suspended all flights after the rocket fire.",
    ],
)
def test_airlines_storms_idle_trade_and_recalled_cars_are_no_sanctions(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" not in classes(extract, text)


def test_a_state_saying_it_will_deport_foreign_inmates_tells_a_repatriation(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Repatriation" in classes(extract, "Ecuador said it would deport about 1,500 foreign inmates.")


def test_it_after_a_storm_is_the_storm_and_its_deaths_no_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The storm hit the coast on Monday. It killed 12 people.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said hours later that the accord 'lacks credibility'.",
        "Beijing said the text was 'a first step'.",
        "Nairobi said it remained committed to the plan.",
    ],
)
def test_verdicts_in_single_quotes_and_standing_positions_are_statements(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, text)


def test_a_fact_told_of_a_text_in_no_quotes_is_no_verdict(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" not in classes(extract, "Beijing said the text was published on Monday.")


def test_summoning_an_ambassador_over_a_grievance_is_an_accusation(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" in classes(extract, "Iraq summoned the Iranian ambassador over the strike on Erbil.")


def test_summoning_an_envoy_with_no_grievance_named_is_still_a_rebuke(extract) -> None:  # type: ignore[no-untyped-def]
    # news tells a summons as a rebuke whether or not it names the grievance (18 of 20 in the tuning gold)
    assert classes(extract, "Iraq summoned the Iranian ambassador on Monday.") == ["Accusation"]
    assert classes(extract, "The villagers summoned the doctor on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of thousands of Syrians streamed back across the border on Monday.",
        "More than 130,000 Afghans have crossed back through the Torkham post since October.",
        "Tens of thousands of displaced families have driven back to their villages.",
    ],
)
def test_a_people_going_back_in_the_mass_is_a_repatriation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Repatriation" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Israelis went back to work on Monday.",
        "Two Germans drove back to Berlin.",
        "Thousands of fans streamed back into the stadium.",
    ],
)
def test_workers_tourists_and_fans_going_back_are_no_repatriation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Repatriation" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the claim, the minister said the troops were only responding to fire.",
        "Asked whether the truce would hold, the spokeswoman said the talks were going well.",
        "Asked by reporters about the talks, the president said nothing.",
        "Senator Grey asked the envoy why the navy had waited so long.",
        "Lord Pym asked the minister what steps were being taken in Darfur.",
        "A member asked whether the sanctions had worked.",
    ],
)
def test_a_question_put_to_a_speaker_is_no_demand(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" not in classes(extract, text)


def test_asking_a_party_to_act_is_still_a_demand(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" in classes(extract, "The United Nations asked Israel to halt the strikes.")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Islamabad said it would take all measures to protect its citizens.", "Aid"),
        ("The president said the country was defending itself against a coup attempt.", "Aid"),
        ("Iraq has been hosting U.S. troops since 2014.", "Negotiation"),
        ("Kenya vowed to respond to the letter.", "Threat"),
    ],
)
def test_self_protection_hosted_troops_and_answered_letters_are_not_those_events(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_protecting_another_party_is_aid_and_a_vow_to_respond_a_threat(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, "France pledged to protect Chad against the rebels.")
    assert "Threat" in classes(extract, "Pakistan vowed to respond.")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The UN chief renewed his call for a humanitarian ceasefire on Tuesday.", "Ceasefire"),
        ("Washington threatened new sanctions on Monday.", "Sanction"),
        ("The bloc demanded the release of the president.", "Release"),
        ("The Secretary-General requested a meeting with the junta leader.", "Negotiation"),
        ("Moscow threatened sanctions against Chisinau.", "Sanction"),
        ("Moscow warned of new strikes on the capital.", "Attack"),
    ],
)
def test_what_a_demand_or_threat_asks_for_is_no_event_of_its_own(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls not in classes(extract, text)


def test_a_ceasefire_agreed_is_still_one(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Ceasefire" in classes(extract, "The two sides agreed to a ceasefire on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury designated the militia a terrorist organisation on Friday.",
        "Canada listed the group as a terrorist entity in 2019.",
        "The EU added three shipping companies to its sanctions list.",
        "London will proscribe the movement as a terror group.",
    ],
)
def test_putting_a_party_on_a_terror_or_sanctions_list_is_a_sanction(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Both the US and the EU list the movement as a terrorist group.",
        "The museum added two paintings to its list.",
        "The company listed its shares in London on Monday.",
    ],
)
def test_a_standing_listing_or_another_list_is_no_sanction(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Belgrade handed two suspects to the war crimes tribunal on Friday.",
        "The fugitive commander was transferred to the International Criminal Court on Monday.",
        "Tanzania extradited three genocide suspects last week.",
    ],
)
def test_handing_a_suspect_to_a_court_is_a_release(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Release" in classes(extract, text)


def test_handing_papers_to_a_court_hands_over_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Release" not in classes(extract, "The defence handed the documents to the court on Monday.")


def test_attacks_promised_on_a_condition_are_a_threat_and_restraint_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" in classes(extract, "The rebels said they would attack the capital unless talks resumed.")
    assert "Threat" in classes(extract, "The militia said it would step up attacks if the trial went ahead.")
    restraint = "The rebels said they would not attack the capital unless they were attacked."
    assert "Threat" not in classes(extract, restraint)


@pytest.mark.parametrize(
    "text",
    [
        "Damascus called the raids 'criminal aggression'.",
        "Kyiv calls the offensive an invasion.",
        "The foreign minister said the shelling had been an act of aggression.",
    ],
)
def test_a_deed_called_or_said_to_be_a_crime_is_an_accusation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" in classes(extract, text)


def test_a_deed_said_to_be_something_else_is_no_accusation(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" not in classes(extract, "The minister said the exchange had been a first step.")


@pytest.mark.parametrize(
    "text",
    [
        "Ankara has pledged military support to Baku.",
        "Beijing promised humanitarian supplies for the flood victims.",
        "Japan pledged $300 million for Ukraine's reconstruction.",
    ],
)
def test_pledged_help_is_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, text)


def test_support_pledged_for_a_plan_is_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "The bloc pledged support for the peace plan.")


def test_people_displaced_by_an_attack_who_return_are_a_repatriation(extract) -> None:  # type: ignore[no-untyped-def]
    text = "About 3,000 people displaced by the fighting have returned to the town since May."
    assert "Repatriation" in classes(extract, text)
    assert "Release" not in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The two militias agreed to stop fighting in the capital from midnight.", "Ceasefire"),
        ("Washington imposed visa bans on four Sudanese commanders.", "Sanction"),
        ("The rebels let go of the three aid workers they had held since May.", "Release"),
    ],
)
def test_stopped_fighting_visa_bans_and_captives_let_go(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the two clubs over the striker's transfer collapsed on Friday.",
        "Talks between the two companies on a merger broke down.",
    ],
)
def test_talks_between_companies_or_clubs_are_no_negotiation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" not in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Ankara has sent humanitarian convoys to the enclave.", "Aid"),
        ("Qatar sent a plane loaded with tents and blankets to Kabul.", "Aid"),
        ("The prime minister hailed the verdict as proof of the court's independence.", "Statement"),
    ],
)
def test_relief_sent_and_a_verdict_hailed(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_convoys_of_troops_are_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "The army sent convoys of troops to the border.")


@pytest.mark.parametrize(
    "text",
    [
        "Pretoria said it would not arrest the visiting president.",
        "Tokyo said it would neither accept nor recognise the new zone.",
    ],
)
def test_what_a_party_says_it_will_not_do_is_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, text)


def test_what_a_company_will_not_do_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" not in classes(extract, "The company said it would not raise prices.")


@pytest.mark.parametrize(
    "text",
    [
        "Families who fled the town in 2021 have started going back, the mayor said.",
        "Hanoi sent three Chinese fishermen back across the maritime border.",
    ],
)
def test_people_who_fled_going_back_and_foreigners_sent_back_are_repatriations(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Repatriation" in classes(extract, text)


def test_captives_who_fled_and_came_back_are_no_repatriation(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Repatriation" not in classes(extract, "The prisoners who fled returned to the camp.")


def test_sitting_down_with_a_party_is_talks_and_sitting_on_a_bench_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" in classes(extract, "Somali and Kenyan officials sat down with the elders in Mandera.")
    assert "Negotiation" not in classes(extract, "The minister sat down on a bench.")


def test_forces_sinking_vessels_attack_and_a_storm_does_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Ukrainian naval drones sank a Russian warship near Sevastopol.")
    assert "Attack" not in classes(extract, "The storm sank two fishing boats off the coast.")
    assert "Sanction" in classes(extract, "The EU added two shipping firms to its asset-freeze list.")


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov said Kyiv must withdraw its troops from the region.",
        "The minister said Belgrade should hand over the suspects.",
    ],
)
def test_a_party_saying_another_must_act_demands_it(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the bank must raise rates.",
        "Moscow said it must defend its citizens.",
        "The prime minister said Algiers should have warned London before the raid.",
    ],
)
def test_musts_of_analysts_of_oneself_or_of_the_past_are_no_demand(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    ["Zagreb welcomed the verdict.", "The European Union called the arrest a 'courageous step'."],
)
def test_a_party_judging_an_act_of_justice_makes_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, text)


def test_telling_a_counterpart_by_phone_is_talks_and_telling_reporters_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Blinken told his Chinese counterpart by telephone that the drills were risky."
    assert "Negotiation" in classes(extract, text)
    assert "Negotiation" not in classes(extract, "The minister told reporters by phone that the drills were risky.")


def test_a_release_answered_in_return_in_one_sentence_is_one_swap(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The militia handed nine hostages to the Red Cross and the army freed 40 fighters from its jails in return."
    assert classes(extract, text) == ["PrisonerExchange"]
    assert classes(extract, "The militia will free nine hostages, while the army will free 40 fighters.") == [
        "Release",
        "Release",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The warlord promised to show no mercy to the families who had hidden the deserters.",
        "The prime minister vowed harsh punishment for those behind the bombing.",
        "The defence ministry said Baku would respond to any provocation.",
        "A rebel commander said his men would make the army pay a heavy price for the raid.",
    ],
)
def test_promised_harm_and_a_party_answering_provocation_are_threats(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The league said it would make the fans pay for their tickets.",
        "The ministry said it would respond to the letter next week.",
        "If the North attacked, the alliance would respond, analysts said.",
    ],
)
def test_paying_for_goods_answering_letters_and_analysts_guesses_are_no_threat(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" not in classes(extract, text)


def test_weapons_counted_in_hundreds_or_millions_sent_to_a_party_are_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Tehran has sent Caracas hundreds of attack drones since May.") == ["Aid"]
    assert classes(extract, "Belarus shipped millions of artillery shells to its ally last year.") == ["Aid"]
    assert classes(extract, "The army moved dozens of tanks to the border.") == []


def test_an_attack_noun_naming_a_kind_of_weapon_is_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The navy bought six attack helicopters and two assault boats.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Estonia barred 14 Belarusian officials from entering its territory.",
        "The Treasury designated five individuals and two firms tied to the militia on Monday.",
        "The bloc imposed a ban on imports of Iranian petrochemicals.",
    ],
)
def test_travel_bans_designations_and_import_bans_are_sanctions(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The government banned its citizens from travelling to the war zone.",
        "The league barred the club from playing in Europe next season.",
        "The president designated his deputy to lead the delegation.",
        "Parliament designated the valley a national park.",
    ],
)
def test_own_citizens_kept_home_sport_bans_and_appointments_are_no_sanction(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "London called the seizure a hostile act.",
        "The ambassador of Belarus called the decision extremely dangerous.",
    ],
)
def test_a_measure_called_hostile_or_dangerous_is_an_accusation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" in classes(extract, text)


def test_a_name_quoted_with_what_is_no_accusation_by_its_adjective(extract) -> None:  # type: ignore[no-untyped-def]
    text = 'The bloc acted in response to what the statement called "the illegal vote" in the region.'
    assert "Accusation" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow announced on Monday that it was quitting the grain deal.",
        "Kazakhstan pulled out of the arms control treaty in March.",
    ],
)
def test_quitting_a_deal_is_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, text)


def test_a_deal_quit_in_the_background_of_another_story_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Oil prices rose six months after the government pulled out of the gas deal."
    assert "Statement" not in classes(extract, text)
    assert classes(extract, "Troops withdrew from the town under the deal.") == ["Agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "UNICEF has delivered 600,000 doses of polio vaccine to the region.",
        "The agency said it had dispatched 35 trucks of food from Gondar.",
    ],
)
def test_relief_delivered_or_dispatched_by_a_party_is_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, text)


def test_a_party_promising_more_attacks_threatens(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" in classes(extract, "The militia said it would keep attacking ships bound for the port.")
    assert "Threat" not in classes(extract, "Analysts said the attacks would continue into the spring.")


def test_the_party_that_would_act_takes_part_in_a_threat_told_by_its_spokesman(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A rebel spokesman said the Arakan Army would keep fighting until the town fell."
    threat = next(e for e in extract(text).events if e.event_class == "Threat")
    assert "Arakan Army" in {a.text for a in threat.agents}


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The cabinet described the shelling of the island as unforgivable.", "Accusation"),
        ("The navy described the strike as a proportionate response.", "Statement"),
        ("The assembly suspended the voting rights of the Russian delegation.", "Sanction"),
        ("Norway halted new arms export licences to Ankara.", "Sanction"),
    ],
)
def test_deeds_described_as_something_suspended_rights_and_halted_arms_licences(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_prisoners_of_war_keep_their_whole_name(extract) -> None:  # type: ignore[no-untyped-def]
    (release,) = extract("The accord provided for the release of all prisoners of war.").events[1:]
    assert {p.text for p in release.participants + release.targets} == {"prisoners of war"}


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The Uzbek side freed a herder who had strayed across the border with his sheep.", "Release"),
        ("More than 20,000 Burundian refugees have walked home from the camps this month.", "Repatriation"),
        ("The first families began returning to their homes in the valley on Monday.", "Repatriation"),
    ],
)
def test_a_side_freeing_a_herder_and_households_going_back_home(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The workers returned to their homes after the night shift.",
        "The strikes will go on until the families can return to their homes.",
    ],
)
def test_going_home_from_work_or_in_a_hoped_for_future_is_no_repatriation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Repatriation" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        'The ministry said Iran would take "firm and proportionate" action in response.',
        "The G7 ministers said they were ready to take further measures.",
        "The bloc's leaders warned that they were ready to use force to restore order.",
    ],
)
def test_unnamed_measures_or_force_a_party_promises_are_threats(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it would take steps to improve schools in the north.",
        "Analysts said Beijing would take all necessary steps.",
    ],
)
def test_steps_for_schools_and_analysts_guesses_are_no_threat(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" not in classes(extract, text)



@pytest.mark.parametrize(
    "text",
    [
        "Special police launched a counter-terrorist operation in the district on Friday.",
        "The defence ministry announced local anti-terrorist measures in the border region.",
    ],
)
def test_operations_against_terrorists_are_attacks(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Attack"]


def test_counter_terrorism_rules_and_laws_are_no_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The bank tightened its counter-terrorism financing rules.") == []
    assert classes(extract, "Parliament passed new anti-terrorism legislation on Monday.") == []


def test_relief_brought_by_the_tonne_is_aid_but_smuggled_rice_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, "The Red Cross said it had brought 40 tonnes of flour into the town.")
    assert "Aid" not in classes(extract, "The smugglers brought 20 tonnes of rice across the border.")


def test_a_named_person_or_a_relative_set_free_is_a_release(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Release" in classes(extract, "Aziz Karimov, who had been held since the riots, was released on Monday.")
    assert "Release" in classes(extract, "Last spring my brother was freed.")
    assert "Release" not in classes(extract, "Aziz Karimov was released from hospital on Monday.")
    assert "Release" not in classes(extract, "Her new album was released on Friday.")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Indian and Pakistani army commanders spoke by hotline on Monday.", "Negotiation"),
        ("The foreign minister said Tehran was not involved in the attack on the tanker.", "Statement"),
        ("The Kremlin said Russia had no part in the coup attempt.", "Statement"),
    ],
)
def test_talks_by_hotline_and_a_party_denying_a_part(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


def test_a_part_asserted_is_no_denial(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" not in classes(extract, "The minister said the police were involved in the raid.")



def test_a_measure_called_an_act_of_war_accuses_but_a_reform_called_war_on_pensioners_does_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" in classes(extract, "Minsk called the new sanctions an act of economic war.")
    text = 'The opposition called the budget "a declaration of war on teachers".'
    assert "Accusation" not in classes(extract, text)


def test_a_declaration_told_in_reported_speech_is_made_by_the_speaker(extract) -> None:  # type: ignore[no-untyped-def]
    text = "President Ruto said on Tuesday that Kenya would withdraw from the regional security pact."
    statement = next(e for e in extract(text).events if e.event_class == "Statement")
    assert "Ruto" in " ".join(a.text for a in statement.agents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three rockets fell on the market in the early afternoon.", ["Attack"]),
        ("A mortar round landed inside the clinic compound on Monday.", ["Attack"]),
        ("Oil prices fell by four percent on Monday.", []),
        ("The old bridge fell into the river after the floods.", []),
        ("The militia freed the last of the 300 abducted villagers on Sunday.", ["Release"]),
        ("A teacher was taken by armed men from her school near Gao.", ["Attack"]),
        ("The minister was taken by helicopter to the capital.", []),
        ("Kyiv sent back the remains of 90 Russian soldiers.", ["Repatriation"]),
        ("About 300 workers were sent back across the border last week.", []),
        ("The Red Cross gave the displaced families blankets and food.", ["Aid"]),
        ("The coach gave his players water at half-time.", []),
        ("Air defences downed 25 drones over the capital overnight.", ["Attack"]),
        ("The navy intercepted two anti-ship missiles in the Red Sea.", ["Attack"]),
        ("Customs officers intercepted a shipment of heroin at the port.", []),
        ("Dockers downed tools over pay on Monday.", []),
        ("Quito announced the suspension of diplomatic relations with Caracas.", ["Sanction"]),
        ("The suspension of the league match angered fans.", []),
        ("The Indian army chief called his Pakistani counterpart on Saturday.", ["Negotiation"]),
        ("Macron called Orban a threat to Europe.", []),
        ("She called her lawyer on Monday.", []),
    ],
)
def test_munitions_landing_partitive_captives_takers_remains_and_relief_given(  # type: ignore[no-untyped-def]
    extract, text: str, expected: list[str]
) -> None:
    assert classes(extract, text) == expected


def test_a_relief_agency_s_convoy_arriving_is_its_aid_but_an_armed_group_s_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    (aid,) = extract("A UNICEF convoy of nine trucks reached Kadugli on Friday.").events
    assert aid.event_class == "Aid" and [a.text for a in aid.agents] == ["UNICEF"]
    assert classes(extract, "An M23 convoy reached the outskirts of Goma.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels said they had captured the district of Panjwai.", ["Attack"]),
        ("Government forces liberated the town of Tal Afar in August.", ["Attack"]),
        ("The mayor declared the city 'liberated from fear' on Sunday.", []),
        ("Insurgent fighters entered Kunduz before dawn.", ["Attack"]),
        ("A group of tourists entered Kunduz before dawn.", []),
        ("The new law liberated farmers from debt.", []),
    ],
)
def test_a_place_taken_liberated_or_entered_by_armed_men_is_an_attack_a_status_declared_is_not(  # type: ignore[no-untyped-def]
    extract, text: str, expected: list[str]
) -> None:
    assert classes(extract, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The air force said its jets had hit only a rebel fuel dump outside the town.",
        "The militia said it had only fired at guards who were shooting at civilians.",
    ],
)
def test_a_party_narrowing_its_own_strike_makes_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {"Statement", "Attack"} <= set(classes(extract, text))


@pytest.mark.parametrize(
    "text",
    [
        "The air force said its jets had struck an arms depot outside the town.",
        "Tehran said its missiles would target only military bases.",
        "The mayor said the shells had hit only the market.",
    ],
)
def test_a_claim_of_a_strike_or_an_intent_is_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ICC issued an arrest warrant for the Sudanese general Ali Kushayb over the massacre of villagers.",
        "Judges at the tribunal issued warrants for Ratko Mladic and Radovan Karadzic.",
    ],
)
def test_a_warrant_for_a_grave_crime_accuses_whom_it_names(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    [accusation] = [e for e in extract(text).events if e.event_class == "Accusation"]
    assert accusation.targets and all(t.label == "PERSON" for t in accusation.targets)


def test_a_court_s_routine_warrant_is_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "A Lagos court issued a warrant for the singer's arrest.") == []


def test_a_veto_cast_in_the_council_is_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "China vetoed the Western text on Myanmar.") == ["Statement"]


@pytest.mark.parametrize(
    "text",
    ["The governor vetoed the budget bill.", "The mediators want a monitoring body that neither army can veto."],
)
def test_a_law_sent_back_or_a_veto_nobody_casts_is_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi welcomed the tribunal's order on the border dispute.",
        "Belgrade dismissed the ruling as politically motivated.",
        "Moscow dismissed the warrants as worthless paper.",
    ],
)
def test_welcoming_or_dismissing_a_court_s_decision_is_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Statement"]


@pytest.mark.parametrize(
    "text",
    ["The militia has released the kidnapped economist.", "The junta freed two detained bloggers on Monday."],
)
def test_freeing_held_professionals_is_a_release(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Release" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    ["The envoy called the vote a disgrace.", "The family called the detention a kidnapping."],
)
def test_calling_a_deed_a_disgrace_or_a_kidnapping_accuses_and_names_no_new_deed(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Accusation"]


def test_a_deed_known_only_by_the_name_given_keeps_its_event(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Azerbaijan launched what Baku called an anti-terrorist operation in Karabakh.")


@pytest.mark.parametrize(
    "text",
    [
        "Norway voiced concern over the shelling near the dam.",
        "The EU expressed deep concern about the shelling of Kherson.",
        "Canada said it was gravely concerned by the fighting in Goma.",
    ],
)
def test_concern_or_regret_a_party_voices_is_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    ["The coach regretted the missed penalty.", "Japan did not express concern.", "The EU expressed hope for a deal."],
)
def test_regret_without_a_party_or_hope_is_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" not in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it would return to the talks only if Kyiv withdrew its troops.",
        "The rebels said they would keep to the truce only if the army stopped air strikes.",
    ],
)
def test_a_condition_a_party_sets_on_what_it_will_do_is_a_demand(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" in classes(extract, text)


def test_a_condition_that_asks_nothing_of_anyone_is_no_demand(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" not in classes(extract, "The minister said prices would fall only if the rains came.")


def test_a_call_on_parties_whose_on_the_parse_makes_a_particle_is_a_demand(extract) -> None:  # type: ignore[no-untyped-def]
    text = "“It is a tense moment; we call on all parties to honour their promises,” the UN said."
    assert "Demand" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    ["Forty trucks loaded with flour entered Gaza through Kerem Shalom.", "A ship loaded with wheat docked at Aden."],
)
def test_vehicles_loaded_with_relief_that_arrive_deliver_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Aid"]


def test_vehicles_loaded_with_anything_else_deliver_nothing(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Trucks loaded with sand entered the building site.") == []


def test_a_party_paying_for_relief_goods_or_arms_gives_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Iran paid for the militia's rifles and rockets.") == ["Aid"]
    assert classes(extract, "The club paid for the new stadium.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebel commander told villagers in the valley to leave before dark.",
        "Al-Shabaab gave the mining firms until Monday to halt work.",
    ],
)
def test_a_party_telling_others_what_to_do_or_setting_a_deadline_demands(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" in classes(extract, text)


def test_a_state_expecting_another_to_act_demands_it_of_that_state(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Ankara expects Athens to withdraw the warships.").events
    (demand,) = [e for e in events if e.event_class == "Demand"]
    assert [a.text for a in demand.agents] == ["Ankara"] and [t.text for t in demand.targets] == ["Athens"]


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman told journalists to expect more delays.",
        "The agency said it expected 20,000 people to cross the border.",
        "The coach told his players to enjoy the game.",
        "Her mother told her to stay at home.",
    ],
)
def test_advice_forecasts_and_private_bidding_demand_nothing(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" not in classes(extract, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Vietnam's Red Cross handed over tents, blankets and 30 tonnes of flour to flood victims in Laos.", "Aid"),
        ("Ghana will give two hundred rifles to the Togolese army.", "Aid"),
        ("Hanoi gave back the coffins of three Chinese sailors.", "Repatriation"),
        ("Niger will take back two hundred deportees from Algeria this week.", "Repatriation"),
        ("The Iraqi faction stopped its operations against American bases last month.", "Ceasefire"),
        ("The commander said his troops had ceased offensive operations near the port.", "Ceasefire"),
    ],
)
def test_goods_handed_over_the_dead_given_back_and_operations_halted(extract, text: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert cls in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The fighters began handing over their rifles at the stadium.",  # disarming
        "The club gave 200 tickets to local schools.",
        "The airline suspended its operations at the airport.",
        "Rome urged Tunis to take back the migrants stranded on Lampedusa.",  # the demand's aim, no return yet
    ],
)
def test_disarming_gifts_of_tickets_and_demanded_returns_are_not_those_events(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not {"Aid", "Repatriation", "Ceasefire"} & set(classes(extract, text))


def test_representations_lodged_with_a_state_are_an_official_complaint(extract) -> None:  # type: ignore[no-untyped-def]
    (complaint,) = extract("Moscow lodged stern representations with Seoul about the arrest of its diplomat.").events
    assert complaint.event_class == "Accusation"
    assert [a.text for a in complaint.agents] == ["Moscow"] and [t.text for t in complaint.targets] == ["Seoul"]
    assert classes(extract, "The union made representations to the employer about pay.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vilnius summoned the Belarusian envoy and handed him a note of protest over the balloons.",
        "Hanoi lodged a formal protest with Beijing over the survey ship.",
        "Georgia's foreign ministry delivered a protest note to Moscow about the new border markers.",
    ],
)
def test_a_protest_or_a_note_of_protest_put_to_a_state_is_an_official_complaint(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Accusation"]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Hanoi lodged a formal protest with Beijing over the survey ship.", "Beijing"),
        ("Georgia's foreign ministry delivered a protest note to Moscow about the new border markers.", "Moscow"),
    ],
)
def test_a_protest_names_the_state_it_is_lodged_with(extract, text: str, addressee: str) -> None:  # type: ignore[no-untyped-def]
    (complaint,) = extract(text).events
    assert [t.text for t in complaint.targets] == [addressee]


def test_a_protest_note_by_no_party_is_no_complaint(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The tenants sent a note of protest to the landlord about the heating.") == []


def test_remains_released_by_a_party_are_repatriated_not_freed(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Egypt released the remains of 12 Sudanese migrants on Sunday.") == ["Repatriation"]


def test_a_cameo_pattern_word_in_a_clause_of_time_names_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    # CAMEO's "leave … fight" (190) must not reach "war" in "after the war began"
    assert classes(extract, "Some families left the district after the war began.") == []


def test_borders_that_meet_hold_no_talks(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The monastery stands where two rivers meet.") == []
    assert classes(extract, "The two delegations met in Doha.") == ["Negotiation"]


@pytest.mark.parametrize(
    "text",
    ["Britain welcomed the news from Doha.", "Berlin hailed the three-day pause.", "The envoy later praised it."],
)
def test_a_party_welcoming_news_of_an_act_or_the_act_just_told_makes_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Statement"]


def test_welcoming_weather_or_guests_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Farmers welcomed the rain.") == []
    assert classes(extract, "The hotel welcomed it.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi rejected that version of events as groundless.",
        "Minsk rejected the announcement.",
        "Tehran dismissed the sanctions as unlawful.",
    ],
)
def test_a_party_dismissing_another_s_account_or_measures_makes_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, text)


def test_a_unit_coming_under_fire_is_shot_at_and_is_the_target(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("A Ukrainian patrol came under heavy artillery fire near the dam.").events
    assert [e.event_class for e in events] == ["Attack"]
    assert [t.text for t in events[0].targets] == ["Ukrainian"]
    assert classes(extract, "The minister came under fire from his own party.") == ["Accusation"]


def test_calling_a_deed_terror_or_unconscionable_accuses(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" in classes(extract, "Kyiv called the strike an act of terror.")
    assert "Accusation" in classes(extract, "Ottawa described the shelling of the clinic as unconscionable.")
    # a designation quoted inside a demand is no accusation of one's own
    text = "Lula asked foreign capitals to stop labelling the movement a terrorist one."
    assert "Accusation" not in classes(extract, text)


def test_a_party_saying_a_deed_was_unjustified_accuses(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" in classes(extract, "Hamas said the raids on the camp had been unjustified.")
    assert "Accusation" not in classes(extract, "Officials said the talks were useful.")


@pytest.mark.parametrize(
    "text",
    [
        "Canada has pledged another 20 million dollars for the displaced.",
        "Norway committed 5 million dollars to UNICEF's appeal.",
        "Jordan sent 15 ambulances to the border hospitals.",
        "Turkey gave four radars and two boats to the Libyan navy.",
    ],
)
def test_money_pledged_or_committed_and_equipment_handed_to_a_party_is_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Aid"]


def test_boats_sent_to_an_area_are_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "The navy sent boats to the area after the storm.")


def test_a_party_vowing_to_answer_an_attack_threatens(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Tehran said it would answer any incursion decisively.") == ["Threat"]
    assert classes(extract, "The minister said she would answer questions on Friday.") == []


def test_a_party_repeating_that_another_must_act_demands_it(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Erdogan repeated that Damascus must withdraw its troops.") == ["Demand"]


@pytest.mark.parametrize(
    "text",
    [
        "The council authorised a force to protect civilians in the north.",
        "Foreign soldiers guarded the harbour during the summit.",
    ],
)
def test_protecting_civilians_or_guarding_places_is_no_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, text)


def test_protecting_another_party_is_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, "Moscow vowed to protect Bamako.")


def test_asylum_granted_is_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, "Brazil granted the former minister asylum last year.")


def test_a_broker_named_by_a_participle_holds_no_talks_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "A truce brokered by Moscow took effect at dawn.") == ["Ceasefire"]
    assert classes(extract, "Talks mediated by Oman opened in Muscat.") == ["Negotiation"]


def test_dialogue_as_a_way_is_no_talks_held(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" not in classes(extract, "Lima urged the two factions to end the feud through dialogue.")
    assert "Negotiation" in classes(extract, "The two governments held a strategic dialogue in Canberra.")


def test_mediation_thanked_for_or_preceding_a_deal_is_no_talks_of_its_own(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" not in classes(extract, "Ukraine said it was grateful to Turkey for its mediation.")
    swap = "Armenia and Azerbaijan swapped twelve prisoners after mediation by Georgia."
    assert "Negotiation" not in classes(extract, swap)


def test_people_returned_to_their_families_are_repatriated_and_hostages_released(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Nine teenagers deported in 2022 were returned to their parents in Odesa on Monday."
    assert classes(extract, text) == ["Repatriation"]
    assert classes(extract, "The hostages were returned to their families.") == ["Release"]
    assert classes(extract, "They must be returned to their families.") == []


def test_two_parties_freeing_each_other_s_people_is_an_exchange(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Sudan's army and the RSF released dozens of each other's fighters on Tuesday.") == [
        "PrisonerExchange"
    ]
    assert classes(extract, "Hamas freed two hostages.") == ["Release"]


@pytest.mark.parametrize(
    "text",
    [
        "The bloc demanded that the army end its shelling of the valley at once.",
        "The mediator asked the factions to sign a permanent truce.",
    ],
)
def test_what_a_demand_asks_for_has_not_happened(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Ceasefire" not in classes(extract, text)


def test_a_truce_a_demand_points_back_to_is_still_told(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Ceasefire" in classes(extract, "Cairo urged both sides to respect the 2014 truce in Gaza.")


def test_encouraging_parties_to_act_is_a_demand_and_the_act_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The OSCE encouraged both sides to resume talks on the border.") == ["Demand"]
    assert classes(extract, "The coach encouraged the players to run harder.") == []


def test_a_convoy_fired_upon_was_attacked(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = extract("On the second day the barges were fired upon by masked gunmen near Renk.").events
    assert attack.event_class == "Attack" and [a.text for a in attack.agents] == ["masked gunmen"]
    assert classes(extract, "The striker was fired on Monday by the club.") == []


def test_people_an_armed_party_hands_to_the_red_cross_are_released(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The militia handed four aid workers to the Red Cross near Kidal.") == ["Release"]
    assert classes(extract, "The clinic handed its records to the Red Cross.") == []


def test_a_state_declaring_an_envoy_persona_non_grata_sanctions_and_states_nothing_more(extract) -> None:  # type: ignore[no-untyped-def]
    (expulsion,) = extract("Lithuania on Monday declared the Belarusian consul Ivan Petrou persona non grata.").events
    assert expulsion.event_class == "Sanction" and [a.text for a in expulsion.agents] == ["Lithuania"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban release two British aid workers held since March.", "Release"),
        ("The RSF shell a displacement camp near Nyala, killing nine.", "Attack"),
        ("Rebels free four nurses abducted in Ituri.", "Release"),
    ],
)
def test_digest_verbs_in_the_present_that_the_tagger_reads_as_nouns_are_events(
    extract, text: str, expected: str  # type: ignore[no-untyped-def]
) -> None:
    assert expected in classes(extract, text)


def test_a_noun_phrase_closed_by_a_colon_is_a_heading_not_an_event(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract("Yemen war: Houthi forces shell a market in Taiz, killing five.").events
    assert [e.evidence[0].text for e in found] == ["Houthi forces shell a market"]
    assert classes(extract, "The minister condemned the attack: it was an outrage.").count("Attack") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry summoned the Iranian charge d'affaires to protest the seizure of the tanker.",
        "Hanoi summoned the Chinese ambassador to complain about the survey ship.",
    ],
)
def test_an_envoy_summoned_to_hear_a_protest_is_an_official_complaint(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Accusation"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow ordered 14 Latvian diplomats out of the country on Friday.",
        "Norway expelled three Russian intelligence officers posing as diplomats.",
    ],
)
def test_envoys_ordered_out_and_intelligence_officers_expelled_are_a_sanction(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Sanction"]


def test_migrants_expelled_are_still_sent_home(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Algeria expelled 600 Malian migrants across the desert border.") == ["Repatriation"]


def test_a_hostile_deed_attributed_to_a_party_is_an_accusation_against_it(extract) -> None:  # type: ignore[no-untyped-def]
    (charge,) = [e for e in extract("Denmark attributed the sabotage of the cable to Russia.").events
                 if e.event_class == "Accusation"]
    assert [a.text for a in charge.agents] == ["Denmark"] and [t.text for t in charge.targets] == ["Russia"]
    assert classes(extract, "The ministry attributed the delay to bad weather.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese coast guard ship fires a water cannon at a Vietnamese fishing boat near the Paracels.",
        "Chinese maritime militia ships rammed a Philippine resupply vessel on Tuesday.",
    ],
)
def test_ships_hosing_or_ramming_another_vessel_attack_it(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, text)


def test_a_vehicle_ramming_a_gate_is_no_clash_at_sea(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "A delivery truck rammed the gate of the factory.") == []


def test_a_match_result_written_with_an_en_dash_is_sport(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Partizan beat Red Star 2\u20131 in the Belgrade derby on Sunday.") == []


def test_arms_found_in_a_cache_are_no_attack_but_a_town_seized_is(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The Iraqi army seized a cache of mortar shells near Tikrit.") == []
    assert classes(extract, "Jihadists seized the town of Diafarabe on Monday.") == ["Attack"]


def test_a_warship_torpedoed_is_attacked_and_talks_torpedoed_are_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "An Indian frigate was torpedoed by a Pakistani submarine in 1971.") == ["Attack"]
    assert "Attack" not in classes(extract, "The hardliners torpedoed the budget deal.")


def test_a_sanction_promised_on_a_condition_is_a_threat_told_in_full(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Oslo said Norway would expel more Russian diplomats if Moscow did not explain the drones."
    (threat,) = extract(text).events
    assert threat.event_class == "Threat"
    assert "would expel more Russian diplomats" in threat.evidence[0].text


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ahmed Shehu appeals to the state government for more soldiers.",  # "appeals" tagged a noun
        "Tehran demands that Washington lift the sanctions.",
    ],
)
def test_digest_demands_without_articles_keep_their_subject(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    (demand,) = extract(text).events
    assert demand.event_class == "Demand" and demand.agents


def test_a_plural_noun_before_a_verb_stays_a_noun(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The ministry's appeals to donors went unanswered.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ankara warned of serious consequences if the drilling went ahead.",
        "Pyongyang warned of a heavy price to pay for the joint exercises.",
    ],
)
def test_a_warning_of_consequences_or_a_price_is_a_threat(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Threat"]


def test_a_warning_of_the_consequences_of_a_danger_is_none(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Health officials warned of the consequences of the drought.") == []


def test_air_defence_batteries_pledged_are_military_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Norway pledges two more NASAMS batteries to Ukraine.") == ["Aid"]


def test_captives_qualified_by_a_participle_are_what_is_freed(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract("The ELN on Monday freed two oil workers abducted near Saravena in March.").events
    (release,) = [e for e in found if e.event_class == "Release"]
    assert [t.text for t in release.targets] == ["oil workers"]


def test_a_speakers_clause_keeps_its_subject(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = extract("The army said insurgents seized the district headquarters.").events
    assert [a.text for a in attack.agents] == ["insurgents"]


def test_people_qualified_by_a_participle_of_attack_are_its_target(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract("Villagers shot by the militia were taken to a clinic in Bunia.").events
    (attack,) = [e for e in found if e.event_class == "Attack"]
    assert "Villagers" in [t.text for t in attack.targets]


def test_people_seized_told_in_a_participle_are_an_abduction_beside_their_release(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract("Militants on Friday freed three engineers seized near Kajo Keji in June.").events
    assert sorted(e.event_class for e in found) == ["Attack", "Release"]
    (seizure,) = [e for e in found if e.event_class == "Attack"]
    assert "engineers" in [t.text for t in seizure.targets]
    assert classes(extract, "Assets seized by the state were auctioned.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The prisoner handover was welcomed by the African Union.",
        "Kenya released the fishermen, a gesture hailed by Somalia's foreign ministry.",
    ],
)
def test_an_act_praised_in_the_passive_by_a_party_is_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, text)


def test_a_film_praised_by_critics_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The documentary was praised by critics.") == []


def test_migrants_handed_to_their_consulate_go_home(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The coast guard handed over 60 Tunisian migrants to their country's consulate in Tripoli."
    assert classes(extract, text) == ["Repatriation"]
    assert classes(extract, "The ministry handed the documents to the embassy.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels denied targeting civilians in the camp.",
        "Kyiv accused Moscow of deliberately targeting power stations.",
        "The two navies agreed to stop targeting each other's ships.",
    ],
)
def test_targeting_as_the_content_of_a_charge_denial_or_deal_is_no_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, text)


def test_a_party_that_targeted_someone_attacked(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Israeli jets targeted a Hezbollah commander near Tyre.") == ["Attack"]


def test_prisoners_a_state_pardons_are_released(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The junta pardoned 700 prisoners to mark the new year.") == ["Release"]
    assert classes(extract, "The governor pardoned the turkey.") == []


def test_a_pardon_given_in_return_is_one_half_of_a_swap(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "In return, Bogota pardoned three jailed guerrilla fighters.") == ["PrisonerExchange"]


def test_thanks_for_an_act_are_a_statement_whoever_is_thanked(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Ukraine thanked the Vatican and Qatar for their mediation.") == ["Statement"]
    assert classes(extract, "Ukraine thanked the hotel for the breakfast.") == []


def test_insisting_on_what_another_must_do_is_a_demand(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Azerbaijan has insisted that Armenia first amend its constitution.") == ["Demand"]
    assert classes(extract, "Egypt insisted that Israel should withdraw from the corridor.") == ["Demand"]
    assert classes(extract, "The Philippines insisted that no ransom had been paid.") == ["Statement"]


def test_a_deadline_until_a_date_to_act_is_a_demand(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Lebanon's cabinet gave the army until the end of June to disarm the militias."
    assert classes(extract, text) == ["Demand"]
    assert classes(extract, "Lebanon's cabinet gave the army a new headquarters.") == []


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand has paused development funding to the Cook Islands.",
        "Norway suspended 18 million dollars in development aid to Niger.",
    ],
)
def test_aid_paused_or_suspended_by_the_sum_is_a_sanction(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Sanction"]


def test_a_body_suspending_a_state_shuts_out_a_member(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The African Union suspended Guinea after the coup.") == ["Sanction"]
    assert classes(extract, "The African Union suspended two officials after the audit.") == []


def test_an_envoy_convoked_is_summoned(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The foreign minister convoked the Iranian ambassador on Monday.") == ["Accusation"]


def test_a_demarche_is_a_formal_demand(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The Ambassador demarched the deputy foreign minister on the use of drones in towns."
    assert classes(extract, text) == ["Demand"]


def test_airspace_closed_to_a_state_is_a_sanction(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Poland closed its airspace to Russian aircraft.") == ["Sanction"]
    assert classes(extract, "Poland closed its airspace to all civilian flights during the storm.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council will hold an emergency session on Monday.",
        "Britain and France are due to hold a call with the Iranian foreign minister on Thursday.",
        "The Security Council met on Sunday to discuss the strikes.",
    ],
)
def test_a_council_of_states_or_several_parties_sitting_is_a_consultation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" in classes(extract, text)


def test_one_parliament_sitting_or_a_call_by_one_person_is_no_consultation(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The assembly will convene its plenary session later this month.") == []
    assert classes(extract, "The farmer held a call with his bank on Monday.") == []


def test_a_warning_of_countermeasures_is_a_threat_wherever_the_parse_hangs_it(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "North Korea's defence ministry warned on Sunday of overwhelming countermeasures.") == [
        "Threat"
    ]
    assert classes(extract, "China warned of further measures.") == ["Threat"]
    assert classes(extract, "The weather office warned on Sunday of heavy rain.") == []


@pytest.mark.parametrize(
    "text",
    ["Both sides say the ceasefire agreed in May still holds.", "They met to shore up the truce they agreed in Doha."],
)
def test_a_truce_agreed_earlier_is_the_truce_not_a_second_deal(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Agreement" not in classes(extract, text)


def test_a_party_paying_for_relief_gives_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Qatar said it would fund two field kitchens in the camps.") == ["Aid"]


@pytest.mark.parametrize(
    "text",
    [
        "The four states accuse Doha of funding militant groups.",
        "The general denied that he had ever financed the militia.",
        "The bank financed the new stadium.",
    ],
)
def test_funding_charged_denied_or_done_by_a_business_is_no_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, text)


def test_arms_handed_over_named_by_a_noun_are_military_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, "He condemned Iran's transfer of ballistic missiles to Russia.")
    assert classes(extract, "The delivery of weapons to Ukraine resumed on Monday.") == ["Aid"]
    assert classes(extract, "The delivery of furniture to the office resumed on Monday.") == []


def test_a_release_no_one_is_named_for_is_the_captors(extract) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A priest kidnapped from his parish last week has been released unharmed, the diocese said. "
        "Father Peter Obi was abducted on Sunday by gunmen who also wounded a guard."
    )
    [release] = [e for e in extract(text).events if e.event_class == "Release"]
    assert {a.text.lower() for a in release.agents} == {"gunmen"}


def test_a_release_by_a_named_jailer_keeps_its_own_agent(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen abducted two engineers near Arauca. Colombia freed 30 prisoners on Monday."
    [release] = [e for e in extract(text).events if e.event_class == "Release"]
    assert {a.text for a in release.agents} == {"Colombia"}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine called the raid an attack on world food security.",
        "Israel's foreign ministry called the measures a reward for terror.",
    ],
)
def test_a_deed_called_an_attack_on_something_or_a_reward_for_a_crime_is_an_accusation(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" in classes(extract, text)


def test_a_deed_called_a_reward_for_patience_is_no_accusation(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" not in classes(extract, "Ukraine called the deal a reward for patience.")


def test_a_deal_known_by_its_name_signed_is_an_agreement(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Fiji and Tonga signed the Nuku'alofa Accord in 2001.") == ["Agreement"]
    assert classes(extract, "The Government of National Accord met on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "An Australian air force C-130 landed at the airport on Monday with 12 tonnes of tarpaulins and hygiene kits.",
        "The ship docked in Port Sudan with 3,000 tonnes of wheat.",
    ],
)
def test_a_plane_or_ship_that_arrives_with_relief_goods_brings_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Aid"]


def test_a_plane_that_lands_with_passengers_or_a_shell_that_lands_is_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The plane landed at the airport with 200 passengers.") == []
    assert classes(extract, "A mortar round landed in the hospital yard.") == ["Attack"]


def test_a_wiki_articles_see_also_list_tells_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The embassy reopened on Monday. == See also == * 2007 Kabul embassy bombing * 2014 Kabul airport attack"
    assert classes(extract, text) == []
    assert classes(extract, "A suicide bomber attacked the Kabul embassy on Monday. == See also == * Kabul") == [
        "Attack"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign ministry termed the decision 'hasty and one-sided'.",
        "Kenya's interior ministry called the incident deeply regrettable.",
        "Peru described the exclusion as a grave error.",
        "Guinea rejected the remarks as false and reckless.",
        "Serbia's chess federation called the ban discriminatory.",
    ],
)
def test_a_verdict_on_a_decision_remark_or_ban_is_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, text)


def test_rejecting_remarks_without_a_verdict_or_describing_a_landscape_is_no_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Guinea rejected the remarks.") == []
    assert classes(extract, "The guide described the valley as beautiful.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers and police repelled a third wave of attackers on Friday evening.",
        "The army says its troops have neutralised 14 terrorists near Dikwa.",
        "Somali forces dislodged Al-Shabaab fighters from two villages.",
    ],
)
def test_fighters_beaten_off_or_killed_by_troops_is_an_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Attack"]


def test_repelling_insects_or_neutralising_a_threat_is_no_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The spray repels mosquitoes for eight hours.") == []
    assert classes(extract, "Engineers neutralised the threat within minutes.") == []


def test_captives_who_regain_their_freedom_are_released_not_releasing(extract) -> None:  # type: ignore[no-untyped-def]
    [release] = extract("Fifteen kidnapped travellers have regained their freedom, police said.").events
    assert release.event_class == "Release"
    assert not release.agents
    assert [t.text for t in release.targets] == ["kidnapped travellers"]


def test_hostages_rescued_are_released_and_a_crew_rescued_at_sea_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Troops rescued 12 kidnapped hostages from a forest camp.") == ["Release"]
    assert classes(extract, "A boat capsized off Lamu, and the coastguard rescued nine crew.") == []


def test_ties_severed_with_no_partner_named_is_a_sanction(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Guinea severed diplomatic ties on Monday.") == ["Sanction"]


def test_a_speaker_saying_its_own_government_will_not_act_states_a_refusal(extract) -> None:  # type: ignore[no-untyped-def]
    said = "Kenya's interior minister said the government would not"
    assert classes(extract, f"{said} pay any ransom to the kidnappers.") == ["Statement"]
    assert classes(extract, f"{said} comment on the report.") == []


def test_arms_described_as_shipped_to_a_state_are_aid(extract) -> None:  # type: ignore[no-untyped-def]
    found = extract("The rockets, shipped to Armenia in May, have not been used.").events
    assert [(e.event_class, [t.text for t in e.targets]) for e in found] == [("Aid", ["Armenia"])]
    assert classes(extract, "The speech, delivered to parliament on Monday, was short.") == []


def test_a_world_body_suspending_a_states_team_or_federation_sanctions_the_state(extract) -> None:  # type: ignore[no-untyped-def]
    [ban] = extract("UNESCO suspended Serbia's national delegation on Friday.").events
    assert ban.event_class == "Sanction"
    assert [t.text for t in ban.targets] == ["Serbia"]
    assert classes(extract, "The club suspended three players for a brawl.") == []


def test_declining_to_comment_until_later_sets_no_condition(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Peru's defence ministry said it would not comment until it had seen the report.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador firmly opposes any foreign military base on its soil.",
        "Norway's foreign ministry said it strongly disagreed with the verdict.",
    ],
)
def test_a_party_stating_its_opposition_makes_a_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Statement"]


@pytest.mark.parametrize(
    "text",
    [
        "Many residents oppose the new road.",
        "The council passed the text, a clause Ecuador had opposed.",
    ],
)
def test_opposition_by_a_crowd_or_told_in_passing_is_no_statement(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" not in classes(extract, text)


def test_a_move_a_party_dismissed_or_praised_in_a_relative_clause_is_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    dismissed = "Chad declared a unilateral truce, a move Sudan dismissed as a trick."
    praised = "Kenya reopened the border, a move Ugandan officials praised."
    assert "Statement" in classes(extract, dismissed)
    assert "Statement" in classes(extract, praised)
    assert "Statement" not in classes(extract, "Kenya reopened the border, a move that surprised traders.")


def test_an_air_strike_on_a_stadium_is_no_sport(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "A Russian air strike destroyed the stadium in Sumy on Saturday.") == ["Attack"]
    assert classes(extract, "The striker hit the post twice at the stadium on Saturday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bamako accuses Algiers of backing the rebels in the north.",
        "Kabul said the militants were being backed by Pakistan.",
    ],
)
def test_a_state_backing_an_armed_group_gives_it_military_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Malian troops backed by French air strikes drove the rebels out of Kidal.",
        "The mediation was backed by the African Union.",
    ],
)
def test_fire_support_or_a_backed_mediation_is_no_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" not in classes(extract, text)


def test_calling_anothers_forces_legitimate_targets_is_a_threat(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Tehran said any foreign warships in the strait would be legitimate targets.") == [
        "Threat"
    ]
    assert classes(extract, "Analysts said the bridge would be a legitimate target under the laws of war.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's national team will face Nigeria in the final on Sunday.",
        "Canada and Norway joined the ceremony in Oslo.",
    ],
)
def test_verbs_cameo_files_under_consult_by_default_are_no_talks(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Negotiation" not in classes(extract, text)


def test_consulting_another_party_is_still_talks(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Kenya's foreign minister consulted Ugandan officials in Kampala on Friday.") == [
        "Negotiation"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Iran summoned British Ambassador Simon Shercliff on Friday.",
        "Colombo summoned India's High Commissioner over the arrests.",
    ],
)
def test_an_envoy_summoned_by_title_and_name_or_as_high_commissioner_is_a_rebuke(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text)[0] == "Accusation"


def test_summoning_a_police_commissioner_is_no_rebuke(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" not in classes(extract, "The court summoned the police commissioner.")


def test_a_party_protesting_a_deed_accuses_and_a_crowd_protesting_does_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" in classes(extract, "Vietnam strongly protested the killing of a fisherman by Chinese sailors.")
    assert "Accusation" not in classes(extract, "Residents protested against the return of the refugees.")


def test_a_speaker_saying_its_state_will_not_negotiate_states_a_refusal(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Governor Ortom said the state would not negotiate with killers.") == ["Statement"]


def test_packages_of_arms_seized_at_sea_are_a_haul_not_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "A navy cutter seized 150 packages of drone parts off the coast of Somalia.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Norway said it would help rebuild the hospital in Kharkiv.",
        "Qatar will pay $30 million to rebuild the bridge over the Litani.",
    ],
)
def test_a_party_helping_or_paying_to_rebuild_gives_aid(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Aid"]


def test_volunteers_helping_to_restore_a_church_give_no_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Volunteers helped restore the old church.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Turkey did not rule out military action against the militia.",
        "Israel has not ruled out strikes on Iran's nuclear sites.",
    ],
)
def test_not_ruling_out_force_is_a_threat_and_holds_the_strikes_out(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == ["Threat"]


def test_not_ruling_out_an_explanation_is_no_threat(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Investigators cannot rule out other explanations.") == []


def test_a_party_saying_it_is_shocked_or_disheartened_makes_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Canada's foreign minister said she was deeply disheartened by the expulsions.")[0] == (
        "Statement"
    )
    assert classes(extract, "Fans said they were shocked by the result.") == []


def test_translated_neutralisation_of_fighters_is_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "The army proceeded on Monday to the neutralisation of twenty terrorists.")
    assert classes(extract, "The neutralisation of the threat took months.") == []


def test_closing_borders_with_a_state_named_as_a_noun_is_a_sanction(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" in classes(extract, "The summit decided the closure of borders with Guinea.")
    assert "Sanction" not in classes(extract, "The closure of the road for repairs angered drivers.")


def test_counterattacks_are_attacks_and_a_football_counterattack_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Guinean troops repelled four counterattacks by the rebels near the border.")
    assert "Attack" in classes(extract, "The rebels counterattacked army positions near the border.")
    assert "Attack" not in classes(extract, "The striker scored on a swift counterattack down the wing.")


def test_vowing_to_keep_up_attacks_is_a_threat(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" in classes(extract, "The rebel spokesman vowed to keep targeting Ukraine until the war ended.")


def test_security_sweeps_are_attacks_and_mine_clearance_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Security forces conducted an intelligence-based operation in the district.")
    assert "Attack" in classes(extract, "Troops launched a cordon and search operation in the forest on Monday.")
    assert "Attack" not in classes(extract, "Engineers began a mine clearance operation near the bridge.")


def test_warning_shots_fired_at_no_one_are_no_attack_and_no_threat(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "The South's army responded by firing warning shots across the border.") == []
    assert "Attack" in classes(extract, "Border guards fired warning shots at a group of Guinean soldiers.")


def test_barring_airlines_from_a_state_s_skies_is_a_sanction_by_who_hits_back(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract("Moscow hit back on Monday by barring the airlines of 36 countries from Russian skies.").events
    assert [e.event_class for e in events] == ["Sanction"]
    assert [a.text for a in events[0].agents] == ["Moscow"]


def test_a_politician_attacked_for_a_deed_is_criticised_and_troops_attacking_bases_fight(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Opposition leaders attacked President Mahama for surrendering the north."
    assert classes(extract, text) == ["Accusation"]
    assert classes(extract, "The rebels attacked army bases around the town for weeks.") == ["Attack"]


def test_a_sanctions_package_dominating_the_news_is_no_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, "The EU's new package of sanctions on Guinea dominated the front pages.")


def test_a_coup_told_in_passing_and_a_demand_to_disarm_are_no_attacks(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, "Trade has collapsed since the military seized power in July.")
    assert classes(extract, "The Security Council gave Sudan 30 days to disarm the militias.") == ["Demand"]


def test_a_deadline_hung_on_the_clause_about_whom_it_is_given_is_a_demand(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The Heads of State of the African Union gave the soldiers who seized power seven days to restore order."
    assert "Demand" in classes(extract, text)


def test_a_party_s_apology_is_a_statement_unless_it_only_dates_the_story(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "President Tinubu apologised to the families of the victims on Monday.") == ["Statement"]
    assert "Statement" not in classes(extract, "The crew was freed after Ukraine apologised.")


def test_an_act_whose_one_argument_is_none_at_all_is_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Agreement" not in classes(extract, "The spokesman said no date had been agreed for new talks.")
    assert classes(extract, "No prisoners were freed on Monday.") == []
    assert classes(extract, "Guinean forces shot down nothing on Sunday.") == []
    assert classes(extract, "The army killed no fewer than 20 fighters in Guinea.") == ["Attack"]


def test_a_state_s_forces_saying_whom_they_targeted_answer_a_charge_an_armed_group_claims(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, "A strike killed dozens; the army said it had targeted rebel fighters.")
    assert "Statement" in classes(extract, "Guinea said its forces had returned fire.")
    assert "Statement" not in classes(extract, "Hezbollah said its fighters had targeted a gathering of soldiers.")


@pytest.mark.parametrize(
    "text",
    [
        "The army chief said the war against corruption in the ranks would continue.",
        "The Pentagon's war on waste has cut procurement costs by 8 percent.",
        "The battle against malaria remains a priority for the minister.",
    ],
)
def test_a_war_waged_on_a_thing_no_one_is_is_no_attack(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, text)


def test_a_war_on_a_state_is_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Russia's war on Ukraine entered its fourth year.")


def test_a_party_saying_it_only_responded_and_dismissing_a_label_make_statements(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Statement" in classes(extract, "Guinea said its soldiers had only responded to unprovoked fire.")
    assert "Statement" in classes(extract, "Ukraine dismissed the 'proxy' label as an attempt to deflect attention.")
    assert "Statement" not in classes(extract, "Guinea said its soldiers had responded to the raid.")


def test_troops_coming_under_fire_are_attacked_a_minister_is_criticised(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Guinean soldiers came under fire near the border on Friday.") == ["Attack"]
    assert "Attack" not in classes(extract, "The minister came under fire from lawmakers over the budget.")


def test_forces_battling_gunmen_since_a_day_this_season_is_news_a_struggle_since_a_year_is_history(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Guinean troops have been battling gunmen in the north since 5 December.")
    assert "Attack" not in classes(extract, "The rebels have fought for a homeland since 1983.")
    history = "Guinea, whose soldiers have fought beside the army since December, sent more."
    assert "Attack" not in classes(extract, history)


def test_holding_a_party_responsible_is_an_accusation(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Accusation" in classes(extract, "The Lebanese presidency held Israel fully responsible for the escalation.")
    assert "Accusation" not in classes(extract, "The court held the company liable for the damage.")


def test_a_wrongdoer_who_would_pay_for_a_deed_is_threatened_a_buyer_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Threat" in classes(extract, "The president said Guinea's rulers would pay for the killings.")
    assert "Threat" not in classes(extract, "Ukraine said it would pay for the new radars.")


def test_a_salvo_of_rockets_is_an_attack_an_opening_salvo_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Hezbollah responded with a salvo of rockets at a base near the border.") == ["Attack"]
    assert classes(extract, "The tariff was the opening salvo in a trade dispute.") == []


def test_a_field_hospital_sent_is_aid(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Guinea announced it would send a mobile field hospital to Ukraine.") == ["Aid"]
    assert "Aid" not in classes(extract, "The wounded were sent to the main hospital in the capital.")


def test_weapons_flown_to_a_party_are_aid_drones_flown_over_a_city_are_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Aid" in classes(extract, "Guinea has been flying weapons to Ukraine through airstrips in the east.")
    assert "Aid" not in classes(extract, "Russia flew drones over the capital of Ukraine.")


def test_refugees_flown_back_return_fighters_flown_back_belong_to_their_swap(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Repatriation" in classes(extract, "More than 900 refugees were flown back to Guinea this week.")
    assert "Repatriation" not in classes(extract, "The army said 60 rebel fighters had been flown back from Ukraine.")


def test_freezing_membership_of_a_bloc_is_a_sanction(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Sanction" in classes(extract, "Guinea responded by freezing its membership of ECOWAS.")


def test_recognising_a_state_is_a_statement_recognising_a_fact_is_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Norway formally recognised a Palestinian state on Tuesday.") == ["Statement"]
    assert classes(extract, "Moscow recognised the independence of South Ossetia.") == ["Statement"]
    assert classes(extract, "The minister recognised the importance of dialogue.") == []


def test_announcing_a_suspended_link_is_the_sanction_not_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    text = "The Palestinian Authority announced it was suspending security coordination with Israel."
    assert classes(extract, text) == ["Sanction"]
    assert classes(extract, "The Red Cross announced it was pausing its operations in the region.") == ["Statement"]


def test_welcoming_a_vote_is_a_statement(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Guinea welcomed the vote in the Ukrainian parliament.") == ["Statement"]


def test_branding_a_party_a_traitor_accuses_it_a_kind_of_group_named_does_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Opposition deputies called President Zelensky a traitor.") == ["Accusation"]
    assert "Accusation" not in classes(extract, "He urged governments to stop calling the ELN a terrorist group.")
    assert "Accusation" not in classes(extract, "The minister called Ukraine a reliable partner.")


def test_a_crowd_storming_a_village_attacks_it_fans_storming_a_pitch_do_not(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Dozens of masked men stormed the village of Dara in Guinea on Friday night.") == ["Attack"]
    assert classes(extract, "Fans stormed the pitch after the final whistle.") == []


def test_a_deed_named_a_crime_in_a_clause_with_no_relative_word_is_accused(extract) -> None:  # type: ignore[no-untyped-def]
    text = "Ukraine closed its embassy, a decision Moscow called a gross provocation."
    assert "Accusation" in classes(extract, text)
    assert "Demand" not in classes(extract, "Norway recognised the state, a move Guinea called a reward for terrorism.")


def test_an_envoy_recalled_for_consultations_is_a_sanction_not_talks(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Guinea recalled its ambassador from Kyiv for consultations on Thursday.") == ["Sanction"]
    assert classes(extract, "Ukraine and Guinea held frank consultations in Geneva last week.") == ["Negotiation"]


@pytest.mark.parametrize(
    "text",
    [
        "Neither side has agreed to a ceasefire.",
        "Neither government has signed the deal.",
        "No state has recognised Guinea.",
    ],
)
def test_an_act_done_by_no_one_is_no_event(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, text) == []


def test_an_act_both_sides_did_stands(extract) -> None:  # type: ignore[no-untyped-def]
    assert classes(extract, "Both sides agreed to a ceasefire in Guinea.") == ["Ceasefire"]


def test_an_attack_no_group_has_claimed_still_happened(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "No group has claimed responsibility for the bombing in Kabul.")


@pytest.mark.parametrize(
    "text",
    [
        "Stock markets fell in Guinea as trade war fears grew.",
        "The opposition in Guinea launched a blistering offensive against the budget.",
        "The opposition leader shot a campaign video near the front line in Ukraine.",
        "An exercise simulating a rocket strike on the port of Odesa was held on Tuesday.",
    ],
)
def test_wars_of_markets_offensives_on_budgets_videos_shot_and_drills_are_no_attacks(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, text)


def test_an_offensive_against_a_group_s_positions_is_an_attack(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Guinean troops launched an offensive against CODECO positions on Friday.")


def test_a_counter_attack_ending_in_a_penalty_is_football(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, "Guinea's team launched a counter-attack that ended with a penalty.")


def test_a_train_carrying_workers_home_repatriates_them(extract) -> None:  # type: ignore[no-untyped-def]
    text = "A train carrying 1,500 Guinean migrant workers home from Ukraine reached the border on Wednesday."
    assert "Repatriation" in classes(extract, text)
    assert "Repatriation" in classes(extract, "Guinea brought home 94 families from a camp in Ukraine on Tuesday.")


def test_refugees_crossing_a_border_appeal_to_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Demand" not in classes(extract, "Buses carrying 300 refugees crossed into Guinea on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The film about the siege of Mariupol won the award in Berlin.",
        "Lightning strikes killed seven people in northern Guinea.",
        "A leopard attacked a woman near the border of Guinea.",
        "Typhoon Haiyan battered the Philippines, killing more than 6,000 people.",
    ],
)
def test_films_about_a_siege_storms_and_animals_are_no_attacks(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" not in classes(extract, text)


def test_a_lightning_offensive_is_war(extract) -> None:  # type: ignore[no-untyped-def]
    assert "Attack" in classes(extract, "Guinea's lightning offensive took the border town in a day.")
