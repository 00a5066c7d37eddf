"""The article search index is filled in batches and is never stale when searched."""

from newsbrief.records import AnalysedArticle, Article
from newsbrief.store import Store
from newsbrief.store.reads import search_text


def _article(i: int, text: str) -> AnalysedArticle:
    return AnalysedArticle(article=Article(id=f"s{i}", origin="test", text=text),
                           pipeline_version="test")


def test_search_sees_articles_written_since_the_last_batch(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.write(_article(1, "Fishermen blockaded the harbour of Brest."))
        assert store.index_pending() == 1
        store.write(_article(2, "Farmers blockaded the ring road around Lyon."))
        # No batch has run since the second write; the search must still find it.
        hits = search_text(store, "blockaded")
        ids = {h.article_id for h in hits}
        assert {"s1", "s2"} <= ids, hits
        assert store.index_pending() == 0


def test_index_survives_reopen_and_counts_each_article_once(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as store:
        for i in range(5):
            store.write(_article(i, f"Report {i} about the lighthouse keepers' strike."))
    with Store(db) as store:  # killed before any batch: the next process catches up
        assert store.index_pending() == 5
        assert store.conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts "
                                  "MATCH 'lighthouse'").fetchone()[0] == 5
        assert store.index_pending() == 0
