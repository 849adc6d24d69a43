"""The knowledge base's names as the NER should label them (for ``parley_known_names``)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from graph_builder.link.classes import NER_LABELS
from graph_builder.link.kb import KnowledgeBase


@dataclass(frozen=True)
class KnownNames:
    """Name → NER label, and the names that may be added where the NER missed them."""

    names: dict[str, str] = field(default_factory=dict)
    add: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # names of places only: cities, regions, never states


def known_names(kb: KnowledgeBase) -> KnownNames:
    """Every label and alias of the knowledge base that names entities of one NER label.

    A name two kinds of entity share ("Rubio" is a town and, in the news, a minister) is left
    to the NER, and so is a state's demonym ("Russian" is NORP whatever a village is called).
    A one-word name that is also a word of a person's name ("Martin", "George", "Hamilton"
    are cities too) is never added where the NER saw nothing: it is too often a person.
    """
    labels: dict[str, set[str]] = defaultdict(set)
    classes: dict[str, set[str]] = defaultdict(set)
    person_words: set[str] = set()
    demonyms: set[str] = set()
    for entity in kb:
        demonyms.update(entity.demonyms)
        label = NER_LABELS.get(entity.contract_class)
        for name in (entity.label, *entity.aliases):
            if len(name) < 2 or not name[:1].isupper():
                continue
            labels[name].add(label or "")
            classes[name].add(entity.contract_class)
            if entity.contract_class == "Person":
                person_words.update(name.split())
    names = {name: next(iter(found)) for name, found in labels.items() if len(found) == 1 and "" not in found}
    names = {name: label for name, label in names.items() if name not in demonyms}
    places = sorted(name for name in names if classes[name] == {"Place"})
    return KnownNames(names, sorted(name for name in names if " " in name or name not in person_words), places)
