"""A spaCy component that gives names the caller knows the label of what they name.

The small English model tags "Odesa" as LANGUAGE or not at all, "Armenia" as ORG and
"Kherson" as PERSON; the linker then looks in the wrong classes (an ORG never links to a
State) and the mention loses its place and its Wikidata link. The knowledge base knows what
these names are, so its class wins over the statistical label:

* **relabel**: an entity whose exact text (a leading "the" aside) is a known name gets the
  label of the name's class when its own label could not denote that class ("Armenia"/ORG
  becomes GPE; "Kyiv"/GPE stays, as does "the Pentagon"/FAC);
* **add**: a known name the NER missed entirely becomes an entity, but only where it is
  surely a name: title-case proper-noun tokens, inside no other entity, not the start of a
  sentence, not the first or last word of a longer capitalised name, and not a common English
  word ("Nice", "Split", "Mobile" and "Reading" are cities, but "Split" starting a sentence is
  a verb). Common words are the adjectives, verbs and adverbs of the pipeline's own
  lemmatizer tables, plus :data:`COMMON_NAMES`.

Which names are known, and as what, is the caller's business (the pipeline takes them from
the knowledge base and the Phoenix dictionaries); the component takes a plain mapping so its
configuration round-trips through ``nlp.config``. A name may carry a contract class (e.g.
``ArmedForce`` for an armed group from the Phoenix dictionaries) that an entity it adds or
relabels keeps as its span ``id_``: the resolver types the mention by it when nothing links.

It also takes "Belgorod Oblast" or "Idlib Governorate", which the model often tags ORG, for
the places their last word says they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

# Local words for a first-level unit that no organisation's name ends with ("Province" does:
# "Islamic State – West Africa Province").
UNIT_WORDS = frozenset(["Oblast", "Governorate", "Krai"])
# Labels a name can wrongly get; DATE, CARDINAL … on a known name are left alone ("March").
NAME_LABELS = frozenset(["ORG", "PERSON", "GPE", "LOC", "NORP", "LANGUAGE", "FAC", "PRODUCT", "WORK_OF_ART"])
# NER labels that already fit a target label: "the Pentagon" may stay a FAC, a city a LOC.
FITTING = {"GPE": frozenset(["GPE", "LOC", "FAC"]), "ORG": frozenset(["ORG", "FAC"]), "PERSON": frozenset(["PERSON"])}
TARGET_LABELS = frozenset(FITTING)
# Lower-case words inside a multi-word name ("Bank of England", "Jabhat al-Nusra").
CONNECTORS = frozenset(["of", "the", "and", "for", "de", "del", "la", "al", "el", "du", "des", "on", "in"])
MIN_ADDED_LENGTH = 4  # a one-word name shorter than this is too easily a word ("Of", "Bar")
COMMON_POS = ("adj", "verb", "adv")
# Nouns that are place names and everyday words; the lemmatizer's noun list cannot tell
# them apart from proper nouns (it lists "armenia" as well as "reading").
COMMON_NAMES = frozenset(
    ["reading", "bath", "police", "union", "victory", "independence", "liberty", "progress", "justice", "hope"]
)
OPENING_PUNCT = frozenset(['"', "\u201c", "'", "\u2018", "(", "[", ":", "-", "\u2013", "\u2014"])


def common_words(nlp: Language) -> frozenset[str]:
    """Lower-case adjectives, verbs and adverbs from the pipeline's lemmatizer tables (empty
    for a pipeline without rule tables: then only :data:`COMMON_NAMES` guards additions)."""
    if "lemmatizer" not in nlp.pipe_names:
        return COMMON_NAMES
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return COMMON_NAMES
    index = lookups.get_table("lemma_index")
    words: set[str] = set(COMMON_NAMES)
    for pos in COMMON_POS:
        if pos in index:
            words.update(index[pos])
    return frozenset(words)


class KnownNames:
    """Relabel entities that are known names to the label of their class, and add known
    names the NER missed where they are surely names (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        names: Mapping[str, str],
        add: Iterable[str] = (),
        kinds: Mapping[str, str] | None = None,
    ) -> None:
        self.names = {name: label for name, label in names.items() if label in TARGET_LABELS}
        self.add = frozenset(name for name in add if name in self.names)
        self.kinds = dict(kinds or {})
        self.common = common_words(nlp)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns = [nlp.make_doc(name) for name in sorted(self.add)]
        if patterns:
            self.matcher.add("KNOWN", patterns)

    def _target(self, ent: Span) -> str | None:
        """The label ``ent`` should have, or ``None`` to keep its own."""
        text = ent.text[4:] if ent.text.startswith("the ") else ent.text
        target = self.names.get(text)
        if target is not None and ent.label_ in NAME_LABELS and ent.label_ not in FITTING[target]:
            return target
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].text in UNIT_WORDS:
            return "GPE"
        return None

    def _kind(self, span: Span) -> str:
        return self.kinds.get(span.text[4:] if span.text.startswith("the ") else span.text, "")

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        relabelled = False
        for n, ent in enumerate(ents):
            target = self._target(ent)
            if target is not None:
                ents[n] = Span(doc, ent.start, ent.end, label=target)
                relabelled = True
        added = [span for span in self._missed(doc) if not any(span.start < e.end and e.start < span.end for e in ents)]
        if added or relabelled:
            ents = [Span(doc, e.start, e.end, label=e.label_, span_id=self._kind(e) or e.id_) for e in ents + added]
            doc.ents = sorted(ents, key=lambda e: e.start)
        return doc

    def _missed(self, doc: Doc) -> list[Span]:
        if not self.add:
            return []
        spans = [doc[start:end] for _, start, end in self.matcher(doc)]
        found = []
        for span in filter_spans(spans):
            if self._surely_name(span):
                found.append(Span(doc, span.start, span.end, label=self.names[span.text]))
        return found

    def _surely_name(self, span: Span) -> bool:
        doc = span.doc
        if any(t.ent_type_ for t in span) or not any(t.pos_ == "PROPN" for t in span):
            return False
        if not all(t.is_title or t.is_upper or (t.lower_ in CONNECTORS and 0 < t.i - span.start < len(span) - 1)
                   for t in span if t.is_alpha):
            return False
        if len(span) == 1 and not self._lone_name(span[0]):
            return False
        first = span[0]
        if first.is_sent_start or (first.i > 0 and doc[first.i - 1].text in OPENING_PUNCT):
            return False  # capitalised by position, not as a name
        return not _in_longer_name(span)

    def _lone_name(self, token: Token) -> bool:
        return (
            token.pos_ == "PROPN"
            and token.is_title
            and len(token) >= MIN_ADDED_LENGTH
            and token.lower_ not in self.common
        )


def _capitalised(token: Token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper)


def _in_longer_name(span: Span) -> bool:
    """ "Gaza" in "Gaza Humanitarian Foundation": the name is part of a longer one."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and _capitalised(t) and not t.is_sent_start for t in (before, after))


@Language.factory(
    "parley_known_names",
    assigns=["doc.ents"],
    requires=["doc.ents", "token.pos"],
    default_config={"names": {}, "add": [], "kinds": {}},
)
def make_known_names(
    nlp: Language, name: str, names: dict[str, str], add: list[str], kinds: dict[str, str]
) -> KnownNames:
    return KnownNames(nlp, names, add, kinds)
