"""Every article in its own guard (issue 9 item 2): no single article stops a
run; texts over the parser's limit are analysed in pieces with offsets kept
right, or refused clearly; merging an article that repeats one sentence stays
linear (measured in SQLite VM steps and counted Python work, not seconds)."""

from __future__ import annotations

import pytest
from hand_records import analysed, event, state

from newsbrief.errors import InputFailure
from newsbrief.pipeline import Pipeline, split_for_parser
from newsbrief.records import AnalysedArticle, Article
from newsbrief.store import Store


@pytest.mark.parametrize("limit", [50, 120, 1000])
def test_pieces_cover_the_text_exactly_at_paragraphs(limit):
    text = ("First paragraph, short.\n\n" + "A long sentence goes here. " * 9 + "\n\n"
            + "x" * 300 + "\n\nLast one.")
    pieces = split_for_parser(text, limit)
    assert "".join(pieces) == text  # offsets into the whole text stay right
    assert all(0 < len(p) <= limit for p in pieces)


def _articles(n_good_before=2, bad_text="boom", n_good_after=2):
    good = [Article(id=f"g{i}", origin=f"g{i}.txt", text=f"Good article number {i}.",
                    published="2024-01-01") for i in range(n_good_before + n_good_after)]
    bad = Article(id="bad", origin="bad.txt", text=bad_text, published="2024-01-01")
    return good[:n_good_before] + [bad] + good[n_good_before:]


class _Doc:
    def __init__(self, text):
        self.text = text


class _FakeNlp:
    """Stands in for spaCy: its limit and a parse error on one text."""
    max_length = 1000

    def pipe(self, pairs, as_tuples=True, batch_size=8):
        for text, ctx in pairs:
            if len(text) > self.max_length:
                raise ValueError("[E088] Text of length > max_length")
            if "boom" in text:
                raise RuntimeError("parser crashed")
            yield _Doc(text), ctx


def _pipeline(settings, monkeypatch, fail_stage=False):
    p = Pipeline(settings.replace(stages=("timexes",)))
    p._nlp = _FakeNlp()
    calls = []

    def analyse_doc(doc, article):
        calls.append(article.id)
        if fail_stage and article.id == "bad":
            raise KeyError("stage bug")
        return AnalysedArticle(article=article, pipeline_version="0")

    monkeypatch.setattr(p, "analyse_doc", analyse_doc)
    return p, calls


def test_a_parse_error_fails_one_article_only(settings, monkeypatch):
    p, _ = _pipeline(settings, monkeypatch)
    out = list(p.analyse(_articles()))
    assert [type(o).__name__ for o in out] == ["AnalysedArticle"] * 2 + ["InputFailure"] + \
        ["AnalysedArticle"] * 2
    failure = out[2]
    assert failure.where == "bad.txt" and "parser crashed" in failure.what
    assert failure.fix


def test_a_stage_error_fails_one_article_only(settings, monkeypatch):
    p, _ = _pipeline(settings, monkeypatch, fail_stage=True)
    out = list(p.analyse(_articles(bad_text="fine text")))
    assert [isinstance(o, InputFailure) for o in out] == [False, False, True, False, False]
    assert "KeyError" in out[2].what


def test_long_text_is_parsed_in_pieces(settings, monkeypatch):
    """Over the parser's limit: parsed in pieces, joined into one Doc whose text
    is the article's (here the fake Doc joins by concatenation)."""
    p, calls = _pipeline(settings, monkeypatch)
    long_text = "\n\n".join(f"Paragraph {i} says something plain." for i in range(100))
    assert len(long_text) > _FakeNlp.max_length
    joined = []
    monkeypatch.setattr("newsbrief.pipeline._join_docs",
                        lambda nlp, docs: joined.append(docs) or _Doc("".join(d.text for d in docs)))
    out = list(p.analyse(_articles(bad_text=long_text)))
    assert all(isinstance(o, AnalysedArticle) for o in out), out
    assert len(joined) == 1 and len(joined[0]) > 1
    assert "".join(d.text for d in joined[0]) == long_text


def test_text_too_long_even_for_pieces_is_refused_clearly(settings, monkeypatch):
    p, _ = _pipeline(settings, monkeypatch)
    monkeypatch.setattr("newsbrief.pipeline.MAX_PIECES", 3)
    huge = "\n\n".join("y" * 900 for _ in range(10))
    out = list(p.analyse(_articles(bad_text=huge)))
    assert isinstance(out[2], InputFailure)
    assert "characters" in out[2].what and "split" in out[2].fix
    assert sum(isinstance(o, AnalysedArticle) for o in out) == 4


def test_ingest_keeps_good_articles_around_a_bad_one(settings, monkeypatch, tmp_path):
    """The run goes on, the bad article is a counted failure, the good ones are stored."""
    from newsbrief import ingest as ingest_module

    p, _ = _pipeline(settings, monkeypatch)
    monkeypatch.setattr(ingest_module, "Pipeline", lambda s: p)
    monkeypatch.setattr(ingest_module, "_acquire", lambda *a, **k: iter(_articles()))
    with Store(tmp_path / "g.db") as store:
        summary = ingest_module.ingest(["x"], settings, store)
        assert (summary.stored, summary.failed, summary.read) == (4, 1, 5)
        assert summary.failures[0]["where"] == "bad.txt"
        assert store.count("articles") == 4


