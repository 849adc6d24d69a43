"""Find event triggers: verbs and nouns of the lexicon, checked against their context.

A spaCy ``Matcher`` finds candidates by lemma; the checks here decide whether the word
really names an event of that class here ("exchange" of prisoners, not of views).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from graph_builder.extract import lexicon as lx
from graph_builder.extract.actors import DEFINITE_HEADS, antecedent_subject, is_people_group
from graph_builder.extract.attach import is_money, is_support_verb, phrase_top
from graph_builder.extract.cameo_verbs import classify_verb, known_verbs
from graph_builder.extract.quantities import parse_number
from graph_builder.extract.roles import (
    is_a_complaint,
    is_aircraft_type,
    owning_bodies,
    passive_agents,
    passive_form,
    qualifies_its_noun,
    subject_of,
)
from graph_builder.nlp import cameo_lexicon as cameo


@dataclass(frozen=True)
class Trigger:
    """A word that names an event; ``weak`` triggers may only refer to an earlier event."""

    token: Token
    event_class: str
    nominal: bool
    weak: bool = False
    candidates: tuple[str, ...] = ()


def build_trigger_matcher(nlp: Language) -> Matcher:
    """One matcher for every single-word and multi-word trigger of the lexicon."""
    matcher = Matcher(nlp.vocab)
    special = lx.STOPPING_VERBS | lx.RECEIVING_VERBS | lx.CONVERSATION_VERBS | lx.CARRYING_VERBS | lx.GIVING_VERBS
    special |= lx.SEVERING_VERBS | lx.BARRING_VERBS | {"lend"}
    special |= set(lx.EXPLOSION_VERBS) | {"open", "get", "let", "execute", "recognise", "recognize"}
    special |= lx.PRAISING_VERBS | lx.FUNDING_VERBS | lx.AIRDROP_VERBS | FLYING_HOME_VERBS | REFUGEE_MOTION_VERBS
    special |= lx.SHIPPING_VERBS | lx.ARRIVING_VERBS | lx.RECALLING_VERBS | lx.CLOSING_VERBS
    special |= lx.SPEAKING_VERBS | lx.REPELLING_VERBS | lx.BURNING_VERBS | lx.ADVANCING_VERBS | lx.ABDUCTING_VERBS
    special |= lx.DESIGNATING_VERBS | lx.LISTING_VERBS | lx.HANDOVER_VERBS | lx.LANDING_VERBS | {"sit", "sink"}
    special |= lx.DOWNING_VERBS | lx.CONCERN_VERBS | lx.RAMMING_VERBS | {"pay", "attribute", "torpedo", "pardon"}
    special |= {"convoke", "regain", "rescue"} | lx.FINANCING_VERBS | lx.NAMING_VERBS | lx.REPULSING_VERBS
    special |= lx.OPPOSING_VERBS | lx.BACKING_VERBS | {"protest", "help", "rule", "apologise", "apologize"}
    verbs = sorted(set(lx.VERB_TRIGGERS) | known_verbs() | lx.WITHHOLDING_VERBS | special)
    matcher.add("VERB", [[{"LEMMA": {"IN": verbs}, "POS": "VERB"}]])
    # read only by their own checks in _check_noun
    extra_nouns = {"return", "closure", "push", "fire", "restriction", "restrictions", "ban", "bans", "salvo", "volley"}
    extra_nouns |= lx.SECURITY_OPERATION_NOUNS | lx.SEVERING_NOUNS | lx.ARMS_DELIVERY_NOUNS | lx.NEUTRALISING_NOUNS
    nouns = sorted(set(lx.NOUN_TRIGGERS) | set(lx.ANAPHOR_ONLY_NOUNS) | lx.PAUSE_NOUNS | extra_nouns)
    matcher.add("NOUN", [[{"LOWER": {"IN": nouns}, "POS": {"IN": ["NOUN", "PROPN", "NUM", "PRON"]}}]])
    matcher.add("NOUN", [[{"LEMMA": {"IN": nouns}, "POS": {"IN": ["NOUN", "PROPN"]}}]])
    for index, (lemmas, _cls) in enumerate(lx.PHRASE_TRIGGERS):
        matcher.add(f"PHRASE{index}", [[{"LEMMA": lemma} for lemma in lemmas]])
    return matcher


def find_triggers(doc: Doc, matcher: Matcher) -> list[Trigger]:
    """Every trigger of the document, in text order, one per token."""
    found: dict[int, Trigger] = {}
    for match_id, start, end in matcher(doc):
        name = doc.vocab.strings[match_id]
        if name.startswith("PHRASE"):
            cls = lx.PHRASE_TRIGGERS[int(name[6:])][1]
            head = doc[end - 1] if doc[end - 1].dep_ != "pobj" else doc[start]
            head = doc[start] if doc[start].lemma_ in ("round", "cessation") else head
            found[head.i] = Trigger(head, cls, nominal=True)
            continue
        token = doc[start]
        if token.i in found:
            continue
        trigger = _check_verb(token) if name == "VERB" else _check_noun(token)
        if trigger is not None and trigger.event_class == "Negotiation" and _private_parties_only(trigger):
            continue  # "a woman telephoned the police": a call, not talks between parties
        if trigger is not None and trigger.event_class == "Negotiation" and _carried(trigger):
            continue  # "the freed servicemen had been flown to Belarus": carried there, not visiting
        if trigger is not None:
            found[token.i] = trigger
    return [found[i] for i in sorted(found)]


TRAVEL_VERBS = frozenset(["fly", "travel", "take", "bring", "ferry", "transfer", "move"])
CROSSING_VERBS = frozenset(["cross", "flee", "pour", "stream", "enter"])
FLYING_HOME_VERBS = frozenset(["fly", "ferry", "repatriate"])
# Verbs that bring people home with "home" or "back": "a train carrying 1,200 workers home".
CARRIED_HOME_VERBS = FLYING_HOME_VERBS | {"bring", "carry", "transport"}
# How refugees are told to go home: "streamed back", "sent them home", "deported to Kabul".
# "displaced families have driven back to their villages"
REFUGEE_MOTION_VERBS = frozenset("send start deport dispatch drive walk trek".split()) | lx.MASS_MOTION_VERBS
HOMEWARD_VERBS = lx.MOTION_VERBS | REFUGEE_MOTION_VERBS
PEOPLE_CARRIED_HOME = lx.FREED_PEOPLE_NOUNS | lx.DISPLACED_NOUNS | lx.GROUP_HEADS
ORDERING_AN_END_VERBS = lx.ORDER_VERBS | {"announce", "declare"}  # "ordered an end to military operations"


def _carried(trigger: Trigger) -> bool:
    """ "the freed servicemen had been flown to Belarus", "an aircraft flew the boxes to Seoul":
    someone or something carried, not a party visiting."""
    verb = trigger.token
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    freight = verb.lemma_.lower() in lx.SHIPPING_VERBS and any(c.dep_ == "dobj" for c in verb.children)
    return not trigger.nominal and ((passive and verb.lemma_.lower() in TRAVEL_VERBS) or freight)


# Foreign officials a state expels besides its envoys: "expelled four intelligence officers" (CAMEO 166).
EXPELLED_OFFICIALS = frozenset(["officer", "spy", "agent"])
PRIVATE_ROLES = frozenset(["COP", "CRM"])  # besides every role of people (class Group)


def _private_parties_only(trigger: Trigger) -> bool:
    """Every party a meeting or call verb names is a private person or group, or the police
    ("a woman telephoned the police"): consultation between parties needs one of them."""
    verb = trigger.token
    if trigger.nominal:
        return False
    parties = [*subject_of(verb), *(c for c in verb.children if c.dep_ in ("dobj", "dative"))]
    parties += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children]
    parties = [p for p in parties if p.dep_ != "prep"]
    if not parties or any(p.ent_type_ or p.pos_ == "PRON" for p in parties):
        return False
    entries = [_agent_entry(p) for p in parties]
    return all(e is not None and (e.event_class == "Group" or e.role in PRIVATE_ROLES) for e in entries)


def _lower_heads(token: Token) -> set[str]:
    """Lower-cased heads of the noun phrases around a word: its objects and subject."""
    words: set[str] = set()
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "nsubj", "attr", "pobj", "prep", "compound", "amod", "prt"):
            words.add(child.lower_)
            words.add(child.lemma_.lower())
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "compound", "amod", "nummod"):
                    words.add(grandchild.lower_)
                    words.add(grandchild.lemma_.lower())
                if grandchild.dep_ in ("acl", "relcl") and grandchild.lemma_.lower() in lx.CAPTIVITY_VERBS:
                    words.add("captive")  # "women held in Gaza", "two officers it had held"
                if grandchild.dep_ == "amod" and grandchild.lemma_.lower() in lx.CAPTIVITY_VERBS:
                    words.add("captive")  # "a detained scholar"
                money = grandchild.lower_ == "in" and child.dep_ == "dobj" and is_money(child)
                # "dozens of prisoners", "21 of the schoolgirls"
                counted = _is_count(child) or child.lemma_.lower() in lx.CARGO_NOUNS or child.lower_ in lx.CARGO_NOUNS
                amount = grandchild.dep_ == "prep" and grandchild.lower_ == "of" and counted
                if money or amount:
                    # "dozens of prisoners" and "$300 million in weapons" name prisoners and
                    # weapons; "a list of POWs" names a list
                    named = [g for g in grandchild.children if g.dep_ == "pobj"]
                    named += [c for g in named for c in g.conjuncts]  # "tonnes of sheeting and blankets"
                    words.update(_word_forms(named))  # "drones", "drone"
                    # "thousands of displaced people": the modifier says who they are
                    words.update(m.lower_ for g in named for m in g.children if m.dep_ == "amod")
    return words


def _check_verb(token: Token) -> Trigger | None:
    if token.dep_ == "acomp":
        return None  # "the injuries were life-threatening": a participle used as an adjective
    lemma = token.lemma_.lower()
    if lemma in lx.WITHHOLDING_VERBS and _object_is_aid(token):
        return Trigger(token, "Sanction", nominal=False)  # CAMEO 162: reduce or stop aid
    if lemma == "arm" and not _arms_a_party(token):
        return None  # "men armed with knives", "residents armed themselves"
    if lemma in ("expel", "deport") and _expels_people(token):
        return Trigger(token, "Repatriation", nominal=False)  # "began expelling undocumented migrants"
    if lemma in ("suspend", "expel", "freeze") and _suspends_member(token):
        return Trigger(token, "Sanction", nominal=False)  # "suspended Mali from the bloc": CAMEO 16
    if _is_explosion(token):
        return Trigger(token, "Attack", nominal=False) if _device_exploded(token) else None
    if lemma in ("fire", "shoot") and any(map(_is_warning_shot, _direct_objects(token))) and not _aimed(token):
        return None  # "fired warning shots across the line": a warning, aimed at no one
    if lemma == "warn" and any(o.i == token.i + 1 and _is_shot(o) for o in _direct_objects(token)):
        return None  # the parser's "firing [warning shots]" as "warning" a verb
    if lemma in ("hit", "strike") and _strikes_back_by_other_means(token):
        return None  # "Moscow hit back by barring its airlines": the means named is the news
    if lemma in lx.DOWNING_VERBS:
        downed = {o.lemma_.lower() for o in _direct_objects(token)} & lx.DOWNED_THINGS
        return Trigger(token, "Attack", nominal=False) if downed else None  # not "downed tools"
    if lemma in lx.LANDING_VERBS:
        if _lands_with_relief(token):
            return Trigger(token, "Aid", nominal=False)  # "a C-130 landed with 12 tonnes of tarpaulins"
        # CAMEO 195: "two shells fell on the hospital", "a mortar round landed in the yard"
        return Trigger(token, "Attack", nominal=False) if _munition_landed(token) else None
    summoning = lemma in ("summon", "convoke")
    if summoning and any(map(_names_a_diplomat, _direct_objects(token))):
        # CAMEO 114: a rebuke, not a meeting, whether or not the grievance is named ("summoned the
        # ambassador on Monday", "… over the strike", "… to protest the detention")
        return Trigger(token, "Accusation", nominal=False)
    operations = [o for o in _direct_objects(token) if o.lemma_.lower() in lx.SECURITY_OPERATION_NOUNS]
    if any(map(_against_terrorists, operations)):
        return None  # "announced local anti-terrorist measures": the operation is the event, no threat
    if lemma == "agree" and _agrees_to_act_alone(token):
        return None  # "EU leaders agreed to ban Belarusian airlines": the ban is the news, not a deal
    leaves_a_deal = lemma in lx.LEAVING_VERBS and any(map(_left_by_a_party, _agreements_left(token)))
    if leaves_a_deal and not _told_as_background(token):
        return Trigger(token, "Statement", nominal=False)  # "said it was quitting the grain deal"
    if lemma == "veto" and not _vetoes_statecraft(token):
        return None
    if lemma in lx.WARRANT_VERBS and any(o.lemma_.lower() == "warrant" for o in _direct_objects(token)):
        # CAMEO codes "issue warrant" a demand; a warrant names a crime its subject is charged with
        # (CAMEO 112, accuse), unless it is a court's routine ("a warrant for the singer's arrest")
        return Trigger(token, "Accusation", nominal=False) if _warrant_for_a_grave_crime(token) else None
    if lemma in lx.SEIZING_VERBS and {o.lemma_.lower() for o in _direct_objects(token)} & lx.HAUL_NOUNS:
        return None  # "the army seized a cache of rockets": a find of arms, not an attack on anyone
    if lemma in lx.SEIZING_VERBS and any(o.lemma_.lower() == "power" for o in _direct_objects(token)):
        return None  # "since the military seized power": a coup told in passing, no attack on anyone
    if lemma in ("broker", "mediate", "negotiate") and _brokered_deal(token):
        return None  # "the swap, mediated by Qatar": the broker takes part in the deal, no talks of their own
    special = _special_reading(token)
    if special is not None:
        return Trigger(token, special, nominal=False)
    if lemma not in lx.VERB_TRIGGERS:
        if not has_actor_argument(token, source_and_target=False):
            return None  # checked first: it is cheaper than reading the patterns
        found = classify_verb(token)
        if found is None:
            return None
        # What was said stands for the other side of an appeal or threat, not of a vague
        # disapproval: "prosecutors claim McVeigh arrived" accuses no one
        said_counts = found.communicative and not (found.vague and found.event_class == "Accusation")
        both_sides = has_actor_argument(token, source_and_target=True, content_counts=said_counts)
        if found.event_class == "Negotiation":
            both_sides = both_sides or any(map(_names_several_parties, subject_of(token)))
        if found.vague and not both_sides:
            return None  # one actor was found above; CAMEO's "not specified" codes need both sides
        if found.vague and lemma in lx.MOTION_VERBS:
            return None  # "the convoy left the prison": going somewhere is no visit without a pattern saying so
        if found.event_class in lx.SPEECH_CLASSES and lemma in CROSSING_VERBS:
            return None  # CAMEO codes "refugees crossed into Chad" an appeal for aid: no one spoke
        if found.event_class == "Demand" and asks_a_question(token):
            return None  # "asked whether the strikes had worked": a question, however CAMEO codes "ask"
        if found.event_class == "Accusation" and _under_gunfire(token):
            return None  # CAMEO's "come under fire" is criticism; "came under artillery fire" is shot at
        if found.communicative and _weapon_subject(token):
            return None  # "missiles that threatened shipping" are a danger, not a threat anyone made
        if found.event_class == "Agreement" and not both_sides:
            return None  # CAMEO's intents (03x) between parties: "announced a plan to fight homelessness" has one
        if found.event_class == "Negotiation" and lemma == "host" and any(map(_counts_people, _direct_objects(token))):
            return None  # "hosts half a million refugees": shelter, not a meeting
        if found.event_class == "Negotiation" and lemma == "host" and any(map(_is_troops, _direct_objects(token))):
            return None  # "has been hosting U.S. troops": a base, not a meeting
        if found.event_class == "Aid" and any(o.lemma_.lower() == "asylum" for o in _direct_objects(token)):
            return None  # CAMEO 075 "grant asylum": shelter for a person, not the contract's aid
        guarding = lemma in ("protect", "defend", "guard", "shield")
        if found.event_class == "Aid" and guarding and not _protects_another(token):
            return None  # "to protect its citizens", "defending itself": no help to another party
        if found.event_class == "Negotiation" and found.vague and any(map(_is_armed, _direct_objects(token))):
            return None  # "pulled its soldiers out of the area": moving troops, not consulting them
        if found.event_class == "Negotiation" and found.vague and lemma not in ("consult", "confer"):
            # CAMEO files "join", "face", "approach", "pull", "weigh" under consult (040) by
            # default: "will face Indonesia in the final", "joined the ceremony"
            return None
        if found.event_class == "Negotiation" and not _has_two_sides(token):
            return None  # "Lyon will host the final": a visit or meeting has a party on each side
        if (is_support_verb(token) or not found.pattern) and _direct_object_is_event(token):
            return None  # "ended two hours of talks", "attending the signing": the noun is the event
        if found.event_class == "Attack" and lemma in lx.FIGURATIVE_DEFEAT_VERBS and not any(
            map(_is_armed, subject_of(token))
        ):
            return None  # "the sanctions package dominated the front pages": only troops overwhelm in war
        if found.event_class == "Attack" and not (is_armed_conflict(token) and _acts_on_something(token)):
            return None  # "a convoy drove out of the prison": an attack acts on someone or something
        if found.event_class in lx.PROTEST_MESSAGE_CLASSES and is_protest_aim(token):
            return None  # "demonstrators denounced the law": a protest's message
        if found.event_class == "Aid" and not any(c.dep_ in ("dobj", "dative") for c in token.children):
            return None  # "20,000 civilians were sheltering inside the base": given shelter, giving nothing
        if found.event_class in lx.STATECRAFT_CLASSES and _done_by_no_party(token):
            return None  # "a Lagos court froze the bank accounts of a businessman"
        if found.event_class == "Sanction" and any(map(_is_armed, subject_of(token))):
            return None  # "troops withdrew from the town" is a retreat, not a cut in relations
        if found.event_class == "Sanction" and _business_subject(token):
            return None  # "the airline halted its flights into the city": a carrier's decision
        return Trigger(token, found.event_class, nominal=False)
    cls = lx.VERB_TRIGGERS[lemma]
    if cls in lx.STATECRAFT_CLASSES and _done_by_no_party(token):
        return None  # "lenders agreed to restructure a loan", "a court froze the accounts"
    nearby = _lower_heads(token)
    if token.dep_ == "acl" and _aimed(token, also=("against",)):
        nearby |= {token.head.lemma_.lower(), token.head.lower_}  # "a missile fired at Jizan", not "… from Yemen"
    if token.dep_ == "acl" and lemma in lx.GIVING_VERBS:
        nearby |= {token.head.lemma_.lower(), token.head.lower_}  # "the missiles, shipped to Kyiv in March"
    objects = {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
    if lemma == "target" and token.tag_ == "VBG":
        return None  # "accused Riyadh of targeting children", "denied targeting civilians": what is charged
    if cls == "Attack" and objects & lx.FIGURATIVE_STRIKE_OBJECTS:
        return None  # "struck a deal", "hit the right note"
    ambiguous = cls == "Attack" and lemma in lx.AMBIGUOUS_ATTACK_VERBS
    on_someone = lemma == "attack" and _acts_on_someone(token)
    on_someone = on_someone or (lemma == "storm" and any(map(_is_a_stormed_place, _direct_objects(token))))
    if ambiguous and not military_context(token) and not on_someone and not _named_doer(token):
        return None  # "prices hit a record", "the plan targets inflation"
    if cls == "Attack" and not is_armed_conflict(token):
        return None
    if cls == "Attack" and _fighting_over_a_span(token):
        return None  # "after seven weeks of fighting", the gerund read as a verb
    if _liberated_as_a_status(token):
        return None  # "declared Marawi liberated", "Mosul had been liberated": a status announced, no deed told
    if cls in lx.PROTEST_MESSAGE_CLASSES and is_protest_aim(token):
        return None
    if cls in ("Threat", "Demand", "Accusation") and _weapon_subject(token):
        return None
    if lemma == "warn" and not _warns_of_own_act(token):
        return None  # "the ministry warned of a new wave of infections" points at a danger
    ordering = lemma in lx.ORDER_VERBS and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
    if ordering and not _sends_diplomat_away(token, objects):
        return None  # "ordered troops to withdraw" is a demand; "ordered an inquiry" an act of office
    if cls == "PrisonerExchange" and not (nearby & lx.CAPTIVE_NOUNS):
        return None
    if cls == "Release" and objects & lx.RELEASED_MEDIA_NOUNS:
        return None  # "the militants released a video showing the hostages"
    freed = nearby | {s.lemma_.lower() for s in subject_of(token)}
    living = freed & (lx.CAPTIVE_NOUNS | lx.FREED_PEOPLE_NOUNS) and not freed & lx.REMAINS_NOUNS
    if cls == "Release" and _in_exchange(token) and living:
        return Trigger(token, "PrisonerExchange", nominal=False)  # "prisoners freed in exchange for soldiers"
    if cls == "Release" and living and _freed_by_both_sides(token):
        return Trigger(token, "PrisonerExchange", nominal=False)  # "the army and the RSF released fighters"
    if cls == "Release" and lemma in ("free", "release") and _armed_party_frees_people(token):
        return Trigger(token, "Release", nominal=False)  # "Hamas freed two elderly Israeli women"
    if cls == "Release":
        if nearby & lx.REMAINS_NOUNS or (lemma == "return" and nearby & lx.DISPLACED_NOUNS):
            return Trigger(token, "Repatriation", nominal=False)
        if lemma == "return" and _returned_to_their_families(token):
            return Trigger(token, "Repatriation", nominal=False)  # "the teenagers were returned to their parents"
        if lemma == "return" and _armed_party_frees_people(token):
            return Trigger(token, "Release", nominal=False)  # "militants returned most of the schoolgirls"
        if lemma in ("hand", "transfer") and _handed_to_their_consulate(token):
            return Trigger(token, "Repatriation", nominal=False)  # "handed 35 migrants to Egypt's consulate"
        handed = lemma in ("hand", "transfer") and _to_the_red_cross(token) and _armed_party_frees_people(token)
        if handed:
            return Trigger(token, "Release", nominal=False)  # "Hamas handed three women to the Red Cross"
        if lemma in ("hand", "return", "transfer", "pass") and not (nearby & lx.CAPTIVE_NOUNS):
            return None
        if any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            return None  # "handed out leaflets": given away, not handed over
        # "5,000 Taliban prisoners … are to be freed": the freed are the subject the verb inherits
        released = nearby | ({s.lemma_.lower() for s in subject_of(token)} if passive_form(token) else set())
        if not (released & lx.CAPTIVE_NOUNS or _in_captivity_context(token) or _person_set_free(token)):
            return None
    fired_on = lemma == "fire" and _fires_on_a_party(token)
    if lemma in lx.ATTACK_OBJECT_VERBS and not (nearby & lx.WEAPON_NOUNS) and not fired_on:
        return None  # "fired mortars at", "fired on the crowd"; not "fired the coach"
    if lemma in lx.ATTACK_OBJECT_VERBS and weapons_test(token):
        return None  # "fired missiles into the sea", "test-fired a cruise missile": a show of force
    if lemma == "knock" and not any(c.lower_ == "out" for c in token.children):
        return None
    relief = any(map(_is_relief, _direct_objects(token)))  # "sent humanitarian convoys", "a plane loaded with tents"
    if lemma in lx.GIVING_VERBS and not (nearby & lx.AID_OBJECT_NOUNS or _gives_material_support(token) or relief):
        return None  # "delivered a speech"; "supplied Kyiv with tanks" is aid
    if cls == "Agreement" and any(c.dep_ == "xcomp" and c.lemma_.lower() in lx.COMMERCE_VERBS for c in token.children):
        return None  # "agreed to buy the gaming company": a takeover
    talks_about_a_deed = lemma == "negotiate" and not _object_is_deal(token)
    supporting = is_support_verb(token) or lemma in ("commit", "sign", "agree")
    if supporting and _object_is_event(token) and not talks_about_a_deed:
        return None  # the object noun is the event; the verb only supports it
    if asks_a_question(token):
        return None  # "Asked whether the truce would hold, the spokesman said …"
    if lemma == "call" and not _calls_on_or_for(token):
        return None  # "called the blast an attack", "on Friday … called"
    if lemma == "meet" and not _is_meeting(token):
        return None
    if lemma == "sign" and any(c.dep_ == "prt" for c in token.children):
        return None  # "sign up", "sign in"
    if lemma == "sign" and objects & lx.SIGNED_NON_AGREEMENTS:
        return None  # "signed a contract with the club", "signed the bill into law"
    if lemma == "commit" and not _commits_to_something(token):
        return None  # "commit suicide", "committed crimes"
    if lemma in ("promise", "pledge", "vow") and not any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in token.children):
        return None  # a commitment commits to something: "vowed to rebuild", "pledged support"
    if lemma == "pledge" and nearby & {"allegiance", "loyalty"}:
        return None  # an oath of loyalty, not a commitment between parties
    if lemma in ("promise", "pledge", "vow") and _pledges_an_event(token):
        return None  # "pledged 500 million euros in aid": the aid is the event
    giving = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in PLEDGED_GIVING]
    if lemma in lx.VOWING_VERBS and giving:
        return None  # "vowed to ship field kitchens": the giving, if anything, is the event
    if cls == "Agreement" and lemma in lx.VOWING_VERBS and _vows_force(token):
        return Trigger(token, "Threat", nominal=False)  # CAMEO 138: "vowed to retaliate", "promised revenge"
    if lemma == "declare" and not (nearby & set(lx.NOUN_TRIGGERS)):
        return None
    return Trigger(token, cls, nominal=False)


PERSONAL_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
PLEDGED_GIVING = lx.GIVING_VERBS | {"give", "donate", "hand"}
ACTOR_ENTITY_TYPES = frozenset(["GPE", "ORG", "PERSON", "NORP"])
TARGET_PREPS = frozenset(["to", "with", "against", "on", "at", "upon", "into", "from"])


def has_actor_argument(verb: Token, *, source_and_target: bool, content_counts: bool = False) -> bool:
    """An actor takes part — as PETRARCH codes events: a named actor, a generic agent
    ("rebels", "the ministry"), a personal pronoun, or a phrase an actor modifies ("Kurdish
    fighters"). With ``source_and_target``, both a subject-side and an object-side actor; for
    acts of speech (``content_counts``) what was said, a "that" clause, may stand for the
    object side ("the minister suggested that talks resume")."""
    sources = [*subject_of(verb)]
    sources += passive_agents(verb)
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    targets += [g for c in preps for g in c.children if g.dep_ == "pobj"]
    if source_and_target:
        said = content_counts and any(c.dep_ == "ccomp" for c in verb.children)
        return any(map(_is_actor, sources)) and (said or any(map(_is_actor, targets)))
    return any(map(_is_actor, sources + targets))


def _has_two_sides(verb: Token) -> bool:
    """Parties on both sides of a meeting, or a subject that is several ("the leaders met")."""
    if has_actor_argument(verb, source_and_target=True):
        return True
    return any(_is_actor(s) and (s.conjuncts or s.tag_ in ("NNS", "NNPS")) for s in subject_of(verb))


def _names_several_parties(subject: Token) -> bool:
    """ "Iran and Iraq", "Indian and Pakistani officials", "the two sides": parties enough for talks."""
    if not _is_actor(subject):
        return False
    if subject.conjuncts:
        return True
    modifiers = [c for c in subject.children if c.dep_ in ("amod", "compound")]
    if any(m.ent_type_ in ACTOR_ENTITY_TYPES and m.conjuncts for m in modifiers):
        return True
    return any(c.lower_ in ("two", "both", "three") for c in subject.children if c.dep_ in ("nummod", "det", "predet"))


def _agent_entry(token: Token) -> cameo.AgentEntry | None:
    """The Phoenix generic agent a word names, by its form or its lemma."""
    return cameo.agent(token.lower_) or cameo.agent(token.lemma_.lower())


def _is_unrest(token: Token) -> bool:
    """Protesters, rioters, a crowd: civil unrest, not an armed party."""
    return token.lemma_.lower() in lx.UNREST_NOUNS or token.lower_ in lx.UNREST_NOUNS


def _is_actor(token: Token) -> bool:
    if token.lower_ in PERSONAL_PRONOUNS or token.ent_type_ in ACTOR_ENTITY_TYPES:
        return True
    if token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass"):
        said_by = antecedent_subject(token)  # "Ecuador said it would deport 1,500 inmates"
        return said_by is not None and _is_actor(said_by)
    if token.lower_ in DEFINITE_HEADS and any(c.lower_ == "the" for c in token.children):
        return True  # "the mission", "the alliance": a body the story named before
    if _agent_entry(token) is not None or _names_agent_with_modifiers(token):
        return True
    if token.lower_ in lx.REPRESENTATIVE_HEADS and any(map(_is_actor, _of_what(token, ("of", "from")))):
        return True  # "leaders of the Kosovo Serbs", "representatives of the Karabakh Armenians"
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "poss")]
    # "Somali officials"; "President Ruto", where the model tagged no entity but the title is an agent
    return any(c.ent_type_ in ACTOR_ENTITY_TYPES or (c.dep_ == "compound" and cameo.agent(c.lower_)) for c in modifiers)


def _names_agent_with_modifiers(token: Token) -> bool:
    """Phoenix agents of several words: "opposition leaders", "peace negotiators"."""
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
    if not modifiers:
        return False
    words = [t.lower_ for t in token.doc[modifiers[0].i : token.i + 1]]
    return cameo.agent_in_phrase(words) is not None


# A sitting that parties hold together: "held an emergency session", "will hold a call with".
SITTING_NOUNS = frozenset(["session", "call", "videoconference", "teleconference"])
# A body whose sitting is a consultation between its members: the Security Council, the African
# Union's Peace and Security Council, two countries' border commissions.
CONSULTING_BODIES = frozenset(["council", "commission"])


def _sits_with_others(verb: Token) -> bool:
    """Several parties, a party with another, or a council of states sit: "the Security Council",
    "Britain, France and Germany … with the Iranian deputy minister"; not one parliament's sitting."""
    withs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    sitting = [o for o in verb.children if o.dep_ == "dobj"]
    between = [c for o in sitting for c in o.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    withs += [g for c in between for g in c.children]
    if any(_is_actor(g) for g in withs):
        return True
    subjects = subject_of(verb)
    if any(s.lemma_.lower() in CONSULTING_BODIES for s in subjects):
        return True
    return any(s.conjuncts or s.tag_ in ("NNS", "NNPS") for s in subjects if _is_actor(s))


def _is_meeting(token: Token) -> bool:
    """ "met with X", "X and Y met", "X met Y" — not "met the target" or "met expectations"."""
    withs = [c for c in token.children if c.lower_ == "with"]
    if withs and any(c.dep_ == "auxpass" for c in token.children):
        # "would be met with fire and fury": an answer, not talks; "was met with the envoy" is rare
        return any(_is_actor(g) for w in withs for g in w.children if g.dep_ == "pobj")
    if withs:
        return True
    # "X and Y met", "the delegations agreed to meet again": the subject may be the governing verb's
    # a passive subject counts only inherited: "commanders are expected to meet", not "was met"
    subjects = [s for s in subject_of(token) if s.dep_ == "nsubj" or (s.dep_ == "nsubjpass" and s.head != token)]
    # plural people or bodies meet; "where the borders of three states meet" is geography
    people = [s for s in subjects if s.lemma_.lower() not in lx.MEETING_PLACE_NOUNS]
    if any(s.conjuncts or s.tag_ in ("NNS", "NNPS") for s in people):
        return True
    if any(s.lemma_.lower() in CONSULTING_BODIES and s.ent_type_ == "ORG" for s in people):
        return True  # "the Security Council met on Sunday": its members consult
    # "met Putin", "met his Iranian counterpart"
    objects = _direct_objects(token)
    return any(o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or _is_actor(o) for o in objects)


def _commits_to_something(token: Token) -> bool:
    """ "committed to a ceasefire", "committed to withdraw": a commitment, not a crime committed."""
    return any(c.dep_ in ("xcomp",) or (c.dep_ == "prep" and c.lower_ == "to") for c in token.children)


def weapons_test(verb: Token) -> bool:
    """A launch aimed at nothing: into the sea, or called a test ("test-fired"), with no target
    named through "at", "on" or "against"."""
    aimed = (
        g
        for c in verb.children
        if c.dep_ == "prep" and (c.lower_ in AIMING_PREPS or c.lower_ == "against")
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")  # "on Sunday" aims at nothing
    )
    if next(aimed, None) is not None:
        return False
    doc = verb.doc
    tested = verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "test"
    tested = tested or any(c.lemma_.lower() == "test" for c in verb.children)
    into_sea = any(
        c.dep_ == "prep" and c.lower_ in ("into", "off") and any(g.lemma_.lower() in SEA_WORDS for g in c.subtree)
        for c in verb.children
    )
    return tested or into_sea


SEA_WORDS = frozenset(["sea", "ocean", "water", "waters"])


def _asks_for_comment(noun: Token) -> bool:
    return any(
        c.lower_ == "for" and any(g.lemma_.lower() in ("comment", "interview", "clarification") for g in c.children)
        for c in noun.children
    )


def _arms_a_party(verb: Token) -> bool:
    """ "Iran armed the Houthis", "guards armed by the army": someone gives a party its weapons."""
    armed = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in REFLEXIVES]
    given_by = passive_agents(verb)
    return any(_is_actor(o) or o.pos_ == "PROPN" for o in armed) or any(_is_actor(g) for g in given_by)


REFLEXIVES = frozenset(["themselves", "itself", "himself", "herself", "ourselves", "yourselves"])
MEMBER_NOUNS = frozenset(["country", "state", "nation", "government", "junta", "member"])


def _grants_recognition(verb: Token) -> bool:
    recognised = _direct_objects(verb)
    status = any(o.lemma_.lower() in lx.RECOGNISED_STATUS_NOUNS for o in recognised)
    return (status or any(o.ent_type_ == "GPE" for o in recognised)) and bool(subject_of(verb))


def _flies_goods_to_a_party(verb: Token) -> bool:
    flown = {o.lemma_.lower() for o in _direct_objects(verb)} | {o.lower_ for o in _direct_objects(verb)}
    goods = flown & (lx.AID_OBJECT_NOUNS | lx.HUMANITARIAN_NOUNS)
    recipients = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return bool(goods) and any(r.ent_type_ in ACTOR_ENTITY_TYPES for r in recipients)


def _suspends_member(verb: Token) -> bool:
    """ "suspended the country from its bodies", "suspended Niger's membership", "expelled
    Russia from the council": a body shutting out one of its members."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in ("membership", "accreditation") for o in objects):
        return True
    if any(o.lemma_.lower() == "right" and _names_a_member(o) for o in objects):
        return True  # "suspended the voting rights of the Russian delegation"
    # a state or an organisation, not "suspended three students from classes"
    members = [o for o in objects if o.ent_type_ in ("GPE", "ORG", "NORP") or o.lemma_.lower() in MEMBER_NOUNS]
    bodies = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    if not bodies and verb.lemma_.lower() == "suspend":
        # "the Forum suspended Fiji": a body named as the subject shuts out a state; "FIDE
        # suspended Russia's chess federation": a state's team or federation stands for it
        states = any(o.ent_type_ == "GPE" or _a_states_side(o) for o in objects)
        return states and any(s.ent_type_ == "ORG" for s in subject_of(verb))
    members += [o for o in objects if _a_states_side(o)]  # "suspended all Russian teams from its competitions"
    return bool(members) and any(b.pos_ in ("NOUN", "PROPN") for b in bodies)


def _a_states_side(noun: Token) -> bool:
    """ "Russian national teams", "Iran's judo federation", "the Chess Federation of Russia"."""
    if noun.lemma_.lower() not in lx.NATIONAL_SIDE_NOUNS:
        return False
    owners = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound")] + _of_what(noun)
    owners += [g for c in owners if c.dep_ == "amod" for g in c.children if g.dep_ == "amod"]  # "Russian national"
    return any(o.ent_type_ in ("GPE", "NORP") for o in owners)


def _names_a_member(rights: Token) -> bool:
    owners = [c for c in rights.children if c.dep_ == "poss"] + _of_what(rights)
    return any(o.ent_type_ in ("GPE", "ORG", "NORP") or _is_actor(o) for o in owners)


def _object_is_aid(token: Token) -> bool:
    """ "halted aid", "froze budget support", "suspended funding to Mali", "paused $18 million in
    development funding"."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for p in o.children if p.lower_ in ("in", "of") for g in p.children]
    return any(lx.NOUN_TRIGGERS.get(o.lemma_.lower()) == "Aid" or _is_material_support(o) for o in objects)


