"""Who did what to whom: roles from the dependency parse.

Symmetric events (exchanges, talks, agreements, ceasefires) get plain participants;
directed ones get agents (subject, "by X", possessor, demonym) and targets (object,
passive subject, "against X", "on X").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from graph_builder.extract import lexicon as lx
from graph_builder.extract.actors import actors_for, led_coalition
from graph_builder.extract.attach import claiming_verb, is_support_verb, phrase_top
from graph_builder.extract.records import ActorRef
from graph_builder.nlp.known_names import PLACE

SYMMETRIC = frozenset(["PrisonerExchange", "Negotiation", "Agreement", "Ceasefire"])
PARTY_PREPS = frozenset(["between", "with", "among", "including"])
TARGET_PREPS = frozenset(["against", "on", "upon", "at", "into"])
SUBJECT_DEPS = ("nsubj", "csubj")
AID_PREPS = frozenset(["for", "to"])
# "responded by expelling": the gerund of the means shares its verb's subject.
MEANS_PREPS = frozenset(["by"])
# Verbs whose "by …" tells what the one judged did: "accused Abu Dhabi of complicity by arming the RSF".
JUDGING_VERBS = frozenset(
    ["accuse", "blame", "suspect", "charge", "condemn", "criticise", "criticize", "praise", "thank"]
)


@dataclass(frozen=True)
class Roles:
    participants: tuple[ActorRef, ...] = ()
    agents: tuple[ActorRef, ...] = ()
    targets: tuple[ActorRef, ...] = ()


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _pobjs(token: Token, preps: frozenset[str]) -> list[Token]:
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _phrase_actors(token: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """Actors named by a phrase, or by the entities modifying it ("Houthi missiles")."""
    refs = actors_for(token, ents)
    if refs:
        return refs
    led = led_coalition(token, ents)
    if led is not None:
        return [led]  # "US-led coalition aircraft"
    for child in token.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i in ents:
            refs.extend(actors_for(child, ents))
        if child.dep_ == "prep" and child.lower_ == "of" and lx.NOUN_TRIGGERS.get(token.lemma_.lower()) != "Attack":
            # "fighters of the Islamic State" are its; "the shelling of Donetsk" is what was shelled
            for pobj in _children(child, "pobj"):
                refs.extend(_phrase_actors(pobj, ents))
    return refs


def subject_of(verb: Token) -> list[Token]:
    """The verb's subject, inherited through xcomp/advcl/conj (and an adjective or a passive that
    governs it) when it has none; never the speaker of a clause said, unless the clause is itself
    an act of speech."""
    node = verb
    via_conj = False
    for _ in range(3):
        subjects = _children(node, *SUBJECT_DEPS)
        if subjects and node.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects):
            return [node.head]  # "landslides that killed": the relative pronoun stands for its noun
        if subjects:
            return subjects
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lx.OBJECT_CONTROL_VERBS:
            controllers = _children(node.head, "dobj")
            if controllers:
                return controllers  # "urged allies to send air defences": the allies would send them
        if node.dep_ == "advcl" and _says(verb):
            # "a drone strike killed two men, an official said, blaming Turkey": the one who said it
            speakers = [
                s
                for p in _children(node.head, "parataxis")
                if p.lemma_.lower() in lx.SPEECH_VERBS
                for s in _children(p, *SUBJECT_DEPS)
            ]
            if speakers:
                return speakers
        if node.dep_ == "advcl" and node.head.lemma_.lower() in lx.SPEECH_VERBS and not _says(verb):
            said = _children(node.head, "ccomp")
            if said:
                # "Russia launched drones, officials said, knocking out power": the act said, not the sayer
                node = said[0]
                continue
        if node.dep_ == "acl" and node.head.lemma_.lower() in lx.ISSUED_TEXT_NOUNS and node.head.dep_ == "dobj":
            node = node.head.head  # "parliament passed a resolution calling on …": who passed it calls
            continue
        if node.dep_ == "xcomp" and _children(node.head, "nsubjpass"):
            # "commanders are expected to meet", "the prisoners were told to leave": who is expected meets
            return _children(node.head, "nsubjpass")
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in lx.SPEECH_VERBS and not via_conj and not _says(node):
            # "…, agreed to swap detainees, the UN said": who reports a clause is not its subject
            # ("said the measures were unjust and warned …", a conjunct hung in the clause or a
            # second act of speech hung on the first, is)
            return []
        quoted = _quoted_as(node)
        if quoted:
            return quoted  # "Xinhua quoted the ministry as urging restraint": the one quoted urges
        if _is_the_means_of_its_verb(node):
            node = node.head.head  # "Moscow responded by barring …": who responds bars
            continue
        via_conj = via_conj or node.dep_ == "conj"
        if node.dep_ in ("xcomp", "advcl", "conj", "ccomp") and node.head != node:
            node = node.head
            if node.dep_ == "acomp":
                node = node.head  # "the delegations are due to meet", "Kyiv is ready to swap": the copula's subject
            continue
        if node.dep_ == "relcl" or _misread_as_participle(node):
            return [node.head]
        if node.dep_ == "acl" and node.tag_ == "VBG" and _people_doing(node.head, node):
            return [node.head]  # "Palestinians calling for independence", "gunmen firing on a bus"
        return []
    return []


def _is_the_means_of_its_verb(verb: Token) -> bool:
    """ "responded by expelling the envoy": the gerund after "by" is how its verb's subject acted;
    not after a verb of judging, whose "by" tells what the one judged did ("accused Abu Dhabi of
    complicity by arming the RSF")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in MEANS_PREPS:
        return False
    means_of = verb.head.head
    judged = means_of.lemma_.lower() in lx.SPEECH_VERBS | JUDGING_VERBS
    return means_of.pos_ in ("VERB", "AUX") and not judged


def _quoted_as(verb: Token) -> list[Token]:
    """Who a report quotes "as" doing what the verb says: "the paper quoted Tinubu as calling for
    …", "Peskov was quoted as saying …"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_.lower() not in lx.QUOTING_VERBS:
        return []
    return _children(verb.head.head, "dobj", "nsubjpass")


def _people_doing(noun: Token, verb: Token) -> bool:
    """A plural people or group right before the "-ing" clause does it; a body or a place the
    parser hung the clause on ("protested at the Ministry of Education demanding pay") does not."""
    return verb.i == noun.i + 1 and noun.tag_ in ("NNS", "NNPS") and noun.ent_type_ in ("", "NORP")


def _misread_as_participle(verb: Token) -> bool:
    """ "The African Union, which brokered the deal, called on both sides to …": the parser
    hangs "called" on the noun as a participle; set off by a comma, with no "by" and with an
    object or a clause of its own, it is the noun's finite verb ("the prisoners, released on
    Monday" stay the ones released)."""
    if verb.dep_ != "acl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    children = {c.dep_ for c in verb.children}
    appeal = verb.lemma_.lower() in lx.OBJECT_CONTROL_VERBS and "advcl" in children  # "called on X to …"
    return "agent" not in children and (appeal or bool(children & {"dobj", "xcomp", "ccomp"}))


def _says(verb: Token) -> bool:
    """Acts of speech belong to whoever speaks: "Prigozhin said, accusing the ministry"."""
    lemma = verb.lemma_.lower()
    return lemma in lx.SPEECH_VERBS or lx.VERB_TRIGGERS.get(lemma) in lx.SPEECH_CLASSES


def _accused(trigger: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """ "accused Israel of targeting civilians", "the rebels were accused of executing
    prisoners": the accused is who did the deed."""
    prep = trigger.head
    if trigger.dep_ != "pcomp" or prep.lower_ != "of" or prep.head.lemma_.lower() not in ("accuse", "blame", "suspect"):
        return []
    accused = [_antecedent_of_relative(o, prep.head) for o in _children(prep.head, "dobj", "nsubjpass")]
    return [a for o in accused for a in actors_for(o, ents)]


def _antecedent_of_relative(word: Token, verb: Token) -> Token:
    """ "Kenya, which it accused of …": a relative pronoun object stands for the noun its clause
    qualifies. Not when the verb hands the deed on to someone: in "… killed 34 soldiers, which
    Ankara blamed on Damascus" the "which" is the killing."""
    handed_on = any(c.dep_ == "prep" and c.lower_ in ("on", "to") for c in verb.children)
    return verb.head if verb.dep_ == "relcl" and word.tag_ in ("WDT", "WP") and not handed_on else word


def is_a_complaint(word: Token) -> bool:
    """ "representations", "a protest", "a formal complaint", "a note of protest", "a protest note"."""
    if word.lower_ == "representations" or word.lemma_.lower() in ("protest", "complaint"):
        return True
    about = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return word.lemma_.lower() == "note" and any(w.lemma_.lower() == "protest" for w in [*about, *word.children])


def qualifies_its_noun(verb: Token) -> bool:
    """A past participle hung on a noun: "two fishermen seized off Sabah", "a gesture hailed by
    Islamabad"; the noun is what the verb was done to."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def passive_form(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def passive_agents(verb: Token) -> list[Token]:
    """Who a passive names after "by": "freed by Hamas", "a gesture hailed by Islamabad"."""
    return [p for a in _children(verb, "agent") for p in _children(a, "pobj")]


def owning_bodies(vehicle: Token) -> list[Token]:
    """The organisations a convoy or truck is named by: "a WFP convoy", "ICRC trucks"."""
    return [c for c in vehicle.children if c.dep_ in ("compound", "nmod", "poss") and c.ent_type_ == "ORG"]


def is_aircraft_type(token: Token) -> bool:
    """ "a C-130", "an Il-76": a transport plane named by its type."""
    return lx.WEAPON_DESIGNATION.fullmatch(token.text) is not None


def verbal_roles(trigger: Token, cls: str, ents: dict[int, Span]) -> Roles:
    # "fishermen seized off Sabah": a participle of attack qualifying its noun is a passive with that noun
    qualifying = cls == "Attack" and qualifies_its_noun(trigger)
    qualifying = qualifying and not _children(trigger, "aux", *SUBJECT_DEPS)
    passive = qualifying or any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
    by_agents = passive_agents(trigger) + _pobjs(
        trigger, frozenset(["by"])
    )
    subjects = [] if passive else subject_of(trigger)
    # "Kenya, which it accused of …" (a denial's "which" is the charge, not a party)
    objects = [o if cls == "Statement" else _antecedent_of_relative(o, trigger) for o in _children(trigger, "dobj")]
    objects += _children(trigger, "nsubjpass") if passive else []
    objects += [trigger.head] if qualifying else []
    # "Russian missiles pounded …", "Israeli jets struck …": whose weapons names the attacker.
    named_by = _phrase_actors if cls == "Attack" else actors_for
    agents = list(dict.fromkeys(a for t in subjects + by_agents for a in named_by(t, ents))) or _accused(trigger, ents)
    targets = [a for t in objects for a in _phrase_actors(t, ents)]
    targets += [a for t in _pobjs(trigger, TARGET_PREPS) for a in actors_for(t, ents)]
    parties = [a for t in _pobjs(trigger, PARTY_PREPS) for a in actors_for(t, ents)]
    recipients = [a for t in _pobjs(trigger, frozenset(["to"])) for a in actors_for(t, ents)]
    if cls in SYMMETRIC:
        actors = [a for a in agents + targets + parties + recipients if a.label != "GROUP"]
        return Roles(participants=tuple(dict.fromkeys(actors)))
    if cls == "Aid" and trigger.lemma_.lower() in lx.RECEIVING_AID_VERBS and not passive:
        # "Ukraine received 19 tanks from Denmark": the giver comes after "from", the subject receives
        givers = [a for t in _pobjs(trigger, frozenset(["from"])) for a in actors_for(t, ents)]
        if givers:
            return Roles(tuple(parties), tuple(givers), tuple(agents))
    if cls == "Aid":  # the contract's target "receives": "supply jets to Ukraine", "sent $5 million in arms to Kyiv"
        targets = [a for a in targets if a.label != "GENERIC"]  # "sent 600 troops to …": the troops are the aid
        recipients += [a for o in objects for t in _pobjs(o, frozenset(["to"])) for a in actors_for(t, ents)]
        recipients += [a for d in _children(trigger, "dative") for a in actors_for(d, ents)]  # "give Jordan aid"
        if not agents:  # "a ship carrying 25,000 tonnes of wheat offered by Russia": who gave the goods
            goods = [o for t in objects for o in (t, *_children(t, "prep"))]
            goods += [g for o in goods if o.dep_ == "prep" for g in _children(o, "pobj")]
            given = [c for o in goods for c in _children(o, "acl") if c.lemma_.lower() in lx.AID_VERBS]
            agents = [a for c in given for g in passive_agents(c) for a in actors_for(g, ents)]
        if not agents:  # "a WFP convoy reached Kadugli", "an Australian air force C-130 landed": whose it is
            vehicles = [s for s in subjects if s.lemma_.lower() in lx.CARGO_NOUNS or is_aircraft_type(s)]
            agents = [a for v in vehicles for c in owning_bodies(v) for a in actors_for(c, ents)]
            planes = [v for v in vehicles if is_aircraft_type(v)]  # "an Australian air force C-130"
            owners = [c for v in planes for c in _children(v, "compound", "nmod", "poss")]
            agents = agents or [a for c in owners for a in actors_for(c, ents)]
        # "sent advisers to help Nigeria", "troops to back the Malian army": whom the aim helps
        aims = [c for h in [trigger, *objects] for c in h.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl")]
        helped = [o for c in aims if c.lemma_.lower() in lx.SUPPORTING_AIMS for o in _children(c, "dobj")]
        recipients += [a for o in helped for a in actors_for(o, ents) if a.label != "GROUP"]
        return Roles(tuple(parties), tuple(agents), tuple(dict.fromkeys(targets + recipients)))
    if cls in ("Release", "Repatriation"):  # "handed to the Red Cross": an intermediary, not the one freed
        if trigger.lemma_.lower() == "regain":  # "the abducted pupils have regained their freedom"
            return Roles(targets=tuple(a for t in subject_of(trigger) for a in _phrase_actors(t, ents)))
        if passive and not objects:
            # "prisoners held by the Afghan government are to be freed": the freed are the
            # subject the verb inherits, and whoever holds them frees them
            freed = subject_of(trigger)
            targets += [a for t in freed for a in _phrase_actors(t, ents)]
            holders = [h for t in freed for c in t.children if c.dep_ == "acl" for h in passive_agents(c)]
            agents = agents or [a for h in holders for a in actors_for(h, ents)]
        return Roles(tuple(dict.fromkeys(parties + recipients)), tuple(agents), tuple(dict.fromkeys(targets)))
    warrants = [o for o in objects if o.lemma_.lower() == "warrant"]
    if cls == "Accusation" and warrants:  # "issued a warrant for the general": whom it charges
        wanted = [t for h in (trigger, *warrants) for t in _pobjs(h, frozenset(["for", "against"]))]
        targets += [a for t in wanted for a in actors_for(t, ents)]
    if cls == "Accusation" and trigger.lemma_.lower() == "attribute":  # "attributed the hack to the GRU"
        targets += [a for t in _pobjs(trigger, frozenset(["to"])) for a in actors_for(t, ents)]
    complaints = [o for o in objects if is_a_complaint(o)] if cls == "Accusation" else []
    if complaints:  # "lodged representations with Tokyo", "filed a protest with Beijing": whom it is made to
        addressed = [t for h in (trigger, *complaints) for t in _pobjs(h, frozenset(["with", "to"]))]
        targets += [a for t in addressed for a in actors_for(t, ents)]
    # "expects [Kyiv to withdraw]", "insisted [that Yerevan amend …]": the clause's subject
    if cls == "Demand" and trigger.lemma_.lower() in ("expect", "insist"):
        expected = [s for c in _children(trigger, "ccomp", "xcomp") for s in _children(c, "nsubj")]
        targets += [a for t in expected for a in actors_for(t, ents)]
    if cls == "Sanction":  # "halted aid to Niger": who the withheld aid was for is the target
        targets += [a for o in objects for t in _pobjs(o, AID_PREPS) for a in actors_for(t, ents)] + recipients
        # "severed relations with the UAE", "cut ties with Kenya": the other side of the link cut
        links = [o for o in objects if o.lemma_.lower() in lx.RELATION_NOUNS | lx.LINK_NOUNS]
        targets += [a for o in links for t in _pobjs(o, frozenset(["with"])) for a in actors_for(t, ents)]
    return Roles(tuple(parties), tuple(agents), tuple(dict.fromkeys(targets)))


def _supporting_verb(top: Token) -> Token | None:
    """The verb whose subject performs the event the noun names ("signed off on the truce")."""
    head = top.head
    if top.dep_ == "pobj" and head.dep_ in ("prep", "prt") and head.head.pos_ == "VERB":
        head = head.head
    elif top.dep_ not in ("dobj", "nsubjpass", "attr"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and is_support_verb(head) else None


def nominal_roles(trigger: Token, cls: str, ents: dict[int, Span]) -> Roles:
    own = [trigger] + [c for c in trigger.children if c.dep_ in ("acl", "relcl")]
    parties = [a for t in own for p in _pobjs(t, PARTY_PREPS) for a in actors_for(p, ents)]
    by_agents = [a for t in own for p in _pobjs(t, frozenset(["by"])) for a in actors_for(p, ents)]
    by_agents += [a for t in own for p in passive_agents(t) for a in actors_for(p, ents)]
    if phrase_top(trigger).dep_ in ("dobj", "nsubjpass"):
        # "follows a rapid advance … by the M23", "the exchange was carried out by Moscow and Kyiv"
        by_agents += [a for p in _pobjs(phrase_top(trigger).head, frozenset(["by"])) for a in actors_for(p, ents)]
    modifiers = [
        a for c in trigger.children if c.dep_ in ("poss", "compound", "amod", "nmod") for a in actors_for(c, ents)
    ]
    # "UN-led talks", "a Qatari-brokered truce": who leads or brokers the event takes part in it
    brokers = [
        a for c in trigger.children if c.dep_ == "amod" and c.lower_ in lx.BROKERING_PARTICIPLES
        for m in c.children if m.dep_ in ("npadvmod", "compound", "nmod") for a in actors_for(m, ents)
    ]
    if cls == "Ceasefire":  # "the Gaza Strip truce" names where, not who; "a US-brokered truce" who
        modifiers = [a for a in modifiers if a.label not in ("GPE", "LOC", "FAC")]
    modifiers += brokers
    # "the Pretoria agreement", "the Doha talks": a city names where; "the Iran deal" who
    modifiers = [a for a in modifiers if a.kind != PLACE]
    # "a sanctions package against Moscow": the container noun carries the phrase
    holders = [trigger] + (
        [trigger.head] if trigger.dep_ == "compound" and trigger.head.lemma_ in lx.CONTAINER_NOUNS else []
    )
    top = phrase_top(trigger)
    if top.i != trigger.i and trigger.dep_ == "conj":
        holders.append(top)  # "a trade and financial embargo on Iraq": "on" hangs on the first conjunct
    # "sanctions on Iran's oil sector" are aimed at Iran
    targets = [a for t in holders for p in _pobjs(t, TARGET_PREPS) for a in _phrase_actors(p, ents)]
    of_phrase = [a for p in _pobjs(trigger, frozenset(["of"])) for a in _phrase_actors(p, ents)]
    verb = _supporting_verb(top)
    for clause in (c for c in trigger.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() in lx.BLAMING_VERBS:
            # "the attack, which Western governments blamed on Syrian forces": the blamed did it
            by_agents += [a for p in _pobjs(clause, frozenset(["on"])) for a in _phrase_actors(p, ents)]
            continue
        if clause.lemma_.lower() in lx.SPEECH_VERBS:
            continue  # "the strike, which the ministry reported": who tells it takes no part
        # "the accord, which the AU, Qatar and the US helped mediate": the clause's subject takes part.
        parties += [a for s in _children(clause, *SUBJECT_DEPS) for a in actors_for(s, ents)]
    verb_agents: list[ActorRef] = []
    claim = claiming_verb(top) if cls == "Attack" else None
    if claim is not None and top.dep_ != "nsubjpass":  # the passive's "by X" is among by_agents already
        verb_agents = [a for s in subject_of(claim) for a in actors_for(s, ents)]
    if verb is not None:
        named_by = _phrase_actors if cls == "Attack" else actors_for  # "Israeli jets carried out strikes"
        verb_agents = [a for s in subject_of(verb) for a in named_by(s, ents)]
        parties += [a for p in _pobjs(verb, PARTY_PREPS) for a in actors_for(p, ents)]
        # "imposed sanctions on the central bank", "launched an offensive against Goma"
        targets += [a for p in _pobjs(verb, frozenset(["against", "on", "upon"])) for a in _phrase_actors(p, ents)]
    blamer = top.head if top.dep_ == "dobj" and top.head.lemma_.lower() in lx.BLAMING_VERBS else None
    if blamer is not None:
        # "blamed the attack on the RSF": whoever it is blamed on did it, whatever "on" hangs from
        blamed = [a for t in (trigger, blamer) for p in _pobjs(t, frozenset(["on"])) for a in _phrase_actors(p, ents)]
        targets = [a for a in targets if a not in blamed]
        by_agents += blamed
    under = top.head if top.dep_ == "pobj" and top.head.lower_ == "under" else None
    if cls == "Attack" and under is not None and under.head.lemma_.lower() in ("come", "be"):
        # "two tankers came under attack", "the patrol was under fire": the subject is the target
        targets += [a for s in subject_of(under.head) for a in _phrase_actors(s, ents)]
    if cls == "Sanction" and trigger.lemma_.lower() == "closure":
        targets += of_phrase  # "the closure of Russian consulates" is aimed at Russia
    if cls == "Sanction" and trigger.lemma_.lower() in lx.SEVERING_NOUNS:
        # "the severance of relations with Rwanda" is aimed at Rwanda
        targets += [a for o in _pobjs(trigger, frozenset(["of"])) for p in _pobjs(o, frozenset(["with"]))
                    for a in actors_for(p, ents)]
    if cls == "Aid":  # "aid from the United Nations", "assistance from Egypt"
        by_agents += [a for p in _pobjs(trigger, frozenset(["from"])) for a in actors_for(p, ents)]
    if cls == "Aid" and verb is not None and verb.lemma_.lower() in lx.RECEIVING_AID_VERBS:
        # "Gaza received 40 trucks of aid from Egypt": the receiver is the target, the giver follows "from"
        by_agents += [a for p in _pobjs(verb, frozenset(["from"])) for a in actors_for(p, ents)]
        targets += verb_agents
        verb_agents = []
    if cls == "Aid" and verb is not None and top.dep_ == "pobj" and top.head.lower_ == "with":
        targets += [a for o in _children(verb, "dobj") for a in actors_for(o, ents)]  # "provide Kyiv with aid"
    if cls == "Aid":  # "food aid for 13,000 people", "brought aid to Gaza"
        carrier = top.head if top.dep_ == "dobj" else None  # "a package of aid to Gaza": the package's "to"
        aid_phrase = dict.fromkeys(t for t in (trigger, top, carrier) if t is not None)
        targets += [a for t in aid_phrase for p in _pobjs(t, AID_PREPS) for a in actors_for(p, ents)]
    if cls in SYMMETRIC:  # "a meeting of Russian and Ukrainian delegations", not "an exchange of prisoners"
        found = parties + modifiers + verb_agents + by_agents + (of_phrase if cls == "Negotiation" else [])
        return Roles(participants=tuple(dict.fromkeys(found)))
    if cls in ("Release", "Repatriation", "Accusation"):
        return Roles(
            tuple(parties),
            tuple(dict.fromkeys(by_agents + verb_agents)),
            tuple(dict.fromkeys(of_phrase + targets + modifiers)),
        )
    return Roles(
        tuple(parties), tuple(dict.fromkeys(by_agents + modifiers + verb_agents)), tuple(dict.fromkeys(targets))
    )
