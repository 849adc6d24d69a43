"""Train the learned trigger check (data/models/trigger-classifier.npz) on the corpora's tuning halves.

Usage: python scripts/train_trigger_model.py [EXTERNAL] [--output FILE] [--compare GOLD ...]

EXTERNAL defaults to ../shared/eval/external next to the repository; only the tuning half
of each corpus is read. Prints the out-of-fold threshold grid, writes the weights, and with
--compare prints rules alone against rules plus the model on both halves of every corpus
and on the gold-format files given (the decision table of docs/learned-triggers.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from graph_builder.config import Settings
from graph_builder.errors import ParleyError
from graph_builder.evaluation import trigger_training as tt
from graph_builder.extract.learned import MODEL_FILE
from graph_builder.pipeline import Builder

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("external", type=Path, nargs="?", default=REPO.parent / "shared" / "eval" / "external")
    parser.add_argument("--output", type=Path, default=MODEL_FILE, help="weights file (default data/models/…)")
    parser.add_argument("--unreliable-weight", type=float, default=0.3, help="weight of RAMS/GENEVA non-triggers")
    parser.add_argument("--compare", type=Path, nargs="*", help="also score rules vs rules+model on these gold files")
    parser.add_argument("--no-train", action="store_true", help="only compare, with the weights already in --output")
    args = parser.parse_args(argv)
    try:
        if not args.no_train:
            _train(args.external, args.output, args.unreliable_weight)
        if args.compare is not None:
            _compare(args.external, args.output, args.compare)
    except ParleyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _train(external: Path, output: Path, unreliable_weight: float) -> None:
    builder = Builder(Settings())
    samples = tt.tune_samples(external, builder.nlp, builder.extractor.matcher, unreliable_weight)
    print("training words by label:", json.dumps(tt.word_count(samples), sort_keys=True))
    tt.out_of_fold(samples)
    rules, best, grid = tt.choose_thresholds(samples)
    print("out-of-fold replay on the tuning halves (word level)")
    print("rules alone:", tt.format_replay(rules))
    for row in grid:
        print("  ", tt.format_replay(row))
    print("chosen:     ", tt.format_replay(best))
    model = tt.with_thresholds(tt.train(samples), best.add, best.veto)
    model.save(output)
    print(f"{output}: {len(model.features)} features × {len(model.classes)} classes {model.classes}")


def _compare(external: Path, model_path: Path, gold_files: list[Path]) -> None:
    settings = Settings()
    rules = tt.figures(Builder(settings), external, gold_files)
    from graph_builder.nlp import build_nlp

    learned = tt.figures(Builder(settings, nlp=tt.learned_nlp(build_nlp(settings), model_path)), external, gold_files)
    print(json.dumps({"rules": rules, "rules+model": learned}, indent=2))


if __name__ == "__main__":
    raise SystemExit(main())