def _gives_material_support(token: Token) -> bool:
    """ "provided financial support", "$4.5 billion in budget support"."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for o in objects for p in o.children if p.lower_ in ("in", "of") for g in p.children]
    return any(_is_material_support(o) for o in objects)


def _is_material_support(token: Token) -> bool:
    """ "funding", "budget support", "military support" — not "their support for the rebels"."""
    lemma = token.lemma_.lower()
    if lemma in lx.WITHHELD_SUPPORT_NOUNS:
        return True
    kinds = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    if lemma in lx.SUPPLY_NOUNS and kinds & lx.ARMS_WORDS:
        return True  # "halted weapons deliveries": an arms embargo of one (CAMEO 16)
    if lemma in ("approval", "licence", "license", "permit") and kinds & lx.ARMS_WORDS and kinds & lx.SUPPLY_NOUNS:
        return True  # "halted new arms export approvals to Riyadh"
    return lemma == "support" and bool(kinds & lx.MATERIAL_SUPPORT_KINDS)


def _direct_object_is_event(token: Token) -> bool:
    """The object names an event, itself or through "of" ("ended two hours of talks")."""
    events = lx.NOUN_TRIGGERS.keys() | lx.ANAPHOR_ONLY_NOUNS.keys()
    for obj in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
        heads = [obj] + [g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if any(h.lemma_.lower() in events for h in heads):
            return True
    return False


def _warns_of_own_act(token: Token) -> bool:
    """A warning is a threat when it is said to someone ("warned Israel"), says what the warner
    will do ("warned that it would respond"), or names the warner's act ("warned of retaliation",
    "warned of strikes")."""
    if any(c.dep_ in ("dobj", "xcomp") for c in token.children):
        return True
    said = [c for c in token.children if c.dep_ == "ccomp"]
    if said:
        return any(map(_announces_an_act, said))
    dangers = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if not dangers:
        return True  # "Iran warned on Sunday": nothing says it was a danger
    # "warned on Sunday of countermeasures": the parse hangs what was warned of on the date
    dated = [c for d in dangers if d.ent_type_ in ("DATE", "TIME") for c in d.children if c.dep_ == "prep"]
    dangers += [g for c in dated if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    # "the consequences of the heatwave" are a danger's; "serious consequences" the warner's
    dangers = [d for d in dangers if not any(c.dep_ == "prep" and c.lower_ == "of" for c in d.children)]
    return any(
        d.lemma_.lower() in lx.THREATENED_ACTS or lx.NOUN_TRIGGERS.get(d.lemma_.lower()) in ("Attack", "Sanction")
        for d in dangers
    )


def _weapon_subject(token: Token) -> bool:
    """Missiles or a drought "threaten" as dangers do, not as parties making a threat."""
    return any(s.lemma_.lower() in lx.WEAPON_NOUNS or natural_cause(s) for s in subject_of(token))


def _business_subject(token: Token) -> bool:
    """ "airlines suspended flights": a company's decision, not a state's sanction."""
    return any(
        ((e := _agent_entry(s)) is not None and e.role == "BUS") or _is_air_carrier(s) for s in subject_of(token)
    )


def _is_air_carrier(token: Token) -> bool:
    """ "Air France", "Azerbaijan Airlines", "the airport", "the UN Humanitarian Air Service": a
    carrier or an airport halting its own flights, not a state barring another's. An air force is
    a state's."""
    if token.lemma_.lower() in lx.AIR_CARRIER_WORDS:
        return True
    if token.ent_type_ != "ORG":
        return False
    name = {t.lower_ for t in token.doc[token.left_edge.i : token.i + 1] if t.ent_type_ == "ORG"}
    return bool(name & lx.AIR_CARRIER_NAME_WORDS) and "force" not in name


def _vows_force(token: Token) -> bool:
    """What was vowed is an act of force against someone: "vowed to retaliate", "pledged to
    crush the rebels", "promised revenge", "vowed to keep targeting Israel"."""
    kept_up = [c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in lx.CONTINUING_VERBS]
    for child in [*token.children, *(g for c in kept_up for g in c.children)]:
        if child.dep_ == "xcomp" and (
            lx.VERB_TRIGGERS.get(child.lemma_.lower()) == "Attack" or child.lemma_.lower() in lx.FORCE_VERBS
        ):
            return True
        if child.dep_ == "dobj" and child.lemma_.lower() in lx.THREATENED_ACTS | lx.FORCE_NOUNS | {"punishment"}:
            return True  # "vowed revenge", "promised harsh punishment for those behind it"
        if child.dep_ == "xcomp" and _promises_harm(child):
            return True  # "promised to show no mercy to the rebels"
        if child.dep_ == "ccomp" and _announces_an_act(child):
            return True  # "vowed that the attacks would not go unpunished"
        if child.dep_ == "xcomp" and (_responds_with_force(child) or _vows_a_reply(child)):
            return True  # "vowed to respond with force", "vowed to respond"
    return False


def _promises_harm(clause: Token) -> bool:
    """Words that promise a wrongdoer harm: "show no mercy", "make them pay", "pay a heavy price"."""
    lemma = clause.lemma_.lower()
    objects = _direct_objects(clause)
    no_mercy = [o for o in objects if o.lemma_.lower() == "mercy" and any(c.lower_ == "no" for c in o.children)]
    if lemma == "show" and no_mercy:
        return True
    paying = [c for c in clause.children if c.lemma_.lower() == "pay" and c.dep_ in ("ccomp", "xcomp")]
    if lemma == "make" and any(map(_pays_for_a_wrong, paying)):
        return True
    # "would pay a heavy price", "… would pay for the killings"; a bare "would pay" may be a bill
    return lemma == "pay" and (_pays_a_price(clause) or (bool(_paid_for(clause)) and _pays_for_a_wrong(clause)))


def _pays_a_price(pay: Token) -> bool:
    return any(o.lemma_.lower() == "price" for o in _direct_objects(pay))


def _paid_for(pay: Token) -> list[Token]:
    return [g for c in pay.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]


def _pays_for_a_wrong(pay: Token) -> bool:
    """ "make them pay", "… pay a heavy price", "… pay for the raid"; not "pay for tickets"."""
    if _pays_a_price(pay):
        return True
    return all(lx.NOUN_TRIGGERS.get(g.lemma_.lower()) == "Attack" or g.lemma_.lower() in lx.WRONG_NOUNS
               for g in _paid_for(pay)) and not _direct_objects(pay)


