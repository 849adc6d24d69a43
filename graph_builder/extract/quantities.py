"""Numbers of people or items involved in an event, with their qualifiers.

"at least 1,200 prisoners of war on each side" → 1200 and the full phrase as
``pa:quantityText``; vague amounts ("dozens", "thousands") keep only the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from graph_builder.extract import lexicon as lx

NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12})
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = frozenset(["dozens", "hundreds", "thousands", "millions", "several", "scores"])
QUALIFIERS = frozenset(
    [
        "least",
        "most",
        "about",
        "around",
        "nearly",
        "almost",
        "over",
        "some",
        "roughly",
        "approximately",
        "up",
        "more",
        "than",
        "fewer",
    ]
)
CURRENCIES = frozenset(
    "euro euros dollar dollars pound pounds rouble roubles ruble rubles yuan yen hryvnia shekel shekels".split()
)
# "the two sides", "two hours", "the second phase": numbers that count no people or items.
NOT_COUNTED_HEADS = (
    CURRENCIES
    | lx.PAIR_HEADS
    | frozenset(
        "hour hours day days week weeks month months year years time times round rounds "
        "phase phases stage stages percent age point points".split()
    )
)
FATALITY_WORDS = frozenset(["dead", "killed", "kill", "died", "die", "fatalities", "deaths", "death"])
INJURY_WORDS = frozenset(["wounded", "injured", "injure", "wound", "injuries", "hurt"])


@dataclass(frozen=True)
class Quantity:
    value: int | None
    text: str
    head: Token
    kind: str  # "quantity", "fatalities" or "injuries"


def parse_number(text: str) -> int | None:
    """Turn "1,200", "four", "2.5 million" into an integer; vague amounts give None.

    >>> parse_number("1,200"), parse_number("four"), parse_number("2.5 million"), parse_number("dozens")
    (1200, 4, 2500000, None)
    """
    words = text.lower().replace(",", "").split()
    if not words or words[0] in VAGUE:
        return None
    value: float | None = None
    for word in words:
        if re.fullmatch(r"\d+(\.\d+)?", word):
            value = float(word)
        elif word in NUMBER_WORDS and value is None:
            value = float(NUMBER_WORDS[word])
        elif word in SCALES and value is not None:
            value *= SCALES[word]
        elif word in QUALIFIERS or word in ("than", "at", "a"):
            continue
        else:
            return None if value is None else int(value)
    return None if value is None else int(value)


def quantity_of(number: Token) -> Quantity | None:
    """The quantity a number token (nummod or CARDINAL) states about its head noun."""
    head = number.head if number.dep_ in ("nummod", "quantmod", "compound") else number
    if head.lower_ in NOT_COUNTED_HEADS or head.lemma_.lower() in NOT_COUNTED_HEADS:
        return None
    parts = [number] + [t for t in number.children if t.dep_ in ("compound", "quantmod", "advmod")]
    start = min(t.left_edge.i for t in parts)
    value = None if number.lower_ in VAGUE else parse_number(head.doc[start : number.i + 1].text)
    return Quantity(value, _with_qualifiers(head, start), head, _kind(head))


def _with_qualifiers(head: Token, start: int) -> str:
    """The number, its head noun and ", of war" / "on each side" style tails."""
    end = head.i + 1
    for child in head.children:
        if child.i > head.i and child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, child.right_edge.i + 1)
    sibling_end = end
    owner = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head
    for child in owner.children:
        if (
            child.i >= end
            and child.dep_ == "prep"
            and any(t.lower_ in ("each", "either", "both") for t in child.subtree)
        ):
            sibling_end = max(sibling_end, child.right_edge.i + 1)
    return head.doc[start:sibling_end].text


def _kind(head: Token) -> str:
    nearby = {head.lower_, head.lemma_.lower()} | {c.lower_ for c in head.children} | {head.head.lower_}
    if nearby & FATALITY_WORDS:
        return "fatalities"
    if nearby & INJURY_WORDS:
        return "injuries"
    return "quantity"