def _steps(store, work) -> int:
    count = [0]

    def tick():
        count[0] += 1
        return 0

    store.conn.set_progress_handler(tick, 100)
    try:
        work()
    finally:
        store.conn.set_progress_handler(None, 0)
    return count[0]


def _repeated(n, tag):
    sentence = "Russia attacked Ukraine on Monday, officials said. "
    evs = [event(f"e{i}", "ASSAULT", [state("RUS")], [state("UKR")], date="2024-01-01",
                 sentence=i, start=i * len(sentence), text=sentence.strip())
           for i in range(n)]
    return analysed(sentence * n + tag, evs)


@pytest.fixture
def python_work(monkeypatch):
    """Counts Python-side merging work: mentions summarised, evidence sentences
    split into words, stored events sketched."""
    from newsbrief.merging import likeness, state as merging_state, summary

    count = [0]
    add, of, sketch = summary.Summary.add, likeness.Evidence.of.__func__, \
        merging_state.sketch_stored

    def counted_add(self, m):
        count[0] += 1
        return add(self, m)

    def counted_of(cls, *a, **k):
        count[0] += 1
        return of(cls, *a, **k)

    def counted_sketch(*a, **k):
        count[0] += 1
        return sketch(*a, **k)

    monkeypatch.setattr(summary.Summary, "add", counted_add)
    monkeypatch.setattr(likeness.Evidence, "of", classmethod(counted_of))
    monkeypatch.setattr(merging_state, "sketch_stored", counted_sketch)

    def measure(work) -> int:
        before = count[0]
        work()
        return count[0] - before
    return measure


def test_merging_an_article_repeating_one_sentence_is_linear(tmp_path, python_work):
    """Storing N repeats of one event, then 4N: about 4 times the work, counted in
    SQLite VM steps and in Python-side merging work, as each new mention updates
    its event's state and nothing re-reads the earlier ones. (Re-reading and
    re-summarising every earlier mention at each record made it 14 times the
    SQLite work for 4 times the records.)"""
    with Store(tmp_path / "a.db") as small, Store(tmp_path / "b.db") as big:
        sql: dict[str, int] = {}
        few_py = python_work(lambda: sql.update(few=_steps(
            small, lambda: small.write(_repeated(150, "a")))))
        many_py = python_work(lambda: sql.update(many=_steps(
            big, lambda: big.write(_repeated(600, "b")))))
        assert big.count("events") == 1 and big.count("event_mentions") == 600
        assert sql["many"] < 6 * sql["few"], sql
        assert 600 <= many_py < 6 * few_py, (few_py, many_py)
        # and re-merging the store stays linear too
        few_py = python_work(lambda: sql.update(few=_steps(small, small.remerge)))
        many_py = python_work(lambda: sql.update(many=_steps(big, big.remerge)))
        assert big.count("events") == 1 and big.count("event_mentions") == 600
        assert sql["many"] < 6 * sql["few"], sql
        assert 600 <= many_py < 6 * few_py, (few_py, many_py)


def test_merging_a_repeated_sentence_in_memory_is_linear(python_work):
    """The Spark job's in-memory merge: the same linear work."""
    from newsbrief.merging.memory import MemoryMerger

    def merge(n):
        merger = MemoryMerger()
        a = _repeated(n, "m")
        for ev in a.events:
            merger.add(a.article.id, a.article.published, None, ev, {})
        assert len(merger.events) == 1
    few, many = python_work(lambda: merge(150)), python_work(lambda: merge(600))
    assert 600 <= many < 6 * few, (few, many)


@pytest.mark.slow
def test_long_article_in_pieces_with_the_real_parser(settings, monkeypatch):
    """With the parser's limit lowered, an article over it is analysed in pieces:
    every entity mention, timex and evidence offset points at its own text."""
    monkeypatch.setattr("newsbrief.pipeline.PIECE_CHARS", 1500)
    p = Pipeline(settings)
    p.nlp.max_length = 3000
    try:
        paragraph = ("Russian forces attacked the Ukrainian city of Kharkiv on Monday, "
                     "officials in Kyiv said. President Zelensky met Chancellor Scholz "
                     "in Berlin on 3 March 2024 to discuss air defence.")
        text = "\n\n".join(f"{paragraph} Report {i}." for i in range(40))
        art = Article(id="long", origin="long.txt", text=text, published="2024-03-04")
        [out] = list(p.analyse([art]))
    finally:
        p.nlp.max_length = 1_000_000
    assert isinstance(out, AnalysedArticle), out
    assert len(text) > 3000
    assert out.entities and out.timexes and out.events
    for entity in out.entities:
        for m in entity.mentions:
            assert text[m.start:m.end] == m.text
    for t in out.timexes:
        assert text[t.start:t.end] == t.text
    for e in out.events:
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
    # a mention from the last piece, not only the first
    assert max(m.start for en in out.entities for m in en.mentions) > len(text) - 600