def _vows_a_reply(clause: Token) -> bool:
    """A vow to respond, bare or to an attack, is a vow to strike back; not "to respond to the
    letter"."""
    if clause.lemma_.lower() not in ("respond", "react", "retaliate", "avenge", "answer"):
        return False
    answered = [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    if clause.lemma_.lower() == "answer":  # "will answer any attack with full force"; not "answer questions"
        answered = _direct_objects(clause)
    return all(lx.NOUN_TRIGGERS.get(g.lemma_.lower()) == "Attack" or g.lemma_.lower() in lx.PROVOCATION_NOUNS
               for g in answered)


def _announces_an_act(clause: Token) -> bool:
    """ "warned that it would respond", "… that they would face war if …" — an act to come, by
    someone; not "warned that conditions were not yet safe" or "that prices would rise"."""
    lemma = clause.lemma_.lower()
    if lx.VERB_TRIGGERS.get(lemma) in ("Attack", "Sanction") or lemma in lx.FORCE_VERBS:
        return True
    conditional = _on_condition(clause)
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    future = bool(auxiliaries & {"will", "would", "'ll", "shall"})
    # "could close the strait if its exports were blocked": the warner's own act, on a condition
    possible = bool(auxiliaries & {"could", "might", "may"}) and conditional
    subjects = subject_of(clause)
    # "that the offensive would resume with full force": the warner's own attacks to come
    doer = any(_is_actor(s) or s.lower_ in ("it", "they") for s in subjects)
    doer = doer or any(lx.NOUN_TRIGGERS.get(s.lemma_.lower()) == "Attack" for s in subjects)
    # "would not go unpunished", "will pay a heavy price", "will not be left without consequences"
    words = clause.subtree
    punished = any(t.lemma_.lower() in lx.PUNISHMENT_WORDS for t in words)
    punished = punished or any(t.lemma_.lower() == "price" and t.head.lemma_.lower() == "pay" for t in words)
    # what the wrong will meet: "would meet retaliation", "would remain a target", not "the target
    # for inflation would be missed"
    met = [c for c in clause.children if c.dep_ in ("dobj", "attr", "oprd")]
    met += [g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    punished = punished or any(t.lemma_.lower() in lx.MET_IN_WARNINGS for t in met)
    if _stands_ready_to_act(clause) or (future and _vows_measures(clause)):
        return True  # "warned that they were ready to use force"
    return (future and (conditional or doer or punished)) or (possible and doer)


def _calls_on_or_for(token: Token) -> bool:
    """ "called on X to", "called for talks" — a preposition after the verb, not a date; the
    parse sometimes makes "on" a particle and X the object ("we call on all parties to …")."""
    return any(
        c.dep_ in ("prep", "prt")
        and c.lower_ in ("on", "for", "upon")
        and c.i > token.i
        and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in token.children
    )


def _pledges_an_event(token: Token) -> bool:
    """The pledged thing is an event noun, itself or through a preposition ("euros in aid")."""
    if _object_is_event(token):
        return True
    objects = _direct_objects(token)
    return any(
        g.lemma_.lower() in lx.NOUN_TRIGGERS
        for o in objects
        for p in o.children
        if p.dep_ == "prep"
        for g in p.children
        if g.dep_ == "pobj"
    )


def _object_is_deal(token: Token) -> bool:
    """ "negotiated a ceasefire" names the deal; "negotiated their release with the rebels" the talks."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(lx.NOUN_TRIGGERS.get(o.lemma_.lower()) in ("Agreement", "Ceasefire") for o in objects)


def _object_is_event(token: Token) -> bool:
    """ "agreed to a truce", "signed the accord": the noun is the event; "agreed at talks" only
    says where. "the ceasefire agreed in May", "the truce they agreed in Doha": the verb hung on
    the noun, with no object of its own, is that noun's."""
    own_object = any(c.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp") for c in token.children)
    # "a deal agreed at talks" stays the deal's own agreement, whatever the noun's reading
    hung_on = token.head if token.dep_ in ("acl", "relcl") else None
    if hung_on is not None and _names_an_event(hung_on) and not own_object:
        return lx.NOUN_TRIGGERS.get(hung_on.lemma_.lower()) != "Agreement"
    # the parse may make the noun the subject: "[the ceasefire] [agreed] in May still holds"
    deals = [s for s in subject_of(token) if lx.NOUN_TRIGGERS.get(s.lemma_.lower()) in ("Ceasefire", "Agreement")]
    if deals and not own_object and not any(c.dep_ == "prep" and c.lower_ in ("to", "on") for c in token.children):
        return True
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass") and _names_an_event(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "on", "upon", "for", "in") and any(
            _names_an_event(g) for g in child.children if g.dep_ == "pobj"
        ):
            return True
    return False


def _names_a_kind_of_weapon(noun: Token) -> bool:
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in lx.WEAPON_NOUNS | lx.ARMED_PLATFORMS


def _names_an_event(noun: Token) -> bool:
    return noun.lemma_.lower() in lx.NOUN_TRIGGERS or _names_by_phrase(noun) or _names_arms_handed_over(noun)


def _names_arms_handed_over(noun: Token) -> bool:
    """ "the transfer of ballistic missiles", "a shipment of rifles": arms handed over (CAMEO 074)."""
    if noun.lemma_.lower() not in lx.ARMS_DELIVERY_NOUNS:
        return False
    return bool({g.lemma_.lower() for g in _of_what(noun)} & lx.DELIVERED_ARMS)


def _names_by_phrase(noun: Token) -> bool:
    """ "a cessation of hostilities": an event named by words of several."""
    lemmas = tuple(t.lemma_.lower() for t in noun.subtree)
    return any(
        lemmas[i : i + len(words)] == words
        for words, _cls in lx.PHRASE_TRIGGERS
        for i in range(len(lemmas) - len(words) + 1)
    )


def _is_a_topic_label(noun: Token) -> bool:
    """A noun phrase a colon closes, governed by nothing, labels what follows ("Gaza war:",
    "Myanmar civil war:" in digests and live blogs)."""
    edge = noun.right_edge  # the colon may hang on the noun or on the clause after it
    closed = edge.text == ":" or (edge.i + 1 < len(noun.doc) and noun.doc[edge.i + 1].text == ":")
    if not closed:
        return False
    return noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj")


def _check_noun(token: Token) -> Trigger | None:
    lower, lemma = token.lower_, token.lemma_.lower()
    if _is_a_topic_label(token):
        return None  # "Sudanese civil war: the RSF shell a camp": the story's heading, not an event told
    if lemma in lx.SECURITY_OPERATION_NOUNS and (_against_terrorists(token) or _is_security_sweep(token)):
        return Trigger(token, "Attack", nominal=True)  # "launched a counter-terrorist operation in the city"
    named_captives = lemma in lx.NOUN_TRIGGERS and _has_captive_context(token)  # "the handover of 15 detainees"
    if not named_captives and (
        lower in lx.ANAPHOR_ONLY_NOUNS or (lemma in lx.ANAPHOR_ONLY_NOUNS and lemma not in lx.NOUN_TRIGGERS)
    ):
        key = lower if lower in lx.ANAPHOR_ONLY_NOUNS else lemma
        classes = lx.ANAPHOR_ONLY_NOUNS[key]
        return Trigger(token, classes[0], nominal=True, weak=True, candidates=classes)
    cls = lx.NOUN_TRIGGERS.get(lower) or lx.NOUN_TRIGGERS.get(lemma)
    if lemma == "dialogue" and token.dep_ == "pobj" and not any(c.dep_ in ("det", "poss", "amod", "compound")
                                                                 for c in token.children):  # fmt: skip
        return None  # "through dialogue", "return to dialogue", "ready for dialogue": a way, not talks held
    summoned = token.dep_ == "pobj" and token.head.lower_ == "for"
    summoned = summoned and token.head.head.lemma_.lower() in lx.RECALLING_VERBS
    if lemma == "consultation" and summoned:
        return None  # "recalled its ambassador for consultations": the recall is the event, not talks
    if lemma == "mediation" and token.dep_ == "pobj" and token.head.lower_ in ("for", "after", "following"):
        return None  # "grateful to Oman for its mediation", "swapped … after mediation by Georgia": the deal's broker
    if cls == "Attack" and is_halted(token):
        return None  # "an end to the fighting": the halt is the news
    if lemma == "warning" and token.dep_ in ("compound", "amod", "nmod") and _is_warning_shot(token.head):
        return None  # "fired warning shots": a kind of shot, no threat made to anyone
    if cls == "Attack" and waged_on_an_abstraction(token):
        return None  # "the war on waste", "the fight against corruption", "a battle against malaria"
    if cls == "Attack" and _names_a_kind_of_weapon(token):
        return None  # "attack drones", "assault rifles": a kind of weapon, not an event
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}
    if cls is None and lemma in lx.PAUSE_NOUNS and _pauses_fighting(token, modifiers):
        return Trigger(token, "Ceasefire", nominal=True)  # "a humanitarian pause", "a lull in the fighting"
    if lemma == "push" and any(c.dep_ == "prep" and c.lower_ in lx.ADVANCE_PREPS for c in token.children):
        return Trigger(token, "Attack", nominal=True)  # an offensive: "began its push on the capital"
    fired_by = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")}
    if lemma == "fire" and fired_by & lx.WEAPON_NOUNS:
        return Trigger(token, "Attack", nominal=True)  # "heavy artillery fire in Omdurman"
    if lemma in ("salvo", "volley") and {g.lemma_.lower() for g in _of_what(token)} & lx.MUNITION_NOUNS:
        return Trigger(token, "Attack", nominal=True)  # "responded with a salvo of rockets"; not "an opening salvo"
    if lemma == "fire" and token.dep_ == "pobj" and token.head.lower_ == "under" and _under_gunfire(token.head.head):
        return Trigger(token, "Attack", nominal=True)  # "troops came under fire in Tubas"
    banned = {g.lemma_.lower() for g in _of_what(token, ("on",))}  # "a ban on imports of Russian steel"
    if lemma in ("restriction", "ban") and (modifiers | banned) & lx.RESTRICTION_KINDS:
        return Trigger(token, "Sanction", nominal=True)  # CAMEO 163: "visa restrictions on RSF officials", "visa bans"
    if _names_arms_handed_over(token):
        return Trigger(token, "Aid", nominal=True)  # CAMEO 074: "Iran's transfer of ballistic missiles to Russia"
    if lemma in lx.SEVERING_NOUNS:  # CAMEO 161: "the severance of diplomatic relations with Rwanda"
        cut = {g.lower_ for g in _of_what(token)}
        return Trigger(token, "Sanction", nominal=True) if cut & lx.RELATION_NOUNS else None
    if lemma == "closure":  # CAMEO 16: "ordered the closure of Russian consulates"
        closed = _word_forms(_of_what(token))
        # "the closure of borders with Niger": links cut with a party
        links = [g for g in _of_what(token) if g.lower_ in lx.LINK_NOUNS]
        with_a_party = bool(links) and any(_is_actor(w) for g in (token, *links) for w in _of_what(g, ("with",)))
        return Trigger(token, "Sanction", nominal=True) if closed & lx.DIPLOMATIC_POSTS or with_a_party else None
    if lemma in lx.NEUTRALISING_NOUNS and any(map(_is_armed, _of_what(token))):
        return Trigger(token, "Attack", nominal=True)  # "proceeded to the neutralisation of twenty terrorists"
    if lemma in ("expulsion", "deportation") and any(map(_names_people, _of_what(token))):
        return Trigger(token, "Repatriation", nominal=True)  # "the expulsion of 1,200 Afghans"
    if lemma == "return" and token.pos_ == "NOUN":
        returned = _lower_heads(token)
        if returned & (lx.REMAINS_NOUNS | lx.DISPLACED_NOUNS | lx.RETURNED_PEOPLE_NOUNS):
            return Trigger(token, "Repatriation", nominal=True)  # "the return of 65 children to their families"
        return None  # "the return of prisoners" is said of swaps and releases alike: left to their own words
    if cls is None:
        return None
    ambiguous = lemma in lx.AMBIGUOUS_ATTACK_NOUNS
    if cls == "Attack" and (non_military_kind(token) or (ambiguous and not military_context(token))):
        return None  # "a general strike", "a heart attack", "a police raid", "trade war fears"
    if cls in ("Attack", "Sanction") and _is_sport(token):
        return None  # "beat Oman on penalties to win the cup", "a late attack down the wing"
    if cls == "Negotiation" and _between_businesses(token):
        return None  # "talks between the two clubs over the striker's transfer", "merger talks"
    if cls == "Attack" and _is_accidental_blast(token):
        return None
    if cls == "Attack" and _arrest_operation(token):
        return None  # "arrested 12 suspects in raids": police work
    if cls == "Agreement" and _deal_that_is_another_event(token):
        return None  # "signed a ceasefire, in a deal brokered by Norway": the deal is the ceasefire
    if lemma in lx.AGREEMENT_DOCUMENT_NOUNS and not _concluded(token):
        return None  # "a better understanding of", "the Geneva protocol"; "reached an understanding" is a deal
    if lemma == "blockade" and not military_context(token):
        return Trigger(token, "Sanction", nominal=True)  # "imposed a blockade on Qatar": trade, not force
    if cls == "Attack" and _named_by_a_court(token):
        return None  # "charged with murder", "sentenced to 30 years for the killing": a crime tried
    if (lower in lx.WAR_NOUNS or lemma in lx.WAR_NOUNS) and not _war_with_parties(token):
        return None
    if lemma == "arrangement" and modifiers & lx.NON_AGREEMENT_ARRANGEMENTS:
        return None  # "the seating arrangement"
    standing = token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in lx.MEETING_DEMAND_VERBS
    if cls == "Demand" and standing:
        return None  # "until its demands are met": demands standing, not a demand made
    top = phrase_top(token)
    verb = top.head if top.dep_ == "dobj" else None
    if cls in lx.STATECRAFT_CLASSES and verb is not None and verb.pos_ == "VERB" and _done_by_no_party(verb):
        return None  # "the mining company signed a deal to take over a mine"
    if cls != "Negotiation" and _topic_of_talks(token):
        return None  # "talks on a ceasefire": what was discussed, not a truce
    if _subject_of_a_work(token):
        return None  # "the film about the siege of Mariupol won the award": a story's subject, told again
    if cls in ("Ceasefire", "Negotiation", "Agreement") and _offer_rejected(token):
        return None  # "the rebels rejected a truce": no truce; the rejection is the news
    if _judged_by_a_speaker(token):
        return None  # "said the truce no longer had any meaning": the verdict is the news (a Statement)
    if cls == "Accusation" and _charge_denied(token):
        return None  # "Moscow rejected the accusation": the accusation was told before; the denial is the news
    if lemma in ("request", "call") and _asks_for_comment(token):
        return None  # "did not respond to a request for comment": the reporter's, not a demand
    if lemma == "conference" and modifiers & lx.NON_NEGOTIATION_CONFERENCE_MODIFIERS:
        return None  # a press conference is where statements are made
    if lemma == "strike" and _is_labour_strike(token):
        return None  # "teachers went on strike"
    if (lower in lx.MUTUAL_FIGHT_NOUNS or lemma in lx.MUTUAL_FIGHT_NOUNS) and _sides_are_unrest(token):
        return None  # "clashes between protesters and police"
    if token.dep_ == "compound" and token.head.lemma_.lower() in lx.NOUN_TRIGGERS:
        return None  # "aid convoy", "prisoner swap deal": the head carries the event
    if token.dep_ == "compound" and (_agent_entry(token.head) is not None or token.head.lower_ in lx.BODY_HEADS):
        return None  # "aid workers", "aid agencies", "attack helicopters": a kind of actor, not an event
    if _inside_a_name(token) and not (cls == "Agreement" and _named_deal_signed(token)):
        return None  # "the Government of National Accord", "the Peace Corps"
    if lemma == "agreement" and _is_point_of_agreement(token):
        return None
    if lemma == "exchange" and token.head.lower_ == "in" and any(c.lower_ == "for" for c in token.children):
        return None  # "in exchange for" is a connective, not an event
    if lemma == "assistance" and not _is_aid_assistance(token):
        return None
    if cls == "PrisonerExchange" and not _has_captive_context(token):
        return Trigger(token, cls, nominal=True, weak=True, candidates=(cls,))
    if lemma == "release" and not _has_captive_context(token):
        return None
    if lemma == "advance" and not any(
        c.dep_ == "agent" or c.lower_ == "by" for c in [*token.children, *token.head.children]
    ):
        return None
    if lemma in ("trade", "relief", "appeal") and not _has_captive_context(token) and cls != "Aid":
        return None
    if cls == "Aid" and _is_withheld(token):
        return None  # "halted aid to Niger": the verb names a sanction, not aid
    if cls == "Threat" and not _is_issued(token):
        return None  # "a threat to shipping" is a danger, not a threat anyone made
    if cls == "Sanction" and _is_lifted(token):
        return None  # "lifted sanctions on Seoul" eases them (CAMEO 085)
    if cls == "Attack" and is_background_fighting(token):
        # "the death toll from last week's bombing rose to 57", "the fighting has displaced
        # 300,000 people since April": an attack told before, never a new one
        return Trigger(token, cls, nominal=True, weak=True, candidates=(cls,))
    return Trigger(token, cls, nominal=True)


def _counted_in_a_toll(token: Token) -> bool:
    top = phrase_top(token)
    counted = top.head.head if top.dep_ == "pobj" and top.head.lower_ in ("from", "of", "in") else None
    return counted is not None and counted.lemma_.lower() in lx.TOLL_NOUNS


def is_background_fighting(noun: Token) -> bool:
    """Fighting the story counts or is set in, not an event of it: in a death toll, going on
    "since" a time, or summed over a span ("nine months of fighting")."""
    return _counted_in_a_toll(noun) or _background_since(noun) or _fighting_over_a_span(noun)


DURATION_NOUNS = frozenset(["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"])


def _fighting_over_a_span(token: Token) -> bool:
    """ "nine months of fighting", "years of war": fighting summed over a span of time, the
    background of the story, not an event of it."""
    prep = token.head
    return (
        token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in DURATION_NOUNS
        and not any(c.dep_ in ("poss", "compound") or c.ent_type_ for c in token.children)
    )


def _background_since(token: Token) -> bool:
    """An attack noun with no party of its own as the subject of what has gone on "since" a
    time: the war the story is set in, not an event of the day."""
    if token.dep_ != "nsubj" or any(c.dep_ in ("poss", "compound", "amod", "prep") for c in token.children):
        return False
    verb = token.head
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    since = any(c.lower_ == "since" for c in verb.children)
    return perfect and since


def _is_lifted(token: Token) -> bool:
    top = phrase_top(token)
    return top.dep_ in ("dobj", "nsubjpass") and top.head.lemma_.lower() in lx.LIFTING_VERBS


def _arrest_operation(token: Token) -> bool:
    """The raid is where people were arrested: "arrested 12 suspects in raids"."""
    return any(a.lemma_.lower() in lx.ARREST_VERBS for a in list(token.ancestors)[:4])


def _pauses_fighting(token: Token, modifiers: set[str]) -> bool:
    if "humanitarian" in modifiers:
        return True
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in HALTED_PREPS]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.dep_ == "prep" and after.lower_ in HALTED_PREPS and after.head == token.head:
        preps.append(after)  # "enforce the halt to strikes", "to" hung on the verb
    return any(g.lemma_.lower() in lx.FIGHTING_NOUNS for c in preps for g in c.children)


def is_halted(noun: Token) -> bool:
    """The fighting a pause, an end or a truce stops: "an end to the fighting", "a halt to strikes"."""
    top = phrase_top(noun)
    prep = top.head
    if top.dep_ != "pobj" or prep.lower_ not in HALTED_PREPS:
        return False
    halting = prep.head
    if halting.pos_ == "VERB" and halting.i + 1 < prep.i:
        # "to enforce the halt to strikes": the parse hangs "to" on the verb after its object
        halting = halting.doc[prep.i - 1]
    return halting.lemma_.lower() in lx.HALTING_NOUNS


HALTED_PREPS = frozenset(["in", "of", "to", "on"])  # "a pause in", "an end to", "a moratorium on"


def _is_withheld(token: Token) -> bool:
    top = phrase_top(token)
    if top.dep_ not in ("dobj", "nsubjpass") or top.head.pos_ != "VERB":
        return False
    verb = top.head
    if verb.lemma_.lower() in lx.WITHHOLDING_VERBS:
        return True
    found = classify_verb(verb) if verb.lemma_.lower() not in lx.VERB_TRIGGERS else None
    return found is not None and found.event_class == "Sanction"


def _is_issued(token: Token) -> bool:
    """A threat or warning as an act: someone's ("Iran's threat", "a warning from X", "threats by
    X"), or issued ("issued a warning", "repeated its threat")."""
    if any(c.dep_ == "poss" for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in token.children):
        return True
    top = phrase_top(token)
    return top.dep_ in ("dobj", "nsubjpass") and top.head.lemma_.lower() in lx.ISSUING_VERBS


def military_context(token: Token) -> bool:
    """A military word or an armed actor ("gunmen", "militants" in Phoenix's agents) in the
    sentence, or a named actor or place as subject or object."""
    # A verb cannot vouch for itself ("to attack the virus"); a noun keeps its old reading.
    sentence = {t.lemma_.lower() for t in token.sent if t != token or token.pos_ != "VERB"}
    if sentence & lx.MILITARY_WORDS:
        return True
    if _refers_back(token) and token.sent.start > 0:
        # "The assault was claimed by …" names the attack the sentence before told of
        before = token.doc[token.sent.start - 1].sent
        if {t.lemma_.lower() for t in before} & lx.MILITARY_WORDS:
            return True
    if _is_sport(token):
        return False  # "attacked relentlessly but could not score"
    if any(c.lower_ == "armed" for c in token.children if c.dep_ == "amod"):
        return True  # "armed clashes"
    if any(_is_armed(t) for t in token.sent if t.pos_ == "NOUN"):
        return True
    if any(map(_names_a_place, (c for c in token.children if c.dep_ == "dobj"))):
        return True  # "captured the district of Ishkashim", "liberated the village of Storozheve"
    doers_and_objects = [c for c in (*token.children, *_speakers_of(token)) if c.dep_ in ("nsubj", "dobj")]
    return any(c.ent_type_ in NAMED_ACTOR_TYPES for c in doers_and_objects)


NAMED_ACTOR_TYPES = frozenset(["GPE", "ORG", "NORP", "FAC", "LOC"])


def _names_a_place(noun: Token) -> bool:
    """ "the district of Ishkashim", "the Kherson region": a place unit with its name."""
    if noun.lemma_.lower() not in TAKEN_PLACES:
        return False
    named = [c for c in noun.children if c.dep_ == "compound"]
    named += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(n.ent_type_ in ("GPE", "LOC", "FAC") for n in named)


def _speakers_of(token: Token) -> list[Token]:
    """Who says "they had captured …": the named speaker stands for the pronoun that acts."""
    said = token.dep_ == "ccomp" and token.head.lemma_.lower() in lx.SPEAKING_VERBS
    if not said or not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children):
        return []
    return [c for c in token.head.children if c.dep_ == "nsubj"]


