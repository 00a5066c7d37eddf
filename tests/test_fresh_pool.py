"""scripts/fresh_pool.py: the whole news articles outside the corpus that blind event
judgements now draw from (read by path from ../shared)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
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
    shared = fresh_pool.tempeval_rows() + fresh_pool.conll_rows() + fresh_pool.zyte_rows()
    assert len(shared) == 617
    rows = fresh_pool.rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 617 + len(fresh_pool.heldout_rows()) + 5
    assert all(i.startswith(fresh_pool.PREFIXES) for i in ids)
    assert all(r["text"].strip() for r in rows)


def test_newspaper4k_pages_are_dated_by_their_metadata():
    rows = fresh_pool.html_rows(shared_path("data/html"))
    assert len(rows) == 5
    assert all(r["id"].startswith("html-") and r["url"].startswith("http") for r in rows)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]) for r in rows)


def _heldout_or_skip():
    try:
        return fresh_pool.reuters_rows()
    except fresh_pool.HeldoutMissing as e:
        # The mirror is brought by the session's fetch tool, not kept under ../shared.
        pytest.skip(str(e))


def test_heldout_reuters_rows_are_well_formed_and_dated():
    rows = _heldout_or_skip()
    assert len(rows) >= 900
    assert set(rows[0]) >= {"id", "text", "title", "url", "published", "origin"}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"rtr-\d{4}", i) for i in ids)
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)) and all(t == t.strip() and t for t in texts)
    assert all(r["published"] and "2017-10-01" <= r["published"] <= "2017-12-31" for r in rows)
    # Wire stories: most open on a "PLACE (Reuters) - " dateline.
    assert sum("(Reuters) - " in t[:80] for t in texts) >= 0.9 * len(rows)


def test_heldout_drops_stories_that_are_in_the_corpus():
    rows = _heldout_or_skip()
    first = rows[0]
    corpus = fresh_pool._corpus_keys()
    again = fresh_pool.reuters_rows(drop=corpus | {fresh_pool._story_key(first["text"])})
    assert first["id"] not in {r["id"] for r in again} and len(again) == len(rows) - 1
    # The corpus shares a few of these stories; they are left out by default.
    assert len(fresh_pool.reuters_rows(drop=set())) > len(rows)


def test_csv_days_in_both_spellings_of_the_dataset():
    assert fresh_pool._csv_day("31-Dec-17") == "2017-12-31"
    assert fresh_pool._csv_day("November 3, 2017 ") == "2017-11-03"
    assert fresh_pool._csv_day("yesterday") is None


def test_a_missing_mirror_says_how_to_fetch_it(tmp_path):
    with pytest.raises(fresh_pool.HeldoutMissing, match="fetch tool.*NEWSBRIEF_HELDOUT"):
        fresh_pool.reuters_rows(tmp_path / "absent")


def test_heldout_csv_can_be_given_as_a_file(tmp_path):
    path = tmp_path / "stories.csv"
    path.write_text('text,subject,date\n"BERLIN (Reuters) - A minister resigned on Tuesday.",'
                    'politicsNews,14-Nov-17\n"BERLIN (Reuters) - A minister resigned on Tuesday.",'
                    'politicsNews,14-Nov-17\n"No date here.",politicsNews,soon\n', "utf-8")
    rows = fresh_pool.reuters_rows(path, drop=set())
    assert [(r["id"], r["published"]) for r in rows] == [("rtr-0001", "2017-11-14"),
                                                         ("rtr-0003", None)]
