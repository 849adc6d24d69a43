"""Surface-form normalisation shared by the knowledge-base index and the linker."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'"})
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
_LEADING_ARTICLE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s?$")
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = ' ,.;:!?"()[]'


def normalise(surface: str) -> str:
    """The index key of a surface form: NFKC, casefolded, straight quotes, no article.

    >>> normalise("The Kremlin’s")
    'kremlin'
    >>> normalise("  Türkiye ")
    'türkiye'
    """
    text = unicodedata.normalize("NFKC", surface).translate(_APOSTROPHES).translate(_DASHES)
    text = _SPACES.sub(" ", text).strip(_EDGE_PUNCT).casefold()
    text = _LEADING_ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.strip(_EDGE_PUNCT)


def acronym_like(surface: str) -> bool:
    """Whether a short surface is written as an acronym ("US", "EU"), not a word ("us").

    >>> acronym_like("U.S."), acronym_like("us")
    (True, False)
    """
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