def _refers_back(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


MONTH_START = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# A result after a team's name or before "win": "crushed Arsenal 5-1", "a 2-0 victory"; not "on 12-13 May".
SCORE = re.compile(
    rf"[A-Z]\w+ \d{{1,2}}[-\u2013]\d{{1,2}}(?![\d\u2013-])(?! (?:{MONTH_START}))"
    r"|\b\d{1,2}[-\u2013]\d{1,2} (?:win|victory|defeat|draw|loss)"
)


def _between_businesses(token: Token) -> bool:
    """Talks whose sides are companies, clubs or federations: business, not diplomacy."""
    sides = [g for p in token.children if p.dep_ == "prep" and p.lower_ in ("between", "with", "of")
             for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    sides += [c for s in sides for c in s.conjuncts]
    return bool(sides) and all(_business_or_sport_body(s) for s in sides)


def _business_or_sport_body(token: Token) -> bool:
    lemma = token.lemma_.lower()
    entry = _agent_entry(token)
    return lemma in lx.BUSINESS_NOUNS or lemma in lx.SPORT_BODY_NOUNS or (entry is not None and entry.role == "BUS")


def _is_sport(token: Token) -> bool:
    others = [t for t in token.sent if t != token]  # "attacked" cannot make its own sentence military
    sentence = {t.lemma_.lower() for t in others} | {t.lower_ for t in others}
    dashed = "-" in sentence or "\u2013" in sentence
    score = dashed and bool(SCORE.search(token.sent.text))  # "crushed Arsenal 5-1", "beat Celtic 3–1"
    # a match's own verbs ("the striker attacked … and struck the post") make no sentence military
    military = bool(sentence & lx.MILITARY_WORDS - lx.SPORT_ACTION_WORDS)
    # "an air strike destroyed the stadium": the word's own modifier says which strike it is
    military = military or any(c.dep_ == "compound" and c.lower_ == "air" for c in token.children)
    return bool(sentence & lx.SPORTS_WORDS or score) and not military


def _is_armed(token: Token) -> bool:
    entry = _agent_entry(token)
    return entry is not None and entry.event_class == "ArmedForce"


def _is_aid_assistance(token: Token) -> bool:
    """ "medical assistance", "provided assistance" — not "with assistance from mediators"."""
    # "a humanitarian assistance package": the package carries the phrase's modifiers and verb
    phrase = token.head if token.dep_ == "compound" and token.head.lemma_.lower() in lx.CONTAINER_NOUNS else token
    kinds = {c.lower_ for t in {token, phrase} for c in t.children if c.dep_ in ("amod", "compound", "conj")}
    kinds |= {g.lower_ for t in {token, phrase} for c in t.children if c.dep_ == "amod" for g in c.conjuncts}
    verb = phrase.head if phrase.dep_ in ("dobj", "nsubjpass") else None
    return bool(kinds & lx.AID_KINDS) or (verb is not None and verb.lemma_.lower() in lx.AID_VERBS)


def _is_point_of_agreement(token: Token) -> bool:
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in ("point", "area", "sign")


def _has_captive_context(token: Token) -> bool:
    words = {t.lemma_.lower() for t in token.subtree} | {t.lower_ for t in token.subtree}
    words |= {c.lemma_.lower() for c in token.head.children}
    ancestor = token
    for _ in range(3):  # "prisoner of war exchange" parses as prisoner ← of ← exchange
        ancestor = ancestor.head
        words.add(ancestor.lemma_.lower())
    return bool(words & lx.CAPTIVE_NOUNS)


def _special_reading(token: Token) -> str | None:
    """Verbs whose event depends on one object or phrase: "opened fire", "agreed to halt
    hostilities", "received the bodies", "spoke by phone with"."""
    lemma = token.lemma_.lower()
    objects = {c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass")}
    if lemma in ("hold", "convene") and objects & SITTING_NOUNS and _sits_with_others(token):
        return "Negotiation"  # "will hold an emergency session", "are due to hold a call with Tehran"
    held_to_answer = lemma == "hold" and any(c.lemma_.lower() in lx.ANSWERABLE_WORDS for c in token.children)
    if held_to_answer and any(o.ent_type_ in ACTOR_ENTITY_TYPES for o in _direct_objects(token)):
        return "Accusation"  # the parse hangs "responsible" on the verb: "held Israel fully responsible for"
    if lemma in ("recognise", "recognize") and _grants_recognition(token):
        return "Statement"  # CAMEO 054: "Norway formally recognised a Palestinian state", "recognised Kosovo"
    if lemma == "fly" and _flies_goods_to_a_party(token):
        return "Aid"  # CAMEO 07: "had been flying weapons to the RSF"; not "flew drones over the capital"
    if lemma == "declare" and "persona non grata" in " ".join(t.lower_ for t in token.subtree):
        return "Sanction"  # CAMEO 1663: "declared the ambassador persona non grata" (the verb carries the doer)
    if lemma in lx.STOPPING_VERBS:  # "agreed to stop fighting": the small model makes the gerund a clause
        objects |= {c.lower_ for c in token.children if c.dep_ in ("dobj", "xcomp") and c.tag_ == "VBG"}
    if lemma in ("open", "exchange", "trade", "return") and "fire" in objects:
        return "Attack"  # "opened fire on", "exchanged fire", "returned fire"
    governing = token.head.head if token.head.dep_ == "prep" else token.head  # "aimed at ending"
    governor = governing.lemma_.lower()
    aim = governor in lx.PURPOSE_WORDS or lx.VERB_TRIGGERS.get(governor) == "Demand"
    halted = lemma in lx.STOPPING_VERBS and (objects & lx.HALTED_OPERATION_NOUNS or _military_operation(token))
    if halted and not aim:
        # CAMEO 0871; "a deal intended to halt fighting", "called on both sides to stop
        # fighting" name an aim, not a truce
        return "Ceasefire"
    got_back = lemma == "get" and any(c.dep_ == "prt" and c.lower_ == "back" for c in token.children)
    if (lemma in lx.RECEIVING_VERBS or got_back) and _lower_heads(token) & lx.REMAINS_NOUNS:
        return "Repatriation"
    executed_people = objects & (lx.CAPTIVE_NOUNS | lx.GROUP_HEADS | lx.CAPTIVITY_WORDS)
    if lemma == "execute" and executed_people and not _direct_object_is_event(token) and not _object_is_event(token):
        return "Attack"  # "executing prisoners"; "executed the plan" is a support verb's
    if lemma == "let" and _lets_captives_go(token):
        return "Release"  # "Israel let 183 prisoners go"
    if lemma == "receive" and any(_is_visitor(c) for c in token.children if c.dep_ == "dobj"):
        return "Negotiation"  # CAMEO 043, host a visit: "the crown prince received the Iranian minister"
    if lemma in ORDERING_AN_END_VERBS and _orders_an_end_to_fighting(token):
        return "Ceasefire"  # "ordered an end to military operations in Georgia"
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    handed_out = out and lemma in ("hand", "give", "pass")
    if handed_out and _lower_heads(token) & lx.HUMANITARIAN_NOUNS:
        return "Aid"  # CAMEO 073: "handed out food to 15,000 people"; never a handover of captives
    handed_over = lemma == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children)
    if (lemma in ("give", "donate") or handed_over) and _gives_relief_goods(token):
        return "Aid"  # CAMEO 07: "the UNHCR gave the families tents", "handed over 30 tonnes of flour to Laos"
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children)
    if back and lemma in ("give", "hand", "take") and _takes_people_back(token) and not aim:
        return "Repatriation"  # "gave back the remains of four fishermen", "will take back the deportees"
    said = [c for c in token.children if c.dep_ == "ccomp"] if lemma in lx.SPEAKING_VERBS else []
    if lemma == "insist" and any(map(_mandative, said)) and _said_by_a_party(token):
        return "Demand"  # "insisted that Yerevan first amend its constitution": what another must do
    if any(map(_threatens_force, said)):
        return "Threat"  # CAMEO 138: "said it would respond in kind", "… his forces would teach them a lesson"
    if any(map(_tells_its_own_strike, said)) and _said_by_a_party(token):
        return "Statement"  # a party's account of its own strike: "the army said its jets had hit a depot"
    if any(map(_denies_a_part, said)) and _said_by_a_party(token):
        return "Statement"  # "Rubio said Washington was not involved in the strikes": a denial of a part
    if lemma in lx.REPELLING_VERBS and _drives_back(token):
        return "Attack"  # "pushed the attackers back from the airport road"
    if lemma in lx.REPULSING_VERBS and _beats_off_foes(token):
        return "Attack"  # "repelled a second wave of attackers", "have neutralised 32 terrorists"
    if lemma == "regain" and objects & {"freedom", "liberty"}:
        return "Release"  # "the abducted pupils have regained their freedom"
    if lemma == "rescue" and _rescues_captives(token):
        return "Release"  # "troops rescued 19 kidnapped hostages": freed from captors, not relief
    if lemma in lx.BURNING_VERBS and _lower_heads(token) & lx.DWELLING_NOUNS and _burned_by_people(token):
        return "Attack"  # CAMEO 18: "horsemen burned the village"
    if lemma == "take" and _armed_party_takes_a_place(token):
        return "Attack"  # CAMEO 192, occupy: "the rebels, who took Goma in January"
    if lemma == "take" and _taken_by_armed_men(token):
        return "Attack"  # CAMEO 181: "she was taken by Hamas gunmen from her home"
    if lemma == "give" and _sets_a_deadline(token):
        return "Demand"  # an ultimatum: "gave Sudan 30 days to disarm the militias"
    if lemma == "face" and _or_face(token):
        return "Threat"  # "… or face further measures"
    if lemma in lx.DENYING_VERBS and _denies_a_charge(token):
        return "Statement"  # the contract's "denies": "rejected the charge", "denied any involvement"
    if lemma == "enter" and _armed_party_enters(token):
        return "Attack"  # CAMEO 192: "rebel fighters entered Tripoli on 20 August"
    if lemma in lx.ADVANCING_VERBS and _armed_party_advances(token):
        return "Attack"  # CAMEO 192: "troops and their allies pushed into the town of Beni"
    seizing = lemma in lx.ABDUCTING_VERBS or (lemma == "seize" and token.dep_ == "acl")
    if seizing and any(map(_is_person_word, _seized(token))):
        return "Attack"  # CAMEO 181: "gunmen snatched two nurses from a clinic"
    if lemma in lx.WITHHOLDING_VERBS and _cuts_trade(token):
        return "Sanction"  # CAMEO 163: "suspended bilateral trade", "withdrew the trade privileges"
    if any(map(_sets_a_condition, said)) and _said_by_a_party(token):
        return "Demand"  # "said it would return only if the troops left": a condition is a demand
    if any(map(_says_another_party_must, said)):
        return "Demand"  # CAMEO 10: "Lavrov said Kyiv must withdraw its troops"
    if any(map(_names_a_crime, said)):
        return "Accusation"  # CAMEO 112: "said the crackdown amounted to ethnic cleansing"
    if any(map(_refuses_or_disowns, said)):
        return "Statement"  # "said it would not accept foreign troops", "… had made no such commitment"
    if any(map(_pledges_restraint, said)):
        return "Statement"  # "said his fighters would not attack soldiers unless attacked first"
    concerned = any(map(_is_concerned, said)) and _said_by_a_party(token)
    if concerned or (lemma in lx.CONCERN_VERBS and _voices_concern(token)):
        return "Statement"  # CAMEO 012: "voiced concern", "regretted the vote", "said it was alarmed"
    if any(map(_judges_an_event, said)):
        return "Statement"  # a verdict on a measure or a deal: "said the agreement lacked credibility"
    if lemma in lx.ANNOUNCING_VERBS and _announces_a_position(token):
        return "Statement"  # CAMEO 010: "announced that the vote would go ahead", "declared victory"
    if lemma in ("help", "pay") and _helps_to_rebuild(token):
        return "Aid"  # CAMEO 07: "Italy would help rebuild the church", "will pay $50 million to rebuild the mosque"
    if lemma == "rule" and _does_not_rule_out_force(token):
        return "Threat"  # CAMEO 13: "did not rule out further measures if …", "… military action"
    if lemma == "protest" and _protests_a_deed(token):
        return "Accusation"  # CAMEO 111: "Dhaka strongly protested the killing of a youth by border guards"
    if lemma in lx.BACKING_VERBS and _backs_an_armed_group(token):
        return "Aid"  # CAMEO 074, military support: "accused Kigali of backing the M23 rebels"
    if lemma in lx.OPPOSING_VERBS and _states_opposition(token):
        return "Statement"  # "Beijing firmly opposes any official contact", "said they disagreed with the ban"
    if lemma == "remain" and _states_a_stance(token):
        return "Statement"  # "said it remained committed to the peace process"
    if lemma in lx.PRAISING_VERBS and (_praises(token) or _praised_by_a_party(token)):
        return "Statement"  # CAMEO 051: "Washington welcomed the outcome", "thanked Ankara for its help"
    if lemma in lx.NAMING_VERBS and _calls_a_deed_a_crime(token):
        return "Accusation"  # CAMEO 111: "called the bombing an outrage"
    if lemma in lx.NAMING_VERBS and _names_its_deed_a_crime(token):
        return "Accusation"  # "recognised a Palestinian state, a move Israel called a reward for terrorism"
    if lemma in lx.NAMING_VERBS and _brands_a_party(token):
        return "Accusation"  # CAMEO 111: "opposition deputies called the prime minister a traitor"
    if lemma in lx.NAMING_VERBS and _calls_a_deed_something(token):
        return "Statement"  # "called the bombing of the base a mistake"
    if lemma in ("offer", "send", "provide", "lend", "dispatch") and _offers_means_to_help(token):
        return "Aid"  # CAMEO 07: "offered helicopters to evacuate the wounded"
    if lemma in ("send", "deploy", "dispatch") and _sends_forces_to_help(token):
        return "Aid"  # CAMEO 074, military protection: "send 600 soldiers to back the Malian army"
    if _refugees_go_home(token):
        return "Repatriation"  # "refugees streamed back across the border", "send them home"
    if lemma == "pay" and _pays_for_relief(token) and _said_by_a_party(token) and not _business_subject(token):
        return "Aid"  # "a Qatari charity paid for tents and blankets", "paid for the militia's rifles"
    if lemma in lx.FUNDING_VERBS and _gives_money_to_someone(token) and _said_by_a_party(token):
        return "Aid"  # CAMEO 071: "pledged $930 million to a UN appeal", "announced 20 million euros for"
    if lemma in lx.FINANCING_VERBS and _pays_for_it_openly(token):
        return "Aid"  # CAMEO 071: "said it would fund two field kitchens", "which funds the disposal scheme"
    if lemma in lx.AIRDROP_VERBS and _lower_heads(token) & lx.HUMANITARIAN_NOUNS:
        return "Aid"  # CAMEO 073: "dropped 1,500 tonnes of food to cut-off areas"
    # "brought back the bodies", "brought home 60 families", "refugees … were flown back to Port Sudan"
    homeward = (c for c in token.children if c.dep_ in ("prt", "advmod"))
    back = lemma in CARRIED_HOME_VERBS and any(c.lower_ in ("back", "home") for c in homeward)
    flown = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if back and lemma != "bring" and any(map(_is_armed, flown)):
        back = False  # "104 Houthi fighters had been flown back": one side of a swap, told with the swap
    if (lemma in FLYING_HOME_VERBS or back or lemma == "deport") and _brought_home(token, back):
        return "Repatriation"  # "his remains were flown to Tehran", "flew 160 migrants home"
    sent_back = lemma == "send" and any(c.dep_ == "prt" and c.lower_ == "back" for c in token.children)
    if sent_back and _objects_are_remains(token):
        return "Repatriation"  # "sent back the remains of 200 fighters"
    delivered = lemma in lx.DELIVERING_VERBS and _said_by_a_party(token) and not _business_subject(token)
    if (lemma in lx.SHIPPING_VERBS or delivered) and _lower_heads(token) & lx.HUMANITARIAN_NOUNS:
        return "Aid"  # "flew 20 tonnes of medical supplies into Benghazi"
    if lemma in lx.CARRYING_VERBS and _carries_relief_goods(token, objects):
        return "Aid"  # "lorries carrying food for 13,000 people"
    relief_arrives = _reaches_with_relief if lemma in lx.REACHING_VERBS else _carries_relief
    if lemma in lx.ARRIVING_VERBS and _lands_with_relief(token):
        return "Aid"  # "the ship docked in Port Sudan with 3,000 tonnes of wheat"
    if lemma in lx.ARRIVING_VERBS and any(map(relief_arrives, subject_of(token))):
        return "Aid"  # "eleven trucks loaded with tents and blankets crossed at Bab al-Salam"
    sat_down = lemma == "sit" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in token.children)
    if sat_down and _is_meeting(token):
        return "Negotiation"  # CAMEO 043: "elders sat down with county officials", "the negotiators sat down again"
    if lemma in ("call", "ring") and _calls_a_counterpart(token):
        return "Negotiation"  # CAMEO 040: "called his Indian counterpart", "Putin called Erdogan on Tuesday"
    if lemma == "tell" and _by_phone(token) and any(_is_actor(o) and not _is_media(o) for o in _direct_objects(token)):
        return "Negotiation"  # CAMEO 040: "told his Chinese counterpart by telephone that …"
    if lemma in lx.CONVERSATION_VERBS and _is_conversation(token):
        return "Negotiation"
    if lemma == "lend" and any(t.ent_type_ == "MONEY" for t in token.subtree):
        return "Aid"  # CAMEO 071: "agreed to lend Egypt $3 billion"; "lent support" is no aid
    if lemma in lx.CLOSING_VERBS and objects & lx.DIPLOMATIC_POSTS and not _business_subject(token):
        return "Sanction"  # CAMEO 16: "closed its embassy in Kabul", "shut the consulates"
    if lemma in lx.SEVERING_VERBS and objects & lx.RELATION_NOUNS:
        return "Sanction"  # CAMEO 161: "severed diplomatic relations"
    cuts_links = lemma in lx.SEVERING_VERBS | lx.CLOSING_VERBS and objects & lx.LINK_NOUNS
    if cuts_links and _with_a_party(token) and _said_by_a_party(token):
        return "Sanction"  # CAMEO 16: "closed its borders with Niger", "cut transport links with Doha"
    if lemma in lx.CLOSING_VERBS and "airspace" in objects and _closed_to_a_party(token):
        return "Sanction"  # CAMEO 16: "closed its airspace to flights to and from Mali"
    envoys_recalled = lemma in lx.RECALLING_VERBS and any(map(_names_a_diplomat, _direct_objects(token)))
    if envoys_recalled and _said_by_a_party(token):
        return "Sanction"  # CAMEO 161: "recalled its envoys", "stripped the ambassador of his accreditation"
    froms = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"]
    barred_from = {g.lemma_.lower() for c in froms for g in c.children}
    # "barred the airlines of 36 countries from Russian skies": the parser hangs "from" on the country
    barred_from |= {
        g.lemma_.lower() for o in _direct_objects(token) for t in o.subtree
        if t.dep_ == "prep" and t.lower_ == "from" for g in t.children
    }  # fmt: skip
    barred = bool(objects & lx.BARRED_NOUNS or barred_from & lx.BARRED_PLACES)  # "banned its airlines from EU airspace"
    if lemma in lx.BARRING_VERBS and (barred or _keeps_others_out(token, froms)) and not _business_subject(token):
        return "Sanction"  # CAMEO 163: "banned entry to 500 Americans"
    if lemma in lx.GIVING_VERBS and any(map(_is_aid_team, (c for c in token.children if c.dep_ == "dobj"))):
        return "Aid"  # CAMEO 073: "sent search and rescue teams"
    if lemma == "torpedo" and _hits_a_vessel(token):
        return "Attack"  # CAMEO 19: "the cruiser was torpedoed by a submarine"; "torpedoed the talks" is figurative
    if lemma in lx.RAMMING_VERBS and _rams_a_vessel(token):
        return "Attack"  # CAMEO 19: "coast guard ships rammed a fisheries bureau vessel", "… and water-cannoned it"
    if lemma == "pardon" and any(map(_is_person_word, _seized(token))) and _said_by_a_party(token):
        # CAMEO 0841: "Lukashenko pardoned 18 people convicted of extremism"; one half of a swap "in return"
        return "PrisonerExchange" if _in_exchange(token) else "Release"
    if lemma == "attribute" and _attributes_a_deed(token):
        return "Accusation"  # CAMEO 112: "attributed the cyberattack to Russian military intelligence"
    if lemma in lx.ORDER_VERBS | {"tell", "ask"} and _sends_diplomat_away(token, objects):
        return "Sanction"  # CAMEO 1663, expel diplomats: "ordered the ambassador to leave"
    if lemma in lx.LODGING_VERBS and any(map(is_a_complaint, _direct_objects(token))) and _lodged_by_a_state(token):
        return "Accusation"  # CAMEO 114: "lodged stern representations", "handed him a note of protest"
    if lemma in ("tell", "expect", "encourage", "exhort") and _bids_another_to_act(token):
        return "Demand"  # CAMEO 10: "told residents to leave", "encouraged both sides to resume talks"
    sunk = lemma == "sink" and any(c.dep_ == "dobj" and c.lower_ in lx.SUNK_VESSELS for c in token.children)
    if sunk and military_context(token):
        return "Attack"  # CAMEO 19: "US Navy helicopters sank three Houthi boats"; a storm sinking boats is none
    if (lemma in lx.VOWING_VERBS or lemma == "commit") and _pledges_help(token):
        return "Aid"  # CAMEO 033/07: "pledged military support to Azerbaijan", "promised humanitarian supplies"
    if lemma in lx.HANDOVER_VERBS and _hands_a_suspect_to_justice(token):
        return "Release"  # CAMEO 0841: "handed the former president to the tribunal in The Hague"
    listed = lemma in lx.DESIGNATING_VERBS | lx.LISTING_VERBS and _blacklists(token)
    if (listed or (lemma == "designate" and _designates_targets(token))) and _said_by_a_party(token):
        return "Sanction"  # CAMEO 163: "designated the group a terrorist organisation", "added … to its sanctions list"
    if lemma in lx.CRITICISING_VERBS and _criticises(token):
        return "Accusation"  # CAMEO 111: "Beijing slammed Manila for provocations"
    apology = lemma in ("apologise", "apologize") and not _told_as_background(token)
    if apology and _said_by_a_party(token) and not _business_subject(token):
        return "Statement"  # CAMEO 055: "Putin apologised to Aliyev in a phone call"
    if lemma == "attack" and _attacks_a_politician_in_words(token):
        return "Accusation"  # "opposition leaders attacked Netanyahu for surrendering the north"
    return None


def _bids_another_to_act(token: Token) -> bool:
    """A party telling others what to do: "the army told villagers to leave", "Baku expects
    Yerevan to amend its constitution". Not "told reporters to expect delays", "analysts expect
    prices to rise": the bidder is a party, the bidden a party or people, the bid an act."""
    lemma = token.lemma_.lower()
    if not _said_by_a_party(token):
        return False
    if lemma == "expect":
        # the parse makes the expected party the subject of a clause: "expects [Kyiv to withdraw]"
        clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp") and _to_infinitive(c)]
        bidden = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
        bidden += [o for o in token.children if o.dep_ == "dobj"]
        # a named party, not a forecast of numbers: "expected 400,000 people to cross"
        return bool(clauses) and any(b.ent_type_ in ACTOR_ENTITY_TYPES and not _is_media(b) for b in bidden)
    bidden = [o for o in token.children if o.dep_ in ("dobj", "dative") and not _is_media(o)]
    acts = [c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp") and _to_infinitive(c)]
    told = any(_is_actor(o) or is_people_group(o) or o.lower_ in lx.PAIR_HEADS for o in bidden)  # "both sides"
    return told and bool(acts) and not any(a.lemma_.lower() in lx.COGNITION_VERBS for a in acts)


def _under_gunfire(verb: Token) -> bool:
    """ "came under heavy artillery fire", "the convoy came under fire near Goma": the fire is shot
    (an attack found on the noun), not criticism; "the minister came under fire" is criticism."""
    fire = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "under" for g in p.children
            if g.lemma_.lower() == "fire"]  # fmt: skip
    weapons = {c.lemma_.lower() for f in fire for c in f.subtree if c.i != f.i}
    shot = bool(weapons & (lx.WEAPON_NOUNS | lx.MUNITION_NOUNS | {"heavy", "mortar", "sniper", "artillery", "gun"}))
    targets = [s for s in subject_of(verb) if s.lemma_.lower() in lx.ARMED_HEADS or _is_armed(s)]
    return bool(fire) and (shot or bool(targets) or military_context(verb))


def _brokered_deal(verb: Token) -> bool:
    """A participle that says who brokered a deal, truce or swap: "a truce brokered by Egypt",
    "the exchange, mediated by the UAE"; "talks mediated by Qatar" are the talks themselves."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    deal = verb.head.lemma_.lower()
    return lx.NOUN_TRIGGERS.get(deal) in ("Agreement", "Ceasefire", "PrisonerExchange", "Release", "Repatriation")


def _returned_to_their_families(verb: Token) -> bool:
    """People brought back to their families or homes, not captives handed to their captors' foes:
    "the teenagers were returned to their parents"; "the hostages were returned to Israel" is a
    release."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "they must be returned to their families", "can return to their homes": not yet
    home = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
    returned = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not returned and not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "the workers returned to their homes after the shift": going home, returned by no one
    captives = _word_forms(returned + _counted(returned)) & {"hostage", "prisoner", "detainee", "captive", "pow"}
    return not captives and any(g.lemma_.lower() in ("family", "home", "relative", "parent") for g in home)


def _to_infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _pledges_help(token: Token) -> bool:
    """What is pledged is aid, goods or money for someone, or support to a party; "support for
    the plan" backs a deal, it helps no one."""
    objects = _direct_objects(token)
    if any(o.lemma_.lower() in lx.AID_OBJECT_NOUNS or o.lower_ in lx.AID_OBJECT_NOUNS for o in objects):
        return True
    helped = [g for t in (token, *objects) for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
              for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    supported = any(o.lemma_.lower() == "support" for o in objects) and any(map(_is_actor, helped))
    # "pledged a further 20 million dollars": a party pledging money funds someone, named or not
    funded = any(map(is_money, objects)) and (bool(helped) or _said_by_a_party(token))
    return supported or funded


def _hands_a_suspect_to_justice(token: Token) -> bool:
    """A person handed over to a court or extradited: the handover of a detainee. "handed the
    documents to the court" hands over no one."""
    handed = _direct_objects(token) + [c for c in token.children if c.dep_ == "nsubjpass"]
    wanted = (h.lemma_.lower() in lx.WANTED_PEOPLE_NOUNS for h in handed)
    if not (any(wanted) or any(h.ent_type_ == "PERSON" or _is_person_word(h) for h in handed)):
        return False
    if token.lemma_.lower() == "extradite":
        return True
    courts = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.subtree]
    return any(g.lower_ in lx.COURT_WORDS for g in courts)


