"""``spark-submit`` entry point of the Spark build (also ``python -m graph_builder.spark``).

    spark-submit --master yarn \\
        --archives parley-env.tar.gz#env --conf spark.pyspark.python=./env/bin/python \\
        "$(python -c 'import graph_builder.spark.__main__ as m; print(m.__file__)')" \\
        s3a://bucket/articles/ s3a://bucket/parley-out/ --partitions 2000

Settings come from the ``PARLEY_*`` variables of the driver and travel to the executors.
"""

from __future__ import annotations

import argparse
import sys

from graph_builder.config import Settings
from graph_builder.errors import ParleyError
from graph_builder.spark import spark_build, spark_session


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="parley-spark", description="Build JSON-lines articles on Spark.")
    parser.add_argument("input", help="JSON lines: a file, directory or glob on any file system Spark reads")
    parser.add_argument("output", help="new output directory: quads/ and manifest/ part files go there")
    parser.add_argument("--partitions", type=int, default=None, help="minimum input partitions")
    parser.add_argument("--master", default=None, help="Spark master (default: what spark-submit sets)")
    args = parser.parse_args(argv)
    try:
        report = spark_build(args.input, args.output, Settings(), spark=spark_session(args.master),
                             partitions=args.partitions)  # fmt: skip
    except ParleyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"built {report.built}, failed {report.failed} document(s) → {report.output}")
    return 0 if report.failed == 0 else 2


if __name__ == "__main__":
    sys.exit(main())
