"""Noun phrases → actor mentions (before linking).

Named entities come from spaCy's NER; demonyms ("Russian delegations") and armed-force
phrases ("American forces") from the phrase's modifiers; references that need the
document's history ("the two countries", "the ministry", "he") become placeholder
mentions that the resolver fills in document order (``COREF_*`` labels).

Armed groups the knowledge base lacks keep the name the text gives them: a generic armed
noun of the Phoenix agents dictionary ("insurgents", "militants", "gunmen", "police") heads
an armed-force phrase like "forces" does, so "Syrian insurgents" and "Houthi rebels" (a
capitalised modifier the NER did not tag is a name too) are ``ArmedForce`` actors named by
the phrase. A bare one ("the rebels", "gunmen") names no group anyone else could mean: it
becomes a ``GENERIC`` mention that the resolver gives the latest armed group of the same
document whose name has that noun ("M23 rebels" … "the rebels"), or else a group local to
the document, never a node "rebels" shared by every article. Bare state forces ("government
troops", "security forces") are ``GENERIC`` too: the state's force the story named before
("Syrian government troops"), else a force local to the document; "the army" is the state's
army the story named (``COREF_DEF``).

A capitalised word the NER left untagged ("Ouattara called on …") is the person or body the
document named in full before ("Alassane Ouattara"), or nobody (``COREF_NAME``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from graph_builder.extract import lexicon as lx
from graph_builder.extract.records import ActorRef
from graph_builder.nlp.cameo_lexicon import agent, agent_phrases

ACTOR_LABELS = frozenset(["GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"])
PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
UNIT_WORDS = lx.ADMINISTRATIVE_UNITS | lx.LOCAL_UNITS
COREF_PAIR, COREF_DEFINITE, COREF_PERSON = "COREF_PAIR", "COREF_DEF", "COREF_PERSON"
COREF_OFFICE = "COREF_OFFICE"  # "the Secretary-General": the office holder named in full before
COREF_SIDES = "COREF_SIDES"  # "the truce took hold": the two sides the story named last
COREF_NAME = "COREF_NAME"
# The state whose capital a dateline names, for a briefing's "we": never the city itself.
FILING_STATE = "FILING_STATE"
DEFINITE_HEADS = frozenset(
    "ministry department agency government military army kremlin council office bloc country "
    "alliance coalition mission".split()
)
GENERIC = "GENERIC"
ARMED_FORCE = "ArmedForce"
# Phoenix roles of irregular and police forces: rebels (REB), unaffiliated armed men (UAF),
# police (COP). Its military (MIL) nouns are mostly ranks and weapons ("generals", "F-16s"),
# which name no actor of their own.
NON_STATE_ROLES = frozenset(["REB", "UAF", "COP"])
# Phoenix nouns of those roles that name no armed group here: parliamentary "deputies",
# places ("prisons"), and events ("revolt"; nouns in -ion/-ency are left out by their ending).
NOT_ARMED_GROUPS = frozenset(["deputies", "prison", "prisons", "revolt", "revolts", "uprising", "uprisings"])


def _non_state_armed_heads() -> frozenset[str]:
    """Plural (or mass) one-word Phoenix nouns of the non-state roles: a singular ("a detective")
    is one person, not a group."""
    phrases = agent_phrases()
    heads = set()
    for phrase in phrases:
        entry = agent(phrase)
        if entry is None or entry.event_class != ARMED_FORCE or entry.role not in NON_STATE_ROLES:
            continue
        if " " in phrase or entry.person or phrase in NOT_ARMED_GROUPS or phrase in lx.GROUP_HEADS:
            continue
        if phrase == entry.singular and not phrase.endswith("men") and f"{phrase}s" in phrases:
            continue
        if not phrase.endswith(("ion", "ions", "ency", "encies", "ence", "ences")):
            heads.add(phrase)
    return frozenset(heads)


# Phoenix roles of unarmed people a story can tell of as a group: civilians (CVL), students and
# teachers (EDU), farmers (AGR), journalists (MED), clergy and believers (REL), health workers
# (HLH), refugees (REF), workers (LAB), dissidents and detainees (OPP).
PEOPLE_ROLES = frozenset(["CVL", "EDU", "AGR", "MED", "REL", "HLH", "REF", "LAB", "OPP"])
# Last parts of compound nouns that name people: "schoolgirls", "farmworkers", "airmen".
PEOPLE_ENDINGS = ("boys", "girls", "men", "women", "workers", "children")


# People told of as a group whom the Phoenix dictionaries do not list under a role.
UNLISTED_PEOPLE_NOUNS = frozenset(["elders", "youths", "chiefs"])


def _people_nouns() -> frozenset[str]:
    """Plural one-word Phoenix nouns of those roles, besides the captives and victims of
    ``GROUP_HEADS``: "villagers", "students", "journalists", "worshippers"."""
    nouns = set(lx.GROUP_HEADS) | UNLISTED_PEOPLE_NOUNS
    for phrase in agent_phrases():
        entry = agent(phrase)
        if entry is not None and entry.role in PEOPLE_ROLES and " " not in phrase and phrase.endswith(("s", "en")):
            nouns.add(phrase)
    return frozenset(nouns)


PEOPLE_NOUNS = _people_nouns()


def is_people_group(head: Token) -> bool:
    """A plural noun naming people the story tells of as a group ("schoolboys", "villagers")."""
    lower = head.lower_
    if lower in lx.GROUP_HEADS:
        return True
    # a compound on one of the endings ("airmen", "schoolgirls"), not the bare word ("men")
    compound = any(lower.endswith(ending) and len(lower) > len(ending) + 1 for ending in PEOPLE_ENDINGS)
    return head.tag_ == "NNS" and (lower in PEOPLE_NOUNS or compound)


# Heads a bare mention of which is a document-local group ("the rebels"); with a name in front
# ("Houthi rebels") they are a named armed force, like the state forces of ARMED_HEADS.
GENERIC_ARMED_HEADS = _non_state_armed_heads() | {"rebels", "fighters", "militia", "militias", "janjaweed", "gangs"}
ARMED_HEADS = lx.ARMED_HEADS | GENERIC_ARMED_HEADS
ARMED_GROUP_WORDS = frozenset(
    ["rebel", "militant", "armed", "guerrilla", "insurgent", "jihadist", "paramilitary", "militia", "terrorist"]
)
# Heads of a state's force named without its state ("government troops", "security forces").
STATE_FORCE_HEADS = frozenset(["troops", "forces"])
# Words before such a head that still name no one ("government", "security", "regime" forces).
STATE_FORCE_MODIFIERS = frozenset(
    [
        "government", "security", "federal", "state", "regime", "junta", "pro-government", "loyalist", "army",
        "regular", "military",
    ]
)
# What a state force fights with, standing for the force in "government jets bombed …".
WEAPON_PLATFORMS = frozenset(
    "jets warplanes aircraft planes helicopters gunships drones artillery tanks warships".split()
)
# Nouns that say a name is an organisation's: "the M23 rebel group", "the Wagner group".
ORGANISATION_NOUNS = frozenset(["group", "movement", "faction", "organisation", "organization"])
LED_BODY_HEADS = ARMED_HEADS | {"coalition", "alliance", "mission", "government", "administration"}


def entity_index(doc: Doc) -> dict[int, Span]:
    """Token index → the actor-like named entity that covers it."""
    return {t.i: ent for ent in doc.ents if ent.label_ in ACTOR_LABELS for t in ent}


def ref_from_span(span: Span, label: str, as_place: bool = False) -> ActorRef:
    if len(span) > 1 and span[0].lower_ == "the":  # NER sometimes takes the article in
        span = span[1:]
    start, end = span.start_char, span.end_char
    text = span.text
    if text.endswith(("'s", "\u2019s")):
        text, end = text[:-2], end - 2
    unit = _unit_after(span) if label in PLACE_LABELS else None
    kind = span[-1].ent_id_ or None  # the class the known-names component gave the entity
    return ActorRef(text=text, start=start, end=end, label=label, as_place=as_place, unit=unit, kind=kind)


def speaks_for_state(ent: Span) -> bool:
    """ "officials in Kyiv", "the authorities in Moscow": the officials of a capital speak
    for their state, so the name is not the place where something happened."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lower_ in lx.REPRESENTATIVE_HEADS