def _told_as_background(verb: Token) -> bool:
    """ "six months after Washington quit the deal": a clause that dates the story by an earlier deed."""
    return verb.dep_ in ("advcl", "pcomp") and any(c.lower_ in lx.BACKGROUND_MARKS for c in verb.children)


def _carries_relief_goods(verb: Token, objects: set[str]) -> bool:
    """ "lorries carrying food", "brought 70 tonnes of flour"; smugglers bringing rice trade it."""
    carried = set(objects)
    if not any((e := _agent_entry(s)) is not None and e.role == "CRM" for s in subject_of(verb)):
        carried |= _lower_heads(verb)  # goods counted through "of": "70 tonnes of flour"
    return bool(carried & lx.HUMANITARIAN_NOUNS)


def _keeps_others_out(verb: Token, froms: list[Token]) -> bool:
    """ "barred 14 officials from entering its territory"; not "banned its citizens from travelling"."""
    own_people = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for o in _direct_objects(verb)
                     for c in o.children)  # fmt: skip
    kept_out = (g for c in froms for g in c.children if g.dep_ == "pcomp")
    return not own_people and any(map(_kept_out_of_a_country, kept_out))


def _agreements_left(verb: Token) -> list[Token]:
    """What "quit", "withdrew from", "pulled out of" leave."""
    left = [c for c in verb.children if c.dep_ == "dobj"]
    froms = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"]
    outs = [c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
    froms += [g for c in outs for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]  # "pulled out of"
    return left + [g for p in froms for g in p.children if g.dep_ == "pobj"]


def _left_by_a_party(noun: Token) -> bool:
    """A deal or truce a party quits: "withdrew from the 2015 nuclear deal", "is quitting the
    accord", "pulled out of the treaty"."""
    lemma = noun.lemma_.lower()
    if lx.NOUN_TRIGGERS.get(lemma) not in ("Agreement", "Ceasefire") and lemma not in lx.AGREEMENT_DOCUMENT_NOUNS:
        return False
    top = phrase_top(noun)
    if top.dep_ == "pobj" and top.head.lower_ not in ("from", "of"):
        return False  # "withdrew from the town under the deal": leaving by the deal's terms
    verb = top.head.head if top.dep_ == "pobj" else top.head
    if top.dep_ == "pobj" and top.head.lower_ == "of":
        verb = verb.head if verb.lower_ == "out" else top  # "pulled out of the accord"; "the terms of the deal"
    return top.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in lx.LEAVING_VERBS and _said_by_a_party(verb)


def _person_set_free(verb: Token) -> bool:
    """ "Vikram Ruzakhunov … was released on Monday", "my husband was freed": a person let go by
    whoever held them; not "released from hospital" nor "on bail"."""
    if verb.lemma_.lower() not in ("free", "release") or not passive_form(verb):
        return False
    if any(t.lower_ in ("bail", "hospital", "parole") for t in verb.subtree):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False  # "released by Barcelona": whoever frees captives is read by _armed_party_frees_people
    freed = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(s.ent_type_ == "PERSON" or s.lemma_.lower() in lx.KIN_NOUNS for s in freed)


def _against_terrorists(noun: Token) -> bool:
    """ "a counter-terrorist operation", "local anti-terrorist measures": what security forces call
    an armed operation; "counter-terrorism financing rules" are no operation."""
    before = _modifiers_run_together(noun)
    return any(prefix + "terror" in before for prefix in ("counter-", "anti-", "counter", "anti"))


def _aimed(verb: Token, also: tuple[str, ...] = ()) -> bool:
    """Fire aimed at someone or somewhere: "fired at a patrol", "shots toward the village"."""
    return any(c.dep_ == "prep" and (c.lower_ in AIMING_PREPS or c.lower_ in also) for c in verb.children)


AIMING_PREPS = frozenset(["at", "on", "toward", "towards"])


def _is_shot(word: Token) -> bool:
    return word.lemma_.lower() in ("shot", "round", "flare")


def _is_warning_shot(shots: Token) -> bool:
    return _is_shot(shots) and any(c.lower_ == "warning" for c in shots.children)


def _strikes_back_by_other_means(verb: Token) -> bool:
    """ "hit back by barring its airlines", "struck back by expelling diplomats": retaliation whose
    means, an act of its own, is the news ("struck back with air strikes" keeps its attack)."""
    back = any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children)
    means = any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" for g in c.children)
                for c in verb.children)  # fmt: skip
    return back and means and not _direct_objects(verb)


def waged_on_an_abstraction(noun: Token) -> bool:
    """A war, battle or fight waged against a thing no one is: "the war on waste", "the fight
    against terrorism"; not "the war on Gaza" nor "the fight against the insurgents"."""
    preps = lx.FIGURATIVE_WAR_NOUNS.get(noun.lemma_.lower())
    if preps is None:
        return False
    foes = _of_what(noun, preps)
    # "an offensive against CODECO positions": a party's ground is the party
    held = [c for f in foes for c in f.children if c.dep_ in ("compound", "poss", "amod")]
    return bool(foes) and not any(
        f.pos_ != "NOUN" or f.ent_type_ or _is_armed(f) or _is_actor(f) or _names_people(f) for f in foes
    ) and not any(c.ent_type_ or c.pos_ == "PROPN" or _is_armed(c) for c in held)


def _modifiers_run_together(noun: Token) -> str:
    """The words before a noun in its phrase, lower case and without spaces ("counter-terrorist",
    "cordonandsearch"), for matching hyphenated and spaced spellings alike."""
    return noun.doc[noun.left_edge.i : noun.i].text.lower().replace(" ", "")


def _is_security_sweep(noun: Token) -> bool:
    """ "an intelligence-based operation", "clearance operations", "a cordon and search
    operation": armies' and police forces' names for sweeps against armed men; clearing mines or
    rubble is no sweep."""
    if noun.lemma_.lower() != "operation":
        return False
    before = _modifiers_run_together(noun)
    return any(w in before for w in lx.SWEEP_WORDS) and not any(w in before for w in lx.CLEARED_THINGS)


def _kept_out_of_a_country(act: Token) -> bool:
    """ "barred 14 officials from entering its territory", "banned them from entering the
    country": kept out of a land, the travel ban of CAMEO 163. Barred from voting or from
    playing is no sanction."""
    if act.lemma_.lower() not in lx.ENTERING_VERBS:
        return False
    places = [c for c in act.children if c.dep_ in ("dobj", "prep")]
    places += [g for c in places if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return not places or any(p.lemma_.lower() in lx.BARRED_PLACES | {"country"} or p.ent_type_ == "GPE" for p in places)


def _designates_targets(token: Token) -> bool:
    """A party "designated six individuals" or "three firms": sanctions officials' word for
    listing people and companies. "Designated him envoy", "designated as a zone" name a role."""
    if any(c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in token.children):
        return False
    return any(o.lemma_.lower() in lx.DESIGNATED_TARGETS for o in _direct_objects(token))


def _blacklists(token: Token) -> bool:
    """A party puts a group or firm on a terror or sanctions list: the words that say which
    list are in what the verb governs, not in its subject."""
    bare = token.tag_ == "VB" and token.dep_ != "xcomp" and not any(c.dep_ == "aux" for c in token.children)
    if token.tag_ in ("VBP", "VBZ") or bare:
        return False  # "the US and the EU list it as a terrorist group": a standing fact, not an act
    governed = [c for c in token.children if c.dep_ not in ("nsubj", "nsubjpass", "aux", "auxpass")]
    if token.lemma_.lower() in lx.LISTING_VERBS:
        lists = [g for c in governed if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children
                 if g.lemma_.lower() == "list"]  # fmt: skip
        return any(t.lower_ in lx.BLACKLIST_WORDS for g in lists for t in g.subtree)
    return any(t.lower_ in lx.BLACKLIST_WORDS for c in governed for t in c.subtree)


def _pays_for_it_openly(token: Token) -> bool:
    """A party paying for a thing in a clause of its own, not what a charge or a denial says it
    paid for: "accused Doha of funding militant groups", "denied he had ever financed the militia",
    "the group had been financed by …"."""
    if token.tag_ == "VBG" or passive_form(token) or any(c.dep_ == "neg" for c in token.children):
        return False
    if token.dep_ == "ccomp" and token.head.lemma_.lower() in lx.DENYING_VERBS | {"accuse", "allege", "claim"}:
        return False
    return bool(_direct_objects(token)) and _said_by_a_party(token) and not _business_subject(token)


def _gives_money_to_someone(token: Token) -> bool:
    money = [c for c in token.children if c.dep_ == "dobj" and is_money(c)]
    for sum_ in money:
        beneficiaries = [p for t in (token, sum_) for p in t.children if p.dep_ == "prep" and p.lower_ in ("to", "for")]
        if beneficiaries or _with_supporting_aim(token, sum_):
            return True
        if {t.lemma_.lower() for t in sum_.subtree} & {"aid", "assistance", "relief"}:
            return True  # "promised 1 billion euros, including 108 million euros in humanitarian aid"
    return False


def _fires_on_a_party(token: Token) -> bool:
    """ "peacekeepers fired on heavy weapons held by …", "the convoy was fired upon"; riot police
    firing at protesters is crowd control, not an armed attack."""
    # the parse may hang "at the boat" on the weapon: "fires a water cannon at a supply boat"
    shot = [c for c in token.children if c.dep_ == "dobj"]
    aimed = [c for t in (token, *shot) for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon")]
    aimed_at = [g for c in aimed for g in c.children]
    if passive_form(token) and any(not list(c.children) for c in aimed):
        aimed_at += [s for s in token.children if s.dep_ == "nsubjpass"]  # the preposition is stranded
    if not aimed_at or any(map(_is_unrest, aimed_at)):
        return False
    police = any((e := _agent_entry(s)) is not None and e.role == "COP" for s in subject_of(token))
    return not police


def _with_supporting_aim(*heads: Token) -> bool:
    """ "… to help Syrian refugees", "… to back the Malian army": a purpose clause of support."""
    clauses = ("xcomp", "advcl", "relcl", "acl")
    return any(c.dep_ in clauses and c.lemma_.lower() in lx.SUPPORTING_AIMS for h in heads for c in h.children)


def _military_operation(token: Token) -> bool:
    return any(_is_military_operation(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass"))


def _is_military_operation(noun: Token) -> bool:
    """ "its air campaign", "military operations", "its operations against American bases" — not "its
    election campaign" or "operations at the airport"."""
    if noun.lower_ not in lx.MILITARY_OPERATION_NOUNS:
        return False
    kinds = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    holders = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)  # the parse may hang "against" on the verb
    against = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "against" for g in p.children]
    foes = [g for g in against if _is_actor(g) or g.lower_ in lx.ARMED_HEADS or g.lower_ in ("base", "bases")]
    return bool(kinds & lx.MILITARY_OPERATION_KINDS) or bool(foes)


def _orders_an_end_to_fighting(token: Token) -> bool:
    ends = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in lx.ENDING_NOUNS]
    for end in ends:
        ended = [g for p in end.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
        for noun in ended:
            if noun.lemma_.lower() in lx.HALTED_OPERATION_NOUNS or _is_military_operation(noun):
                return True
    return False


def _praises(token: Token) -> bool:
    """An actor praising or thanking someone or something, not hosting a visitor ("the king
    welcomed the minister" is a visit) nor welcoming weather or prices."""
    objects = _direct_objects(token) or _noun_of_its_clause(token)
    hosting = token.lemma_.lower() == "welcome"  # "welcomed the minister" receives a visit; "thanked Chavez" does not
    if not objects or (hosting and any(map(_is_visitor, objects))):
        return False
    if not _said_by_a_party(token):
        return False
    said_of = {o.lemma_.lower() for o in objects}
    # "hailed the acquittal as proof …": what it is hailed as makes the verdict
    hailed_as = not hosting and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
    # "later praised it", "welcomed what she called a good start": the act told just before
    referred = token.lemma_.lower() != "thank" and bool(said_of & {"it", "this", "that", "what"})
    praised = bool(said_of & lx.PRAISED_NOUNS) or hailed_as or referred
    # "thanked the Vatican and Qatar for their mediation": what they are thanked for names the act
    reasons = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children]
    praised = praised or (token.lemma_.lower() == "thank" and any(map(_names_an_act, reasons)))
    objects += [c for o in objects for c in o.conjuncts]
    return any(_is_actor(o) or _names_an_act(o) for o in objects) or praised


def _noun_of_its_clause(verb: Token) -> list[Token]:
    """ "a move officials praised": the noun a relative clause with no object of its own is about."""
    own_object = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    return [verb.head] if verb.dep_ == "relcl" and not own_object else []


def _praised_by_a_party(token: Token) -> bool:
    """An act praised in the passive: "the crackdown was praised by Beijing", "a gesture hailed
    by Islamabad"."""
    praised = [s for s in token.children if s.dep_ == "nsubjpass"]
    praised += [token.head] if qualifies_its_noun(token) else []
    praisers = passive_agents(token)
    acts = [p for p in praised if p.lemma_.lower() in lx.PRAISED_NOUNS or _names_an_act(p)]
    return bool(acts) and any(_is_actor(p) and not _business_or_court(p) for p in praisers)


def _names_an_act(noun: Token) -> bool:
    """A noun naming an event or an act: a trigger word, or a noun made from a verb ("the easing
    of tension", "the withdrawal"), not a thing ("the rain", "lower prices")."""
    lemma = noun.lemma_.lower()
    return lemma in lx.NOUN_TRIGGERS or (noun.pos_ == "NOUN" and len(lemma) > 5 and lemma.endswith(lx.ACT_NOUN_ENDINGS))


def _armed_party_advances(token: Token) -> bool:
    """An armed party moving on a place: "rebels advanced on Goma", "pushed into the town"."""
    places = [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in lx.ADVANCE_PREPS
        for p in c.children if p.dep_ == "pobj"
    ]
    placed = any(p.ent_type_ in ("GPE", "LOC", "FAC") or p.lemma_.lower() in ADVANCED_ON for p in places)
    return placed and any(_is_armed(s) or s.lemma_.lower() in lx.ARMED_HEADS for s in subject_of(token))


def _armed_party_enters(token: Token) -> bool:
    places = [o for o in _direct_objects(token) if o.ent_type_ in ("GPE", "LOC", "FAC") or _names_a_place(o)]
    return bool(places) and any(_is_armed(s) or s.lemma_.lower() in lx.ARMED_HEADS for s in subject_of(token))


def _seized(token: Token) -> list[Token]:
    """Who a verb of seizing takes: its objects, or its subject in the passive, and what
    they count ("two of the nurses")."""
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if qualifies_its_noun(token):
        taken.append(token.head)  # "two fishermen seized off Sabah"
    return taken + _counted(taken)


def _cuts_trade(token: Token) -> bool:
    cut = {o.lemma_.lower() for o in _direct_objects(token)} | {o.lower_ for o in _direct_objects(token)}
    return bool(cut & lx.TRADE_BENEFITS) and _said_by_a_party(token)


def _names_a_crime(clause: Token) -> bool:
    """ "… the killings amounted to genocide", "… constituted war crimes": what was said calls
    a deed a crime."""
    if clause.lemma_.lower() == "be" and any(map(_is_referred_event, subject_of(clause))):
        # "… the artillery attack had been a deliberate act of aggression", "… the raids had been unlawful"
        verdicts = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
        named_of = [g for v in verdicts for p in v.children if p.lower_ == "of" for g in p.children]
        return any(g.lemma_.lower() in lx.CONDEMNING_NOUNS for g in verdicts + named_of)
    if clause.lemma_.lower() not in ("amount", "constitute"):
        return False
    named = [c for c in clause.children if c.dep_ == "dobj"]
    named += [g for c in clause.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in lx.CONDEMNING_NOUNS or g.lower_ in lx.CONDEMNING_NOUNS for g in named)


def _refuses_or_disowns(clause: Token) -> bool:
    """What a party says it will not accept or recognise, or says it never made: "… would not
    accept foreign combat troops", "… had made no such commitment"."""
    negated = any(c.dep_ == "neg" or c.lower_ == "neither" for c in clause.children)
    # "… would not accept foreign troops"; "… it would not pay Kigali": what the speaker itself will not do
    will = any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in clause.children)
    own_refusal = will and any(s.lower_ in ("it", "we") or _names_own_side(s) for s in subject_of(clause))
    # "would not speculate", "would not comment": declining to talk takes no stance
    own_refusal = own_refusal and clause.lemma_.lower() not in DECLINED_WORDS
    refused = negated and (clause.lemma_.lower() in lx.REFUSED_STANCE_VERBS or own_refusal)
    disowned = any(
        o.lemma_.lower() in lx.DISOWNED_NOUNS and any(d.lower_ == "no" for d in o.children if d.dep_ == "det")
        for o in clause.children if o.dep_ == "dobj"
    )
    # "the governor said the state would not negotiate": the speaker's own side needs no name
    own_side = any(map(_names_own_side, subject_of(clause))) and _said_by_a_party(clause.head)
    return (refused or disowned) and (_by_the_speaker(clause) or own_side) and not _is_sport(clause)


# Talk a speaker declines or puts off, which neither refuses nor demands anything.
DECLINED_WORDS = lx.SPEECH_VERBS | {"speculate", "comment"}


def _names_own_side(subject: Token) -> bool:
    """ "the government", "our country": the side a speaker speaks for, named by its kind."""
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "poss")}
    return subject.lemma_.lower() in lx.OWN_SIDE_NOUNS and bool(determiners & {"the", "our"})


CONDITION_MARKS = frozenset(["if", "once", "after"])  # with "only": "only if", "only once", "only after"


def _sets_a_condition(clause: Token) -> bool:
    """What a speaker will do only on a condition another must meet: "… it would return to the
    talks only if the troops left", "… would not talk to Bogota until its fighters were
    freed", "… unless the army withdrew"."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in clause.children):
        return False
    if clause.lemma_.lower() in DECLINED_WORDS:
        return False  # "would not comment until it had studied the text": no terms set for another
    negated = any(c.dep_ == "neg" for c in clause.children)
    for condition in (c for c in clause.children if c.dep_ == "advcl"):
        marks = [m for m in condition.children if m.dep_ == "mark"]
        only = any(t.lower_ == "only" for t in (*condition.children, *(c for m in marks for c in m.children)))
        asked = any(
            _is_actor(t) or t.lemma_.lower() in lx.NOUN_TRIGGERS or t.lemma_.lower() in lx.VERB_TRIGGERS
            or t.lemma_.lower() in lx.CAPTIVE_NOUNS for t in condition.subtree
        )  # fmt: skip
        for mark in (m.lower_ for m in marks):
            conditional = mark == "unless" or (mark == "until" and negated) or (mark in CONDITION_MARKS and only)
            if asked and conditional:
                return True  # not "prices would fall only if rains came": a party or a deed is asked of
    return False


def _voices_concern(verb: Token) -> bool:
    """ "Norway voiced concern", "the EU expressed deep concern", "the envoy regretted the vote";
    not "did not regret", nor "expressed hope"."""
    if any(c.dep_ == "neg" for c in verb.children) or not _said_by_a_party(verb):
        return False
    objects = {o.lemma_.lower() for o in _direct_objects(verb)}
    return verb.lemma_.lower() == "regret" or bool(objects & lx.CONCERN_NOUNS)


def _is_concerned(clause: Token) -> bool:
    """ "… he was deeply alarmed by reports", "… they were concerned by the fighting"."""
    words = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
    return any(w.lower_ in lx.CONCERN_WORDS for w in words) and not any(c.dep_ == "neg" for c in clause.children)


def _by_the_speaker(clause: Token) -> bool:
    """The party that refuses, holds back or threatens is the one that says so: "Kyiv said it would
    not accept …", "Hezbollah said it would make Israel pay"; not what analysts say of it."""
    return _said_by_a_party(clause) and _said_by_a_party(clause.head)


def _judges_an_event(clause: Token) -> bool:
    """What was said judges an event told before, as its subject, in the speaker's quoted words,
    and tells of no new one: "… the agreement "lacked credibility"", "… the truce "no longer has
    any meaning""."""
    judged = [s for s in clause.children if s.dep_ == "nsubj" and _is_referred_event(s)]
    if not judged or clause.lemma_.lower() in lx.VERB_TRIGGERS or is_support_verb(clause):
        return False
    said = [c for c in clause.children if c.dep_ not in ("nsubj", "aux", "neg")]
    # the speaker's own words, quoted, make the verdict ("lacks credibility"); a fact told of
    # the event ("the exchange took place near the border") is no verdict
    quoted = any(t.text in QUOTE_MARKS for t in clause.subtree)
    # "… the deal would let people hope": a forecast, not a verdict
    forecast = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    return quoted and not forecast and not any(map(_tells_a_new_event, said))


# Double quotes, and the single quotes British copy uses; the model tags a bare "'" apart from
# the "'s" of possessives.
QUOTE_MARKS = frozenset(['"', "\u201c", "\u201d", "''", "``", "'", "\u2018", "\u2019"])


def _is_referred_event(noun: Token) -> bool:
    """An event noun that points back: "the truce", "this deal", "Tuesday's ruling"."""
    lemma = noun.lemma_.lower()
    event = lemma in lx.NOUN_TRIGGERS or lemma in lx.DECIDED_NOUNS or lemma in lx.UTTERANCE_NOUNS
    return event and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any") for c in noun.children)


def _judged_by_a_speaker(noun: Token) -> bool:
    speech = noun.head.head
    return (
        noun.dep_ == "nsubj" and noun.head.dep_ == "ccomp" and speech.lemma_.lower() in lx.SPEAKING_VERBS
        and _is_referred_event(noun) and _judges_an_event(noun.head)
    )


def _expels_people(token: Token) -> bool:
    """A state sending people out of its land, migrants or a people ("expelled 1,200 Afghans"),
    not its envoys (a sanction) nor a member from a body."""
    sent = _seized(token)
    officials = lx.DIPLOMAT_NOUNS | EXPELLED_OFFICIALS
    envoys = any(o.lemma_.lower() in officials or o.lower_ in officials for o in sent)
    return any(map(_names_people, sent)) and not envoys


