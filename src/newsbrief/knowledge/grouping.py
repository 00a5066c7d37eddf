"""Statements from merged events: a merged event's mentions split by what the text
says happened (its predicate), pieces told again within and across articles grouped
into one statement (same act word and type, shared parties, compatible dates), and a
piece another piece of its sentence already tells folded into it (statements.py's
module docstring tells the three steps). `statements_from` is the brief's entry."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from ..records import Predicate, is_kept
from ..stored import MergedEvent, StoredMention
from .mention_dates import _span, cite_key, mention_date, predicate, record
from .naming import Names
from .statements import Statement, _synonym, _words

# A re-telling in another article dated only by its publication day joins a
# text-dated statement this many days before it (the store's merge uses the same).
LOOKBACK_DAYS = 10


def _participants(ev: MergedEvent, mentions: list[StoredMention]) -> set[str]:
    keys: set[str] = set()
    for m in mentions:
        rec = record(m)
        for r in tuple(rec.actor) + tuple(rec.recipient) + tuple(rec.about):
            if r.entity:
                keys.add("e:" + r.entity)
            if r.country and r.country != "IGO":
                keys.add("c:" + r.country)
    if not keys:
        for r in ev.actors + ev.recipients:
            if r.entity_id:
                keys.add("e:" + r.entity_id)
            if r.country and r.country != "IGO":
                keys.add("c:" + r.country)
    return keys


@dataclass
class _Piece:
    event: MergedEvent
    mentions: list[StoredMention]
    key: str  # predicate lemma, or "#<event id>" when the records keep none
    parties: set[str]
    support: list[float] = field(default_factory=list)  # confidences of folded records


def _mentions_compatible(x: StoredMention, y: StoredMention) -> bool:
    """Two tellings may be of one event by their dates."""
    same_article = x.article_id == y.article_id
    sx, sy = _span(x), _span(y)
    if not sx or not sy:
        return same_article  # undated: only a re-telling in the same article
    tx, ty = mention_date(x)[1] == "text", mention_date(y)[1] == "text"
    if tx and ty:
        return sx[0].toordinal() - 1 <= sy[1].toordinal() and \
            sy[0].toordinal() - 1 <= sx[1].toordinal()
    if not tx and not ty:
        return abs(sx[0].toordinal() - sy[0].toordinal()) <= 1
    # A publication day only bounds the event from above: it happened then or before.
    # In one article any earlier date fits; across articles only a recent one.
    bound, dated = (sx, sy) if not tx else (sy, sx)
    gap = bound[1].toordinal() - dated[0].toordinal()
    return gap >= -1 and (same_article or gap <= LOOKBACK_DAYS)


def _dates_compatible(a: _Piece, b: _Piece) -> bool:
    """Every telling of one piece fits every telling of the other: a chain of loose
    matches ("met" in 2018, 2019, 2020) never makes one meeting."""
    return all(_mentions_compatible(x, y) for x in a.mentions for y in b.mentions)


def _same_event(a: _Piece, b: _Piece) -> bool:
    """Same act (the same predicate, or two words for one specifically coded act:
    "released" and "freed" three Americans), same parties, compatible dates."""
    if a.key.startswith("#") or b.key.startswith("#"):
        return False
    if _synonym(a.key) != _synonym(b.key) or a.event.type != b.event.type:
        return False
    shared = a.parties & b.parties
    if len(shared) < min(2, len(a.parties), len(b.parties)) or not shared:
        return False
    return _dates_compatible(a, b) and all(_same_thing(x, y) for x in a.mentions
                                           for y in b.mentions)


def _same_thing(x: StoredMention, y: StoredMention) -> bool:
    """Two tellings in one article that neither dates by its words are one act only if
    they name what was acted on alike (a recipient or a word of the object): "airstrikes
    killed 13 Taliban" and "civilians are also killed" are two."""
    if x.article_id != y.article_id or x.sentence == y.sentence or \
            mention_date(x)[1] == "text" or mention_date(y)[1] == "text":
        return True
    rx = {r.entity for r in record(x).recipient + record(x).about if r.entity}
    ry = {r.entity for r in record(y).recipient + record(y).about if r.entity}
    if rx & ry:
        return True
    px, py = predicate(x), predicate(y)
    wx = {w for w in _words((px.object or "") if px else "") if len(w) > 3}
    wy = {w for w in _words((py.object or "") if py else "") if len(w) > 3}
    return bool(wx & wy)


