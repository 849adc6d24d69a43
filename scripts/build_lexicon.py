"""Rebuild data/lexicon/ from the CAMEO and Phoenix dictionaries (PETRARCH2, MIT).

Usage: python scripts/build_lexicon.py [SOURCE] [--target DIR]
SOURCE defaults to ../shared/data/cameo next to the repository; the class mappings
(cameo-classes.json, phoenix-roles.json) are read from data/lexicon/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph_builder.errors import ParleyError
from graph_builder.nlp.cameo_compile import build_lexicon

REPO = Path(__file__).resolve().parents[1]
LEXICON = REPO / "data" / "lexicon"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source", type=Path, nargs="?", default=REPO.parent / "shared" / "data" / "cameo")
    parser.add_argument("--target", type=Path, default=LEXICON, help="output directory (default data/lexicon)")
    args = parser.parse_args(argv)
    try:
        stats = build_lexicon(args.source, args.target, mappings=LEXICON)
    except ParleyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(
        f"{args.target}: {stats.verbs} verb lemmas ({stats.verb_phrases} verb phrases, {stats.blocks} blocks), "
        f"{stats.patterns} patterns ({stats.patterns_dropped} dropped), {stats.agents} agent forms, "
        f"{stats.actors} named actors, {stats.discards} discard phrases"
    )
    print("patterns by class: " + ", ".join(f"{k} {v}" for k, v in stats.pattern_classes.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
