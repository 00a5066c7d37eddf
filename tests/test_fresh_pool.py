"""scripts/fresh_pool.py: the whole news articles outside the corpus that blind event
judgements now draw from (read by path from ../shared)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
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


@pytest.mark.slow  # reads every article of the AllSides crawl, twice
def test_every_fresh_article_has_a_unique_prefixed_id():
    shared_path("data/tempeval3/train")
    shared_path("data/html/index.jsonl")
    shared = fresh_pool.tempeval_rows() + fresh_pool.conll_rows() + fresh_pool.zyte_rows()
    assert len(shared) == 617
    rows = fresh_pool.rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 617 + len(fresh_pool.heldout_rows()) + 5 + \
        len(fresh_pool.wikinews_heldout_rows()) + len(fresh_pool.allsides_heldout_rows()) + \
        len(fresh_pool.allsides_other_heldout_rows())
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


def _wikinews_or_skip(**kwargs):
    try:
        return fresh_pool.wikinews_rows(**kwargs)
    except fresh_pool.WikinewsMissing as e:
        # The mirror is brought by the session's fetch tool, not kept under ../shared.
        pytest.skip(str(e))


def test_wikinews_rows_are_well_formed_dated_and_counted():
    counts: dict = {}
    rows = _wikinews_or_skip(counts=counts)
    assert len(rows) >= 250
    assert counts["read"] == len(rows) + counts["interview"] + counts["stub"] + \
        counts["duplicate"] + counts["known"]
    assert counts["interview"] >= 20  # the 2020 file holds many candidates' interviews
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"wkn-20(19|20)-\d{3}", i) for i in ids)
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)) and all(t == t.strip() for t in texts)
    assert all(len(t.split()) >= 50 and not fresh_pool.is_interview(t) for t in texts)
    assert all(r["published"] and "2019-01-01" <= r["published"] <= "2021-12-31" for r in rows)
    assert all(r["url"].startswith("https://en.wikinews.org/wiki/") and r["title"] for r in rows)


def test_wikinews_drops_stories_it_is_told_to():
    rows = _wikinews_or_skip(drop=set())
    first = rows[0]
    again = fresh_pool.wikinews_rows(drop={fresh_pool._story_key(first["text"])})
    assert first["id"] not in {r["id"] for r in again} and len(again) == len(rows) - 1


def test_story_key_drops_the_wikinews_day_line_and_the_wire_dateline():
    body = "Officials in a coastal town opened a new bridge on Monday after two years of work."
    key = fresh_pool._story_key(body)
    assert fresh_pool._story_key("Monday, March 2, 2020\n\n" + body) == key
    assert fresh_pool._story_key("PORTO (Reuters) - " + body) == key
    # A day named inside the lead is not a day line.
    assert fresh_pool._story_key("On Monday, March 2, 2020, " + body) != key


def test_wikinews_leaves_out_interviews_stubs_and_duplicates(tmp_path):
    lead = "The council of a small town voted on Tuesday to close the old library. " * 6
    talk = "\n\n".join(["((Wikinews)) What did you vote for?", "((Mayor)) " + lead,
                          "((Wikinews)) Why?", "((Mayor)) Money."])
    path = tmp_path / "wikinews_2019.csv"
    path.write_text("url,date,title,text\n"
                    f'https://en.wikinews.org//wiki/A,2019-05-07,Library closes,"{lead}"\n'
                    f'https://en.wikinews.org//wiki/B,2019-05-07,Again,"{lead}"\n'
                    f'https://en.wikinews.org//wiki/C,2019-05-08,Interview,"{talk}"\n'
                    'https://en.wikinews.org//wiki/D,2019-05-09,Stub,"Too short."\n'
                    f'https://en.wikinews.org//wiki/E,soon,Undated,"Tomorrow {lead}"\n', "utf-8")
    counts: dict = {}
    rows = fresh_pool.wikinews_rows(path, drop=set(), counts=counts)
    assert [(r["id"], r["published"]) for r in rows] == [("wkn-2019-001", "2019-05-07"),
                                                         ("wkn-2019-005", None)]
    assert rows[0]["url"] == "https://en.wikinews.org/wiki/A"
    assert counts == {"read": 5, "interview": 1, "stub": 1, "duplicate": 1, "known": 0}
    # A folder holding the files reads them all, each under its year.
    (tmp_path / "wikinews_2020.csv").write_text(
        f'url,date,title,text\nhttps://en.wikinews.org/wiki/F,2020-02-03,Later,"Later {lead}"\n',
        "utf-8")
    assert [r["id"] for r in fresh_pool.wikinews_rows(tmp_path, drop=set())] == \
        ["wkn-2019-001", "wkn-2019-005", "wkn-2020-001"]


def test_a_missing_wikinews_mirror_says_how_to_fetch_it(tmp_path):
    with pytest.raises(fresh_pool.WikinewsMissing, match="fetch tool.*NEWSBRIEF_WIKINEWS"):
        fresh_pool.wikinews_rows(tmp_path / "absent")
    # Callers that catch the held-out error catch this one too.
    assert issubclass(fresh_pool.WikinewsMissing, fresh_pool.HeldoutMissing)


def _fresh_pool_cli(*args, **env):
    return subprocess.run([sys.executable, str(ROOT / "scripts/fresh_pool.py"), *args],
                          capture_output=True, text=True, env={**os.environ, **env})


def test_list_wkn_stops_with_an_error_line_when_its_mirror_is_missing(tmp_path):
    done = _fresh_pool_cli("list", "wkn-", NEWSBRIEF_WIKINEWS=str(tmp_path / "absent"))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: Wikinews mirror") and "github:vanatteveldt/wikinews" \
        in done.stderr


def test_list_wkn_needs_no_reuters_mirror(tmp_path):
    lead = "The council of a small town voted on Tuesday to close the old library. " * 6
    path = tmp_path / "wikinews_2019.csv"
    path.write_text(f'url,date,title,text\nhttps://en.wikinews.org/wiki/A,2019-05-07,T,"{lead}"\n',
                    "utf-8")
    done = _fresh_pool_cli("list", "wkn-", NEWSBRIEF_WIKINEWS=str(path),
                           NEWSBRIEF_HELDOUT=str(tmp_path / "absent"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wkn-2019-001\t2019-05-07\t")
    assert "# 1 articles, 1 dated" in done.stderr


def test_fresh_left_refuses_a_prefix_of_no_source():
    spec = importlib.util.spec_from_file_location("fresh_left", ROOT / "scripts/fresh_left.py")
    fresh_left = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fresh_left)
    with pytest.raises(SystemExit, match="Error: nyt-: not a fresh-pool prefix.*wkn-"):
        fresh_left.main(["nyt-"])


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / f"scripts/{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_draws_take_a_prefix_only_with_fresh(capsys):
    judge_events = _script("judge_events")
    with pytest.raises(SystemExit):
        judge_events.main(["draw", "--seed", "1", "--prefix", "wkn-"])
    assert "give --fresh too" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        judge_events.main(["draw", "--seed", "1", "--fresh", "--prefix", "nyt-"])
    assert "invalid choice: 'nyt-'" in capsys.readouterr().err
    done = subprocess.run([sys.executable, str(ROOT / "scripts/draw_key_articles.py"),
                           "--seed", "1", "--prefix", "wkn-"], capture_output=True, text=True)
    assert done.returncode == 2 and "give --fresh too" in done.stderr


def test_fresh_rows_of_one_source():
    shared_path("data/conll2003/dev.txt")
    shared_path("data/html/index.jsonl")
    judge_events = _script("judge_events")
    rows = judge_events.fresh_rows(("conll-", "html-"))
    assert rows and {r["id"].split("-")[0] for r in rows} == {"conll", "html"}


def _allsides_or_skip(**kwargs):
    try:
        return fresh_pool.allsides_rows(**kwargs)
    except fresh_pool.AllSidesMissing as e:
        # The mirror is brought by the session's fetch tool, not kept under ../shared.
        pytest.skip(str(e))


def test_allsides_rows_are_world_news_dated_counted_and_not_the_corpus():
    shared_path("data/corpus/news.jsonl")
    counts: dict = {}
    rows = _allsides_or_skip(counts=counts)
    assert len(rows) >= 2000
    assert counts["read"] == len(rows) + sum(v for k, v in counts.items() if k != "read")
    # The corpus took 2,500 world articles of this crawl; none of them comes back.
    corpus = fresh_pool._corpus_ids()
    assert counts["corpus"] == 2500
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"abw-\w{16}", i) for i in ids)
    assert not {i.removeprefix("abw-") for i in ids} & corpus
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)) and all(t == t.strip() for t in texts)
    assert all(150 <= len(t.split()) <= 1200 for t in texts)
    topics = fresh_pool.world_topics()
    assert all(r["topic"] in topics for r in rows)
    assert all(r["published"] and "2010-01-01" <= r["published"] <= "2020-12-31" for r in rows)
    assert len({r["source"] for r in rows}) >= 50 and all(r["url"].startswith("http") for r in rows)


def _allsides_json(folder, ident, topic="world", date="2019-05-07", text=None, source="Paper"):
    text = text or ("Ministers of two neighbouring states met on Tuesday to sign a border "
                    "accord after years of talks. " * 12)
    (folder / f"{ident}.json").write_text(json.dumps({
        "ID": ident, "topic": topic, "source": source, "url": f"https://example.org/{ident}",
        "title": f"Story {ident}", "date": date, "content_original": text}), "utf-8")


def test_allsides_leaves_out_other_topics_the_corpus_undated_lengths_and_repeats(tmp_path):
    folder = tmp_path / "data" / "jsons"
    folder.mkdir(parents=True)
    other = "A court in a port city jailed a smuggler for six years on Friday. " * 14
    _allsides_json(folder, "A1")                                  # kept
    _allsides_json(folder, "A2", text=other, topic="elections")   # not world news
    _allsides_json(folder, "A3", text="Corpus " + other)          # the corpus's own
    _allsides_json(folder, "A4", text="Undated " + other, date="")
    _allsides_json(folder, "A5", text="Placeholder " + other, date="0001-11-30")
    _allsides_json(folder, "A6", text="Too short to judge.")
    _allsides_json(folder, "A7", text="Far too long. " + other * 10)
    _allsides_json(folder, "A8")                                  # the same text as A1
    _allsides_json(folder, "A9", text="Known " + other)           # a story told elsewhere
    _allsides_json(folder, "B1", text=other, date="2015-03-02", topic="middle_east")
    counts: dict = {}
    rows = fresh_pool.allsides_rows(tmp_path, corpus_ids={"A3"}, counts=counts,
                                    drop={fresh_pool._story_key("Known " + other)})
    assert [(r["id"], r["published"], r["topic"]) for r in rows] == \
        [("abw-A1", "2019-05-07", "world"), ("abw-B1", "2015-03-02", "middle_east")]
    assert rows[0]["url"] == "https://example.org/A1" and rows[0]["source"] == "Paper"
    assert counts == {"read": 10, "topic": 1, "corpus": 1, "undated": 2, "length": 2,
                      "duplicate": 1, "known": 1}
    # The folder of JSON files itself reads the same.
    assert [r["id"] for r in fresh_pool.allsides_rows(folder, corpus_ids={"A3"}, drop=set())] \
        == ["abw-A1", "abw-A9", "abw-B1"]


def test_allsides_other_rows_are_the_other_topics_by_the_same_rules(tmp_path):
    folder = tmp_path / "data" / "jsons"
    folder.mkdir(parents=True)
    other = "A state senate passed a budget bill by a narrow vote on Thursday night. " * 14
    _allsides_json(folder, "A1")                                          # world news
    _allsides_json(folder, "A2", text=other, topic="elections")           # kept
    _allsides_json(folder, "A3", text="Corpus " + other, topic="politics")
    _allsides_json(folder, "A4", text="Undated " + other, topic="politics", date="")
    _allsides_json(folder, "A5", text="Too short to judge.", topic="us_senate")
    _allsides_json(folder, "A6", text=other, topic="white_house")         # A2 again
    _allsides_json(folder, "A7", text="Known " + other, topic="healthcare")
    _allsides_json(folder, "B1", text="Second " + other, date="2016-11-09", topic="us_house")
    counts: dict = {}
    rows = fresh_pool.allsides_other_rows(tmp_path, corpus_ids={"A3"}, counts=counts,
                                          drop={fresh_pool._story_key("Known " + other)})
    assert [(r["id"], r["published"], r["topic"]) for r in rows] == \
        [("abo-A2", "2019-05-07", "elections"), ("abo-B1", "2016-11-09", "us_house")]
    assert counts == {"read": 8, "topic": 1, "corpus": 1, "undated": 1, "length": 1,
                      "duplicate": 1, "known": 1}


@pytest.mark.slow  # reads every article of the AllSides crawl, twice
def test_allsides_other_rows_leave_out_the_world_pool_and_the_corpus():
    shared_path("data/corpus/news.jsonl")
    try:
        rows = fresh_pool.allsides_other_rows()
    except fresh_pool.AllSidesMissing as e:
        pytest.skip(str(e))
    assert len(rows) >= 15000
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"abo-\w{16}", i) for i in ids)
    assert not {i.removeprefix("abo-") for i in ids} & fresh_pool._corpus_ids()
    world = fresh_pool.world_topics()
    assert not any(r["topic"] in world for r in rows)
    # No story of the world pool (nor of the corpus) comes back under another topic.
    told = fresh_pool._abw_keys() | fresh_pool._corpus_keys()
    assert not any(fresh_pool._story_key(r["text"]) in told for r in rows)
    assert all(150 <= len(r["text"].split()) <= 1200 and r["published"] for r in rows)


def test_a_missing_allsides_mirror_or_corpus_says_how_to_get_it(tmp_path, monkeypatch):
    with pytest.raises(fresh_pool.AllSidesMissing, match="fetch tool.*NEWSBRIEF_ALLSIDES"):
        fresh_pool.allsides_rows(tmp_path / "absent", corpus_ids=set(), drop=set())
    assert issubclass(fresh_pool.AllSidesMissing, fresh_pool.HeldoutMissing)
    # Without the corpus its own articles could not be left out: an error, not a pool.
    monkeypatch.setattr(fresh_pool, "SHARED", tmp_path)
    with pytest.raises(fresh_pool.AllSidesMissing, match="leave out the corpus.*NEWSBRIEF_SHARED"):
        fresh_pool.allsides_rows(tmp_path, drop=set())


def test_list_abw_stops_with_an_error_line_when_its_mirror_is_missing(tmp_path):
    done = _fresh_pool_cli("list", "abw-", NEWSBRIEF_ALLSIDES=str(tmp_path / "absent"))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: AllSides mirror") and \
        "github:ramybaly/Article-Bias-Prediction" in done.stderr


def test_world_topics_are_read_from_their_data_file():
    topics = fresh_pool.world_topics()
    assert len(topics) == 26 and {"middle_east", "world", "ebola", "trade"} <= topics
    assert not any(t.startswith("#") or " " in t for t in topics)
    assert _script("draw_key_articles").WORLD == topics


def test_fresh_rows_of_one_source_read_no_other_source(capsys):
    shared_path("data/conll2003/dev.txt")
    judge_events = _script("judge_events")
    judge_events.fresh_pool.ALLSIDES = Path("/nonexistent/allsides")
    judge_events.fresh_pool.HELDOUT = Path("/nonexistent/reuters")
    rows = judge_events.fresh_rows(("conll-",))
    assert rows and all(r["id"].startswith("conll-") for r in rows)
    # A source not asked for is not read, so its missing mirror is not even warned of.
    assert "left out" not in capsys.readouterr().err
    # Nor when judged articles are looked up by id.
    found = judge_events.rows_with_ids({rows[0]["id"]})
    assert [r["id"] for _k, r in found] == [rows[0]["id"]]
    assert "left out" not in capsys.readouterr().err


def test_show_with_no_fresh_id_says_which_prefixes_and_reads_no_source(tmp_path):
    # An id of no fresh source must not fall through to reading every mirror (and
    # failing on the first one missing): it names the prefixes and stops at once.
    done = _fresh_pool_cli("show", "abp-notafreshid",
                           NEWSBRIEF_WIKINEWS=str(tmp_path / "absent"),
                           NEWSBRIEF_HELDOUT=str(tmp_path / "absent"),
                           NEWSBRIEF_ALLSIDES=str(tmp_path / "absent"))
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: no fresh article id among abp-notafreshid")
    assert all(p in done.stderr for p in fresh_pool.PREFIXES)


def test_judge_events_keeps_key_records_only_from_the_key_floor_on_an_older_src(monkeypatch):
    # Scoring a src that has `key_floor` but not `is_kept` must use the same rule.
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    spec_j = importlib.util.spec_from_file_location("judge_events", ROOT / "scripts/judge_events.py")
    judge = importlib.util.module_from_spec(spec_j)
    spec_j.loader.exec_module(judge)
    from types import SimpleNamespace

    from newsbrief import records

    monkeypatch.delattr(records, "is_kept")
    floor = records.key_floor(0.74)
    assert judge.kept_at(SimpleNamespace(confidence=floor, key=True), 0.74)
    assert not judge.kept_at(SimpleNamespace(confidence=floor - 0.01, key=True), 0.74)
    assert not judge.kept_at(SimpleNamespace(confidence=0.73, key=False), 0.74)


def test_tempeval_rows_leaves_an_earlier_newsbrief_first_on_the_path(tmp_path, monkeypatch):
    # A lane runs main's scripts with PYTHONPATH at its own tree's src: reading the
    # TimeML rows must not put this checkout's src ahead of it.
    other = str(tmp_path / "other-tree-src")
    monkeypatch.setattr(sys, "path", [other, *[p for p in sys.path if p != str(ROOT / "src")]])
    assert fresh_pool.tempeval_rows(tmp_path) == []
    assert sys.path[0] == other


def test_the_key_draw_leaves_out_columns_by_title_or_address():
    spec = importlib.util.spec_from_file_location("draw_key_articles",
                                                  ROOT / "scripts/draw_key_articles.py")
    draw = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(draw)
    assert draw.is_opinion({"title": "OPINION: Why the council got the budget wrong"})
    assert draw.is_opinion({"title": "Commentary - A harbour town waits", "url": ""})
    assert draw.is_opinion({"title": "A harbour town waits",
                            "url": "https://example.org/opinions/2020/05/harbour"})
    assert not draw.is_opinion({"title": "Council approves the harbour budget",
                                "url": "https://example.org/news/2020/05/harbour"})
    # A word that only starts like a column's mark is no mark.
    assert not draw.is_opinion({"title": "Opinionated mayor quits after vote",
                                "url": "https://example.org/politics/opinion-poll-shows"})