def _names_people(noun: Token) -> bool:
    """ "migrants", "Afghans", "1,200 Myanmar nationals", "foreign inmates": people, by kind or
    by nation."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    national = any(c.ent_type_ in ("NORP", "GPE") or c.lower_ in lx.ALIEN_WORDS for c in modifiers)
    return noun.ent_type_ == "NORP" or noun.lower_ in lx.DISPLACED_NOUNS or is_people_group(noun) or (
        national and noun.tag_ == "NNS"
    )


def _announces_a_position(token: Token) -> bool:
    """A party announcing or declaring something that is no event of its own: a
    plan, a result, an end ("declared the operation over"), a victory. What it announces that
    is an event ("announced that troops had retaken the town") is that event, reported by it."""
    if any(c.dep_ == "neg" for c in token.children) or not _said_by_a_party(token):
        return False
    said = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
    if said:
        return not any(map(_tells_a_new_event, said))
    declared = {c.lower_ for c in token.children if c.dep_ in ("dobj", "prep", "prt", "oprd", "acomp")}
    return token.lemma_.lower() == "declare" and bool(declared & lx.DECLARED_WORDS)


def _states_a_stance(token: Token) -> bool:
    """ "… remained committed to the talks", "remains open to dialogue": a standing position
    said by a party, in a clause of its own or reported."""
    stances = [c for c in token.children if c.dep_ == "acomp" and c.lower_ in lx.STANCE_WORDS]
    # to peace or to something between parties, not "to the club"
    political = {w.lemma_.lower() for c in stances for w in c.subtree} & (set(lx.NOUN_TRIGGERS) | lx.POSITION_TOPICS)
    return bool(political) and _said_by_a_party(token)


def _helps_to_rebuild(token: Token) -> bool:
    """A party helping, or paying, to rebuild what war or disaster destroyed: reconstruction aid."""
    aims = [c for c in token.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.lemma_.lower() in REBUILDING_VERBS]
    paid = token.lemma_.lower() != "pay" or any(is_money(o) for o in _direct_objects(token))
    return bool(aims) and paid and _said_by_a_party(token) and not _business_subject(token)


# Reconstruction a party helps with: "help rebuild", "pay to restore".
REBUILDING_VERBS = frozenset(["rebuild", "reconstruct", "restore", "repair"])


def _does_not_rule_out_force(token: Token) -> bool:
    """A party that will not rule out force or measures against another holds them out, as a
    warning does; "cannot rule out other explanations" holds out nothing."""
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)
    forceful = lx.MEASURE_NOUNS | {"force", "option"}
    held_out = [
        o for o in _direct_objects(token)
        if o.lemma_.lower() in forceful or lx.NOUN_TRIGGERS.get(o.lemma_.lower()) in ("Attack", "Sanction")
    ]
    return out and negated and bool(held_out) and _said_by_a_party(token)


def _protests_a_deed(token: Token) -> bool:
    """A party protesting a deed or a measure, not a crowd protesting ("residents protested
    against the return"): a protest march is no accusation by a party."""
    deeds = _direct_objects(token) + _of_what(token, ("against", "over"))
    named = any(d.lemma_.lower() in lx.NOUN_TRIGGERS or d.lemma_.lower() in lx.JUDGED_ACTS for d in deeds)
    crowd = any(map(is_people_group, subject_of(token)))
    return named and _said_by_a_party(token) and not crowd


def _names_a_diplomat(noun: Token) -> bool:
    """ "the ambassador", "British Ambassador Hugo Shorter", "India's High Commissioner"."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    if any(w.lemma_.lower() in lx.DIPLOMAT_NOUNS for w in words):
        return True
    return any(w.lower_ == "commissioner" and w.i > 0 and w.doc[w.i - 1].lower_ == "high" for w in words)


def _backs_an_armed_group(token: Token) -> bool:
    """A state or body behind an armed group: "accused Kigali of backing the M23 rebels", "the
    terrorists were being backed by India". Not troops "backed by air strikes" (fire support)
    nor a mediation or plan backed by a bloc."""
    backed = _direct_objects(token) + [c for c in token.children if c.dep_ == "nsubjpass"]
    backed += [token.head] if qualifies_its_noun(token) else []
    if not any(map(_is_armed, backed)):
        return False
    backers = passive_agents(token)
    if not backers:
        return not passive_form(token) and not qualifies_its_noun(token)
    # "backed by Russian air strikes" is fire support in a battle, told by its attack
    return any(_is_actor(b) and not _is_armed(b) and b.lemma_.lower() not in lx.NOUN_TRIGGERS for b in backers)


def _states_opposition(token: Token) -> bool:
    """A party's own stated opposition to something: "China firmly opposes US arms sales",
    "the tours said they strongly disagreed with the exclusion". Not one that would be, or is
    told in passing ("a word China had opposed", "it would oppose any change" warns)."""
    if token.dep_ in ("relcl", "acl", "xcomp", "pcomp", "amod") or token.tag_ in ("VBN", "VBG"):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in token.children):
        return False
    opposed = _direct_objects(token) + _of_what(token, ("with", "to"))
    crowd = any(map(is_people_group, subject_of(token)))  # "many residents oppose the road"
    return bool(opposed) and _said_by_a_party(token) and not crowd


def _said_by_a_party(token: Token) -> bool:
    """The speaker is a state, body, group or person, not a company or court."""
    subjects = subject_of(token)
    parties = [s for s in subjects if _is_actor(s) or s.lower_ in ("it", "they", "we")]
    return bool(parties) and not any(map(_business_or_court, subjects))


def _agrees_to_act_alone(token: Token) -> bool:
    """One party (a state, a bloc) agreeing to do a one-sided act: a sanction, a release, aid or
    a return. A deal between parties ("Russia and Ukraine agreed to exchange …") stays one."""
    acts = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if not acts or any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children):
        return False
    subjects = subject_of(token)
    if not subjects or any(s.conjuncts or s.lower_ in lx.PAIR_HEADS for s in subjects):
        return False
    for act in acts:
        verb_class = lx.VERB_TRIGGERS.get(act.lemma_.lower()) or _special_reading(act)
        nouns = {lx.NOUN_TRIGGERS.get(o.lemma_.lower()) for o in _direct_objects(act)}
        if verb_class in lx.ONE_SIDED_CLASSES or nouns & lx.ONE_SIDED_CLASSES:
            return True
    return False


TAKEN_PLACES = lx.PLACE_NOUNS | lx.ADMINISTRATIVE_UNITS | lx.LOCAL_UNITS
ADVANCED_ON = TAKEN_PLACES | lx.STORMED_SITES


def _threatens_force(clause: Token) -> bool:
    """What a speaker says they will do by force: "would respond in a mirror manner", "would
    retaliate", "would teach the southerners a lesson if …"; not "would respond to the letter"."""
    if _stands_ready_to_act(clause) and _by_the_speaker(clause):
        return True  # "were ready to use force to restore order"
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if not auxiliaries & {"will", "would", "'ll", "shall"}:
        return False
    if _vows_measures(clause) and _by_the_speaker(clause):
        return True  # "would take firm action in response", "will take all necessary steps"
    if any(map(_legitimate_target, clause.subtree)) and _said_by_a_party(clause.head):
        return True  # "the jets would be treated as legitimate targets", "… would be a legitimate target"
    lemma = clause.lemma_.lower()
    if lemma in lx.FORCE_VERBS or (lemma == "teach" and any(t.lemma_.lower() == "lesson" for t in clause.subtree)):
        return True
    replies = lemma in ("respond", "react", "answer") and _vows_a_reply(clause)
    if (_promises_harm(clause) or replies) and _by_the_speaker(clause):
        return True  # "would show no mercy", "would make them pay", "Moscow would respond"; not analysts' guesses
    negated = any(c.dep_ == "neg" for c in clause.children)  # "would not attack unless attacked" holds back
    if not negated and _promises_more_attacks(clause):
        return True  # "said it would keep attacking ships", "… attacks would widen to the Cape"
    punitive = _names_an_event_of(clause, "Attack") or _names_an_event_of(clause, "Sanction")
    if _on_condition(clause) and punitive and not negated:
        return True  # "… would step up attacks if the trial went ahead", "… would expel more diplomats if …"
    # "any new attack would be answered", "… would meet with reprisals"
    attacked = any(lx.NOUN_TRIGGERS.get(s.lemma_.lower()) == "Attack" for s in subject_of(clause))
    if (lemma == "answer" and attacked) or any(t.lemma_.lower() in lx.RETALIATION_WORDS for t in clause.subtree):
        return True
    return _responds_with_force(clause)


def _legitimate_target(word: Token) -> bool:
    return word.lemma_.lower() == "target" and any(c.lower_ in ("legitimate", "lawful") for c in word.children)


def _says_another_party_must(clause: Token) -> bool:
    """A party says another party must or should act: a demand put in reported speech."""
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children):
        return False
    if any(c.dep_ == "neg" for c in clause.children) or not _said_by_a_party(clause.head):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children):
        return False  # "… should have warned London": a reproach for the past, not a demand
    doers = [s for s in subject_of(clause) if s.dep_ == "nsubj"]
    speakers = {s.lower_ for s in subject_of(clause.head)}
    return any(_is_actor(d) and d.lower_ not in speakers and d.lower_ not in ("it", "we", "they") for d in doers)


def _pledges_restraint(clause: Token) -> bool:
    """The speaker's side will not attack: a pledge, told as the speaker's own word."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in clause.children)
    if not (auxiliaries & {"will", "would"} and negated):
        return False
    return _names_an_event_of(clause, "Attack") and _by_the_speaker(clause)


def _vetoes_statecraft(verb: Token) -> bool:
    """A veto cast ("Russia vetoed the draft"), not a law a president sends back ("vetoed the
    budget bill"), nor one nobody may cast ("a body neither army can veto")."""
    laws = {o.lemma_.lower() for o in _direct_objects(verb)} & lx.SIGNED_NON_AGREEMENTS
    nobody = any(c.lower_ in ("neither", "no", "none") for s in subject_of(verb) for c in (s, *s.children))
    return not laws and not nobody and _said_by_a_party(verb)


def _warrant_for_a_grave_crime(verb: Token) -> bool:
    """ "issued an arrest warrant for the general over the massacre at the camp", "warrants
    … for war crimes", or one an international court issues."""
    words = {t.lemma_.lower() for t in verb.subtree}
    issuers = " ".join(t.text for s in subject_of(verb) for t in s.subtree)
    return bool(words & lx.GRAVE_CRIME_WORDS) or any(court in issuers for court in lx.INTERNATIONAL_COURTS)


OWN_SIDE_WORDS = frozenset(["it", "its", "they", "their", "we", "our"])


def _tells_its_own_strike(clause: Token) -> bool:
    """ "… it had struck only a depot", "… its aircraft had only hit militants": what a party
    says to narrow its own attack answers the charge against it, a declaration of its own (the
    contract's Statement), besides the attack it reports."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for verb in verbs:
        returned_fire = verb.lemma_.lower() == "return" and any(o.lower_ == "fire" for o in _direct_objects(verb))
        only = any(t.lower_ in ("only", "solely", "exclusively") for t in verb.subtree)
        responded = only and verb.lemma_.lower() in lx.RESPONDING_VERBS | {"retaliate"}  # "had only responded to …"
        attack = lx.VERB_TRIGGERS.get(verb.lemma_.lower()) == "Attack" or returned_fire or responded
        if not attack or any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ in lx.MODAL_WORDS for c in verb.children):
            continue  # "… its missiles would target only bases": an intent, not an account
        # "… it had targeted rebel fighters", "… its units had returned fire": the words of a
        # party justifying a strike already told
        # (an armed group's "… its fighters had targeted a gathering of soldiers" is its claim of
        # the attack, no answer to a charge)
        justified = returned_fire or verb.lemma_.lower() == "target"
        justified = justified and any(map(_is_a_state_s_voice, subject_of(clause.head)))
        if not justified and not only:
            continue  # "… it had struck a depot" is a claim of the strike: its source, no declaration
        doers = [s for s in subject_of(verb) if s.dep_ == "nsubj"]
        if any(d.lower_ in OWN_SIDE_WORDS or any(c.dep_ == "poss" and c.lower_ in OWN_SIDE_WORDS for c in d.children)
               for d in doers):  # fmt: skip
            return True
    return False


def _is_a_state_s_voice(speaker: Token) -> bool:
    """ "the army", "Moscow's defence ministry", "the Israel Defense Forces", "Bangkok": a state
    or its armed forces speaking, not an armed group."""
    if speaker.ent_type_ == "GPE" or speaker.lemma_.lower() in lx.STATE_VOICE_NOUNS:
        return True
    name = speaker.doc[speaker.left_edge.i : speaker.i + 1].text.lower()
    return speaker.ent_type_ == "ORG" and any(word in name for word in lx.STATE_VOICE_NAME_WORDS)


def _denies_a_part(clause: Token) -> bool:
    """ "… was not involved in the strikes", "… had no part in the raid": a party denying a role."""
    negated = any(c.dep_ == "neg" for c in clause.children)
    if clause.lemma_.lower() == "involve" and negated:
        return True
    roles = [o for o in _direct_objects(clause) if o.lemma_.lower() in ("part", "role", "hand", "involvement")]
    return clause.lemma_.lower() == "have" and any(
        negated or any(d.lower_ == "no" for d in o.children) for o in roles
    )


def _vows_measures(act: Token) -> bool:
    """ "take firm and proportionate action in response", "take all necessary measures", "use
    force": unnamed measures a party promises against another (CAMEO 130); "take steps to improve
    schools" promises nothing against anyone."""
    lemma = act.lemma_.lower()
    if lemma == "use":
        return any(o.lemma_.lower() == "force" for o in _direct_objects(act))
    if lemma != "take":
        return False
    measures = [t for t in act.subtree if t.dep_ == "dobj" and t.lemma_.lower() in lx.MEASURE_NOUNS]
    return bool(measures) and bool({t.lower_ for t in act.subtree} & lx.RESOLVE_WORDS)


def _stands_ready_to_act(clause: Token) -> bool:
    """ "were ready to use force", "stood ready to take further measures"."""
    ready = [c for c in clause.children if c.dep_ in ("acomp", "oprd") and c.lower_ in ("ready", "prepared")]
    return any(_vows_measures(x) for r in ready for x in r.children if x.dep_ == "xcomp")


def _promises_more_attacks(clause: Token) -> bool:
    """A party says it will go on attacking or that its attacks will grow: "would keep
    targeting ships", "will continue to strike", "attacks would widen to …"."""
    lemma = clause.lemma_.lower()
    if lemma not in lx.CONTINUING_VERBS:
        return False
    acts = [c for c in clause.children if c.dep_ == "xcomp" and lx.VERB_TRIGGERS.get(c.lemma_.lower()) == "Attack"]
    if acts and _by_the_speaker(clause):
        return True
    attacks = [s for s in subject_of(clause) if lx.NOUN_TRIGGERS.get(s.lemma_.lower()) == "Attack"]
    return bool(attacks) and _said_by_a_party(clause.head)


def _on_condition(clause: Token) -> bool:
    """A clause of condition hangs on it: "… if the trial went ahead", "… unless talks resume"."""
    conditions = [c for c in clause.children if c.dep_ == "advcl"]
    return any(m.lower_ in ("if", "unless") for c in conditions for m in c.children)


def _names_an_event_of(clause: Token, cls: str) -> bool:
    """The clause's verb or its object is an event of ``cls``: "would strike", "would step up
    attacks" (Attack); "would expel two more diplomats", "would impose new sanctions" (Sanction,
    CAMEO 131: threaten with sanctions)."""
    if lx.VERB_TRIGGERS.get(clause.lemma_.lower()) == cls:
        return True
    return any(lx.NOUN_TRIGGERS.get(o.lemma_.lower()) == cls for o in _direct_objects(clause))


def _responds_with_force(clause: Token) -> bool:
    """ "respond with force", "respond in a mirror manner"; not "respond to the letter"."""
    lemma = clause.lemma_.lower()
    return lemma in lx.RESPONDING_VERBS and any(t.lemma_.lower() in lx.FORCEFUL_MANNER for t in clause.subtree)


def _burned_by_people(token: Token) -> bool:
    """ "Janjaweed horsemen burned the village"; not "a bushfire burned homes"."""
    return any(_is_actor(s) or _is_armed(s) or s.lemma_.lower() in lx.FOE_NOUNS for s in subject_of(token))


def _drives_back(token: Token) -> bool:
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in token.children)
    foes = [o for o in _direct_objects(token) if _is_armed(o) or o.lemma_.lower() in lx.FOE_NOUNS]
    return back and bool(foes)


def _beats_off_foes(token: Token) -> bool:
    """Attackers or fighters beaten off, or an attack repelled: "repelled four attacks",
    "repelled a second wave of attackers", "repelled them" said of troops. "Neutralised the
    threat" and "repel mosquitoes" name no foe."""
    foes = _direct_objects(token)
    foes += [g for f in list(foes) for g in _of_what(f)]  # "a wave of attackers", "dozens of insurgents"
    if any(_is_armed(f) or f.lemma_.lower() in lx.FOE_NOUNS or lx.NOUN_TRIGGERS.get(f.lemma_.lower()) == "Attack"
           for f in foes):  # fmt: skip
        return True
    pronoun = any(f.lower_ in ("them", "they") for f in foes)
    return pronoun and any(_is_armed(s) for s in subject_of(token))


def _rescues_captives(token: Token) -> bool:
    rescued = _direct_objects(token)
    described = {c.lower_ for r in rescued for c in r.children if c.dep_ in ("amod", "compound")}
    # "rescued 11 crew" from a sinking boat is no release: the rescued must be held by someone
    return bool(_word_forms(rescued) & lx.CAPTIVITY_WORDS or described & lx.CAPTIVITY_WORDS)


def _armed_party_takes_a_place(token: Token) -> bool:
    objects = _direct_objects(token)
    places = [o for o in objects if o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in TAKEN_PLACES]
    return bool(places) and any(_is_armed(s) or s.ent_type_ == "ORG" for s in subject_of(token))


def _word_forms(tokens: Iterable[Token]) -> set[str]:
    """The words as written and as lemmas, lower case: "drones" and "drone" both match a list."""
    return {form for t in tokens for form in (t.lower_, t.lemma_.lower())}


def _gives_relief_goods(token: Token) -> bool:
    """Relief goods given, or arms and equipment given to a party ("will give two hundred rifles
    to the army"); "30 tonnes of flour" gives the flour. Not one's own ("began handing over their
    rifles" disarms)."""
    given = _handed_objects(token)
    given += [c for g in list(given) for c in g.conjuncts]
    if any(c.dep_ == "poss" for g in given for c in g.children):
        return False  # "handing over their rifles": disarming, not giving
    # "give Jordan aid"; the parse makes "to" a dative too ("give vehicles [to] the police")
    recipients = [g for p in token.children if p.dep_ in ("prep", "dative") and p.lower_ == "to" for g in p.children]
    recipients += [c for c in token.children if c.dep_ == "dative" and c.lower_ != "to"]
    # to a party, arms and equipment too: "gave four radars and two boats to the navy"
    wanted = lx.GIVEN_TO_A_PARTY if any(map(_is_actor, recipients)) else lx.HUMANITARIAN_NOUNS
    goods = _word_forms(given) & wanted
    return bool(goods) and _said_by_a_party(token) and not _business_subject(token)


def _handed_objects(token: Token) -> list[Token]:
    """What a verb hands over or takes back: its objects, their conjuncts, and what an amount
    of them counts ("30 tonnes of flour and tents", "the first group of deportees")."""
    handed = [g for o in _direct_objects(token) for g in (o, *o.conjuncts)]
    return handed + [g for o in handed if o.lemma_.lower() in lx.AMOUNT_NOUNS for g in _of_what(o, ("of",))]


def _takes_people_back(token: Token) -> bool:
    """The dead given back, or refugees and deportees taken back by their state."""
    words = _word_forms(_handed_objects(token))
    dead = bool(words & lx.REMAINS_NOUNS) and token.lemma_.lower() in ("give", "hand")
    return (dead or bool(words & lx.DISPLACED_NOUNS)) and _said_by_a_party(token)


def _calls_a_counterpart(token: Token) -> bool:
    """A call to a counterpart or a named leader, not "called the raid a crime", "called for
    talks" or "called on Kyiv to withdraw"."""
    if token.dep_ == "relcl" or any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in token.children):
        return False  # "the city, which Armenians call Stepanakert": a name, not a call
    asked = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")]
    if any(g.ent_type_ != "DATE" for p in asked for g in p.children):
        return False  # "on Tuesday" is when, "on Kyiv" whom it asks
    called = _direct_objects(token)
    return any(o.lemma_.lower() == "counterpart" or o.ent_type_ == "PERSON" for o in called)


def _taken_by_armed_men(token: Token) -> bool:
    """A person taken by an armed group: the passive "was taken by gunmen", not "taken by car"."""
    taken = [c for c in token.children if c.dep_ == "nsubjpass"]
    people = [c for c in taken if c.lower_ in PERSONAL_PRONOUNS or _is_person_word(c)]
    takers = passive_agents(token)
    armed = [g for g in takers if _is_armed(g) or g.lower_ in lx.ARMED_HEADS | lx.CAPTOR_NOUNS]
    armed += [g for g in takers if any(c.lower_ == "armed" for c in g.children)]  # "armed men"
    return bool(people) and bool(armed)


def _munition_landed(token: Token) -> bool:
    """A shell, rocket or drone that fell or landed somewhere, not a trend ("fell by 3 %")."""
    munitions = [s for s in subject_of(token) if s.lemma_.lower() in lx.MUNITION_NOUNS]
    where = [c for c in token.children if c.dep_ == "prep" and c.lower_ in lx.LANDING_PREPOSITIONS]
    return bool(munitions) and bool(where)


def _mandative(clause: Token) -> bool:
    """A clause that says what its subject must do, in the subjunctive or with "should": "that
    Manila notify it", "that the prisoners be set free", not "that no ransom had been paid"."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return clause.tag_ == "VB"
    return auxes[0].lower_ in ("be", "should", "must") and all(a.tag_ in ("VB", "MD") for a in auxes)


def _sets_a_deadline(token: Token) -> bool:
    """ "gave the junta one week to reinstate the president", "gave the firms until Friday to stop":
    a time to do something, by an actor."""
    # "gave the military who seized power seven days to restore order": the parse hangs the time
    # and the task on the clause that qualifies whom it is given to
    holders = [token, *(c for o in _direct_objects(token) for c in o.children if c.dep_ == "relcl")]
    given = [c for h in holders for c in h.children if c.dep_ in ("npadvmod", "dobj")]
    spans = [c for c in given if c.lemma_.lower() in lx.DEADLINE_NOUNS]
    spans += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "until"]  # "gave them until Friday to …"
    todo = [c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB"]
    # "until the end of May to disarm": the parse hangs what is to be done on the date
    dated = [c for u in spans if u.lower_ == "until" for c in u.subtree if c.dep_ in ("acl", "relcl")]
    todo += [c for c in dated if c.pos_ == "VERB"]
    to_do = any(map(_to_infinitive, todo))
    # a state, a body or its leaders set ultimatums; "the teacher gave the pupils two weeks" does not
    named = [s for s in subject_of(token) if s.ent_type_ in ACTOR_ENTITY_TYPES or _names_by_modifier(s)]
    offices = lx.TITLE_NOUNS | {"head"}  # the model leaves "Heads of State" capitalised and plural
    named += [s for s in subject_of(token) if s.lower_.removesuffix("s") in offices and _of_an_actor(s)]
    return bool(spans) and to_do and bool(named)


def _of_an_actor(title: Token) -> bool:
    """ "the Heads of State of ECOWAS", "the leaders of the bloc": the office holders of a body."""
    return any(g.ent_type_ in ACTOR_ENTITY_TYPES for g in title.subtree if g.dep_ == "pobj")


def _names_by_modifier(token: Token) -> bool:
    return any(c.ent_type_ in ACTOR_ENTITY_TYPES for c in token.children if c.dep_ in ("compound", "amod", "poss"))


def _or_face(token: Token) -> bool:
    """ "… to disarm the militias or face further measures": what an ultimatum threatens."""
    if token.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ == "or" for c in token.head.children):
        return False
    penalties = lx.THREATENED_ACTS | lx.ULTIMATUM_PENALTIES
    return any(o.lemma_.lower() in penalties or o.lower_ in penalties for o in _direct_objects(token))


def _liberated_as_a_status(token: Token) -> bool:
    """ "Mosul had been liberated", "declared Marawi 'liberated'": no one is told to have done it."""
    if token.lemma_.lower() != "liberate":
        return False
    liberator = any(c.dep_ == "nsubj" for c in token.children) and not passive_form(token)
    return not liberator and not _named_doer(token)


def _tells_a_new_event(clause: Token) -> bool:
    """An event word in the clause that is not a reference back ("the raid", "its offensive")."""
    for word in clause.subtree:
        lemma = word.lemma_.lower()
        if word.pos_ == "VERB" and lemma in lx.VERB_TRIGGERS and not _liberated_as_a_status(word):
            return True
        cut = {o.lemma_.lower() for o in _direct_objects(word)} & (lx.LINK_NOUNS | lx.RELATION_NOUNS)
        if word.pos_ == "VERB" and lemma in lx.WITHHOLDING_VERBS and cut:
            return True  # "announced it was suspending security coordination with Israel": the suspension
        referred = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any") for c in word.children)
        if word.pos_ == "NOUN" and lemma in lx.NOUN_TRIGGERS and not referred:
            return True
    return False


def _done_by_no_party(verb: Token) -> bool:
    """A deal or a sanction whose doers are all companies, courts or the like ("lenders",
    "chipmakers", "a Lagos court"): business or justice, not statecraft. A doer of unknown
    kind ("the rival factions") still counts as a party."""
    doers = [d for s in subject_of(verb) for d in (s, *s.conjuncts) if d.pos_ in ("NOUN", "PROPN")]
    return bool(doers) and all(map(_business_or_court, doers))


def _business_or_court(token: Token) -> bool:
    entry = _agent_entry(token)
    return (entry is not None and entry.role in lx.NON_STATECRAFT_ROLES) or token.lemma_.lower() in lx.BUSINESS_NOUNS


def _topic_of_talks(token: Token) -> bool:
    about = _what_it_is_about(token, ("on", "about", "over"))
    return about is not None and lx.NOUN_TRIGGERS.get(about.lemma_.lower()) == "Negotiation"


def _what_it_is_about(token: Token, preps: tuple[str, ...]) -> Token | None:
    """The word whose topic the event noun is: "talks" in "talks on a ceasefire", "film" in "a film
    about the siege"."""
    top = phrase_top(token)
    return top.head.head if top.dep_ == "pobj" and top.head.lower_ in preps else None


