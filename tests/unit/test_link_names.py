"""The knowledge base's names as NER labels: one label per name, or the NER decides."""

from __future__ import annotations

from graph_builder.link import Entity, KnowledgeBase
from graph_builder.link.names import known_names


def _kb() -> KnowledgeBase:
    return KnowledgeBase(
        [
            Entity("Q399", "Armenia", ("Republic of Armenia",), "State", demonyms=("Armenian",)),
            Entity("Q1874", "Odesa", ("Odessa",), "Place"),
            Entity("Q1", "Rubio", (), "Place"),
            Entity("Q2", "Marco Rubio", ("Rubio",), "Person"),
            Entity("Q3", "Armenian", (), "Place"),  # a village named like the demonym
            Entity("Q4", "Hamilton", (), "Place"),
            Entity("Q5", "Lewis Hamilton", (), "Person"),
            Entity("Q6", "Hamas", (), "ArmedForce"),
            Entity("Q7", "Masalit", (), "Group"),
            Entity("Q8", "al-Bab", (), "Place"),
        ]
    )


def test_each_unambiguous_name_gets_the_label_of_its_class() -> None:
    names = known_names(_kb()).names
    assert names == {
        "Armenia": "GPE",
        "Republic of Armenia": "GPE",
        "Odesa": "GPE",
        "Odessa": "GPE",
        "Marco Rubio": "PERSON",
        "Hamilton": "GPE",
        "Lewis Hamilton": "PERSON",
        "Hamas": "ORG",
    }


def test_a_word_of_a_person_s_name_is_never_added_where_the_ner_saw_nothing() -> None:
    found = known_names(_kb())
    assert "Hamilton" in found.names and "Hamilton" not in found.add
    assert {"Armenia", "Odesa", "Lewis Hamilton", "Hamas"} <= set(found.add)