def _unit_after(span: Span) -> str | None:
    """ "region" in "the Kharkiv region" or "the Kharkiv and Sumy regions": the administrative
    noun a place name modifies (as a compound, not as an adjective: "Ukrainian regions"; a
    plural only after conjoined names: "the Gulf states" are not a unit)."""
    root = span.root
    conjoined = root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    noun = root.head
    word = noun.lemma_.lower()
    if root.dep_ not in ("compound", "nmod") or noun.i < root.i or word not in UNIT_WORDS:
        return None
    return word if noun.tag_ != "NNS" or conjoined else None


def conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def actors_for(token: Token, ents: dict[int, Span], *, as_place: bool = False) -> list[ActorRef]:
    """Actor mentions named by the phrase headed by ``token`` and its conjuncts."""
    refs: list[ActorRef] = []
    for head in conjuncts(token):
        refs.extend(_actors_for_head(head, ents, as_place))
    return list(dict.fromkeys(refs))


def _actors_for_head(head: Token, ents: dict[int, Span], as_place: bool) -> list[ActorRef]:
    ent = ents.get(head.i) or _defined_as(head, ents)
    led = led_coalition(head, ents)
    if led is not None:
        return [led]
    if ent is not None:
        return [ref_from_span(_with_possessor(ent, ents), ent.label_, as_place and ent.label_ in PLACE_LABELS)]
    lower = head.lower_
    named = _named_in_apposition(head, ents)
    if named is not None:
        return [ref_from_span(named, "PERSON")]  # "Iran's president, Hassan Rouhani, threatened …"
    if lower in lx.PAIR_HEADS and _is_pair(head):
        return [ActorRef(_phrase(head).text, _phrase(head).start_char, _phrase(head).end_char, COREF_PAIR)]
    if _untagged_name(head):
        return [ActorRef(head.text, head.idx, head.idx + len(head), COREF_NAME)]
    if _untagged_acronym(head):
        return [ActorRef(head.text, head.idx, head.idx + len(head), "ORG")]  # "The ELN freed …"
    if head.pos_ == "PRON" and lower in ("he", "she", "him", "her", "his"):
        return [ActorRef(head.text, head.idx, head.idx + len(head), COREF_PERSON)]
    if head.pos_ == "PRON" and lower in ("it", "they") and head.dep_ in ("nsubj", "nsubjpass"):
        return _antecedent(head, ents)
    if head.pos_ == "PRON" and lower in ("its", "their") and head.dep_ == "poss":
        return _antecedent(head, ents)  # "the rebels kept up their assault"
    owned = _owned_body(head, ents) if lower in OWNED_BODY_HEADS else None
    if owned is not None:
        return [owned]
    if lower in ARMED_HEADS or lower in lx.INSTITUTION_HEADS or lower in ORGANISATION_NOUNS:
        found = _armed_force(head, ents)
        if not found and lower in DEFINITE_HEADS and any(c.lower_ == "the" for c in head.children):
            return [ActorRef(head.text, head.idx, head.idx + len(head), COREF_DEFINITE)]  # "the army said"
        return found
    if lower in SPEAKING_FOR_HEADS or head.lemma_.lower() in lx.REPRESENTATIVE_HEADS:
        # an unnamed office holder, and the body they speak for: "the UN Secretary-General"
        return [*_office_holder(head, ents), *_represented(head, ents)]
    if is_people_group(head):
        return [_group(head, ents)]
    if lower in lx.AMOUNT_NOUNS:
        # "hundreds of refugees", "dozens of villagers": the people counted
        counted = [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for p in prep.children if p.dep_ == "pobj"]
        return [r for p in counted for r in actors_for(p, ents, as_place=as_place)]
    if lower in WEAPON_PLATFORMS:
        return _platform_force(head)
    if lower in DEFINITE_HEADS and any(c.lower_ == "the" for c in head.children):
        return [ActorRef(head.text, head.idx, head.idx + len(head), COREF_DEFINITE)]
    return _agents_by_kind(head, ents)


