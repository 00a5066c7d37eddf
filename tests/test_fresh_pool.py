"""scripts/fresh_pool.py: the whole news articles outside the corpus that blind event
judgements now draw from (read by path from ../shared)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("fresh_pool", ROOT / "scripts/fresh_pool.py")
fresh_pool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fresh_pool)


def test_detokenize_glues_punctuation_quotes_and_clitics():
    tokens = ['He', 'said', '"', 'we', 'do', "n't", 'know', '"', '(', 'in', 'Paris', ')',
              ',', 'adding', '$', '5', 'was', '10', '%', '.']
    assert fresh_pool._detokenize(tokens) == \
        'He said "we don\'t know" (in Paris), adding $5 was 10%.'


def test_conll_stories_keep_headline_dateline_and_day():
    rows = fresh_pool.conll_rows(shared_path("data/conll2003/dev.txt"))
    assert len(rows) == 216
    dated = [r for r in rows if r["published"]]
    # Almost every Reuters story has a "PLACE YYYY-MM-DD" dateline under its headline.
    assert len(dated) >= 180
    for r in dated:
        title, dateline = r["text"].split("\n")[:2]
        assert title == r["title"] and dateline.endswith(r["published"])
        assert r["published"].startswith("1996-")


def test_every_fresh_article_has_a_unique_prefixed_id():
    shared_path("data/tempeval3/train")
    shared_path("data/html/index.jsonl")
    rows = fresh_pool.rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 617
    assert all(i.startswith(fresh_pool.PREFIXES) for i in ids)
    assert all(r["text"].strip() for r in rows)
