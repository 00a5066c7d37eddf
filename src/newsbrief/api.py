"""The public Python API: the same functions the `newsbrief` command calls.

    import newsbrief
    record = newsbrief.extract("story.html")            # a typed AnalysedArticle
    with newsbrief.open_store("news.db") as archive:
        archive.ingest(["articles/"])
        df = archive.events(actor="PRK", since="2024-01-01").to_pandas()

Query methods take the CLI's filters under the same names and return results
that are plain sequences of the store's records, with `to_arrow()` and
`to_pandas()` (the GDELT-like columns of `newsbrief export` for events).
Everything here is documented in docs/python.md, whose examples run in the tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Literal

from .errors import ConfigError, InputError, InputFailure
from .records import AnalysedArticle, Article
from .settings import Settings, load_settings
from .store import Closing, RunSummary, Store

OnError = Literal["raise", "skip", "include"]
ReadAs = Literal["auto", "path", "text"]
TextOrPath = str | os.PathLike

# Longer strings are text, never a file name.
_MAX_PATH = 4096
# A one-line string ending so is meant as a file, even when it does not exist
# (then it fails as a missing file instead of being analysed as text).
_FILE_NAME = re.compile(r"^\S+\.(txt|html?|xhtml|jsonl|ndjson|json|xml|rss|atom|gz)$", re.I)


# --------------------------------------------------------------------------- no store


def extract(text_or_path: TextOrPath, *, published: str | None = None,
            settings: Settings | None = None, source: str | None = None) -> AnalysedArticle:
    """Analyse one article: the text itself (plain text or HTML), or a path or URL
    to read it from. Returns the typed record (article, entities, timexes,
    events); raises InputError when it cannot be read. A file holding several
    articles (JSONL, a feed) gives its first; use `extract_many` for all."""
    for item in extract_many([text_or_path], published=published, settings=settings,
                             source=source):
        return item  # type: ignore[return-value]
    raise InputError("no article in the input", where=_where(text_or_path),
                     fix="give article text, or a file or URL holding one")


def extract_many(items: Iterable[TextOrPath], *, published: str | None = None,
                 settings: Settings | None = None, source: str | None = None,
                 on_error: OnError = "raise",
                 read_as: ReadAs = "auto") -> Iterator[AnalysedArticle | InputFailure]:
    """Analyse many articles in input order, loading the language model once and
    analysing in batches. Each item is article text or a path/URL (a folder,
    JSONL file or feed gives all its articles). on_error: "raise" (InputError at
    the first bad item), "skip" it, or "include" its InputFailure in its place.
    read_as: "auto" (a string is a location when it names an existing file or
    folder, a URL, "-" for stdin, or a file name like story.html), "path" or "text"."""
    from .acquire import iter_articles, iter_data
    from .ingest import order_with_failures
    from .pipeline import Pipeline

    settings = settings or load_settings()

    def articles() -> Iterator[Article | InputFailure]:
        for n, item in enumerate(items, 1):
            if read_as == "path" or (read_as == "auto" and _is_location(item)):
                yield from iter_articles([os.fspath(item)], settings, published=published,
                                         source=source)
            else:
                yield from iter_data(str(item), f"<text {n}>", settings,
                                     published=published, source=source)

    for result in order_with_failures(articles(), Pipeline(settings)):
        if isinstance(result, InputFailure):
            if on_error == "raise":
                raise InputError(result.what, where=result.where, fix=result.fix)
            if on_error == "skip":
                continue
        yield result


def _is_location(item: TextOrPath) -> bool:
    if isinstance(item, os.PathLike):
        return True
    if len(item) > _MAX_PATH or "\n" in item or not item.strip():
        return False
    from .acquire.fetch import is_url

    if is_url(item) or item == "-" or _FILE_NAME.match(item.strip()):
        return True
    try:
        return Path(item).exists()
    except (OSError, ValueError):
        # A one-line text longer than a file name may be (255 bytes a part on
        # most systems) or holding a NUL byte cannot name a file: it is text.
        return False


def _where(item: TextOrPath) -> str:
    return os.fspath(item) if _is_location(item) else "<text>"


# --------------------------------------------------------------------------- a store


def open_store(path: str | os.PathLike | None = None, *, settings: Settings | None = None,
               config: str | os.PathLike | None = None) -> "Archive":
    """Open (or create) a store. path: the SQLite file (default: the `db` setting,
    i.e. $NEWSBRIEF_DB or ~/.local/share/newsbrief/newsbrief.db); settings or a
    config TOML file for ingesting. Use it as a context manager, or call close()."""
    settings = settings or load_settings(config)
    if path is not None:
        settings = settings.replace(db=os.fspath(path))
    return Archive(settings=settings)


def _names(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


class Archive(Closing):
    """A store of analysed news with the questions the CLI asks of it."""

    def __init__(self, *, settings: Settings, create: bool = True):
        self.settings = settings
        self.store = Store(settings.db, create=create)

    @property
    def path(self) -> str:
        return self.settings.db

    def close(self) -> None:
        self.store.close()

    def __repr__(self) -> str:
        return f"<newsbrief.Archive {self.path!r}>"

    # ------------------------------------------------------------------ writing

    def ingest(self, inputs: TextOrPath | Sequence[TextOrPath], *, published: str | None = None,
               source: str | None = None,
               on_item: Callable[..., None] | None = None) -> RunSummary:
        """Read, analyse and store articles (paths, folders, URLs, feeds, JSONL; "-" is
        stdin); articles already stored are skipped. Returns the run's counts and
        failures. on_item(outcome, words) is called after each item."""
        from .ingest import ingest

        items = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
        return ingest([os.fspath(i) for i in items], self.settings, self.store,
                      published=published, source=source, on_item=on_item)

    def reprocess(self, *, since_version: str | None = None,
                  on_item: Callable[..., None] | None = None) -> RunSummary:
        """Re-analyse stored articles (analysed by another pipeline version, or older
        than `since_version`) in place, without refetching or duplicating."""
        from .maintenance import reprocess

        return reprocess(self.store, self.settings, since_version=since_version,
                         on_item=on_item)

    def remerge(self) -> int:
        """Rebuild the merged events from the stored event records; returns their number."""
        return self.store.remerge()

    def watch(self, feeds: Sequence[str], *, every: float, max_polls: int | None = None,
              on_poll: Callable[..., None] | None = None):
        """Poll `feeds` every `every` seconds and ingest what is new, until stopped."""
        from .maintenance import watch

        return watch(list(feeds), self.settings, self.store, every=every,
                     max_polls=max_polls, on_poll=on_poll)

    # ------------------------------------------------------------------ reading

    def articles(self, *, limit: int | None = 50) -> "Records":
        """Stored articles, newest first (id, title, source, published, url, events...)."""
        return Records(self.store.articles(limit=limit), kind="articles")

    def article(self, article_id: str) -> Article | None:
        """One stored article by id or unique id prefix."""
        return self.store.article(article_id)

    def runs(self) -> "Records":
        """Recorded runs: when, which command and inputs, counts, failures."""
        return Records(self.store.runs(), kind="runs")

    def events(self, *, actor: str | Sequence[str] = (), recipient: str | Sequence[str] = (),
               type: str | Sequence[str] = (), since: str | None = None,
               until: str | None = None, modality: str | None = None,
               search: str | None = None, limit: int | None = 50,
               order: Literal["desc", "asc"] = "desc",
               text_dated: bool = False, all_events: bool = False) -> "EventRecords":
        """Merged events matching every filter, newest first (like `newsbrief events`).
        actor/recipient: names or ISO3 codes; type: PLOVER types; since/until:
        YYYY-MM-DD; modality: asserted, alleged, ...; search: words in the evidence;
        text_dated: only events whose date the text gives (not the publication day);
        all_events: also those below the confidence threshold ([events] threshold)."""
        from .knowledge.queries import find_events

        return EventRecords(find_events(self.store, self._query(
            actor, recipient, type, since, until, modality, search, limit, order,
            text_dated, self._threshold(all_events))))

    def timeline(self, actor: str, other: str | None = None, *, since: str | None = None,
                 until: str | None = None, limit: int | None = None,
                 text_dated: bool = False, all_events: bool = False) -> "EventRecords":
        """Dated events of one actor, or of a pair (both take part), oldest first;
        text_dated: only those the text dates (not the publication day); all_events:
        also those below the confidence threshold."""
        from .knowledge.queries import timeline

        return EventRecords(timeline(self.store, actor, other, since=since, until=until,
                                     limit=limit, text_dated_only=text_dated,
                                     min_confidence=self._threshold(all_events)))

    def actors(self, *, since: str | None = None, until: str | None = None,
               by: Literal["country", "entity"] = "country",
               limit: int = 20) -> "ActorActivity":
        """Most active actors and the cooperation/conflict balance of actor pairs."""
        from .knowledge.queries import actor_activity

        found = actor_activity(self.store, since=since, until=until, by=by, limit=limit)
        return ActorActivity(Records(found["actors"], kind="actors"),
                             Records(found["pairs"], kind="pairs"))

    def entities(self, *, country: str | None = None, limit: int | None = 50) -> "Records":
        """Stored actors with their mention, article and event counts."""
        from .store.reads import entities

        return Records(entities(self.store, country=country, limit=limit),
                       kind="entities")

    def search(self, text: str, *, limit: int = 20) -> "Records":
        """Full-text search over article text and event evidence, best first."""
        from .store.reads import search_text

        return Records(search_text(self.store, text, limit=limit), kind="search")

    def brief(self, about: str | Sequence[str] = (), *, since: str | None = None,
              until: str | None = None, min_confidence: float | None = None,
              text_dated: bool = False, all_events: bool = False) -> "Brief":
        """A cited brief about actors, a pair ("PRK RUS") or words in the evidence
        (every one must match); shows itself in a notebook, and renders as
        Markdown, HTML (the templates of `newsbrief brief`) or a dict. Mentions
        below `min_confidence` (default: the [events] threshold; 0 with
        all_events) are left out."""
        from .knowledge.brief import BriefQuery, build_brief

        if min_confidence is None:
            min_confidence = self._threshold(all_events)

        return Brief(build_brief(self.store, BriefQuery(
            about=_names(about), since=since, until=until, min_confidence=min_confidence,
            text_dated_only=text_dated)))

    def export(self, fmt: Literal["jsonl", "csv", "parquet"] = "jsonl", *,
               output: str | os.PathLike | IO[str], actor: str | Sequence[str] = (),
               recipient: str | Sequence[str] = (), type: str | Sequence[str] = (),
               since: str | None = None, until: str | None = None,
               modality: str | None = None, search: str | None = None,
               limit: int | None = None, text_dated: bool = False) -> int:
        """Write the matching events, oldest first, to a file name or an open text file
        (parquet needs a name); returns how many were written."""
        from .knowledge.export import export

        # Exports keep every record, whatever its confidence (the score is a column).
        query = self._query(actor, recipient, type, since, until, modality, search, limit,
                            "asc", text_dated)
        if fmt == "parquet":
            if not isinstance(output, (str, os.PathLike)):
                raise ConfigError("Parquet is a binary format and needs a file",
                                  fix="pass --output FILE.parquet")
            return export(self.store, query, fmt, path=os.fspath(output))
        if isinstance(output, (str, os.PathLike)):
            with open(output, "w", encoding="utf-8", newline="") as fh:
                return export(self.store, query, fmt, out=fh)
        return export(self.store, query, fmt, out=output)

    def _threshold(self, all_events: bool) -> float:
        return 0.0 if all_events else float(self.settings.threshold)

    def _query(self, actor, recipient, types, since, until, modality, search, limit, order,
               text_dated=False, min_confidence=0.0):
        from .store.reads import EventQuery

        return EventQuery(actor=_names(actor), recipient=_names(recipient),
                          types=_names(types), since=since, until=until, modality=modality,
                          search=search, limit=limit, order=order,
                          text_dated_only=text_dated, min_confidence=min_confidence)


# --------------------------------------------------------------------------- results


def _as_dict(item: Any) -> dict[str, Any]:
    to_dict = getattr(item, "to_dict", None)
    return to_dict() if callable(to_dict) else dict(item)


class Records(Sequence):
    """Query results: a sequence of the store's records, convertible to Arrow and
    pandas. Iterate it, index it, or call `to_dicts()`."""

    def __init__(self, items: Iterable[Any], *, kind: str = "records"):
        self._items = list(items)
        self.kind = kind

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __repr__(self) -> str:
        return f"<{len(self)} {self.kind}>"

    def to_dicts(self) -> list[dict[str, Any]]:
        return [_as_dict(item) for item in self._items]

    def to_arrow(self):
        """A pyarrow.Table, one row per record."""
        pa = _pyarrow()
        return pa.Table.from_pylist(self.to_dicts())

    def to_pandas(self):
        """A pandas.DataFrame (pip install 'newsbrief[pandas]'), with nullable integer
        and string columns so a missing value never changes a column's type."""
        pd = _pandas()
        return self.to_arrow().to_pandas(types_mapper=_dtype_mapper(pd))

    def _table_rows(self) -> list[dict[str, Any]]:
        """Flat rows for display: scalar fields only."""
        return [{k: v for k, v in d.items() if not isinstance(v, (list, tuple, dict))}
                for d in self.to_dicts()]

    def _repr_html_(self) -> str:
        """A notebook shows the first rows as a table (values escaped: they come from
        the articles)."""
        from .escaping import html_text

        rows = self._table_rows()
        columns = list(rows[0]) if rows else []
        head = "".join(f"<th>{html_text(c)}</th>" for c in columns)
        body = "".join("<tr>" + "".join(
            f"<td>{html_text('' if r.get(c) is None else r.get(c))}</td>" for c in columns)
            + "</tr>" for r in rows[:REPR_ROWS])
        more = f"<p>… {len(rows) - REPR_ROWS} more</p>" if len(rows) > REPR_ROWS else ""
        return (f"<p>{len(self)} {html_text(self.kind)}</p>"
                f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}")


