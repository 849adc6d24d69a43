"""Linking stage: mentions → Wikidata QIDs; knowledge-base loading, building and dump import.

>>> from graph_builder.link import KnowledgeBase, Linker, default_kb_dir
>>> linker = Linker(KnowledgeBase.load(default_kb_dir()))
>>> linker.link("Russian Federation", "GPE").qid
'Q159'
"""

from graph_builder.link.build import BuildStats, build_kb
from graph_builder.link.classes import CONTRACT_CLASSES, compatible_classes, contract_class_of
from graph_builder.link.dump import ImportStats, import_dump
from graph_builder.link.kb import Entity, KnowledgeBase, default_kb_dir
from graph_builder.link.linker import Linker, LinkResult
from graph_builder.link.text import normalise

__all__ = [
    "CONTRACT_CLASSES",
    "BuildStats",
    "Entity",
    "ImportStats",
    "KnowledgeBase",
    "LinkResult",
    "Linker",
    "build_kb",
    "compatible_classes",
    "contract_class_of",
    "default_kb_dir",
    "import_dump",
    "normalise",
]
