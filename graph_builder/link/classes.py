"""Mapping tables: Wikidata P31 classes and spaCy NER labels → contract classes.

The linker never guesses a class from a name: an entity's contract class comes from its
P31 (instance of) values through :data:`P31_CLASSES`, and a mention's label restricts which
contract classes it may link to through :func:`compatible_classes`.
"""

from __future__ import annotations

from collections.abc import Iterable

CONTRACT_CLASSES = (
    "State",
    "Person",
    "Organization",
    "GovernmentBody",
    "ArmedForce",
    "InternationalOrganization",
    "Group",
    "Place",
)

# P31 value -> contract class. Earlier rows win when an item has several P31 values
# (a capital city that is also an administrative unit stays a Place; an armed wing that is
# also a political party stays an ArmedForce).
P31_CLASSES: tuple[tuple[str, str], ...] = (
    ("Q5", "Person"),  # human
    ("Q3624078", "State"),  # sovereign state
    ("Q6256", "State"),  # country
    ("Q112099", "State"),  # island nation
    ("Q43702", "State"),  # federation
    ("Q7275", "State"),  # state
    ("Q484652", "InternationalOrganization"),  # international organization
    ("Q17127659", "ArmedForce"),  # terrorist organization
    ("Q8473", "ArmedForce"),  # military
    ("Q176799", "ArmedForce"),  # military unit
    ("Q17149090", "ArmedForce"),  # armed organization
    ("Q192350", "GovernmentBody"),  # ministry
    ("Q327333", "GovernmentBody"),  # government agency
    ("Q2659904", "GovernmentBody"),  # government organization
    ("Q7188", "GovernmentBody"),  # government
    ("Q192283", "Organization"),  # news agency
    ("Q7278", "Organization"),  # political party
    ("Q891723", "Organization"),  # public company
    ("Q783794", "Organization"),  # company
    ("Q4830453", "Organization"),  # business
    ("Q163740", "Organization"),  # nonprofit organization
    ("Q43229", "Organization"),  # organization
    ("Q5119", "Place"),  # capital
    ("Q1637706", "Place"),  # city with millions of inhabitants
    ("Q1549591", "Place"),  # big city
    ("Q200250", "Place"),  # metropolis
    ("Q515", "Place"),  # city
    ("Q3957", "Place"),  # town
    ("Q532", "Place"),  # village
    ("Q486972", "Place"),  # human settlement
    ("Q484170", "Place"),  # commune of France
    ("Q747074", "Place"),  # comune of Italy
    ("Q262166", "Place"),  # municipality of Germany
    ("Q35657", "Place"),  # state of the United States
    ("Q835714", "Place"),  # oblast of Russia
    ("Q831740", "Place"),  # krai of Russia
    ("Q41162", "Place"),  # republic of Russia
    ("Q13390680", "Place"),  # state of India
    ("Q1221156", "Place"),  # state of Germany
    ("Q10864048", "Place"),  # first-level administrative country subdivision
    ("Q56061", "Place"),  # administrative territorial entity
    ("Q82794", "Place"),  # geographic region
    ("Q23442", "Place"),  # island
    ("Q165", "Place"),  # sea
    ("Q4022", "Place"),  # river
    ("Q8502", "Place"),  # mountain
)
# P31 values of inhabited places: "the X region" never falls back to one of these.
SETTLEMENT_P31 = frozenset(
    ["Q5119", "Q1637706", "Q1549591", "Q200250", "Q515", "Q3957", "Q532", "Q486972", "Q484170", "Q747074", "Q262166"]
)
_P31_LOOKUP = dict(P31_CLASSES)
_P31_ORDER = {qid: rank for rank, (qid, _) in enumerate(P31_CLASSES)}

_ORGANIZATIONS = frozenset({"Organization", "GovernmentBody", "ArmedForce", "InternationalOrganization"})
_ACTORS = frozenset(CONTRACT_CLASSES) - {"Place"}
# spaCy NER labels (OntoNotes scheme) -> contract classes they may denote.
_NER_CLASSES: dict[str, frozenset[str]] = {
    "GPE": frozenset({"State", "Place"}),
    "LOC": frozenset({"Place", "State"}),
    "FAC": frozenset({"Place", "GovernmentBody"}),  # "the Pentagon", "the Kremlin"
    # The small model tags lone surnames as ORG ("Lavrov met Rubio"); a person only ever
    # matches exactly (names of people are never fuzzy keys), so this costs no precision.
    "ORG": _ORGANIZATIONS | {"Person"},
    "PERSON": frozenset({"Person"}),
    "NORP": frozenset({"State", "ArmedForce", "Group", "Organization"}),  # "Houthi", "Russian"
}
# A contract class asked for by name also accepts its subclasses.
_CONTRACT_COMPATIBLE: dict[str, frozenset[str]] = {
    "Organization": _ORGANIZATIONS,
    "Place": frozenset({"Place", "State"}),  # a State may also be a location
    "Actor": _ACTORS,
}


def contract_class_of(p31: Iterable[str]) -> str | None:
    """The contract class of an item from its P31 values, or ``None`` when none is mapped.

    >>> contract_class_of(["Q515", "Q5119"])
    'Place'
    """
    known = [qid for qid in p31 if qid in _P31_LOOKUP]
    if not known:
        return None
    return _P31_LOOKUP[min(known, key=_P31_ORDER.__getitem__)]


def compatible_classes(mention_class: str | None) -> frozenset[str]:
    """Contract classes a mention of this NER label or contract class may link to.

    ``None`` means "no constraint"; an unknown label (DATE, MONEY …) allows nothing.

    >>> sorted(compatible_classes("GPE"))
    ['Place', 'State']
    """
    if mention_class is None:
        return frozenset(CONTRACT_CLASSES)
    if mention_class in _NER_CLASSES:
        return _NER_CLASSES[mention_class]
    if mention_class in _CONTRACT_COMPATIBLE:
        return _CONTRACT_COMPATIBLE[mention_class]
    if mention_class in CONTRACT_CLASSES:
        return frozenset({mention_class})
    return frozenset()

# Contract class -> the spaCy NER label a mention of it should carry (a Group has none: the
# name of a people is NORP or nothing).
NER_LABELS: dict[str, str] = {
    "State": "GPE",
    "Place": "GPE",
    "Person": "PERSON",
    "Organization": "ORG",
    "GovernmentBody": "ORG",
    "ArmedForce": "ORG",
    "InternationalOrganization": "ORG",
}