def _inside(p: Predicate, q: Predicate) -> bool:
    """p's trigger is among the words q tells."""
    return any(s <= p.start < e for s, e in q.told or ()) and \
        p.start != q.start


_OTHER_CLAUSE = re.compile(r"[,;:]|\b(though|although|but|while|whereas|before|after|"
                           r"because|must|will|would|should|could|may|might|can)\b", re.I)


def _complement(m: StoredMention, p: Predicate, q: Predicate) -> bool:
    """q's act is the complement of the frame verb p ("agreed to settle", "commits both
    to provide"), not an act of a later clause of its own that a parse gave p as its frame
    ("have agreed a text, though X must still be settled")."""
    between = (m.text or "")[max(0, p.end - m.start):max(0, q.start - m.start)]
    return q.start > p.start and not _OTHER_CLAUSE.search(between)


def _absorbed(piece: _Piece, others: list[_Piece],
              by_sentence: dict | None = None) -> list[_Piece]:
    """The pieces that already tell every mention of `piece` in the same sentence: its
    trigger is among their words (a purpose clause, a "during" phrase), or it is the
    frame verb of their commitment ("commits ... to provide"). Empty if none does.
    `by_sentence` (from `_by_sentence(others)`) holds the same pieces by cited sentence,
    so a topic's pieces are not all walked for each one (a brief of a big topic would
    otherwise take seconds)."""
    if by_sentence is None:
        by_sentence = _by_sentence(others)
    by: list[_Piece] = []
    for m in piece.mentions:
        p = predicate(m)
        if not p:
            return []
        found: list[_Piece] = []
        for other, q in by_sentence.get(cite_key(m), ()):
            if other is piece or any(f is other for f in found):
                continue  # an other counts once, at its first telling that fits
            framed = q.frame_start == p.start
            if (framed and _complement(m, p, q)) or (not framed and _inside(p, q) and
                                                      not _inside(q, p) and
                                                      q.voice != "noun"):
                found.append(other)
        if not found:
            return []
        by += [f for f in found if f not in by]
    return by


def _by_sentence(pieces: list[_Piece]) -> dict:
    """Each cited sentence's (piece, predicate) pairs, in the order of `pieces`."""
    index: dict = {}
    for other in pieces:
        for o in other.mentions:
            q = predicate(o)
            if q:
                index.setdefault(cite_key(o), []).append((other, q))
    return index


def _accusation_of_claim(piece: _Piece, others: list[_Piece]) -> list[_Piece]:
    """The claim of the same sentence, by the same claimants, that an accusation's
    content is ("accusations from X that Y sent troops"): it tells the accusation."""
    if piece.event.type != "ACCUSE":
        return []
    by: list[_Piece] = []
    for m in piece.mentions:
        accusers = {r.entity or r.text for r in record(m).actor or ()}
        found: list[_Piece] = []
        for other in others:
            for o in other.mentions:
                if o.modality != "alleged" or cite_key(o) != cite_key(m):
                    continue
                claimants = {r.entity or r.text
                             for r in record(o).attributed_to or ()}
                if accusers and accusers <= claimants and other not in found:
                    found.append(other)
        if not found:
            return []
        by += [f for f in found if f not in by]
    return by


def _written(piece: str | None, sentence: str) -> str | None:
    """A piece of a predicate (its object, a modifier) as its sentence writes it: the
    predicate stage joins the words of a hyphenated compound with spaces ("Chile backed
    militia", "a three year quest"), which a brief must not print nor compare so."""
    if not piece or " " not in piece or piece in sentence:
        return piece
    words = piece.split()
    hit = re.search(r"\b" + r"(?:\s+|\s*[-‐–]\s*)".join(map(re.escape, words)) + r"(?!\w)",
                    sentence)
    return hit.group(0) if hit else piece


