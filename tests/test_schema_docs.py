"""docs/schema.md describes the real schema: every table and column of a new store
has its row (a column added without documentation fails here), and every example
query runs. Both full-text indexes are found the way Datasette finds them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hand_records import analysed, event, state

from newsbrief.store import Store

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "schema.md").read_text()
FTS_SHADOW = re.compile(r"_(data|idx|docsize|config|content)$")


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "schema.db") as s:
        s.write(analysed("The allies put their defence accord into force on Wednesday.", [
            event("e1", "AGREE", [state("PRK")], [state("RUS")], date="2024-12-04",
                  cameo="057", text="The allies put their defence accord into force."),
        ], url="https://wire.example/accord", version="0.0.1"))
        s.index_pending()
        yield s


def tables(store):
    names = [r["name"] for r in store.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    fts = {n for n in names if n.endswith("_fts")}
    return [n for n in names if not (FTS_SHADOW.search(n) and FTS_SHADOW.sub("", n) in fts)]


def section(table: str) -> str:
    parts = DOC.split(f"\n## `{table}`\n", 1)
    assert len(parts) == 2, f"docs/schema.md has no section '## `{table}`'"
    return parts[1].split("\n## ", 1)[0]


def test_every_table_and_column_is_documented(store):
    found = tables(store)
    assert {"articles", "events", "event_mentions", "articles_fts", "evidence_fts"} <= set(found)
    for table in found:
        body = section(table)
        documented = re.findall(r"^\| `([^`]+)` \|", body, re.M)
        columns = [r["name"] for r in store.query(f'PRAGMA table_info("{table}")')]
        missing = [c for c in columns if c not in documented]
        assert not missing, f"docs/schema.md: {table}.{', '.join(missing)} undocumented"
        stale = [c for c in documented if c not in columns]
        assert not stale, f"docs/schema.md documents {table}.{stale}, which do not exist"


def test_example_queries_run(store):
    queries = re.findall(r"```sql\n(.*?)```", DOC, re.S)
    assert len(queries) >= 6
    for sql in queries:
        store.query(sql)  # raises on a wrong table, column or FTS syntax
    hits = store.query(re.findall(r"```sql\n(.*?)```", DOC, re.S)[3].replace(
        "'ceasefire'", "'accord'"))
    assert hits and "[accord]" in hits[0]["snippet"]


# datasette/utils/__init__.py: detect_fts_sql (Datasette 0.65): how Datasette finds the
# full-text index of a table. Checked by hand against datasette 0.65.5's detect_fts and
# its ?_search= table pages on a migrated copy of the corpus store.
DATASETTE_DETECT_FTS = """
    select name from sqlite_master
        where rootpage = 0
        and (
            sql like '%VIRTUAL TABLE%USING FTS%content="{table}"%'
            or sql like '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
            or (
                tbl_name = "{table}"
                and sql like '%VIRTUAL TABLE%USING FTS%'
            )
        )
"""


def test_datasette_finds_both_search_indexes(store):
    for table, index in (("articles", "articles_fts"), ("event_mentions", "evidence_fts")):
        rows = store.query(DATASETTE_DETECT_FTS.format(table=table))
        assert [r["name"] for r in rows] == [index], table
        # Datasette's search: rowids of the table from its index.
        hits = store.query(f"SELECT rowid FROM {table} WHERE rowid IN (SELECT rowid FROM "
                           f"{index} WHERE {index} MATCH 'accord')")
        assert len(hits) == 1, table


def test_migration_keeps_what_was_indexed(tmp_path):
    """A store made before the indexes named their tables keeps every search hit."""
    import sqlite3

    from newsbrief.store.migrations import MIGRATIONS
    from newsbrief.store.sqlite import _statements

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:6]:
        for statement in _statements(script):
            conn.execute(statement)
    conn.execute("PRAGMA user_version=6")
    conn.execute("INSERT INTO articles(id, origin, title, text, text_hash, pipeline_version, "
                 "ingested_at) VALUES ('a1', 'x', 'Accord', 'The accord holds.', 'h1', '0', '0')")
    conn.execute("INSERT INTO articles(id, origin, title, text, text_hash, pipeline_version, "
                 "ingested_at) VALUES ('a2', 'x', 'Later', 'A later accord.', 'h2', '0', '0')")
    conn.execute("INSERT INTO articles_fts(rowid, title, text) SELECT rowid, title, text "
                 "FROM articles WHERE id = 'a1'")
    conn.execute("UPDATE search_index_state SET indexed_rowid = 1")
    conn.execute("INSERT INTO events(id, type) VALUES ('ev1', 'AGREE')")
    conn.execute("INSERT INTO event_mentions(id, event_id, article_id, type, modality, sentence, "
                 "start, \"end\", text, confidence, record, pipeline_version) VALUES "
                 "('a1:e1', 'ev1', 'a1', 'AGREE', 'asserted', 0, 0, 17, 'The accord holds.', "
                 "0.9, '{}', '0')")
    conn.commit()
    conn.close()
    with Store(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        s.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        s.conn.execute("INSERT INTO evidence_fts(evidence_fts) VALUES ('integrity-check')")
        assert [r["rowid"] for r in s.query(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'accord'")] == [1]
        s.index_pending()  # the article stored after the last batch joins the index
        from newsbrief.store.reads import search_text

        kinds = sorted(h.kind for h in search_text(s, "accord"))
        assert kinds == ["article", "article", "evidence"]
        # Deleting an article's analysis keeps the evidence index in step.
        s.conn.execute("DELETE FROM event_mentions WHERE id = 'a1:e1'")
        s.conn.execute("INSERT INTO evidence_fts(evidence_fts) VALUES ('integrity-check')")
        assert s.query("SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH 'accord'") == []