REPR_ROWS = 20


class EventRecords(Records):
    """Merged events. `to_arrow()`/`to_pandas()` have the GDELT-like columns and
    types of `newsbrief export --format csv|parquet`; `to_plover()` gives the JSON
    records of `--format jsonl`."""

    def __init__(self, items: Iterable[Any]):
        super().__init__(items, kind="events")

    def rows(self) -> list[dict[str, Any]]:
        """One flat GDELT-like row per event (the export's columns)."""
        from .knowledge.export import row

        return [row(ev) for ev in self._items]

    def to_plover(self) -> list[dict[str, Any]]:
        """PLOVER-style JSON records with every mention (the jsonl export)."""
        from .knowledge.export import record

        return [record(ev) for ev in self._items]

    def _table_rows(self) -> list[dict[str, Any]]:
        return self.rows()

    def to_arrow(self):
        from .knowledge.export import COLUMNS

        pa = _pyarrow()
        schema = pa.schema([(c, getattr(pa, t)()) for c, t in COLUMNS])
        return pa.Table.from_pylist(self.rows(), schema=schema)


class ActorActivity:
    """`Archive.actors()`: the most active actors and the balance of actor pairs."""

    def __init__(self, actors: Records, pairs: Records):
        self.actors = actors
        self.pairs = pairs

    def to_dict(self) -> dict[str, Any]:
        return {"actors": self.actors.to_dicts(), "pairs": self.pairs.to_dicts()}

    def __repr__(self) -> str:
        return f"<ActorActivity: {len(self.actors)} actors, {len(self.pairs)} pairs>"


