"""Rebuild data/wikidata/kb.jsonl from the CSV sources and data/wikidata/sources/curated.jsonl.

Usage: python scripts/build_kb.py [--sources DIR] [--target FILE]
The CSV directory defaults to ../shared/data/wikidata-sources next to the repository.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph_builder.errors import ParleyError
from graph_builder.link import build_kb, default_kb_dir

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "data" / "wikidata-sources")
    parser.add_argument("--curated", type=Path, default=default_kb_dir() / "sources" / "curated.jsonl")
    parser.add_argument("--target", type=Path, default=default_kb_dir() / "kb.jsonl")
    args = parser.parse_args(argv)
    try:
        stats = build_kb(args.sources, args.curated, args.target)
    except ParleyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(
        f"{args.target}: {stats.total} items ({stats.countries} countries, {stats.cities} cities, "
        f"{stats.curated} curated entries, {stats.replaced} CSV rows replaced, "
        f"{stats.unreliable_city_qids} CSV QIDs shared by different cities dropped)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