# Bodies named by whose they are: "the UN rights chief's office", "the rebels' committee".
OWNED_BODY_HEADS = frozenset(["office", "committee", "commission", "delegation", "secretariat", "bureau", "cabinet"])


def _owned_body(head: Token, ents: dict[int, Span]) -> ActorRef | None:
    """A body its owner names when the owner is an office or a named party's group, not a name
    the model tagged (those keep their own reading: "Netanyahu's office"): "Kenya's prime
    minister's office", "the Kurdish opposition's political committee". The body is an
    organisation of that whole name."""
    owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON" and c.i not in ents]
    if not owners:
        return None
    owner = owners[0]
    office = owner.lower_ in SPEAKING_FOR_HEADS or owner.lemma_.lower() in lx.REPRESENTATIVE_HEADS
    # a bare "the insurgents' office" is the insurgents' own, found by what "the insurgents" are
    described = any(c.i in ents for c in owner.children if c.dep_ in ("amod", "compound", "poss"))
    if not (office or described):
        return None
    start = owner.left_edge.i + (owner.left_edge.lower_ in ("the", "a", "an"))
    phrase = head.doc[start : head.i + 1]
    return ActorRef(phrase.text, phrase.start_char, phrase.end_char, "ORG")


def _agents_by_kind(head: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """A plural Phoenix agent of a legislature, a military or an insurgency that no rule above
    names, told of as a group with the words that describe it: "conservative lawmakers", "hooded
    paramilitaries". Other roles name men, media or offices more often than a party."""
    entry = agent(head.lower_)
    if entry is None or head.tag_ != "NNS" or entry.role not in GROUP_AGENT_ROLES:
        return []
    if entry.singular in AIRCRAFT_NOT_PEOPLE:
        return []  # "bombers" are aircraft more often than people
    if entry.event_class == "ArmedForce":
        described = described_phrase(head)
        return [ActorRef(described.text, described.start_char, described.end_char, GENERIC, kind=ARMED_FORCE)]
    return [_group(head, ents)]


AIRCRAFT_NOT_PEOPLE = WEAPON_PLATFORMS | {"bomber"}
# Phoenix roles whose plural agents are a party in their own right: legislators, military,
# rebels, insurgents, the opposition.
GROUP_AGENT_ROLES = frozenset(["LEG", "MIL", "REB", "INS", "OPP", "CRM", "JUD"])


def _named_in_apposition(head: Token, ents: dict[int, Span]) -> Span | None:
    """The person an office or role is given to, set off by commas: "Kenya's foreign minister,
    Raychelle Omamo, warned …" is said by her, not by an unnamed minister of Kenya."""
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.i not in ents):
        return None  # "The UN Secretary-General, António Guterres, …": the title's last word is a PROPN
    for child in head.children:
        ent = ents.get(child.i)
        if child.dep_ == "appos" and ent is not None and ent.label_ == "PERSON" and child.i > head.i:
            return ent
    return None


