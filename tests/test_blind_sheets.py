"""scripts/blind_sheets.py: sheets of a given list of records (articles made up here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"

TEXT = ("Harbor City, May 3. The port authority closed two piers on Tuesday. "
        "Dockworkers said they would strike if the piers stayed shut.")


def _load():
    sys.path.insert(0, str(SCRIPTS))  # the script imports judge_events beside it
    try:
        spec = importlib.util.spec_from_file_location("blind_sheets", SCRIPTS / "blind_sheets.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.pop(0)


def _offsets(phrase: str, word: str) -> tuple[int, int, int, int]:
    start = TEXT.index(phrase)
    pred = TEXT.index(word, start)
    return start, start + len(phrase), pred, pred + len(word)


def test_given_records_are_sheeted_whole_for_every_judge(tmp_path, monkeypatch):
    mod = _load()
    rows = [(-1, {"id": "xyz-1", "text": TEXT, "title": "Piers", "published": "2024-05-03"})]
    monkeypatch.setattr(mod.judge_events, "rows_with_ids", lambda ids: [r for r in rows if r[1]["id"] in ids])
    monkeypatch.setattr(mod, "show", lambda ids: "".join(f"== {i}\n" for i in ids))
    closed = _offsets("The port authority closed two piers on Tuesday.", "closed")
    strike = _offsets("Dockworkers said they would strike if the piers stayed shut.", "strike")
    given = tmp_path / "records.txt"
    given.write_text(
        "# two records\n"
        + "".join(f"#{k}\txyz-1\t{a}\t{b}\t{c}\t{d}\t{t}\t{cameo}\tasserted\tconf -\tactor -\t"
                  "recipient -\tdate -\n"
                  for k, ((a, b, c, d), t, cameo) in enumerate(
                      [(closed, "RESTRICT", "172"), (strike, "PROTEST", "143")], 1)), "utf-8")
    out = tmp_path / "sheets"
    out.mkdir()
    mod.events(7, 2, 20, "abo-", out, given)
    for judge in "AB":
        part1 = (out / f"ev7-{judge}-part1.txt").read_text("utf-8")
        # the sentences come from the article itself, with the predicate's word
        assert "'The port authority closed two piers on Tuesday.'" in part1
        assert "#2 xyz-1" in part1 and "predicate" in part1 and "'strike'" in part1
        part2 = (out / f"ev7-{judge}-records.txt").read_text("utf-8").splitlines()
        assert [line.split("\t")[6] for line in part2[1:]] == ["RESTRICT", "PROTEST"]
        assert (out / f"ev7-{judge}-articles.txt").read_text("utf-8") == "== xyz-1\n"
        assert str(out / f"ev7-{judge}-labels.tsv") in (out / f"ev7-{judge}-prompt.txt").read_text("utf-8")


def test_a_record_of_an_unknown_article_stops_with_its_id(tmp_path, monkeypatch):
    mod = _load()
    monkeypatch.setattr(mod.judge_events, "rows_with_ids", lambda ids: [])
    given = tmp_path / "records.txt"
    given.write_text("#1\tnone-9\t0\t5\t0\t3\tPROTEST\t143\tasserted\n", "utf-8")
    try:
        mod.given_records(given)
    except SystemExit as err:
        assert "none-9" in str(err)
    else:
        raise AssertionError("an unknown article must stop the sheet")


def test_articles_of_a_model_swap_judgement_are_left_out_of_new_draws(tmp_path, monkeypatch):
    mod = _load()
    judged = tmp_path / "eval/judgements"
    judged.mkdir(parents=True)
    (judged / "refit-swap-5.tsv").write_text("# item\tarticle\t...\n1\tabo-made1\t0\t9\t2\t5\tPROTEST\tin\n", "utf-8")
    (judged / "events-blind-5.tsv").write_text("abw-made2\t0\t9\t2\t5\tPROTEST\t1\n", "utf-8")
    (judged / "notes-5.tsv").write_text("abo-made3\n", "utf-8")  # not a judgement file: kept
    monkeypatch.setattr(mod.judge_events, "ROOT", tmp_path)
    assert mod.judge_events.dev_ids() == {"abo-made1", "abw-made2"}


def test_articles_of_a_key_pool_judgement_are_left_out_of_new_draws(tmp_path, monkeypatch):
    mod = _load()
    judged = tmp_path / "eval/judgements"
    judged.mkdir(parents=True)
    (judged / "keypool-7.tsv").write_text("# drawn ...\nabo-made4\t0\t9\t2\t5\tACCUSE\t1\t1\n", "utf-8")
    (judged / "notes-7.tsv").write_text("abo-made5\n", "utf-8")  # not a judgement file: kept
    monkeypatch.setattr(mod.judge_events, "ROOT", tmp_path)
    assert mod.judge_events.dev_ids() == {"abo-made4"}
