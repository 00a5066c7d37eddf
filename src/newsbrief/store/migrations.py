"""Versioned schema migrations, applied in order; PRAGMA user_version records the level.

A migration is append-only: never edit one that has shipped, add the next.
Keep the SQL portable (no SQLite-only types beyond FTS5, which lives in its
own migration) so a Postgres store can follow with the same table layout.
"""

# Migrations 5 and 7 make the same trigger: an article deleted after it was indexed
# leaves the article index (those not yet indexed were never in it).
_ARTICLES_FTS_DELETE = """
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
    WHEN old.rowid <= (SELECT indexed_rowid FROM search_index_state WHERE name = 'articles_fts')
    BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    """

# An ISO week value ("2024-W49", "2024-W49-WE"), and the SQL for its Monday: the Monday
# on or before January 4th (always in week 1), then whole weeks on.
_IS_WEEK = "{col} GLOB '[0-9][0-9][0-9][0-9]-W[0-9]*'"
_WEEK_MONDAY = ("date(substr({col}, 1, 4) || '-01-04', '-6 days', 'weekday 1', '+' || "
                "((CAST(substr({col}, 7, 2) AS INTEGER) - 1) * 7) || ' days')")


def week_sql(col: str) -> tuple[str, str]:
    """(is a week, its Monday) as SQL expressions on a date column: the one place the
    week's Monday is written for the live queries (`reads.date_bounds`, the month
    facet below). Migration 14's `date_order` column holds the same expression, as it
    shipped."""
    return _IS_WEEK.format(col=col), _WEEK_MONDAY.format(col=col)


_WEEK, _MONDAY = week_sql("date")

# The whole store's facet counts (migration 9; Store.refresh_summaries runs it
# again at the end of every writing run). A month counts the events dated on its days
# or in it, and each week with a day in it (a week across two months counts in both):
# what its link (since/until the month's first and last day, `reads.date_bounds`)
# lists. SUMMARY_SIGNATURE changes with every
# event mention written or removed; a reader compares it before using the counts.
SUMMARY_SIGNATURE = (
    "(SELECT COALESCE(MAX(rowid), 0) FROM event_mentions) || ':' || "
    "(SELECT COUNT(*) FROM event_mentions) || ':' || (SELECT COUNT(*) FROM events)")
FACET_SUMMARY_SQL = f"""
    DELETE FROM facet_counts;
    INSERT INTO facet_counts(facet, value, n) SELECT '', 'events', COUNT(*) FROM events;
    INSERT INTO facet_counts(facet, value, n)
        SELECT 'type', type, COUNT(*) FROM events GROUP BY type;
    INSERT INTO facet_counts(facet, value, n)
        SELECT 'actor_country', country, COUNT(DISTINCT event_id) FROM event_actors
        WHERE role = 'actor' AND country IS NOT NULL GROUP BY country;
    INSERT INTO facet_counts(facet, value, n)
        SELECT 'recipient_country', country, COUNT(DISTINCT event_id) FROM event_actors
        WHERE role = 'recipient' AND country IS NOT NULL GROUP BY country;
    INSERT INTO facet_counts(facet, value, n)
        SELECT 'sector', sector, COUNT(DISTINCT event_id) FROM event_actors
        WHERE role IN ('actor', 'recipient') AND sector IS NOT NULL GROUP BY sector;
    INSERT INTO facet_counts(facet, value, n)
        SELECT 'modality', modality, COUNT(DISTINCT event_id) FROM event_mentions GROUP BY modality;
    INSERT INTO facet_counts(facet, value, n)
        SELECT 'source', r.source, COUNT(DISTINCT m.event_id) FROM event_mentions m
        JOIN articles r ON r.id = m.article_id WHERE r.source IS NOT NULL GROUP BY r.source;
    INSERT INTO facet_counts(facet, value, n)
        SELECT 'month', month, COUNT(*) FROM (
            SELECT substr(date, 1, 7) AS month FROM events
            WHERE date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
            UNION ALL SELECT strftime('%Y-%m', {_MONDAY}) FROM events WHERE {_WEEK}
            UNION ALL SELECT strftime('%Y-%m', {_MONDAY}, '+6 days') FROM events
            WHERE {_WEEK} AND
            strftime('%Y-%m', {_MONDAY}, '+6 days') != strftime('%Y-%m', {_MONDAY}))
        GROUP BY month;
    INSERT OR REPLACE INTO summary_state(name, signature, computed_at)
        VALUES ('facet_counts', {SUMMARY_SIGNATURE}, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
"""

