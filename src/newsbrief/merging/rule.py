"""The merge rule: is a new mention a report of a stored event, and of which.

Pure functions of two sketches; docs/merging.md explains the rule to users and
the package docstring lists its five conditions.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from .likeness import Evidence, alike, same_family
from .sketch import LOOKBACK_DAYS, RECURRING_TYPES, SLACK_DAYS, Keys, Sketch, Span, lookback

# Types whose two sides act together ("X and Y met / signed / agreed").
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Standings that are often generic ("if X attacked", "X did not attack"): with a
# vague date they are never taken for a report of a particular event.
GENERIC_STANDINGS = frozenset({"negated", "conditional"})


def specific(cameo: str | None) -> bool:
    """A code that names one kind of act (057 sign an agreement), not a root or
    its generic x0 code (070 provide aid): only those vouch for a vague match."""
    return bool(cameo) and len(cameo) >= 3 and cameo[2] != "0"


def _overlap(a: Span, b: Span, slack: int) -> bool:
    pad = timedelta(days=slack)
    return a[0] - pad <= b[1] and b[0] - pad <= a[1]


def _same_sentence(new: Sketch, old: Sketch) -> bool:
    """Two records of one sentence (two triggers of one act)."""
    return bool({(m.article_id, m.sentence) for m in new.evidence}
                & {(m.article_id, m.sentence) for m in old.evidence})


def dates_compatible(new: Sketch, old: Sketch) -> tuple[bool, bool]:
    """(compatible, needs_strict_match)."""
    if new.span is None or old.span is None:
        return False, False
    if not new.weak and not old.weak:
        # A date coarser than a week ("in June", "in 2024") is nearly as vague
        # as a publication day: it may join, but only on a strict match.
        coarse = max((new.span[1] - new.span[0]).days, (old.span[1] - old.span[0]).days) > 7
        # Within one article both dates were resolved against the same day: no
        # drift. And an article names its subject's acts many times: another
        # sentence of it is the same act only when it says the same thing.
        same_article = bool({m.article_id for m in new.evidence}
                            & {m.article_id for m in old.evidence})
        return (_overlap(new.span, old.span, 0 if same_article else SLACK_DAYS),
                coarse or (same_article and not _same_sentence(new, old)))
    back = lookback(new.type)
    if new.weak and old.weak:
        # Both dated by publication: the same news day, give or take the slack.
        return abs((new.span[1] - old.span[1]).days) <= SLACK_DAYS, True
    weak, strong = (new, old) if new.weak else (old, new)
    # The strong (text) span must fall in the weak one's window: on or before
    # the publication day, at most `back` days earlier.
    window = (weak.span[1] - timedelta(days=back), weak.span[1])
    return _overlap(strong.span, window, SLACK_DAYS), True


def documents(new: Sketch, old: Sketch) -> bool | None:
    """Do the documents the two acts are about make them one act (True: one in
    common), two (False: two documents), or say nothing (None)? A telling that names
    none says nothing ("the council endorsed it"), and neither do two named only in
    plain words ("signed the agreement", "signed the deal": no name or description of
    their own tells one from the other); "the pact" and "a trade accord" are two."""
    if not (new.about and old.about):
        return None
    if _matched(new.about, old.about):
        return True
    if new.plain.issuperset(new.about) and old.plain.issuperset(old.about):
        return None
    return False


def _same_sides(new: Sketch, old: Sketch, docs: bool | None) -> bool:
    """Every actor of each side meets one of the other's, and so do the recipients,
    and the documents the acts are about when those say anything (`docs`: what
    `documents` says of the two)."""
    def same(a: tuple[Keys, ...], b: tuple[Keys, ...]) -> bool:
        return _matched(a, b) == len(a) and _matched(b, a) == len(b)

    return bool(new.actors) and same(new.actors, old.actors) and \
        same(new.recipients, old.recipients) and \
        (docs is None or same(new.about, old.about))


def _same_act(new: Sketch, old: Sketch, reported: list[Evidence]) -> bool:
    """An act on a document is told by its own verb: the same sides sign a pact, ratify
    it, put it into force and leave it, so a telling about a document (either names one)
    is a re-telling only of a mention of its article told in a word of one family
    ("signed" / "the signing"; a record with no word of its act matches none). Other
    acts may be told again in other words ("visit" / "trip", "withdraw" / "pull out")."""
    if not (new.about or old.about):
        return True
    return any(n.act and m.act and n.article_id == m.article_id and same_family(n.act, m.act)
               for n in new.evidence for m in reported)


def _matched(side: tuple[Keys, ...], other: tuple[Keys, ...]) -> int:
    """How many references of `side` meet a reference of `other`."""
    return sum(1 for keys in side if any(keys & o for o in other))


def actors_compatible(new: Sketch, old: Sketch, strict: bool, docs: bool | None) -> float:
    """Score > 0 when the two events have the same actors (0 means no merge). A
    document both acts are about counts as a recipient of each ("signed the pact"
    twice: one in common); one that only one telling names says nothing of the other
    ("the senate ratified the treaty, voting 60 to 40": two records of one act), nor
    do two told only in plain words (`docs`: what `documents` says of the two)."""
    both = docs is not None
    new_r = new.recipients + new.about if both else new.recipients
    old_r = old.recipients + old.about if both else old.recipients
    score = _directed(new.actors, new_r, old.actors, old_r, strict)
    if new.type in SYMMETRIC_TYPES:
        score = max(score, _directed(new.actors, new_r, old_r, old.actors, strict))
        # "X and Y signed" (two actors, no recipient) vs "X signed with Y".
        both_new, both_old = new.actors + new_r, old.actors + old_r
        if len(both_new) >= 2 and len(both_old) >= 2:
            if _matched(both_new, both_old) >= 2 and _matched(both_old, both_new) >= 2:
                score = max(score, 2.0)
    return score


def _directed(actors, recipients, o_actors, o_recipients, strict: bool) -> float:
    hit_a = _matched(actors, o_actors)
    if not hit_a or not _matched(o_actors, actors):
        return 0.0
    if recipients and o_recipients:
        hit_r = _matched(recipients, o_recipients)
        if not hit_r:
            return 0.0
        return float(hit_a + hit_r)
    if strict and (recipients or o_recipients):
        # A weakly dated re-report must name the same sides, not just one of them.
        return 0.0
    return float(hit_a)


def vague_match_vouched(new: Sketch, old: Sketch, same_code: bool, docs: bool | None) -> bool:
    """With a vague date on either side, something beyond type and actors must
    say "same event": the sentences tell the same thing, or -- across articles --
    the same specific CAMEO code between the same named sides (a re-report; `docs`:
    what `documents` says of the two)."""
    if _same_sentence(new, old):
        return True
    if any(m.modality in GENERIC_STANDINGS for m in new.evidence):
        return False
    reported = [m for m in old.evidence if m.modality not in GENERIC_STANDINGS]
    if old.evidence and not reported:
        return False
    if any(alike(n, m) for n in new.evidence for m in reported):
        return True
    articles = {m.article_id for m in new.evidence}
    other_article = not old.evidence or any(m.article_id not in articles for m in reported)
    if same_code and specific(new.cameo) and new.type not in RECURRING_TYPES and \
            any(m.article_id in articles for m in reported) and _same_sides(new, old, docs) and \
            _same_act(new, old, reported):
        # A re-telling in the same article (lead and body, caption and text): one
        # specific act between exactly the same sides, told again in other words (an
        # act on a document in a word of its family: `_same_act`). Acts that recur
        # between the same sides (strikes, arrests) are left out.
        return True
    return (same_code and specific(new.cameo) and bool(new.recipients or new.about) and
            bool(old.recipients or old.about) and other_article)


def score_candidate(new: Sketch, old: Sketch) -> float:
    """0 when `new` and `old` are not one event; higher is a better match."""
    if new.type != old.type:
        return 0.0
    if new.country and old.country and new.country != old.country:
        return 0.0
    # (computed once: the vouching and the sides read it too)
    docs = documents(new, old)
    if docs is False:
        return 0.0  # about two documents: "signed the pact" and "signed the trade accord"
    ok, strict = dates_compatible(new, old)
    if not ok:
        return 0.0
    same_code = bool(new.cameo and new.cameo == old.cameo)
    if strict and not vague_match_vouched(new, old, same_code, docs):
        return 0.0
    score = actors_compatible(new, old, strict, docs)
    if score <= 0:
        return 0.0
    score += 0.5 if same_code else 0.0
    if not new.weak and not old.weak and new.span and old.span:
        # Prefer the closest date among compatible candidates.
        score += 0.25 / (1 + abs((new.span[0] - old.span[0]).days))
    return score


def choose_event(new: Sketch, candidates: Iterable[tuple[str, Sketch]]) -> str | None:
    """Id of the stored event the new mention reports, or None for a new event."""
    best, best_score = None, 0.0
    for event_id, sketch in candidates:
        score = score_candidate(new, sketch)
        # Equal scores go to the smaller id, whatever order the candidates came
        # in: the store's SQL and a Spark job's in-memory lookup then agree.
        if score > best_score or (score > 0 and score == best_score and event_id < best):
            best, best_score = event_id, score
    return best


def candidate_window(new: Sketch) -> tuple[str, str] | None:
    """ISO bounds for the pre-filter on stored event dates (None: no candidates)."""
    if new.span is None:
        return None
    pad = timedelta(days=max(LOOKBACK_DAYS, SLACK_DAYS) + 1)
    return (new.span[0] - pad).isoformat(), (new.span[1] + pad).isoformat()
