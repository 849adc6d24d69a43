"""The build on Spark: JSON lines from any path Spark reads → N-Quads part files and a manifest.

Each partition runs the engine-free build function (:func:`graph_builder.build.build_partition`)
in ``mapPartitionsWithIndex``. The function is imported from the package by reference, so
nothing heavy is captured in a closure; each executor's Python worker loads its pipeline
once (:func:`graph_builder.build.cached_builder`) and keeps it while Spark reuses the worker
(``spark.python.worker.reuse``, on by default). Output::

    OUTPUT_DIR/quads/part-*      N-Quads, one block per document (entity lines deduplicated per partition)
    OUTPUT_DIR/manifest/part-*   one JSON line per input document: id, digest, counts, error

PySpark and Java 17 come with the ``parley-kg[spark]`` extra and the machine's JDK.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph_builder.build import MANIFEST_DIR, QUADS_DIR, build_partition
from graph_builder.config import Settings
from graph_builder.errors import ConfigError, InputError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

@dataclass
class SparkBuildReport:
    """How many input documents were built or failed, and where the output went."""

    built: int
    failed: int
    output: str


def spark_session(master: str | None = "local[2]", app_name: str = "parley-build") -> SparkSession:
    """A SparkSession for the build; ``master=None`` leaves it to ``spark-submit``."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError("Spark support needs the spark extra: pip install 'parley-kg[spark]'") from exc
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise ConfigError("Spark needs Java 17: install a JDK (Debian: openjdk-17-jre-headless) or set JAVA_HOME")
    # Executors in local mode start this interpreter, which has Parley and its pipeline installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder: Any = SparkSession.builder.appName(app_name).config("spark.ui.enabled", "false")
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        # One machine: driver and workers talk over loopback, never the host's network address.
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    return builder.getOrCreate()  # type: ignore[no-any-return]


def spark_build(
    input_path: str,
    output_dir: str,
    settings: Settings,
    *,
    spark: SparkSession | None = None,
    master: str | None = "local[2]",
    partitions: int | None = None,
) -> SparkBuildReport:
    """Build every document of ``input_path`` (JSON lines: file, directory or glob) on Spark."""
    if "://" not in output_dir and Path(output_dir).exists() and any(Path(output_dir).iterdir()):
        raise InputError(f"{output_dir} exists and is not empty: choose a new output directory")
    session = spark or spark_session(master)
    context = session.sparkContext
    lines = context.textFile(input_path, minPartitions=partitions or context.defaultParallelism)
    job = partial(build_partition, settings_json=settings.model_dump_json())
    from pyspark import StorageLevel

    built = lines.mapPartitionsWithIndex(job).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        built.map(itemgetter(0)).filter(bool).saveAsTextFile(f"{output_dir.rstrip('/')}/{QUADS_DIR}")
        built.map(itemgetter(1)).saveAsTextFile(f"{output_dir.rstrip('/')}/{MANIFEST_DIR}")
        statuses = built.map(itemgetter(1)).map(manifest_status).countByValue()
    finally:
        built.unpersist()
    return SparkBuildReport(statuses.get("built", 0), statuses.get("failed", 0), output_dir)


def manifest_status(line: str) -> str:
    """``built`` or ``failed``, from one manifest line."""
    return "failed" if json.loads(line)["error"] else "built"
