"""A spaCy component for what a news document itself says about its names.

* **Datelines.** Wire copy opens with where (and when) it was filed: "BAMAKO, March 16 -",
  "KYIV (Reuters) -". The parser makes the city the subject of the first sentence, so
  "BAMAKO, March 16 - Gunmen attacked …" would name Bamako as an attacker, and "PARIS —
  Ukraine and Russia agreed" would make the two states its apposition. So the dateline is made
  a sentence of its own before the parser runs (``parley_dateline``), and entities inside it
  are dropped: the filing place is neither actor nor scene.
* **Places the text calls places.** The small model tags unfamiliar place names as peoples
  or organisations ("near Kidal"/NORP, "Tillaberi region"/ORG). A name followed by an
  administrative unit word ("Tillaberi region", "Borno state") is a place; so is a NORP
  name governed by a locative preposition ("in Kidal": "in" is never followed by a people),
  and a name a place noun is "of" ("the town of Diafarabé").
* **Time zones** ("0600 UTC") name no one, whatever label the model gives them.
* **Acronyms defined in the text.** "the National Liberation Army (ELN)" teaches the reader
  that a later "ELN" is that group, though the small NER model rarely tags a bare acronym it
  has not seen. Later occurrences of an acronym defined this way become entities with the
  label of the name it was defined by (ORG when the name itself was missed).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

DASHES = frozenset(["-", "--", "\u2013", "\u2014"])
MAX_DATELINE_TOKENS = 10
NAME_LABELS = frozenset(["ORG", "GPE", "NORP", "PERSON", "LOC", "FAC"])
MISTAKEN_PLACE_LABELS = frozenset(["ORG", "NORP", "PERSON"])
UNIT_WORDS = frozenset(["region", "province", "oblast", "governorate", "state", "krai", "district", "county"])
LOCATIVE_PREPS = frozenset(["in", "near", "outside", "around", "at", "inside"])
PLACE_NOUNS = frozenset(["town", "city", "village", "region", "province", "district", "port", "capital", "state"])
DEMONYM_ENDINGS = ("ian", "ese", "ish", "ic", "an")


def dateline_end(doc: Doc) -> int:
    """Index of the first token after a leading dateline, or 0 when the text has none.

    A dateline is an upper-case place name (one or more words) at the very start, then
    optionally a comma and a date ("March 16", "16 March 2026") or a parenthesised agency,
    then a dash, or a colon after a date ("DHAKA, Oct 17:"). Leading blanks are a dateline
    :func:`mask_dateline` blanked out."""
    blank = 0
    while blank < len(doc) and doc[blank].is_space:
        blank += 1
    if blank:
        return blank if blank < len(doc) else 0
    return _written_dateline_end(doc)


def _written_dateline_end(doc: Doc) -> int:
    n = _leading_upper_words(doc)
    if n == 0 or n >= len(doc):
        return 0
    in_parens = False
    dated = False
    for token in doc[n : n + MAX_DATELINE_TOKENS]:
        if token.text in DASHES:
            # a dash set off by spaces, not the hyphen of "US-led"
            spaced = bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_)
            return token.i + 1 if spaced else 0
        if token.text == ":" and dated:
            # South Asian papers' "DHAKA, Oct 17: …"; an undated "UN: 24 killed" is a headline's speaker
            return token.i + 1 if token.whitespace_ else 0
        dated = dated or token.like_num
        if token.text in ("(", ")"):
            in_parens = token.text == "("
        elif not (token.text in (",", ".") or token.like_num or _date_word(token) or _dateline_name(token, in_parens)):
            return 0
    return 0


# Where a document says it was filed: set by the builder, whose parse never sees the dateline
# (:func:`mask_dateline` blanks it out).
FILED_FROM = "filed_from"


def filed_from(doc: Doc) -> str | None:
    """The place a document's dateline names ("Washington" for "WASHINGTON --"), whether the
    builder read it before masking or the dateline is still in the text."""
    told = doc.user_data.get(FILED_FROM)
    return told if isinstance(told, str) else dateline_place(doc)


def dateline_place(doc: Doc) -> str | None:
    """The place words of a written dateline, in title case: "NEW DELHI, May 10 -" → "New Delhi"."""
    if not _written_dateline_end(doc):
        return None
    return doc[: _leading_upper_words(doc)].text.title()


def _leading_upper_words(doc: Doc) -> int:
    """How many upper-case words open the text: a dateline's place ("NEW DELHI")."""
    n = 0
    while n < len(doc) and _upper_word(doc[n]):
        n += 1
    return n


def _dateline_name(token: Token, in_parens: bool) -> bool:
    """ "(Reuters)", or the country after the city: "GISENYI, Rwanda, Nov 16 -"."""
    after_comma = token.i > 0 and token.doc[token.i - 1].text == ","
    return token.is_title and (in_parens or after_comma)


MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _date_word(token: Token) -> bool:
    return token.lower_.rstrip(".") in MONTHS | WEEKDAYS


def _upper_word(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) > 1


def _parenthesised_acronyms(doc: Doc) -> list[Token]:
    """Upper-case words standing alone in parentheses after a name: "Name (ACRONYM)"."""
    return [
        token for token in doc[2:-1]
        if _upper_word(token) and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")"
    ]


def _defined_acronyms(doc: Doc) -> dict[str, str]:
    """ACRONYM → the label of the name it follows in parentheses: "Name (ACRONYM)"."""
    found: dict[str, str] = {}
    for token in _parenthesised_acronyms(doc):
        if len(token) > 8:
            continue
        before = doc[token.i - 2]
        if before.ent_type_ in NAME_LABELS:
            found.setdefault(token.text, before.ent_type_)
        elif before.is_title or before.is_upper:
            found.setdefault(token.text, "ORG")
    return found


ACRONYM_CONNECTORS = frozenset(["of", "in", "for", "and", "the", "de", "du", "des", "la", "le", "al", "el"])
MAX_ACRONYM_NAME_TOKENS = 8


def _initials_spell(words: Span, acronym: str) -> bool:
    """Whether the words' initials spell the acronym: capitalised words give their first letter,
    an upper-case word all of it ("UN Support Mission in Libya" is UNSMIL), a connector its
    first letter or nothing ("Movement for Democracy" is MD or MFD)."""
    spellings = {""}
    for word in words:
        if word.is_upper and word.is_alpha:
            options = {word.text}
        elif word.is_title and word.is_alpha:
            options = {word.text[0]}
        elif word.lower_ in ACRONYM_CONNECTORS:
            options = {"", word.text[0].upper()}
        else:
            return False
        spellings = {s + o for s in spellings for o in options if acronym.startswith(s + o)}
        if not spellings:
            return False
    return acronym in spellings


def _named_by_acronym(doc: Doc, paren: int) -> Span | None:
    """The words before "(ACRONYM)" that the acronym spells, the name's true extent: "the
    Kurdish-led Syrian Democratic Forces (SDF)" names the Syrian Democratic Forces, and "the UN
    Support Mission in Libya (UNSMIL)" runs to "Libya"."""
    acronym = doc[paren + 1].text
    for start in range(max(0, paren - MAX_ACRONYM_NAME_TOKENS), paren):
        if doc[start].is_title or doc[start].is_upper:
            words = doc[start:paren]
            if _initials_spell(words, acronym):
                return words
    return None


def _with_acronym_extents(doc: Doc, ents: list[Span]) -> list[Span]:
    for token in _parenthesised_acronyms(doc):
        name = _named_by_acronym(doc, token.i - 1)
        if name is None:
            continue
        overlapping = [e for e in ents if e.start < name.end and e.end > name.start]
        if [(e.start, e.end) for e in overlapping] == [(name.start, name.end)]:
            continue
        if any(e.start < name.start or e.end > name.end for e in overlapping if e.label_ in ("GPE", "LOC")):
            continue  # a place the name only runs into is the parser's, not the acronym's
        label = next((e.label_ for e in overlapping if e.label_ in ("ORG", "NORP")), "ORG")
        ents = [e for e in ents if e not in overlapping] + [Span(doc, name.start, name.end, label=label)]
    return sorted(ents, key=lambda e: e.start)