def _subject_of_a_work(token: Token) -> bool:
    about = _what_it_is_about(token, ("on", "about"))
    return about is not None and about.lemma_.lower() in lx.CREATIVE_WORK_NOUNS


def _offer_rejected(token: Token) -> bool:
    top = phrase_top(token)
    return top.dep_ == "dobj" and top.head.lemma_.lower() in ("reject", "refuse", "spurn", "turn")


def _charge_denied(token: Token) -> bool:
    """ "the accusation" a party rejects, named by no one new: what it rejects, not a new charge."""
    top = phrase_top(token)
    if top.dep_ != "dobj" or top.head.lemma_.lower() not in lx.DENYING_VERBS:
        return False
    return not any(c.dep_ in ("poss", "prep", "acl", "relcl") for c in token.children)


def _denies_a_charge(token: Token) -> bool:
    """An actor denying a charge, a part in something or a deed, or rejecting an offer: "Kigali
    denied the charge", "the militia denied any involvement", "a charge Moscow rejected",
    "denied that its fighters had fired first", "rejected a truce". A deed denied is also an
    event of its own, marked Denied (see cues.modality)."""
    if any(c.dep_ == "neg" for c in token.children):
        return False  # "did not deny the report"
    subjects = subject_of(token)
    objects = _direct_objects(token)
    charge_named = any(o.lemma_.lower() in lx.CHARGE_NOUNS for o in objects)
    if token.lemma_.lower() == "deny":
        # "denied that any ransom had been paid", "denied forcing the plane down", "which Asmara
        # denied"; denying an event no one else told of ("denied that a chemical attack took
        # place") leaves that event, Denied, as the news
        said = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
        said += [o for o in objects if o.tag_ == "VBG"]
        referred = any(o.lower_ in ("which", "that", "this", "it") for o in objects)
        charge_named = charge_named or referred or (bool(said) and not any(map(_tells_a_new_event, said)))
    if token.lemma_.lower() in ("reject", "dismiss"):  # "dismissed the ruling as void"
        charge_named = charge_named or any(o.lemma_.lower() in lx.REJECTED_OFFER_NOUNS for o in objects)
        # "rejected the findings as baseless", "dismissed the remarks as irresponsible": a verdict
        judged = [
            o for o in objects or _noun_of_its_clause(token)  # "a move the minister dismissed as a ploy"
            if o.lemma_.lower() in lx.JUDGED_ACTS or o.lemma_.lower() in lx.NOUN_TRIGGERS
        ]
        called_as = any(p.dep_ == "prep" and p.lower_ == "as" for n in (token, *judged) for p in n.children)
        charge_named = charge_named or (bool(judged) and called_as)
    # "a charge Kigali denies": the clause on the charge, or the small model's misparse that
    # hangs "charge" on the subject
    charge_named = charge_named or (token.dep_ == "relcl" and token.head.lemma_.lower() in lx.CHARGE_NOUNS)
    charge_named = charge_named or any(
        c.dep_ == "compound" and c.lemma_.lower() in lx.CHARGE_NOUNS for s in subjects for c in s.children
    )
    return charge_named and _said_by_a_party(token)


def _calls_a_deed_a_crime(token: Token) -> bool:
    # "what it called atrocities" accuses; "what the statement called "the illegal annexation""
    # quotes a name, the adjective inside it no verdict of the writer's
    quoted = any(o.lower_ in ("what", "which") for o in _direct_objects(token))
    names = _what_a_deed_is_called(token, described=not quoted)
    if any(words & lx.CONDEMNING_NOUNS for words in names):
        return True
    # "called the bombing an attack on Islam itself", "… an assault on our sovereignty"
    if any(words & {"attack", "assault", "onslaught"} and words & {"on", "against"} for words in names):
        return True
    # "called the measures an act of economic war"; "a declaration of war on pensioners" said of
    # a pension reform is politics, so the deed must be a measure or an event
    measures = any(d.lemma_.lower() in lx.NOUN_TRIGGERS or d.lemma_.lower() in lx.JUDGED_ACTS
                   for d in _direct_objects(token))  # fmt: skip
    return measures and any("war" in words and words & {"act", "declaration"} for words in names)


def _names_its_deed_a_crime(token: Token) -> bool:
    """A clause qualifying a deed names it with no relative word: "a move Israel called a reward
    for terrorism" (the parse hangs the name's "for" on the verb, and no object is the deed)."""
    deed = token.head
    # the small model reads the bare clause as a relative clause or as a participle with a subject
    qualifies = token.dep_ == "relcl" or (token.dep_ == "acl" and any(c.dep_ == "nsubj" for c in token.children))
    if not qualifies or not (deed.lemma_.lower() in lx.JUDGED_ACTS or deed.lemma_.lower() in lx.NOUN_TRIGGERS):
        return False
    names = [o for o in _direct_objects(token) if not _is_actor(o) and o.ent_type_ not in ACTOR_ENTITY_TYPES]
    words = {w.lemma_.lower() for n in names for w in n.subtree}
    words |= {g.lemma_.lower() for p in token.children if p.dep_ == "prep" for g in p.subtree}
    return bool(names) and bool(words & lx.CONDEMNING_NOUNS)


def _brands_a_party(token: Token) -> bool:
    """ "called Putin a war criminal"; "stop calling the FARC a terrorist group" names a kind of group."""
    # the small model sometimes makes the party a second predicate: "called President X a traitor"
    objects = _direct_objects(token) + [c for c in token.children if c.dep_ == "oprd"]
    named = [o for o in objects if o.ent_type_ in ACTOR_ENTITY_TYPES]
    labels = [c for c in _names_given(token, named) if c not in named]
    return bool(named) and any(label.lemma_.lower() in lx.BRANDING_NOUNS for label in labels)


def _names_given(verb: Token, objects: list[Token]) -> list[Token]:
    """What a naming verb calls its objects, as the parse hangs it: on the verb ("called the
    strike an outrage") or on the object ("called the strike, an outrage,")."""
    names = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
    return names + [c for o in objects for c in o.children if c.dep_ in ("appos", "attr")]


def _calls_a_deed_something(token: Token) -> bool:
    """ "called the bombing a mistake", "called the deal a victory": a party's verdict on an
    event or a measure, a declaration that is itself the news (a crime named is an accusation)."""
    deeds = _direct_objects(token) + _deed_taken_for_a_modifier(token)
    # "called the reports fabrications": a charge called false is the contract's denial
    judged_words = lx.NOUN_TRIGGERS.keys() | lx.JUDGED_ACTS | lx.CHARGE_NOUNS
    judged = any(d.lemma_.lower() in judged_words for d in deeds)
    speaker = any(_is_actor(s) or s.ent_type_ in ACTOR_ENTITY_TYPES for s in subject_of(token))
    return judged and speaker and bool(_what_a_deed_is_called(token))


def _deed_taken_for_a_modifier(token: Token) -> list[Token]:
    """ "called the ban discriminatory": the small model reads "ban" as a noun modifying the
    adjective, which it makes the verb's predicate."""
    predicates = [c for c in token.children if c.dep_ == "oprd"]
    return [c for p in predicates for c in p.children if c.dep_ == "compound" and c.pos_ == "NOUN"]


def _what_a_deed_is_called(token: Token, described: bool = True) -> list[set[str]]:
    """The words of each name the verb gives its object: "an outrage", "an act of savagery",
    "illegal and unlawful" (the small model hangs a following adjective on the noun)."""
    deeds = _direct_objects(token)
    names = _names_given(token, deeds)
    if token.lemma_.lower() != "call":  # "described the strike as a legitimate action"
        names += [g for p in token.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children]
    names += [c for d in deeds for c in d.children if c.dep_ == "amod" and c.i > d.i]
    # "called the strikes 'barbaric aggression'": the quote mark makes the deed the name's possessor
    names += [d for d in deeds if any(c.dep_ == "poss" and c.lemma_.lower() in lx.NOUN_TRIGGERS for c in d.children)]
    found = []
    for name in names:
        # "an act of savagery", "a reward for terror"; "an attack on Islam" keeps its "on"
        named_of = {g.lemma_.lower() for p in name.children if p.lower_ in ("of", "for") for g in p.children}
        named_of |= {p.lower_ for p in name.children if p.dep_ == "prep" and p.lower_ in ("on", "against")}
        coordinated = {c.lemma_.lower() for c in name.conjuncts}
        kind = {c.lemma_.lower() for c in name.children if c.dep_ == "amod"} if described else set()  # "a hostile act"
        found.append({name.lemma_.lower()} | named_of | coordinated | kind)
    return found


def _sends_forces_to_help(token: Token) -> bool:
    objects = _direct_objects(token)
    objects += [g for o in objects if o.lemma_.lower() in lx.UNIT_NOUNS for g in _of_what(o)]  # "a team of advisers"
    forces = [c for c in objects if _is_armed(c) or c.lemma_.lower() in ("troop", "soldier")]
    # "would send 60 special forces instructors to Mozambique": trainers sent to a state are aid
    trainers = [c for c in objects if c.lemma_.lower() in lx.MILITARY_TRAINERS]
    destinations = [g for p in token.children if p.lower_ == "to" for g in p.children]
    to_a_state = any(g.ent_type_ in ("GPE", "NORP", "ORG") for g in destinations)
    helpers = forces + trainers
    return (bool(helpers) and _with_supporting_aim(token, *helpers)) or (bool(trainers) and to_a_state)


def _of_what(noun: Token, preps: tuple[str, ...] = ("of",)) -> list[Token]:
    return [g for p in noun.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def _offers_means_to_help(token: Token) -> bool:
    """ "offered helicopters to evacuate the wounded": equipment lent for a rescue or relief."""
    means = [o for o in _direct_objects(token) if o.lemma_.lower() in lx.RELIEF_MEANS]
    return bool(means) and _with_supporting_aim(token, *means)


def _refugees_go_home(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in HOMEWARD_VERBS:
        return False
    home = any(c.lower_ in ("home", "back") and c.dep_ in ("advmod", "npadvmod", "prt", "dobj") for c in token.children)
    returning = lemma == "return" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    if not (home or returning):
        return False
    movers = _direct_objects(token) + list(subject_of(token))
    movers += _counted(movers)
    displaced = lx.DISPLACED_NOUNS
    words = {w for m in movers for w in (m.lemma_.lower(), m.lower_)}
    # "displaced families", "people displaced by the attack"
    words |= {c.lower_ for m in movers for c in m.children if c.dep_ in ("amod", "compound", "acl")}
    # "families who fled Macomia in 2020": people who fled are displaced
    people = [m for m in movers if m.tag_ in ("NNS", "NNPS") and m.lemma_.lower() not in lx.CAPTIVE_NOUNS]
    fled = any(c.dep_ == "relcl" and c.lemma_.lower() == "flee" for m in people for c in m.children)
    # "sent 4,000 Hmong back to Laos": a people a state sends back
    # "sent two North Korean fishermen back": a people, or people named by their people, a state sends back
    of_a_people = [m for m in movers if m.ent_type_ == "NORP" or any(c.ent_type_ == "NORP" for c in m.children)]
    sent_people = lemma in ("send", "deport") and any(m.dep_ == "dobj" for m in of_a_people)
    # "hundreds of thousands of Palestinians streamed back", "130,000 Afghans crossed back": a
    # people counted in the mass, going back
    masses = [m for m in movers if _is_mass(m)]
    masses += [g for m in masses for p in m.children if p.lower_ == "of" for g in p.children]
    a_people_returns = lemma in lx.MASS_MOTION_VERBS and any(m.ent_type_ == "NORP" for m in masses)
    # "families began returning to their homes": people going back to the homes they left
    homes = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
             if g.lemma_.lower() in lx.DWELLING_NOUNS and any(c.lower_ == "their" for c in g.children)]  # fmt: skip
    hoped_for = any(c.dep_ == "aux" and c.lower_ in lx.MODAL_WORDS for c in token.children)  # "until they can return"
    to_their_homes = bool(homes) and bool(words & lx.UPROOTED_HOUSEHOLDS) and not hoped_for
    return bool(words & displaced) or fled or sent_people or a_people_returns or to_their_homes


def _is_mass(token: Token) -> bool:
    """ "thousands", "hundreds of thousands", "130,000 Afghans": a count in the hundreds or more."""
    numbers = [token] + [c for c in token.children if c.dep_ == "nummod"]
    sizes = [n.lower_ for n in numbers]
    if any(size in lx.MASS_COUNT_WORDS for size in sizes):
        return True
    return any((parse_number(n.text) or 0) >= 100 for n in numbers)


def _objects_are_remains(token: Token) -> bool:
    """ "sent back the remains of 200 fighters"; people sent back may be expelled, not repatriated."""
    carried = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(c.lemma_.lower() in lx.REMAINS_NOUNS or c.lower_ in lx.REMAINS_NOUNS for c in carried)


def _handed_to_their_consulate(token: Token) -> bool:
    """People of another land handed to its consulate or embassy go home through it."""
    handed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    handed += _counted(handed)
    to = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    posts = any(g.lemma_.lower() in ("consulate", "embassy") for g in to)
    return posts and any(_names_people(h) or h.lemma_.lower() in lx.DISPLACED_NOUNS for h in handed)


def _brought_home(token: Token, back: bool = False) -> bool:
    """Remains carried anywhere, or people carried home, back, or deported to a place."""
    if _objects_are_remains(token):
        return True
    carried = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    carried += _counted(carried)
    deported = token.lemma_.lower() == "deport" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
    home_word = any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj") for c in token.children)
    home = back or deported or home_word
    people = [c for c in carried if c.lower_ != "home"]
    kinds = PEOPLE_CARRIED_HOME
    return home and any(_is_actor(c) or c.lemma_.lower() in kinds or c.lower_ in kinds for c in people)


def _is_aid_team(obj: Token) -> bool:
    kinds = {t.lower_ for t in obj.subtree if t.i < obj.i}
    return obj.lemma_.lower() in ("team", "worker", "crew") and bool(kinds & lx.AID_TEAM_KINDS)


def _is_a_vessel(noun: Token) -> bool:
    return noun.lemma_.lower() in lx.WARSHIP_NOUNS


def _hits_a_vessel(token: Token) -> bool:
    return any(map(_is_a_vessel, _direct_objects(token) + [s for s in token.children if s.dep_ == "nsubjpass"]))


def _rams_a_vessel(token: Token) -> bool:
    """Ships of a party ram or hose another vessel ("… rammed it twice"); a truck ramming a gate
    is no naval clash."""
    hit = _direct_objects(token)
    rammers = subject_of(token)
    if not rammers and token.dep_ == "conj":
        rammers = subject_of(token.head)  # "ships rammed and water-cannoned a vessel"
    by_ships = any(_is_a_vessel(s) or _is_actor(s) for s in rammers)
    return any(_is_a_vessel(h) or h.lower_ in ("it", "them") for h in hit) and by_ships


def _attributes_a_deed(token: Token) -> bool:
    """A party attributes an attack, a theft or a sabotage to another party; "attributed the
    delay to bad weather" and "remarks attributed to the minister" name no deed of a party."""
    deeds = [o for o in _direct_objects(token) if _is_a_deed(o)]
    authors = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return bool(deeds) and any(map(_is_actor, authors)) and _said_by_a_party(token)


def _is_a_deed(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lx.NOUN_TRIGGERS.get(lemma) == "Attack" or lemma in lx.HOSTILE_DEED_NOUNS


def _sends_diplomat_away(token: Token, objects: set[str]) -> bool:
    """ "told the ambassador to leave", "ordered 20 diplomats out of Moscow"."""
    leaving = {c.lemma_.lower() for c in token.children if c.dep_ in ("xcomp", "ccomp")}
    out = any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out" for c in token.children)
    return bool(objects & lx.DIPLOMAT_NOUNS) and (bool(leaving & {"leave", "depart", "quit"}) or out)


def _attacks_a_politician_in_words(token: Token) -> bool:
    """ "attacked the prime minister for …", "attacked Netanyahu over the deal": a person in office
    attacked for a reason is criticised; troops "attacked army bases for weeks" fight."""
    persons = [o for o in _direct_objects(token) if o.ent_type_ == "PERSON" or o.lemma_.lower() in lx.TITLE_NOUNS]
    reasons = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "over") for g in c.children]
    lasting = any(g.ent_type_ in ("DATE", "TIME") for g in reasons)  # "for weeks", "for two days"
    return bool(persons) and bool(reasons) and not lasting and _criticises(token)


def _criticises(token: Token) -> bool:
    """ "slammed X for Y", "blasted the decision as": said of someone; not "a missile slammed
    into a building", where a weapon is the subject or the object is a place."""
    if any(c.dep_ == "prep" and c.lower_ in ("into", "onto") for c in token.children):
        return False
    if _weapon_subject(token) or any(map(_is_armed, subject_of(token))):
        return False
    reason = any(c.dep_ == "prep" and c.lower_ in ("for", "over", "as") for c in token.children)
    said_of_actor = any(_is_actor(c) for c in token.children if c.dep_ == "dobj")
    # "criticised the scale of the bombing": a deed named in what is criticised
    said_of_deed = any(
        t.lemma_.lower() in lx.NOUN_TRIGGERS for c in token.children if c.dep_ == "dobj" for t in c.subtree
    )
    return reason or said_of_deed or (said_of_actor and not military_context(token))


def _to_the_red_cross(token: Token) -> bool:
    """People handed "to the Red Cross", "over to the ICRC": the go-between of releases takes them."""
    to = [c for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    named = {" ".join(t.lower_ for t in c.subtree) for c in to}
    return any(name in text for text in named for name in ("red cross", "red crescent", "icrc"))


def _armed_party_frees_people(token: Token) -> bool:
    """An armed party or a state frees people: they were its captives. A court or the police
    freeing someone on bail is justice, not the contract's release."""
    freed = [f for c in token.children if c.dep_ in ("dobj", "nsubjpass") for f in (c, *c.conjuncts)]
    freed += _counted(freed)
    dead = any(f.lemma_.lower() in lx.REMAINS_NOUNS or f.lower_ in lx.REMAINS_NOUNS for f in freed)
    if not any(_is_person_word(f) for f in freed) or dead:
        return False  # "released the bodies of 15 Palestinians" returns the dead
    if any(t.lower_ == "bail" for t in token.subtree):
        return False
    doers = passive_agents(token)
    if not doers and not any(c.dep_ == "nsubjpass" for c in token.children):
        doers = subject_of(token)
    # "were freed by jihadists who had held them", "Hamas freed two women", "the kidnappers returned"
    captors = lx.CAPTOR_NOUNS
    if any(map(_business_or_court, doers)):
        return False
    return any(
        _is_armed(d) or d.ent_type_ in ("ORG", "GPE", "NORP") or d.lemma_.lower() in captors or _party_named_before(d)
        for d in doers
    )


def _party_named_before(noun: Token) -> bool:
    """ "the faction", "the Tajik side": a party the story named before."""
    definite = any(c.lower_ == "the" for c in noun.children)
    return definite and noun.lower_ in lx.PARTY_REFERENCES


def _counted(tokens: list[Token]) -> list[Token]:
    """What counts among ``tokens`` count: "schoolgirls" in "21 of the schoolgirls"."""
    return [g for t in tokens if _is_count(t) for p in t.children if p.lower_ == "of" for g in p.children]


def _is_count(token: Token) -> bool:
    """ "dozens", "21", "most" in "most of the schoolgirls": a count of what "of" names."""
    return token.lower_ in lx.AMOUNT_NOUNS or token.like_num or token.lower_ in lx.QUANTIFIER_WORDS


def _is_person_word(token: Token) -> bool:
    """People by name, nationality, a word for people, or a Phoenix agent ("two nurses")."""
    people = lx.FREED_PEOPLE_NOUNS
    named = token.ent_type_ in ("PERSON", "NORP") or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children
    )  # "the Palestinian teenager Ahed Tamimi"
    return named or token.lemma_.lower() in people or token.lower_ in people or _agent_entry(token) is not None


def _counts_people(token: Token) -> bool:
    return _is_count(token) or any(c.dep_ in ("nummod", "quantmod") for c in token.children)


def _direct_objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "dobj"]


# Verbs by which a deal known by its name is made: "the Bougainville Peace Agreement was signed".
MAKING_A_DEAL_VERBS = frozenset(["sign", "ratify", "conclude", "initial", "seal", "reach", "agree"])


def _named_deal_signed(token: Token) -> bool:
    """The last word of a deal's name ("Accord" in "the Nuku'alofa Accord"), the object or
    passive subject of a verb that makes it: the signing is the event, not the document."""
    last = token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    top = phrase_top(token)
    made = top.dep_ in ("dobj", "nsubjpass") and top.head.lemma_.lower() in MAKING_A_DEAL_VERBS
    return last and made and not any(c.dep_ == "neg" for c in top.head.children)


def _inside_a_name(token: Token) -> bool:
    """A word of a name of several words ("Accord" in "the Government of National Accord")."""
    if token.ent_type_ not in ("ORG", "FAC", "GPE") or not token.is_title:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")


DEAL_CONTENT_CLASSES = frozenset(["Ceasefire", "PrisonerExchange", "Release", "Repatriation"])