# Each actor's events per date, type and CAMEO code (migration 12; recounted with the
# facet counts at the end of every writing run). An actor is a three-letter code:
# the events where an actor or recipient has that country, or is written as the
# code ("USA"), as `reads.resolve_actor` reads a code. The web app's actor pages
# draw the timeline, totals and roles of a country from it (the USA takes part in
# most of the corpus's events: reading them per page timed out).
ACTOR_SUMMARY_SQL = f"""
    DELETE FROM actor_days;
    INSERT INTO actor_days(actor, date, type, cameo, events, as_actor, as_recipient)
        SELECT k.actor, COALESCE(e.date, ''), e.type, COALESCE(e.cameo, ''), COUNT(*),
               SUM(k.as_actor), SUM(k.as_recipient)
        FROM (SELECT actor, event_id, SUM(role = 'actor') AS as_actor,
                     SUM(role = 'recipient') AS as_recipient
              FROM (SELECT country AS actor, event_id, role FROM event_actors
                    WHERE role IN ('actor', 'recipient') AND length(country) = 3
                    UNION ALL
                    SELECT upper(text), event_id, role FROM event_actors
                    WHERE role IN ('actor', 'recipient') AND length(text) = 3
                    AND upper(text) GLOB '[A-Z][A-Z][A-Z]' AND upper(text) IS NOT country)
              GROUP BY actor, event_id) k
        JOIN events e ON e.id = k.event_id
        GROUP BY 1, 2, 3, 4;
    INSERT OR REPLACE INTO summary_state(name, signature, computed_at)
        VALUES ('actor_days', {SUMMARY_SIGNATURE}, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
"""

# The web app's indexes over the tables a re-merge rewrites (events, event_actors,
# event_mentions), as the migrations left them: the merge path reads none of them
# (it reads by event id and through event_keys), yet every write keeps them up to
# date. `Store.remerge` drops them before it rebuilds the events and builds each
# once at the end (a bulk build is cheaper than keeping it through every write),
# and a store opened without them outside a re-merge (one cut short) gets them back.
WEB_INDEXES: dict[str, str] = {
    "events_date_id": "events(date, id)",
    "events_date_order": "events(date_order, id)",
    "events_seen_id": "events(last_seen, id)",
    "events_type_sort": "events(type, sort_date, id)",
    "events_sources_sort": "events(n_sources, sort_date, id)",
    "events_mentions_sort": "events(n_mentions, sort_date, id)",
    "event_actors_country_role": "event_actors(country, role, event_id)",
    "event_actors_sector_role": "event_actors(sector, role, event_id)",
    "event_actors_entity_role": "event_actors(entity_id, role, event_id)",
    "event_actors_text_role": "event_actors(lower(text), role, event_id)",
    "event_mentions_modality_event": "event_mentions(modality, event_id)",
}