class Brief:
    """A cited brief. In a notebook it shows itself as HTML; `to_markdown()`,
    `to_html()` and `to_dict()` give the formats of `newsbrief brief`."""

    def __init__(self, data: dict[str, Any]):
        self.data = data

    @property
    def title(self) -> str:
        return self.data["title"]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def to_dict(self) -> dict[str, Any]:
        return self.data

    def to_markdown(self) -> str:
        from .knowledge.brief import render_markdown

        return render_markdown(self.data)

    def to_html(self) -> str:
        from .knowledge.brief import render_html

        return render_html(self.data)

    def _repr_html_(self) -> str:
        """The HTML brief (`to_html()`, the template of `newsbrief brief --format html`)
        in an iframe: its stylesheet styles the page it is on, and must not restyle
        the notebook around it."""
        import html

        return (f'<iframe srcdoc="{html.escape(self.to_html(), quote=True)}" '
                f'title="{html.escape(self.title, quote=True)}" '
                'style="width:100%;height:640px;border:1px solid #ccc"></iframe>')

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __repr__(self) -> str:
        return f"<Brief: {self.title!r}, {len(self.data['sources'])} sources cited>"


# --------------------------------------------------------------------------- optional parts


def _pyarrow():
    try:
        import pyarrow
    except ImportError:
        raise ConfigError("Arrow tables need pyarrow, which is not installed",
                          fix="pip install 'newsbrief[parquet]'") from None
    return pyarrow


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ConfigError("DataFrames need pandas, which is not installed",
                          fix="pip install 'newsbrief[pandas]'") from None
    return pandas


def _dtype_mapper(pd) -> Callable[[Any], Any]:
    pa = _pyarrow()
    mapping = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype(),
               pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(),
               pa.bool_(): pd.BooleanDtype()}
    return mapping.get