def _deal_that_is_another_event(token: Token) -> bool:
    """ "… freed in exchange for 2,130 prisoners, in a deal brokered by Turkey": a deal named
    through "in" or "under" beside the exchange or truce it consists of."""
    top = phrase_top(token)
    if top.dep_ != "pobj" or top.head.lower_ not in ("in", "under"):
        return False
    others = (t for t in token.sent if t != token)
    return any(
        lx.NOUN_TRIGGERS.get(t.lemma_.lower()) in DEAL_CONTENT_CLASSES
        or lx.VERB_TRIGGERS.get(t.lemma_.lower()) in DEAL_CONTENT_CLASSES
        for t in others
    )


def _concluded(token: Token) -> bool:
    """Reached or signed; a consensus by parties ("experts reached a consensus" is no deal)."""
    top = phrase_top(token)
    if top.dep_ not in ("dobj", "nsubjpass") or top.head.lemma_.lower() not in lx.CONCLUDING_VERBS:
        return False
    if token.lemma_.lower() != "consensus":
        return True
    parties = subject_of(top.head) + [g for c in top.head.children if c.dep_ == "agent" for g in c.children]
    return not parties or any(map(_may_be_a_party, parties))


def _may_be_a_party(token: Token) -> bool:
    """An actor, or people standing for one ("Government and rebel negotiators")."""
    lemma = token.lemma_.lower()
    return _is_actor(token) or lemma in lx.REPRESENTATIVE_HEADS or token.lower_ in lx.REPRESENTATIVE_HEADS


def _named_by_a_court(token: Token) -> bool:
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in ("with", "for", "of"):
        return False
    return preposition.head.lemma_.lower() in lx.JUSTICE_VERBS


def _in_exchange(token: Token) -> bool:
    """ "freed in exchange for …", "In return, the government pardoned …"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ in ("exchange", "return") for g in c.children)
        for c in token.children
    )


def _freed_by_both_sides(token: Token) -> bool:
    """Two parties, together the subject, each freeing the other's people: a swap told as a
    release ("the army and the RSF released dozens of each other's fighters")."""
    doers = [s for s in subject_of(token) if s.dep_ == "nsubj"]
    return any(_is_actor(d) and any(map(_is_actor, d.conjuncts)) for d in doers)


def _lets_captives_go(token: Token) -> bool:
    going = [c for c in token.children if c.dep_ in ("ccomp", "xcomp", "prt", "advmod") and c.lemma_.lower() == "go"]
    words = _lower_heads(token).union(*(_lower_heads(g) for g in going))
    held = [c for g in (token, *going) for c in g.children if c.dep_ in ("dobj", "nsubj") and c.i > token.i]
    held += [o for g in going for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]  # "let go of the two doctors"  # fmt: skip
    held += _counted(held) + [g for h in held if h.lower_ == "group" for p in h.children if p.lower_ == "of"
                              for g in p.children]  # "let a group of Algerian workers go"
    # "let 183 prisoners go", "let go four monitors they had held", "let 100 suspected militants go"
    described = any(c.dep_ == "relcl" for h in held for c in h.children)
    # people an armed party or authority lets go were its captives; pupils a teacher lets go were not
    authority = any(_holds_captives(s) for s in subject_of(token))
    people = authority and any(map(_is_person_word, held))
    return bool(going) and bool(words & lx.CAPTIVE_NOUNS or described or people)


def _holds_captives(token: Token) -> bool:
    entry = _agent_entry(token)
    state_side = entry is not None and entry.role in ("GOV", "MIL", "REB", "UAF", "COP", "JUD")
    return state_side or token.ent_type_ in ("ORG", "GPE", "NORP") or token.lemma_.lower() in lx.CAPTOR_NOUNS


def _is_visitor(token: Token) -> bool:
    """A named person or a representative of a party, received as a guest."""
    if token.ent_type_ == "PERSON":
        return True
    if token.lemma_.lower() not in lx.REPRESENTATIVE_HEADS | lx.TITLE_NOUNS:
        return False
    senders = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for g in c.children]
    # "a delegation from the Kurdistan Regional Government", "the Iranian foreign minister"
    return _is_actor(token) or any(g.ent_type_ in ACTOR_ENTITY_TYPES or _is_actor(g) for g in senders)


def _is_conversation(token: Token) -> bool:
    """ "spoke by phone", "talked with the Emir" — not "spoke to reporters" or "talked about it"."""
    if _by_phone(token):
        return True
    partners = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return any(_is_actor(p) and not _is_media(p) for p in partners if p.dep_ == "pobj")


def _by_phone(token: Token) -> bool:
    """ "by phone", "in a telephone call", "over a video link": a preposition of the verb says so."""
    return bool({t.lower_ for c in token.children if c.dep_ == "prep" for t in c.subtree} & lx.PHONE_WORDS)


def _is_media(token: Token) -> bool:
    entry = _agent_entry(token)
    return entry is not None and entry.role == "MED"


def _in_captivity_context(token: Token) -> bool:
    """ "freed the crew after fourteen months in captivity": the sentence says they were held;
    "released the former premier from house arrest": where they were held."""
    if any(t.lower_ in lx.CAPTIVITY_WORDS for t in token.sent):
        return True
    held_in = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    return any(g.lemma_.lower() in lx.PLACES_OF_CAPTIVITY for g in held_in)


def _is_explosion(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in lx.EXPLOSION_VERBS:
        return False
    particle = lx.EXPLOSION_VERBS[lemma]
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in token.children)


RELIEF_VEHICLES = lx.CARGO_NOUNS | {"ship", "plane", "aircraft", "vessel"}


def _is_relief(sent: Token) -> bool:
    """What is sent is relief: a vehicle loaded with relief goods, a humanitarian convoy, or a field
    hospital ("will send a mobile field hospital to Jenin"; not "delivered to the hospital")."""
    kinds = {c.lower_ for c in sent.children if c.dep_ in ("amod", "compound")}
    if sent.lemma_.lower() == "hospital" and "field" in kinds:
        return True
    return _carries_relief(sent) or (sent.lemma_.lower() in RELIEF_VEHICLES and bool(kinds & lx.RELIEF_KINDS))


def _carries_relief(vehicle: Token) -> bool:
    """Trucks, a convoy or a ship loaded with or carrying relief goods: "trucks loaded with
    tents", "a convoy carrying flour", "a shipment of medicine"."""
    if vehicle.lemma_.lower() not in RELIEF_VEHICLES:
        return False
    words = [w for c in vehicle.children if c.dep_ in ("acl", "prep", "relcl") for w in c.subtree]
    carried = _word_forms(words)
    return bool(carried & lx.HUMANITARIAN_NOUNS) or _run_by_relief_agency(vehicle)


def _pays_for_relief(verb: Token) -> bool:
    """What is paid for is relief goods or arms: "paid for tents", "paid for the machine guns"."""
    fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    bought = [p for c in fors for p in c.children if p.dep_ == "pobj"]
    paid_for = _word_forms(t for b in bought for t in (b, *b.conjuncts))
    return bool(paid_for & (lx.HUMANITARIAN_NOUNS | lx.AID_OBJECT_NOUNS))


def _reaches_with_relief(vehicle: Token) -> bool:
    """A relief agency's convoy, or trucks loaded with relief goods ("forty trucks loaded with
    flour entered Gaza"): a load no verb of its own has told as aid yet ("a convoy carrying aid
    has reached …" is the carrying's event)."""
    loaded = [c for c in vehicle.children if c.dep_ == "acl" and c.lemma_.lower() in lx.LOADED_VERBS]
    return _run_by_relief_agency(vehicle) or (bool(loaded) and _carries_relief(vehicle))


def _lands_with_relief(verb: Token) -> bool:
    """A plane or ship that arrives "with" relief goods, the load hung on the verb."""
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    loads = _word_forms(t for c in withs for t in c.subtree)
    craft = any(s.lemma_.lower() in RELIEF_VEHICLES or is_aircraft_type(s) for s in subject_of(verb))
    return craft and bool(loads & lx.HUMANITARIAN_NOUNS)


def _run_by_relief_agency(vehicle: Token) -> bool:
    """ "a World Food Programme (WFP) convoy", "ICRC trucks": a relief agency's vehicles."""
    owners = owning_bodies(vehicle)
    owners += [a for c in owners for a in c.children if a.dep_ == "appos"]  # "World Food Programme (WFP)"
    names = {e.text.lower() for e in vehicle.doc.ents for c in owners if e.start <= c.i < e.end}
    return bool(names & lx.RELIEF_AGENCY_NAMES)


def _preps_of_verb_or_object(verb: Token, word: str) -> list[Token]:
    """The preposition ``word`` on the verb or on its object, where the parse may hang either:
    "closed [its airspace] to …", "cut [links] with …"."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == word]


def _closed_to_a_party(verb: Token) -> bool:
    """What is closed is closed to a state's people or craft: "to Russian aircraft", "to flights
    to and from Mali", not "to all civilian flights"."""
    return any(t.ent_type_ in ("GPE", "NORP") for c in _preps_of_verb_or_object(verb, "to") for t in c.subtree)


def _with_a_party(verb: Token) -> bool:
    """A party on the other side of what is cut, after "with": "links with Doha"."""
    withs = _preps_of_verb_or_object(verb, "with")
    return any(_is_actor(g) for c in withs for g in c.children if g.dep_ == "pobj")


WH_TAGS = frozenset(["WDT", "WP", "WP$", "WRB"])


def asks_a_question(verb: Token) -> bool:
    """ "Asked whether the strikes would go on, she said …", "asked about the claim", "asked by
    reporters": a question put to a speaker, not a demand. "Asked Israel to halt …" and "asked
    for talks" are demands."""
    if verb.lemma_.lower() != "ask":
        return False
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "advcl")]
    whether = any(m.lower_ in ("whether", "if") for c in clauses for m in c.children)
    # "asked the envoy why the navy had waited", "asked what steps they were taking"
    whether = whether or any(c.left_edge.tag_ in WH_TAGS for c in clauses if c.dep_ == "ccomp")
    about = any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)
    by_reporters = any(c.dep_ == "agent" for c in verb.children)
    return whether or about or by_reporters or (verb.tag_ == "VBN" and verb.dep_ == "advcl")


def _is_troops(noun: Token) -> bool:
    return _is_armed(noun) or noun.lower_ in lx.ARMED_HEADS


def _protects_another(verb: Token) -> bool:
    """Protection as aid (CAMEO 074) is given to another party: "pledged to protect Chad", not
    "to protect its citizens", "lives", "civilians" or "itself"."""
    guarded = [c for c in verb.children if c.dep_ == "dobj"]
    own = any(c.dep_ == "poss" for g in guarded for c in g.children)
    selves = any(g.lower_.endswith(("self", "selves")) or g.lemma_.lower() == "life" for g in guarded)
    # a party, not people or things: "a mission to protect civilians", "guarding the airport"
    parties = [g for g in guarded if _is_actor(g) and not is_people_group(g)]
    return bool(guarded) and not own and not selves and bool(parties)


def _device_exploded(token: Token) -> bool:
    """A bomb, device or bomber exploded or was detonated ("a device that exploded", "a suicide
    bomber blew himself up"); "it exploded" counts where a device was just named."""
    subjects = subject_of(token)  # "the bombs began to explode"
    if token.dep_ == "conj":  # "the device was hidden … and exploded"
        subjects += [c for c in token.head.children if c.dep_ == "nsubjpass"]
    words = _lower_heads(token) | {s.lemma_.lower() for s in subjects} | {s.lower_ for s in subjects}
    if words & lx.EXPLOSIVE_NOUNS:
        return True
    if not any(s.lower_ in ("it", "they") for s in subjects):
        return False
    previous = token.doc[max(0, token.sent.start - 1)].sent if token.sent.start > 0 else token.sent
    nearby = {t.lemma_.lower() for t in (*previous, *token.sent)}
    return bool(nearby & lx.EXPLOSIVE_NOUNS)


def _describes_the_dead(verb: Token) -> bool:
    noun = verb.head
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    remains = {noun.lemma_.lower(), owner.lemma_.lower(), owner.lower_} & lx.REMAINS_NOUNS
    return bool(remains) and not _named_doer(verb)


def _named_doer(verb: Token) -> bool:
    """ "the girls abducted by Boko Haram from Chibok": the participle tells a deed and its doer."""
    doers = passive_agents(verb)
    return any(d.ent_type_ in ACTOR_ENTITY_TYPES or _is_armed(d) for d in doers)


def _acts_on_something(token: Token) -> bool:
    if any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return True
    if token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in token.children):
        return True  # "the schoolgirls they kidnapped": the clause acts on the noun it describes
    if qualifies_its_noun(token):
        return True  # "the girls abducted by Boko Haram"
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against", "into", "upon") for c in token.children)


def _acts_on_someone(token: Token) -> bool:
    """ "attacked the field leader", "attacked them": an attack on people, not on a problem."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    people = lx.REPRESENTATIVE_HEADS | lx.GROUP_HEADS | lx.HUMAN_TARGETS
    return any(
        _is_actor(o)
        or o.lower_ in ("him", "her", "them", "us", "me")
        or o.lemma_.lower() in people
        or o.lower_ in people
        for o in objects
    )


def _is_a_stormed_place(noun: Token) -> bool:
    """ "settlers stormed the village", "gunmen stormed a hotel"; not "stormed the charts"."""
    lemma = noun.lemma_.lower()
    return lemma in lx.SETTLEMENT_NOUNS or lemma in lx.STORMED_SITES or noun.ent_type_ in ("GPE", "FAC")


def is_armed_conflict(verb: Token) -> bool:
    """Harm done by an attacker in a conflict, not by a flood, a fire, a crowd, the police or
    a household; and done, not described ("captured soldiers", "wounded civilians")."""
    if verb.dep_ == "amod":
        return False
    captivity = verb.lemma_.lower() in lx.CAPTIVITY_VERBS
    if qualifies_its_noun(verb) and captivity and not _named_doer(verb):
        return False  # "released five soldiers captured during clashes": who they are, not a new act
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in lx.STRUGGLE_NOUNS:
        return False  # "a war that has killed 400,000 people": the war's toll, not a new attack
    if qualifies_its_noun(verb) and _describes_the_dead(verb):
        return False  # "the remains of soldiers killed in the Korean War": who they were
    if _is_sport(verb):
        return False  # "Liverpool crushed Everton 4-0 in the derby"
    if in_an_accident(verb):
        return False  # "a bus plunged into a ravine, killing 23", "a gas cylinder exploded, killing three"
    causes = [verb.head] if verb.dep_ == "acl" else list(subject_of(verb))  # "an earthquake killing 30"
    causes += passive_agents(verb)
    causes += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "during")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # "The storm hit the coast. It killed 12 people": the pronoun's cause is the storm
    causes += [a for c in causes if c.lower_ in ("it", "they") and (a := antecedent_subject(c)) is not None]
    if any(natural_cause(c) for c in causes) or _is_police_or_household_matter(verb):
        return False
    if any(lx.NOUN_TRIGGERS.get(s.lemma_.lower(), "Attack") != "Attack" for s in subject_of(verb)):
        return False  # "new sanctions target the drone programme": another event does the targeting
    sides = list(subject_of(verb))
    if verb.lemma_.lower() in lx.MUTUAL_FIGHT_VERBS:
        sides += [g for c in verb.children if c.lower_ in ("with", "against") for g in c.children if g.dep_ == "pobj"]
    # "mob violence erupted, injuring fans", "gang members killed a shopkeeper"
    sides += [c for s in list(sides) for c in s.children if c.dep_ in ("compound", "amod")]
    if verb.lemma_.lower() in lx.MUTUAL_FIGHT_VERBS and _police_against_civilians(sides):
        return False  # "students clashed with police outside the university"
    criminal = any(s.lemma_.lower() in lx.CRIMINAL_NOUNS for s in sides) and not _hits_the_state(verb)
    return not (criminal or any(map(_is_unrest, sides)))


def _hits_the_state(verb: Token) -> bool:
    """Gangs attacking prisons, police stations or troops fight the state, and gangs storming a
    town fight for ground: armed violence, not crime ("armed gangs attacked the two largest
    prisons", "gangs overran the town of Mirebalais"; "gang members killed a shopkeeper" is
    crime)."""
    hit = [c for c in verb.children if c.dep_ == "dobj"]
    hit += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children]
    return any(h.lemma_.lower() in lx.STATE_TARGETS or _is_a_settlement(h) for h in hit)


def _lodged_by_a_state(token: Token) -> bool:
    """An official complaint comes from a state or a body of one ("Hanoi", "the foreign
    ministry"), not from tenants or a union."""
    subjects = subject_of(token)
    named = any(s.ent_type_ in ACTOR_ENTITY_TYPES or s.lower_ in DEFINITE_HEADS for s in subjects)
    return named and _said_by_a_party(token)


def _is_a_settlement(word: Token) -> bool:
    return word.ent_type_ in ("GPE", "LOC") or word.lemma_.lower() in lx.SETTLEMENT_NOUNS


def _police_against_civilians(sides: list[Token]) -> bool:
    sides = sides + _counted(sides)
    entries = [(s, _agent_entry(s)) for s in sides if not _is_count(s)]
    police = [s for s, e in entries if e is not None and e.role == "COP"]
    others = [s for s, e in entries if s not in police and (e is not None or s.ent_type_)]
    return bool(police) and bool(others) and not any(_is_armed(o) or o.ent_type_ for o in others)


def _is_police_or_household_matter(verb: Token) -> bool:
    """ "police raided a house and seized drugs", "a man killed his wife": crime and policing."""
    lemma = verb.lemma_.lower()
    subjects = {s.lemma_.lower() for s in subject_of(verb)} | {s.lower_ for s in subject_of(verb)}
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in lx.LAW_ENFORCEMENT_VERBS and (subjects & lx.POLICE_NOUNS):
        return True
    if lemma in ("seize", "capture") and any(o.lemma_.lower() in lx.CONTRABAND_NOUNS for o in objects):
        return True
    return any(
        o.lemma_.lower() in lx.KIN_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
        for o in objects
    )


def is_protest_aim(verb: Token) -> bool:
    """ "rallied to demand", "protesters demanded": the demand of a protest, which the contract
    leaves to protest coding."""
    if verb.head.lemma_.lower() in lx.PROTEST_VERBS and verb.dep_ in ("xcomp", "advcl", "conj"):
        return True
    return any(map(_is_unrest, subject_of(verb)))


def in_an_accident(verb: Token) -> bool:
    """Harm with no attacker: a thing with no attacker exploded ("a gas cylinder exploded"), or
    the harm a clause adds to an accident it hangs on ("a tanker truck overturned and exploded,
    killing 18", "a landslide buried part of a village, killing 19", "a bus overturned …,
    injuring 20")."""
    told = [verb]
    if verb.dep_ in ("advcl", "acl"):
        told.append(verb.head)
    if told[-1].dep_ == "conj":
        told.append(told[-1].head)  # "overturned and exploded, killing 18"
    for node in told:
        if node is not verb and node.lemma_.lower() in lx.ACCIDENT_VERBS:
            return True
        if node.pos_ == "NOUN" and any(c.lemma_.lower() in lx.ACCIDENT_VERBS for c in node.children):
            return True  # "a bus overturned on the highway, injuring 20": both clauses hang on the bus
        things = [*subject_of(node)] if node.pos_ == "VERB" else [node]
        if node.pos_ == "VERB" and node.dep_ == "acl":
            things.append(node.head)  # "a landslide buried …": the parse hangs the verb on its doer
        for thing in things:
            kinds = {thing.lemma_.lower()} | {c.lower_ for c in thing.children if c.dep_ in ("compound", "amod")}
            if (thing.pos_ == "NOUN" and natural_cause(thing)) or kinds & lx.ACCIDENTAL_BLAST_MODIFIERS:
                return True
    return False


def non_military_kind(noun: Token) -> bool:
    """ "a general strike", "a heart attack", "a trade war", "lightning strikes": a kind of attack
    noun no army wages ("a lightning offensive" is one)."""
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    return bool(modifiers & lx.NON_MILITARY_MODIFIERS) or (noun.lemma_.lower() == "strike" and "lightning" in modifiers)


def natural_cause(token: Token) -> bool:
    """A flood, a fire, a crash, a gas explosion: harm with a cause that is no attacker."""
    modifiers = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    if _is_accidental_blast(token):
        return True
    if token.lemma_.lower() in lx.AMBIGUOUS_ATTACK_NOUNS and non_military_kind(token):
        return True  # "a shark attack", "a heart attack"
    named_kind = {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}
    if token.pos_ == "PROPN" and named_kind & lx.NATURAL_CAUSE_NOUNS:
        return True  # a storm's name: "Typhoon Haiyan", "Cyclone Idai"
    if token.lemma_.lower() not in lx.NATURAL_CAUSE_NOUNS and token.lower_ not in lx.NATURAL_CAUSE_NOUNS:
        return False
    return not modifiers & (lx.ARMED_CAUSE_MODIFIERS | lx.MILITARY_WORDS)


def _is_accidental_blast(token: Token) -> bool:
    """ "a gas explosion", "a boiler blast": an accident, not a bombing."""
    if token.lemma_.lower() not in lx.BLAST_NOUNS:
        return False
    return any(c.lower_ in lx.ACCIDENTAL_BLAST_MODIFIERS for c in token.children if c.dep_ in ("compound", "amod"))


def _is_labour_strike(token: Token) -> bool:
    """ "went on strike", "a teachers' strike", "unions called a strike over pay"."""
    if token.head.lower_ == "on" and token.head.head.lemma_.lower() in lx.LABOUR_STRIKE_VERBS:
        return True
    words = {t.lemma_.lower() for t in token.subtree}
    top = phrase_top(token)
    if top.head.pos_ in ("VERB", "AUX"):
        words |= {s.lemma_.lower() for s in subject_of(top.head)}
    return bool(words & lx.LABOUR_NOUNS)


def _sides_are_unrest(token: Token) -> bool:
    """The sides of a clash are protesters or a crowd ("clashes between police and protesters")."""
    sides = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    sides += [conj for side in list(sides) for conj in side.conjuncts]
    top = phrase_top(token)
    if top.dep_ in ("dobj", "nsubj", "nsubjpass") and top.head.pos_ in ("VERB", "AUX"):
        sides += subject_of(top.head)
    return any(map(_is_unrest, sides))


def _war_with_parties(token: Token) -> bool:
    """ "war with Iraq", "conflict between the two clans", "the Iran-Iraq war", "declared war on
    X": a war whose parties the sentence names, not a named war or one mentioned in passing."""
    if token.ent_type_ in ("EVENT", "WORK_OF_ART", "LAW"):
        return False  # "World War II", "the Gulf War"
    sides = [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("with", "against", "between", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if token.dep_ == "dobj":  # "declared war on X", the parser hanging "on X" on the verb
        sides += [
            g
            for c in token.head.children
            if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for g in c.children
            if g.dep_ == "pobj"
        ]
    sides += [
        c for c in token.children if c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("GPE", "NORP", "ORG")
    ]
    if any(_is_actor(s) or s.ent_type_ in ("GPE", "NORP", "ORG") or s.pos_ == "PRON" for s in sides):
        return True
    if sides:
        return False  # "declared war on drugs": the other side is no party
    top = phrase_top(token)
    verb = top.head if top.dep_ in ("dobj", "pobj", "nsubjpass") else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head  # "went to war"
    return (
        verb is not None
        and verb.lemma_.lower() in lx.WAR_STARTING_VERBS
        and any(_is_actor(s) for s in subject_of(verb))
    )
