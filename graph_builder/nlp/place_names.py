"""A spaCy component that corrects places the statistical NER tags as people.

The small English model tags "Kherson" or "Luhansk" as PERSON; an exact match against
place names the caller supplies (from the offline knowledge base) relabels such spans as
GPE. It only relabels whole PERSON entities that are exactly a known place name, so
"Michael Jordan" stays a person while a lone "Jordan" or "Kherson" becomes a place.

It also takes "Belgorod Oblast" or "Idlib Governorate", which the model often tags ORG, for
the places their last word says they are.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

# Local words for a first-level unit that no organisation's name ends with ("Province" does:
# "Islamic State – West Africa Province").
UNIT_WORDS = frozenset(["Oblast", "Governorate", "Krai"])


class PlaceNames:
    """Relabel PERSON entities whose exact text is a known place name, and ORG entities
    that end with an administrative unit word, as GPE."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)

    def _is_place(self, ent: Span) -> bool:
        if ent.label_ == "PERSON":
            return ent.text in self.names
        return ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text in UNIT_WORDS

    def __call__(self, doc: Doc) -> Doc:
        if not any(self._is_place(ent) for ent in doc.ents):
            return doc
        doc.ents = [Span(doc, ent.start, ent.end, label="GPE") if self._is_place(ent) else ent for ent in doc.ents]
        return doc


@Language.factory(
    "parley_place_names",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"names": []},
)
def make_place_names(nlp: Language, name: str, names: list[str]) -> PlaceNames:
    return PlaceNames(names)
