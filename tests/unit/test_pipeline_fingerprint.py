"""A document is rebuilt when anything its graph depends on changes, and only then."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from graph_builder.config import Settings
from graph_builder.link import default_kb_dir
from graph_builder.pipeline import pipeline_fingerprint


def test_the_fingerprint_follows_the_knowledge_base_the_model_and_the_link_switch(tmp_path: Path) -> None:
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    shutil.copy(default_kb_dir() / "kb.jsonl", kb_dir / "kb.jsonl")
    settings = Settings(kb_dir=kb_dir)
    first = pipeline_fingerprint(settings)
    assert pipeline_fingerprint(settings) == first  # nothing changed: documents are skipped

    (kb_dir / "online.jsonl").write_text('{"id": "Q3329"}\n', encoding="utf-8")  # learned online
    learned = pipeline_fingerprint(settings)
    assert learned != first

    stat = (kb_dir / "kb.jsonl").stat()
    os.utime(kb_dir / "kb.jsonl", ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # touched, same bytes
    assert pipeline_fingerprint(settings) == learned
    with (kb_dir / "kb.jsonl").open("a", encoding="utf-8") as kb:  # re-imported with one more item
        kb.write('{"id": "Q1"}\n')
    imported = pipeline_fingerprint(settings)
    assert imported not in (first, learned)
    copy = tmp_path / "another-node"
    shutil.copytree(kb_dir, copy)  # another machine of a cluster, its own copy of the same files
    assert pipeline_fingerprint(settings.model_copy(update={"kb_dir": copy})) == imported

    assert pipeline_fingerprint(settings.model_copy(update={"spacy_model": "en_core_web_trf"})) != imported
    online = settings.model_copy(update={"wikidata_online": True})
    assert pipeline_fingerprint(online) != imported  # switching online mode on relinks everything
    learned_file = tmp_path / "learned.jsonl"
    with_learned = settings.model_copy(update={"wikidata_learned": learned_file})
    before_learning = pipeline_fingerprint(with_learned)
    learned_file.write_text('{"id": "Q2810"}\n', encoding="utf-8")
    assert pipeline_fingerprint(with_learned) != before_learning
    unlinked = settings.model_copy(update={"link": False})
    without_linking = pipeline_fingerprint(unlinked)
    assert without_linking != imported
    (kb_dir / "more.jsonl").write_text("", encoding="utf-8")
    assert pipeline_fingerprint(unlinked) == without_linking  # without linking the KB does not matter