def led_coalition(head: Token, ents: dict[int, Span]) -> ActorRef | None:
    """ "the Saudi-led coalition", "French-led forces": a body that a named party leads is an
    actor of its own, named by the whole phrase (the leader alone would be the wrong party)."""
    # "US-led coalition aircraft": the parse hangs "US-led" on the aircraft, the body is "coalition"
    bodies = [head] + [c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
    body = next((t for t in bodies if t.lower_ in LED_BODY_HEADS), None)
    if body is None:
        return None
    for child in (c for t in {head, body} for c in t.children):
        if child.dep_ == "amod" and child.lower_ == "led" and child.i < body.i:
            leaders = [c for c in child.children if c.i in ents and c.dep_ in ("npadvmod", "compound", "nmod")]
            if leaders:
                phrase = head.doc[ents[leaders[0].i].start : body.i + 1]
                kind = ARMED_FORCE if body.lower_ in ARMED_HEADS or body.lower_ == "coalition" else None
                return ActorRef(phrase.text, phrase.start_char, phrase.end_char, "ORG", kind=kind)
    return None


def _defined_as(head: Token, ents: dict[int, Span]) -> Span | None:
    """ "by Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": a long name the NER broke up, known
    by the acronym it is given in parentheses."""
    doc = head.doc
    for child in head.children:
        defined = child.dep_ == "appos" and child.i in ents and child.i > 0 and doc[child.i - 1].text == "("
        if defined and ents[child.i].label_ in ("ORG", "GPE", "NORP"):
            return ents[child.i]
    return None


def is_generic_body(ent: Span) -> bool:
    """ "Defense Ministry", "Security Service": a name every state's body could have, unlike
    "National Liberation Army" or "Revolutionary Guards", which name one body anywhere."""
    words = [t.lower_ for t in ent if t.is_alpha and t.lower_ != "the"]
    return bool(words) and all(word in lx.GENERIC_BODY_WORDS for word in words)


def _with_possessor(ent: Span, ents: dict[int, Span]) -> Span:
    """ "Russia's Defense Ministry" names one body; "Defense Ministry" alone could be anyone's.
    So does "the Ministry of Foreign Affairs of the Republic of Uzbekistan", which the NER cuts
    before its state ("The Ministry of Foreign Affairs of" + "the Republic of Uzbekistan")."""
    if ent.label_ == "ORG":
        state = _state_after(ent, ents)
        if state is not None and (ent[-1].lower_ == "of" or is_generic_body(ent)):
            return ent.doc[ent.start : state.end]
    if ent.label_ != "ORG" or not is_generic_body(ent):
        return ent
    owners = [c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start and c.i in ents]
    if owners and ents[owners[0].i].label_ in ("GPE", "ORG") and ents[owners[0].i].end >= ent.start - 1:
        return ent.doc[ents[owners[0].i].start : ent.end]
    return ent


def _state_after(ent: Span, ents: dict[int, Span]) -> Span | None:
    """The state named right after a body, through "of": "… of the Russian Federation"."""
    doc = ent.doc
    if ent[-1].lower_ == "of":
        at = ent.end  # "The Ministry of Foreign Affairs of" + the state
    elif ent.end < len(doc) and doc[ent.end].lower_ == "of":
        at = ent.end + 1  # "the Ministry of Defence" + "of" + the state
    else:
        return None
    if at < len(doc) and doc[at].lower_ == "the" and at not in ents:
        at += 1
    state = ents.get(at)
    return state if state is not None and state.label_ == "GPE" and state.start >= ent.end else None


def _is_pair(head: Token) -> bool:
    return any(c.lower_ in ("both", "two", "each") for c in head.children)


def _phrase(head: Token) -> Span:
    left = min(
        (c.i for c in head.children if c.dep_ in ("det", "nummod", "amod", "compound", "predet")), default=head.i
    )
    return head.doc[left : head.i + 1]


def _modifier_entities(head: Token, ents: dict[int, Span]) -> list[Span]:
    found = []
    for child in head.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in ents:
            found.append(ents[child.i])
            found.extend(ents[c.i] for c in child.conjuncts if c.i in ents)
        if child.dep_ in ("prep", "conj") and child.lower_ in ("from", "of"):
            # "delegations of the GNA and of the LNA": the parser makes the second "of" a
            # conjunct of the first or of the head
            for prep in conjuncts(child):
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    found.extend(ents[t.i] for t in conjuncts(pobj) if t.i in ents)
    return list(dict.fromkeys(found))


def _armed_force(head: Token, ents: dict[int, Span]) -> list[ActorRef]:
    kind = ARMED_FORCE if head.lower_ in ARMED_HEADS else None
    split = _two_forces_in_one_phrase(head) if kind else None
    if split is not None:
        return split
    acronym = head.doc[head.i - 1] if head.i > 0 else None
    if kind and acronym is not None and acronym.dep_ == "compound" and acronym.i not in ents and _is_acronym(acronym):
        # "RSF fighters", "M23 rebels", "ELN guerrillas": the group's own short name, untagged by the NER
        return [ActorRef(acronym.text, acronym.idx, acronym.idx + len(acronym), "ORG", kind=ARMED_FORCE)]
    mods = _modifier_entities(head, ents)
    if kind and mods and all(m.label_ == "ORG" for m in mods):
        return [ref_from_span(m, "ORG") for m in mods]  # "Hamas militants" are Hamas
    if head.lower_ in ORGANISATION_NOUNS:
        # "the M23 rebel group" is M23 (which the NER may take for a place); "the Houthi
        # movement", with a name the NER missed, is named by the phrase
        named = [ref_from_span(m, "ORG") for m in mods if m.label_ in ("ORG", "GPE") and m.root.dep_ == "compound"]
        if {c.lemma_.lower() for c in head.children} & ARMED_GROUP_WORDS:  # "the M23 rebel group" is armed
            named = [replace(r, kind=r.kind or ARMED_FORCE) for r in named]
        first = _named_modifier(head)
        if not named and first is None and any(c.lower_ == "the" for c in head.children):
            return [ActorRef(head.text, head.idx, head.idx + len(head), COREF_DEFINITE)]  # "the group said"
        if named or first is None:
            return named
        phrase = head.doc[first : head.i + 1]
        return [ActorRef(phrase.text, phrase.start_char, phrase.end_char, "ORG")]
    peoples = [m for m in mods if m.label_ in ("NORP", "GPE") and m.root.dep_ in ("amod", "compound", "conj")]
    if kind and len(peoples) >= 2 and len(peoples) == len(mods):
        # "Pakistani and Afghan forces" are two forces, "Pakistani forces" and "Afghan forces"
        return [ActorRef(f"{m.text} {head.text}", m.start_char, m.end_char, "ORG", kind=kind) for m in peoples]
    # "the government of Gustavo Petro and the ELN": a name joined to the one after "of" is a
    # party of its own, not part of the government's name
    joined = [m for m in mods if m.start > head.i and m.root.dep_ == "conj" and m.root.head.dep_ == "pobj"]
    own = [m for m in mods if m not in joined]
    start = min((m.start for m in own), default=_named_modifier(head) if kind else None)
    if start is not None:
        # "Sudanese forces", or "the government of President X", whose name follows the head
        end = max([head.i + 1] + [m.end for m in own if m.start > head.i])
        phrase = head.doc[min(start, head.i) : end]
        others = [ref_from_span(m, m.label_) for m in joined]
        return [ActorRef(phrase.text, phrase.start_char, phrase.end_char, "ORG", kind=kind), *others]
    owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    if kind and owners:
        # "Islamic Jihad said its fighters had ambushed a patrol": the fighters are the group's
        owner = _antecedent(owners[0], ents)
        if owner:
            return owner
    loyal = _loyal_to(head, ents) if kind else None
    if loyal is not None:
        return [loyal]
    if head.lower_ in GENERIC_ARMED_HEADS:
        described = described_phrase(head)  # "suspected militants", "pro-government militiamen"
        return [ActorRef(described.text, described.start_char, described.end_char, GENERIC, kind=ARMED_FORCE)]
    if head.lower_ in STATE_FORCE_HEADS:
        phrase = _state_force_phrase(head)
        # bare "troops" are a state's; bare "forces" ("special forces", "the forces") too vague to name
        if (len(phrase) > 1 or head.lower_ == "troops") and not owners:
            return [ActorRef(phrase.text, phrase.start_char, phrase.end_char, GENERIC, kind=ARMED_FORCE)]
    return []


# Heads of a state's force the parser may hang, with what follows "and", on the other side's noun.
FORCE_MODIFIER_HEADS = frozenset(["military", "army", "police", "navy"])


def _two_forces_in_one_phrase(head: Token) -> list[ActorRef] | None:
    """ "between the Indonesian military and separatist rebels": the parser makes "military" a
    modifier of "rebels" coordinated with "separatist"; the phrase names two sides."""
    for force in (c for c in head.children if c.dep_ in DESCRIBING_DEPS and c.i < head.i):
        other = [c for c in force.children if c.dep_ == "conj" and c.i < head.i]
        if force.lower_ not in FORCE_MODIFIER_HEADS or not other:
            continue
        # "Indonesian" is the parser's modifier of "rebels" but names the military's state
        before = [c.i for c in head.children if c.dep_ in DESCRIBING_DEPS and c.i < force.i]
        first = head.doc[min([force.left_edge.i, *before]) : force.i + 1]
        second = head.doc[other[0].left_edge.i : head.i + 1]
        return [
            ActorRef(first.text, first.start_char, first.end_char, "ORG", kind=ARMED_FORCE),
            ActorRef(second.text, second.start_char, second.end_char, GENERIC, kind=ARMED_FORCE),
        ]
    return None


def _untagged_acronym(head: Token) -> bool:
    """A group's short name the NER missed, standing as a party of its clause: "the ELN freed a
    police officer", "accused the RSF of …" (a party's name, which the linker may know)."""
    if head.ent_type_ or head.pos_ != "PROPN" or not _is_acronym(head) or len(head.text) > 6:
        return False
    if head.lower_ in lx.THING_ACRONYMS or head.lower_ in lx.EXPLOSIVE_NOUNS:
        return False  # "an IED detonated", "a UAV crashed": a weapon or a thing, no party
    doc = head.doc
    labelled = head.i + 1 < len(doc) and doc[head.i + 1].text.startswith(":")  # "MR. PRICE:" opens a turn
    addressed = head.i > 0 and doc[head.i - 1].lower_.rstrip(".") in lx.HONORIFICS
    return head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and not (labelled or addressed)


def _is_acronym(token: Token) -> bool:
    text = token.text
    return len(text) >= 2 and text.isalnum() and text.upper() == text and any(ch.isalpha() for ch in text)


def _platform_force(head: Token) -> list[ActorRef]:
    """ "government jets", "army helicopters": the state force that flies or fires them, which
    resolves as "government troops" do; "Syrian jets" are Syria's (a named modifier is an entity)."""
    phrase = _state_force_phrase(head)
    if len(phrase) == 1:
        return []
    return [ActorRef(phrase.text, phrase.start_char, phrase.end_char, GENERIC, kind=ARMED_FORCE)]


def _loyal_to(head: Token, ents: dict[int, Span]) -> ActorRef | None:
    """ "forces loyal to Khalifa Haftar", "rebels loyal to Riek Machar" are a force of their own,
    named by the whole phrase."""
    for loyal in (c for c in head.children if c.lower_ in ("loyal", "allied") and c.i == head.i + 1):
        for prep in (c for c in loyal.children if c.dep_ == "prep" and c.lower_ == "to"):
            named = [ents[p.i] for p in prep.children if p.dep_ == "pobj" and p.i in ents]
            if named:
                phrase = head.doc[head.i : named[0].end]
                return ActorRef(phrase.text, phrase.start_char, phrase.end_char, "ORG", kind=ARMED_FORCE)
    return None


def _state_force_phrase(head: Token) -> Span:
    """ "government troops", "security forces": the head with the words that say whose."""
    start = head.i
    while start > head.sent.start:
        word = head.doc[start - 1]
        if word.head.i != head.i or word.lower_ not in STATE_FORCE_MODIFIERS:
            break
        start -= 1
    return head.doc[start : head.i + 1]


def _untagged_name(head: Token) -> bool:
    """A proper noun the NER did not tag, standing alone as a subject or object, that ends or
    continues a longer name tagged before it: a surname ("Alassane Ouattara … Ouattara said")."""
    if head.pos_ != "PROPN" or head.ent_type_ or not head.is_title or len(head.text) < 3:
        return False
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
        return False
    if any(c.dep_ in ("compound", "amod", "det", "poss") for c in head.children):
        return False
    # "Drones struck …" opening a sentence is no name: only a word of a name tagged before is
    return any(head.text == t.text for ent in head.doc.ents if ent.end <= head.i for t in ent[1:])


def _named_modifier(head: Token) -> int | None:
    """Where "Houthi" in "Houthi rebels" starts: a capitalised modifier right before the head
    that the NER did not tag ("Armed rebels" opening a sentence is no name)."""
    doc = head.doc
    start = None
    for i in range(head.i - 1, max(head.i - 4, head.sent.start - 1), -1):
        token = doc[i]
        if token.head.i != head.i and token.head.i not in range(i + 1, head.i):
            break
        if token.dep_ not in ("compound", "amod", "nmod") or not (token.is_title or token.is_upper):
            break
        if token.is_sent_start and token.pos_ != "PROPN":
            break
        start = i
    return start


OFFICE_MODIFIER_DEPS = frozenset(["amod", "compound", "poss", "nmod"])
SPEAKING_FOR_HEADS = lx.REPRESENTATIVE_HEADS | lx.TITLE_NOUNS  # "delegates of X", "X's foreign minister"
NOT_OFFICES = frozenset(["government", "side", "counterpart", "delegation", "foreign", "defence", "defense", "prime"])


def _office_holder(head: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """One person the text names only by office: with the body the office belongs to ("a Houthi
    spokesman", "the UN's humanitarian chief"), the title with its body is their name; alone
    ("the Secretary-General"), it refers back to the holder named in full before."""
    if head.tag_ not in ("NN", "NNP") or head.lower_ in NOT_OFFICES:
        return []
    before = [c for c in head.children if c.dep_ in OFFICE_MODIFIER_DEPS and c.i < head.i]
    if any(c.i in ents and ents[c.i].label_ in ("NORP", "GPE", "ORG") for c in before):
        start = min(c.left_edge.i for c in before)
        words = [t for t in head.doc[start : head.i + 1] if t.dep_ not in ("det", "case")]
        # "UN's humanitarian chief" is named "UN humanitarian chief"
        name = "".join(t.text + (" " if t.whitespace_ or t.nbor().dep_ == "case" else "") for t in words[:-1])
        return [ActorRef(name + words[-1].text, words[0].idx, head.idx + len(head), GENERIC, kind="Person")]
    if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.dep_ != "det"]
        return [ActorRef(head.doc[words[0].i : head.i + 1].text, words[0].idx, head.idx + len(head), COREF_OFFICE)]
    return []


def is_office_holder(ref: ActorRef) -> bool:
    return (ref.label == GENERIC and ref.kind == "Person") or ref.label == COREF_OFFICE


def _represented(head: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """ "Russian and Ukrainian delegations", "mediators from X and Y" stand for the states;
    "representatives of the Congolese government and the M23" for the bodies named."""
    refs = []
    for ent in _modifier_entities(head, ents):
        if ent.label_ in ("NORP", "GPE", "ORG"):
            refs.append(ref_from_span(ent, ent.label_))
    if not refs:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i not in ents):
                refs.extend(r for r in actors_for(pobj, ents) if r.label not in (GENERIC, "GROUP"))
    if not refs and not any(c.dep_ in DESCRIBING_DEPS for c in head.children):
        # "officials in Honiara", "the authorities in Kinshasa" speak for the state its capital
        # stands for; "aid officials in Juba" are aid workers
        places = [ents.get(p.i) for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children]
        refs.extend(ref_from_span(e, e.label_) for e in places if e is not None and e.label_ == "GPE")
    first = _named_modifier(head) if not refs else None
    if first is not None:
        # "Houthi leaders", a name the NER missed before the representatives
        name = head.doc[first : head.i]
        refs.append(ActorRef(name.text, name.start_char, name.end_char, "NORP"))
    pointing_back = any(c.dep_ in ("det", "poss") for c in head.children)  # "the authorities", "Pristina's leaders"
    if not refs and head.tag_ == "NNS" and not pointing_back:
        return [_group(head, ents)]  # "local leaders", "government officials": a group of their own
    return refs


DESCRIBING_DEPS = frozenset(["amod", "compound", "nmod"])


def described_phrase(head: Token) -> Span:
    """A generic noun with the words that describe it, not those that count or point: "two
    Spanish aid workers" are "Spanish aid workers", "the pro-government militiamen"
    "pro-government militiamen"; a text names such a group by its description."""
    start = head.i
    for child in sorted((c for c in head.children if c.i < head.i), key=lambda c: -c.i):
        if child.dep_ not in DESCRIBING_DEPS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return head.doc[start : head.i + 1]


def _group(head: Token, ents: dict[int, Span]) -> ActorRef:
    start = described_phrase(head).start
    end = head.i + 1
    # "people facing famine" names a group; "soldiers captured in May" says what befell them
    for clause in (c for c in head.children if c.dep_ == "acl" and c.i == head.i + 1 and c.tag_ == "VBG"):
        last = max([clause.i] + [o.right_edge.i for o in clause.children if o.dep_ == "dobj"])
        if last - head.i <= 3:  # "people facing famine", without its "in Kassala"
            end = last + 1
    following = head.doc[head.i + 1 : head.i + 3]
    if head.lemma_.lower() == "prisoner" and [t.lower_ for t in following] == ["of", "war"]:
        end = head.i + 3  # "prisoners of war" is one name, not "prisoners"
    span = head.doc[start:end]
    return ActorRef(span.text, span.start_char, span.end_char, "GROUP")


def _antecedent(pronoun: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """ "it"/"they" as a subject: the subject of the main clause before it, if that is an actor."""
    subject = antecedent_subject(pronoun)
    return actors_for(subject, ents) if subject is not None else []


def antecedent_subject(pronoun: Token) -> Token | None:
    """The subject of the main clause before a pronoun: its own sentence's, else the last
    sentence's; none through a chain of pronouns, too far to follow safely."""
    sent = pronoun.sent
    candidates = []
    if pronoun.head != sent.root:
        candidates.append(sent.root)
    doc = pronoun.doc
    if sent.start > 0:
        candidates.append(doc[sent.start - 1].sent.root)
    for root in candidates:
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
        for subject in subjects:
            return None if subject.pos_ == "PRON" else subject
    return None
