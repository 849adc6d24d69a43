"""One SparkSession (local[2], a real JVM) for the whole test session: starting one takes seconds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pyspark.sql import SparkSession

from graph_builder.spark import spark_session


@pytest.fixture(scope="session")
def spark() -> Iterator[SparkSession]:
    session = spark_session("local[2]", app_name="parley-tests")
    yield session
    session.stop()