def _as_written(event: MergedEvent) -> MergedEvent:
    """The event with its mentions' predicate pieces as their sentences write them."""
    changed, out = False, []
    for m in event.mentions:
        p = predicate(m)
        if p is not None:
            sent = m.text or ""
            obj = _written(p.object, sent)
            mods = tuple(_written(x, sent) or x for x in p.modifiers or ())
            if obj != p.object or mods != tuple(p.modifiers or ()):
                m = dataclasses.replace(m, record=dataclasses.replace(
                    m.record, predicate=dataclasses.replace(p, object=obj, modifiers=mods)))
                changed = True
        out.append(m)
    return dataclasses.replace(event, mentions=tuple(out)) if changed else event


def statements_from(events: list[MergedEvent], *, min_confidence: float = 0.0,
                    states: dict[str, str] | None = None,
                    names: Names | None = None) -> list[Statement]:
    """Statements from hydrated merged events. A statement is told when the records
    behind it (its tellings, and the records folded into it) together reach
    `min_confidence`: one chance 1 - prod(1 - p) that one or more of them is a real
    event, so a re-told act outweighs a single doubtful record. A statement one of whose
    records is its article's main act (`key`, events.mainact) is told too."""
    pieces: list[_Piece] = []
    events = [_as_written(ev) for ev in events]
    for ev in events:
        by_key: dict[str, list[StoredMention]] = {}
        for m in ev.mentions:
            p = predicate(m)
            by_key.setdefault(p.lemma if p else "#" + ev.id, []).append(m)
        for key, ms in by_key.items():
            parts: list[list[StoredMention]] = []
            for m in ms:  # tellings of other things in one article stay apart
                home = next((p for p in parts if all(_same_thing(m, o) for o in p)), None)
                if home is None:
                    parts.append([m])
                else:
                    home.append(m)
            for part in parts:
                pieces.append(_Piece(ev, part, key, _participants(ev, part)))
    for fold in (_absorbed, _accusation_of_claim):
        kept = []
        by_sentence = _by_sentence(pieces) if fold is _absorbed else None
        for piece in pieces:
            told_by = (_absorbed(piece, pieces, by_sentence) if fold is _absorbed
                       else fold(piece, pieces))
            if not told_by:
                kept.append(piece)
            for by in told_by:
                by.support += [m.confidence or 0.0 for m in piece.mentions] + piece.support
        pieces = kept

    # Complete-link grouping: a piece joins a group only if it tells the same event as
    # every piece already in it (most reported pieces first).
    # _same_event needs the same act word and type, so only the groups of the piece's
    # own (word, type) are tried: the same groups as trying all, without the quadratic walk.
    groups_list: list[list[_Piece]] = []
    by_act: dict[tuple[str, str], list[list[_Piece]]] = {}
    for piece in sorted(pieces, key=lambda p: (-len(p.mentions), p.event.id)):
        act = (_synonym(piece.key), piece.event.type)
        home = None
        if not piece.key.startswith("#"):
            for group in by_act.get(act, ()):
                if all(_same_event(piece, other) for other in group):
                    home = group
                    break
        if home is None:
            home = []
            groups_list.append(home)
            by_act.setdefault(act, []).append(home)
        home.append(piece)
    groups = dict(enumerate(groups_list))
    out = []
    for group in groups.values():
        evs = list({id(p.event): p.event for p in group}.values())
        mentions = list({m.id: m for p in group for m in p.mentions}.values())
        support = [c for p in group for c in p.support]
        st = Statement(evs, mentions, states or {}, names, support)
        if st.confidence >= min_confidence or any(
                is_kept(m.confidence, m.record.key, min_confidence) for m in mentions):
            out.append(st)
    return out