def _with_regional_security_councils(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "the African Union Peace and Security Council", "the ECOWAS Mediation and Security
    Council": the model tags only "Security Council", which names the UN's; the body's name
    runs back over "X and" and the capitalised words, or organisation, before it."""
    # only "… and Security Council": two bodies named in a row ("the SAF and the RSF") are two
    for ent in [e for e in ents if e.label_ == "ORG" and e[0].text == "Security"]:
        joined = ent.start >= 2 and doc[ent.start - 1].lower_ == "and" and doc[ent.start - 2].is_title
        if not joined:
            continue
        start = ent.start - 2
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper) and not doc[start - 1].is_stop:
            start -= 1  # "African Union Peace", "AU Peace"; not "the"
        overlapping = [e for e in ents if e.start < ent.end and e.end > start]
        if any(e.label_ != "ORG" for e in overlapping):
            continue
        ents = [e for e in ents if e not in overlapping] + [Span(doc, start, ent.end, label="ORG")]
    return sorted(ents, key=lambda e: e.start)


def _is_named_place(ent: Span) -> bool:
    if ent.label_ not in MISTAKEN_PLACE_LABELS:
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in UNIT_WORDS and after.is_lower and ent.root.head == after:
        return True  # "Tillaberi region", "in Borno state"
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_NOUNS:
        return True  # "the town of Diafarabé"
    language_like = root.lower_.endswith(DEMONYM_ENDINGS)  # "spoke in Russian"
    return ent.label_ == "NORP" and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS and not language_like


# Advisories time their entries "0600 UTC"; the model tags the zone as an organisation.
TIME_ZONES = frozenset(["UTC", "GMT", "CET", "CEST", "EST", "EDT", "PST", "IST", "AST", "EAT", "WAT"])


# Classification markings that open a cable's paragraphs: "1. (SBU) Summary: …", "(C) Post assesses".
CLASSIFICATION_MARKINGS = frozenset(["U", "C", "S", "TS", "SBU", "CUI", "FOUO", "NF", "LOU", "S/NF", "C/NF"])


def _classification_marking(ent: Span) -> bool:
    doc = ent.doc
    enclosed = ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"
    return enclosed and ent.text in CLASSIFICATION_MARKINGS


class DocumentNames:
    def __call__(self, doc: Doc) -> Doc:
        end = dateline_end(doc)
        ents = [
            _trimmed(ent) for ent in doc.ents
            if ent.start >= end and ent.text not in TIME_ZONES and not _classification_marking(ent)
        ]  # fmt: skip
        changed = ents != list(doc.ents)
        ents = [ent for ent in ents if len(ent)]
        for n, ent in enumerate(ents):
            if _is_named_place(ent):
                ents[n] = Span(doc, ent.start, ent.end, label="GPE")
                changed = True
        extended = _with_regional_security_councils(doc, _with_acronym_extents(doc, ents))
        changed = changed or extended != ents
        ents = extended
        acronyms = _defined_acronyms(doc)
        if acronyms:
            taken = {t.i for ent in ents for t in ent}
            for token in doc[end:]:
                label = acronyms.get(token.text)
                if label is not None and token.i not in taken:
                    ents.append(Span(doc, token.i, token.i + 1, label=label))
                    changed = True
        if changed:
            doc.ents = sorted(ents, key=lambda e: e.start)
        return doc


DATELINE_WINDOW = 160  # characters: a dateline is a place, a date or agency, and a dash


def mask_dateline(nlp: Language, text: str) -> tuple[str, str | None]:
    """The text with a leading dateline blanked out, character for character, and the place
    the dateline names (for :data:`FILED_FROM`).

    The small model's NER reads the story's first words worse after an upper-case dateline
    ("BAMAKO, Jan 12 - French jets struck …" loses "French"), and the dateline names no actor
    or scene anyway. Spaces keep every offset, so evidence and mentions point into the
    original text."""
    head = nlp.make_doc(text[:DATELINE_WINDOW])
    end = dateline_end(head)
    if not end or end >= len(head):
        return text, None
    start = head[end].idx
    return " " * start + text[start:], dateline_place(head)


CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
ALERT_WORDS = frozenset(["BREAKING", "UPDATE", "FLASH", "URGENT", "ALERT"])


def live_blog_marker(token: Token) -> bool:
    """A live-blog entry's time or alert word: "09:05", "BREAKING"."""
    return token.text in ALERT_WORDS or CLOCK_TIME.fullmatch(token.text) is not None


# Words of an office the model sometimes tags as part of a person's name ("Caretaker PM Najib
# Mikati"); the knowledge base and readers know the name alone.
PERSON_TITLE_WORDS = frozenset(
    "president pm prime minister caretaker interim acting foreign defence defense general gen. "
    "colonel col. commander chief envoy secretary spokesman spokeswoman premier chancellor".split()
)


def _trimmed(ent: Span) -> Span:
    """The small model sometimes takes the comma after a name into it ("Bosnia," in "of
    Bosnia, Serbia and Croatia"), which no knowledge base or gold name matches; in a live blog
    it takes the entry's time or alert word ("09:05 Caretaker PM Najib Mikati")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in (")", "'"):
        end -= 1
    while start < end and ((doc[start].is_punct and doc[start].text != "(") or live_blog_marker(doc[start])):
        start += 1
    while ent.label_ == "PERSON" and end - start > 1 and doc[start].lower_ in PERSON_TITLE_WORDS:
        start += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_, span_id=ent.id_)


@Language.component("parley_dateline", assigns=["token.is_sent_start"])
def dateline_own_sentence(doc: Doc) -> Doc:
    """Runs before the parser, which respects sentence starts already set."""
    end = _written_dateline_end(doc)  # a blanked one already parses apart
    if end and end < len(doc):
        # Otherwise the parser hangs the story's first subject on the filing place ("PARIS —
        # Ukraine and Russia agreed": "PARIS" the subject, the two states its apposition), and
        # dropping the dateline then leaves the first event without parties.
        doc[end].is_sent_start = True
    return doc


@Language.factory("parley_document_names", assigns=["doc.ents"], requires=["doc.ents"])
def make_document_names(nlp: Language, name: str) -> DocumentNames:
    return DocumentNames()