MIGRATIONS: list[str] = [
    # 1: articles, runs, analysis records
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        command TEXT NOT NULL,
        inputs TEXT NOT NULL,              -- JSON list
        pipeline_version TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        stored INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        failures TEXT NOT NULL DEFAULT '[]' -- JSON list of {where, what, fix}
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        title TEXT,
        url TEXT UNIQUE,
        source TEXT,
        published TEXT,
        published_source TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL UNIQUE,
        pipeline_version TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id),
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,               -- stable across articles
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT,
        sector TEXT,
        office TEXT,
        igo TEXT
    );
    CREATE INDEX entities_country ON entities(country);
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        office TEXT,
        pipeline_version TEXT NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE TABLE timexes (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        pipeline_version TEXT NOT NULL
    );
    CREATE INDEX timexes_article ON timexes(article_id);
    -- one real-world event; its reports are event_mentions
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        mode TEXT,
        context TEXT,
        cameo TEXT,
        date TEXT,
        date_precision TEXT,
        location TEXT,                     -- JSON Location or NULL
        n_mentions INTEGER NOT NULL DEFAULT 0,
        n_articles INTEGER NOT NULL DEFAULT 0,
        n_sources INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT,
        last_seen TEXT
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_type ON events(type);
    CREATE TABLE event_mentions (
        id TEXT PRIMARY KEY,
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        cameo TEXT,
        date TEXT,
        date_source TEXT,
        modality TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        confidence REAL NOT NULL,
        record TEXT NOT NULL,              -- the full Event record as JSON
        pipeline_version TEXT NOT NULL
    );
    CREATE INDEX event_mentions_event ON event_mentions(event_id);
    CREATE INDEX event_mentions_article ON event_mentions(article_id);
    CREATE TABLE event_actors (
        mention_id TEXT NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        role TEXT NOT NULL,                -- actor, recipient, attributed_to
        entity_id TEXT,
        text TEXT NOT NULL,
        country TEXT,
        sector TEXT
    );
    CREATE INDEX event_actors_entity ON event_actors(entity_id);
    CREATE INDEX event_actors_event ON event_actors(event_id);
    CREATE INDEX event_actors_country ON event_actors(country);
    """,
    # 2: full-text search over article text and event evidence
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
    CREATE VIRTUAL TABLE evidence_fts USING fts5(text, mention_id UNINDEXED);
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER evidence_fts_insert AFTER INSERT ON event_mentions BEGIN
        INSERT INTO evidence_fts(text, mention_id) VALUES (new.text, new.id);
    END;
    CREATE TRIGGER evidence_fts_delete AFTER DELETE ON event_mentions BEGIN
        DELETE FROM evidence_fts WHERE mention_id = old.id;
    END;
    """,
    # 3: merged events summarise their mentions: where the date came from, which
    # pipeline wrote them last; entities remember the pipeline version too.
    """
    ALTER TABLE events ADD COLUMN date_source TEXT;
    ALTER TABLE events ADD COLUMN pipeline_version TEXT;
    ALTER TABLE entities ADD COLUMN pipeline_version TEXT;
    CREATE INDEX event_mentions_modality ON event_mentions(modality);
    CREATE INDEX event_actors_mention ON event_actors(mention_id);
    """,
    # 4: merge candidates are looked up by type and date window first, so the
    # cost of a write grows with the news of those weeks, not with the archive.
    """
    CREATE INDEX events_type_date ON events(type, date);
    """,
    # 5: the article search index is filled in batches (Store.index_pending), not
    # by a trigger per article: FTS5 pays a fixed cost per transaction, and one
    # batch of many articles costs a third of one transaction each.
    """
    DROP TRIGGER articles_fts_insert;
    DROP TRIGGER articles_fts_delete;
    CREATE TABLE search_index_state (
        name TEXT PRIMARY KEY,
        indexed_rowid INTEGER NOT NULL      -- articles up to this rowid are indexed
    );
    INSERT INTO search_index_state(name, indexed_rowid)
        SELECT 'articles_fts', COALESCE(MAX(rowid), 0) FROM articles;
    """ + _ARTICLES_FTS_DELETE,
    # 6: entities linked to the actor knowledge base: one kb_id across articles; the
    # role at each article's date is kept with the mentions of that article.
    """
    ALTER TABLE entities ADD COLUMN kb_id TEXT;
    ALTER TABLE mentions ADD COLUMN role TEXT;
    CREATE INDEX entities_kb ON entities(kb_id);
    """,
    # 7: both search indexes declare the table they index as content="...", which
    # is how Datasette finds a table's full-text index (its search box then works
    # on articles and event_mentions). The evidence index reads its text from
    # event_mentions instead of keeping a copy; it joins on rowid.
    """
    DROP TRIGGER articles_fts_delete;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content="articles", content_rowid="rowid");
    INSERT INTO articles_fts(rowid, title, text)
        SELECT rowid, title, text FROM articles WHERE rowid <=
        (SELECT indexed_rowid FROM search_index_state WHERE name = 'articles_fts');
    """ + _ARTICLES_FTS_DELETE + """
    DROP TRIGGER evidence_fts_insert;
    DROP TRIGGER evidence_fts_delete;
    DROP TABLE evidence_fts;
    CREATE VIRTUAL TABLE evidence_fts USING fts5(text, content="event_mentions", content_rowid="rowid");
    INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild');
    CREATE TRIGGER evidence_fts_insert AFTER INSERT ON event_mentions BEGIN
        INSERT INTO evidence_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER evidence_fts_delete AFTER DELETE ON event_mentions BEGIN
        INSERT INTO evidence_fts(evidence_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    """,
    # 8: each event mention keeps the character offsets (into articles.text) of the
    # word it was coded from, so pages mark the trigger from the record itself.
    # Mentions stored before the extractor kept it take their predicate's word
    # (the same token but for an event noun told through its verb).
    """
    ALTER TABLE event_mentions ADD COLUMN trigger_start INTEGER;
    ALTER TABLE event_mentions ADD COLUMN trigger_end INTEGER;
    UPDATE event_mentions SET
        trigger_start = COALESCE(json_extract(record, '$.trigger.start'),
                                 json_extract(record, '$.predicate.start')),
        trigger_end = COALESCE(json_extract(record, '$.trigger.end'),
                               json_extract(record, '$.predicate.end'));
    """,
    # 9: the web app's reads (issue 13). Indexes that cover each filter of the event
    # table and each of its orders (newest first, last reported, type, sources,
    # mentions; the event id breaks ties), so a page is a walk down one index from
    # the cursor (keyset paging) instead of a sort of every match; the narrower
    # indexes they extend are dropped. Names are looked up case-blind by index. `facet_counts` holds the events per value of
    # each facet of the whole store (and the total), refreshed at the end of every
    # writing run (Store.refresh_summaries); `summary_state` says of which state of
    # the store, so a reader uses it only while it is current.
    """
    CREATE INDEX events_date_id ON events(date, id);
    CREATE INDEX events_seen_id ON events(last_seen, id);
    CREATE INDEX events_type_sort ON events(type, date, id);
    CREATE INDEX events_sources_sort ON events(n_sources, date, id);
    CREATE INDEX events_mentions_sort ON events(n_mentions, date, id);
    DROP INDEX event_actors_country;
    DROP INDEX event_actors_entity;
    DROP INDEX event_actors_event;
    CREATE INDEX event_actors_country_role ON event_actors(country, role, event_id);
    CREATE INDEX event_actors_sector_role ON event_actors(sector, role, event_id);
    CREATE INDEX event_actors_entity_role ON event_actors(entity_id, role, event_id);
    CREATE INDEX event_actors_text_role ON event_actors(lower(text), role, event_id);
    CREATE INDEX event_actors_event_role ON event_actors(event_id, role, country, sector);
    DROP INDEX event_mentions_modality;
    DROP INDEX event_mentions_event;
    CREATE INDEX event_mentions_modality_event ON event_mentions(modality, event_id);
    CREATE INDEX event_mentions_event_facets ON event_mentions(event_id, modality, article_id);
    CREATE INDEX articles_source ON articles(source, id);
    CREATE INDEX mentions_text ON mentions(lower(text), entity_id);
    CREATE INDEX entities_name ON entities(lower(name));
    CREATE TABLE facet_counts (
        facet TEXT NOT NULL,                -- type, actor_country, ..., month; '' for the total
        value TEXT NOT NULL,
        n INTEGER NOT NULL,                 -- merged events with that value
        PRIMARY KEY (facet, value)
    );
    CREATE TABLE summary_state (
        name TEXT PRIMARY KEY,
        signature TEXT NOT NULL,            -- the store's state it was computed at
        computed_at TEXT NOT NULL
    );
    """ + FACET_SUMMARY_SQL,
    # 10: which event each event mention belongs to, by the mention's rowid: the
    # evidence index gives rowids, and reading event_id from event_mentions' wide
    # rows (each holds its whole record) cost a page read per hit; this narrow copy,
    # kept by triggers on the one write path, turns 10,000 hits into their events
    # in milliseconds (search, and the event table's `q` filter). The article
    # search's facets (outlet, month) read a covering index, not the articles.
    """
    CREATE TABLE mention_events (
        mention INTEGER PRIMARY KEY,        -- event_mentions.rowid
        event_id TEXT NOT NULL
    );
    INSERT INTO mention_events(mention, event_id) SELECT rowid, event_id FROM event_mentions;
    CREATE TRIGGER mention_events_insert AFTER INSERT ON event_mentions BEGIN
        INSERT OR REPLACE INTO mention_events(mention, event_id) VALUES (new.rowid, new.event_id);
    END;
    CREATE TRIGGER mention_events_update AFTER UPDATE OF event_id ON event_mentions BEGIN
        UPDATE mention_events SET event_id = new.event_id WHERE mention = new.rowid;
    END;
    CREATE TRIGGER mention_events_delete AFTER DELETE ON event_mentions BEGIN
        DELETE FROM mention_events WHERE mention = old.rowid;
    END;
    CREATE INDEX articles_facets ON articles(source, published);
    """,
    # 11: blocking keys of merged events: one row per (event, key) for each entity,
    # country and text (ASCII lower-cased) of its actors and recipients, with the
    # event's type, date and creation order. A new event record looks only at the
    # events of its own block (type, one of its keys, its date window), so the
    # cost of merging it does not grow with the store. Written by the one write
    # path (Store._write_event) with the events themselves.
    """
    CREATE TABLE event_keys (
        event_id TEXT NOT NULL,
        key TEXT NOT NULL,                 -- e:ENTITY, c:COUNTRY or t:text
        type TEXT NOT NULL,
        date TEXT,
        ord INTEGER NOT NULL,              -- the event's rowid: candidates come oldest first
        PRIMARY KEY (event_id, key)
    );
    INSERT OR IGNORE INTO event_keys(event_id, key, type, date, ord)
        SELECT e.id, k.key, e.type, e.date, e.rowid FROM (
            SELECT event_id, 'e:' || entity_id AS key FROM event_actors
            WHERE role IN ('actor', 'recipient') AND entity_id IS NOT NULL AND entity_id != ''
            UNION SELECT event_id, 'c:' || country FROM event_actors
            WHERE role IN ('actor', 'recipient') AND country IS NOT NULL AND country != ''
            UNION SELECT event_id, 't:' || lower(text) FROM event_actors
            WHERE role IN ('actor', 'recipient') AND text != ''
        ) k JOIN events e ON e.id = k.event_id;
    CREATE INDEX event_keys_block ON event_keys(type, key, date, ord, event_id);
    """,
    # 12: the web app's orders by type, sources and mentions break ties by date with
    # the undated first; `sort_date` (a virtual column, '' when undated: no storage)
    # lets their indexes hold that key, so a page seeks its cursor in the index
    # instead of sorting every event of a type or count (100-200 ms a page). The
    # narrower date and type indexes of schema 1 and 4, which events_date_id and
    # events_type_sort extend, are dropped (every write kept them up to date for
    # nothing). `actor_days`: each country's events per date, type and CAMEO code,
    # recounted with the facet counts (see ACTOR_SUMMARY_SQL).
    """
    DROP INDEX IF EXISTS events_date;
    DROP INDEX IF EXISTS events_type;
    DROP INDEX IF EXISTS events_type_date;
    ALTER TABLE events ADD COLUMN sort_date TEXT GENERATED ALWAYS AS (COALESCE(date, '')) VIRTUAL;
    DROP INDEX IF EXISTS events_type_sort;
    DROP INDEX IF EXISTS events_sources_sort;
    DROP INDEX IF EXISTS events_mentions_sort;
    CREATE INDEX events_type_sort ON events(type, sort_date, id);
    CREATE INDEX events_sources_sort ON events(n_sources, sort_date, id);
    CREATE INDEX events_mentions_sort ON events(n_mentions, sort_date, id);
    CREATE TABLE actor_days (
        actor TEXT NOT NULL,                -- a three-letter code (a country)
        date TEXT NOT NULL,                 -- events.date, empty when undated
        type TEXT NOT NULL,
        cameo TEXT NOT NULL,                -- empty when none
        events INTEGER NOT NULL,            -- merged events the actor takes part in
        as_actor INTEGER NOT NULL,          -- its event_actors rows in the actor role
        as_recipient INTEGER NOT NULL       -- and in the recipient role
    );
    CREATE INDEX actor_days_read ON actor_days(actor, date, type, cameo, events, as_actor,
                                               as_recipient);
    """ + ACTOR_SUMMARY_SQL,
    # 13: the offices an entity was mentioned with (the web's actor page), from a
    # partial index of the mentions that have one (a fifth of them): reading every
    # mention of Donald Trump for it took 0.8 s.
    """
    CREATE INDEX mentions_office ON mentions(entity_id, office) WHERE office IS NOT NULL;
    """,
    # 14: `date_order`, the date as it sorts among the others: an ISO week ("2016-W13",
    # since dates14), which as text sorts after its year's days, sorts as its Monday
    # ("2016-03-28"); any other date as itself, NULL when undated. A virtual column
    # (nothing stored) whose index the date order walks.
    """
    ALTER TABLE events ADD COLUMN date_order TEXT GENERATED ALWAYS AS (CASE WHEN date GLOB
        '[0-9][0-9][0-9][0-9]-W[0-9]*' THEN date(substr(date, 1, 4) || '-01-04', '-6 days',
        'weekday 1', '+' || ((CAST(substr(date, 7, 2) AS INTEGER) - 1) * 7) || ' days')
        ELSE date END) VIRTUAL;
    CREATE INDEX events_date_order ON events(date_order, id);
    """,
    # 15: the orders by type, sources and mentions break their ties by `sort_date`,
    # which took the date as text (schema 12): a week ("2016-W13") after its year's
    # days. It is now `date_order` ('' when undated), a week as its Monday; its three
    # indexes are built again (a virtual column: nothing stored is rewritten).
    """
    DROP INDEX IF EXISTS events_type_sort;
    DROP INDEX IF EXISTS events_sources_sort;
    DROP INDEX IF EXISTS events_mentions_sort;
    ALTER TABLE events DROP COLUMN sort_date;
    ALTER TABLE events ADD COLUMN sort_date TEXT GENERATED ALWAYS AS (COALESCE(date_order, ''))
        VIRTUAL;
    CREATE INDEX events_type_sort ON events(type, sort_date, id);
    CREATE INDEX events_sources_sort ON events(n_sources, sort_date, id);
    CREATE INDEX events_mentions_sort ON events(n_mentions, sort_date, id);
    """,
    # 16: `key`, 1 when the record is its article's main act (events.mainact); the
    # default queries keep a mention at or above the threshold or marked key. Records
    # stored before have 0 (`newsbrief reprocess` marks them).
    """
    ALTER TABLE event_mentions ADD COLUMN key INTEGER NOT NULL DEFAULT 0;
    """,
]
