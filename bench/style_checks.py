"""Sentences of our own, one per line, in the styles the unseen sets use: the class each should
yield (or ``none``), against what the extractor finds.

Written after the rules, so no evidence that extraction generalises (docs/evaluation.md says
which figures are); a quick way to see what a change breaks. Usage:

    .venv/bin/python bench/style_checks.py                # every file in bench/eval/style-checks
    .venv/bin/python bench/style_checks.py FILE.tsv -v    # and list the sentences it gets wrong
"""

from __future__ import annotations

import argparse
from pathlib import Path

from graph_builder.config import Settings
from graph_builder.ingest import make_document
from graph_builder.pipeline import Builder

CHECKS = Path(__file__).parent / "eval" / "style-checks"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    builder = Builder(Settings())
    for path in args.files or sorted(CHECKS.glob("*.tsv")):
        lines = path.read_text(encoding="utf-8").splitlines()
        rows = [line.split("\t", 1) for line in lines if "\t" in line]
        documents = (make_document(f"s{n}", text) for n, (_want, text) in enumerate(rows))
        found = in_scope = out_of_scope = false_events = 0
        for (want, text), (_stats, extraction) in zip(rows, builder.extract(documents), strict=True):
            got = sorted({event.event_class for event in extraction.events})
            if want == "none":
                out_of_scope += 1
                wrong = bool(got)
                false_events += wrong
            else:
                in_scope += 1
                wrong = want not in got
                found += not wrong
            if wrong and args.verbose:
                print(f"  want {want:16} got {got} :: {text}")
        print(
            f"{path.name}: class found {found}/{in_scope}; out-of-scope lines with events {false_events}/{out_of_scope}"
        )


if __name__ == "__main__":
    main()
