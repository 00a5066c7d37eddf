"""Statements for briefs: one per real-world event, told as its cited sentences tell it.

A merged event from the store is a unit of the merge rule, not always one
real-world event: the store may fold "the treaty took effect" and "they
exchanged ratification documents" (same type, parties and day) into one event,
and keep "signed in June" and "signed during the visit" apart when one of them
is dated only by its publication day. A brief regroups the mentions by what the
text says happened (the predicate the event stage keeps with each mention):

1. a merged event's mentions are split by predicate ("take effect", "exchange");
2. pieces with the same predicate, shared participants and compatible dates are
   one statement (re-tellings within and across articles);
3. a piece whose words another piece of the same sentence already tells ("sent
   troops *to assist Russia*", the "commits" of "commits both to provide"), and
   an accusation whose content is the claim it makes, are folded into it.

A statement is then phrased from the richest of its mentions: the actors' names
(with their office on first use), the verb in the tense its standing needs, and
the object and modifiers as the sentence gives them. Stores made before the
event stage kept predicates fall back to the phrase table (phrasing.py).

This module holds the Statement and its phrasing; the three steps above are
grouping.py's (`statements_from`), when a mention happened (its date checked
against its report, a lead's day's news) is mention_dates.py's, and how its doers
are named (their office on first use, as the sentence writes it) is naming.py's.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..events.predicate import FRAME_NOUNS, PAST_FORMS, participle
from ..records import Predicate
from ..render import long_date
from ..stored import ActorSummary, MergedEvent, StoredMention
from ..teasers import teaser_start
from ..timexes.lexicon import WEEKDAYS
from . import evidence as ev
from .mention_dates import (_MONTH_OR_YEAR, _RELATIVE_TIME, _RULINGS, OWN_DATE,
                            _doers, _own_time, cite_key, lead_rank, mention_date, predicate,
                            record)
from .naming import (AGREEMENT_NOUNS, Names, as_described, country_not_written,
                     named_descriptions, named_people, office_of, one_surname,
                     titles_of_others)
from .phrasing import (STANDING_ORDER, capitalise, display_name, in_standing, join_names,
                       lead_standing, sentence)
from .scoring import score

from ..words import ARTICLES, word_lists

# The word lists of this module: data/statements_lists.toml.
_LISTS = word_lists("newsbrief.knowledge", "statements_lists.toml")

# Words between two predicates of one sentence by which the second came first.
_AFTER = re.compile(r"\b(after|following|once|when)\b", re.I)
_PRONOUN_OBJECT = frozenset(_LISTS["pronoun_object"])
_CUT_TIMETABLE = re.compile(r"(?<=\w)\s+(?:set|scheduled|slated|due|planned|expected)\Z")
_ARTICLE = re.compile(r"^(a|an)\s+", re.I)
_DANGLING = frozenset(_LISTS["dangling"])


# --------------------------------------------------------------------------- statements


@dataclass(frozen=True)
class _Telling:
    """A statement told from one mention, as the checks of `Statement.problems` read it."""
    m: StoredMention
    text: str  # the statement
    standing: str
    sent: str  # the mention's sentence
    p: Predicate  # the act's predicate
    act: int  # where the predicate starts in the sentence
    first: int  # where the act or its frame starts, whichever comes first
    hedged: bool  # the sentence hedges what it tells ("reportedly")
    by_doing: bool  # an -ing adjunct of the doer's clause told as done (evidence.done_by_doing)
    refs: list[ActorSummary]  # the doers named from the record (none when a subject is told)
    core: str  # the statement without its ", according to ..." and its final stop


@dataclass(eq=False)  # one statement is itself: "in" compares identity, fast
class Statement:
    """One real-world event as a brief tells it: its merged events and mentions."""

    events: list[MergedEvent]
    all_mentions: list[StoredMention]
    states: dict[str, str] = field(default_factory=dict)
    names: "Names | None" = None
    support: list[float] = field(default_factory=list)  # records folded into it
    _cache: dict = field(default_factory=dict, repr=False)  # the mention phrased from, ...

    # ------------------------------------------------------------------ facts
    def article(self, m: StoredMention) -> str | None:
        """The text of the report `m` is from (None when the brief gives no texts)."""
        getter = getattr(self.names, "article_text", None) if self.names else None
        return getter(m.article_id) if getter else None

    def lead_rank(self, m: StoredMention) -> int:
        """`m`'s sentence's rank in its report's prose (lead_rank)."""
        return lead_rank(m, self.article(m))

    @property
    def lead(self) -> MergedEvent:
        return max(self.events, key=lambda e: (e.n_sources, e.n_mentions))

    @property
    def event_ids(self) -> list[str]:
        return list(dict.fromkeys(e.id for e in self.events))

    @property
    def type(self) -> str:
        return self.lead.type

    @property
    def cameo(self) -> str | None:
        return self.lead.cameo

    @property
    def standings(self) -> dict[str, int]:
        return dict(Counter(m.modality for m in self.all_mentions))

    @property
    def standing(self) -> str:
        return lead_standing(self.standings)

    @property
    def mentions(self) -> list[StoredMention]:
        """The mentions that tell it in its standing (what its text is phrased from)."""
        return [m for m in self.all_mentions if m.modality == self.standing] \
            or self.all_mentions

    def _dated(self) -> tuple[str | None, str | None]:
        return self._dating()[:2]

    def _dating(self) -> tuple[str | None, str | None, StoredMention | None]:
        """(date, source, the mention whose sentence gives it). The date comes from the
        sentence the statement is phrased from when that sentence dates the act
        (mention_date); else from another telling of the same act (same verb, same
        standing), which is then cited; else the earliest report bounds it."""
        if "dating" in self._cache:
            return self._cache["dating"]
        phrased = self._phrased()
        same = self._same_act_mentions(phrased)
        dated = [(m, *mention_date(m, self.article(m))) for m in same]
        text = [(m, d) for m, d, src in dated if d and src == "text"]
        out: tuple[str | None, str | None, StoredMention | None]
        if phrased is not None and mention_date(phrased)[1] == "text":
            out = (mention_date(phrased)[0], "text", phrased)
        elif text and not (phrased is not None and (
                _own_time(phrased) or mention_date(phrased)[1] == "none") and
                all(m.article_id == phrased.article_id for m, _ in text)):
            # The finest date the text gives; ties: the most often given. (Not when the
            # sentence phrased from names a time of its own the text leaves unresolved,
            # "on Thursday", or tells of another, unstated time ("the last two times
            # Parliament was suspended"), and only its own article dates another
            # telling: that may be another occasion.)
            counts = Counter(d for _, d in text)
            best = max(counts, key=lambda d: (len(d), counts[d]))
            out = (best, "text", next(m for m, d in text if d == best))
        elif any(src == "lead" for _, _, src in dated):
            # The day's news of a report's lead (days_news): the earliest such report.
            m, d, _ = min((x for x in dated if x[2] == "lead" and x[1]),
                          key=lambda x: x[1])
            out = (d, "lead", m)
        else:
            # (A text date of another telling left out above is no bound either.)
            bounds = [(d, src, m) for m, d, src in dated if d and src != "text"]
            own = mention_date(phrased, self.article(phrased)) if phrased is not None \
                else (None, None)
            if own[0]:
                # The report the statement is phrased from bounds it: an earlier report
                # of something grouped with it may be of another occasion ("thanked Xi"
                # in September and in November).
                out = (own[0], own[1] or "published", phrased)
            elif bounds:
                d, src, m = min(bounds, key=lambda x: x[0])
                out = (d, src or "published", m)
            elif any(m.date_source == "none" for m in same):
                out = (None, "none", None)  # background: about another, unstated time
            else:
                out = (None, None, None)
        self._cache["dating"] = out
        return out

    def _phrased(self) -> StoredMention | None:
        """The mention the statement is phrased from (no side effect on the offices
        already given)."""
        if "phrased" not in self._cache:
            seen = set(self.names.seen) if self.names else None
            m, _ = self.checked()
            if self.names is not None and seen is not None:
                self.names.seen = seen
            self._cache["phrased"] = m
        return self._cache["phrased"]

    def _same_act_mentions(self, m: StoredMention | None) -> list[StoredMention]:
        """The tellings of the act `m` tells (its verb or a synonym, its standing): what
        may date it. All mentions when there is no phrased one."""
        p = predicate(m) if m is not None else None
        if p is None:
            return list(self.all_mentions)
        key = _synonym(p.lemma)
        doers = _doers(m)
        return [o for o in self.all_mentions if o is m or (
            o.modality == m.modality and predicate(o) and predicate(o).voice != "noun"
            and _synonym(predicate(o).lemma) == key and (not doers or doers & _doers(o)))
            ] or [m]

    @property
    def date(self) -> str | None:
        return self._dated()[0]

    @property
    def date_source(self) -> str | None:
        return self._dated()[1]

    @property
    def first_reported(self) -> str | None:
        days = [m.published for m in self._same_act_mentions(self._phrased())
                if m.published]
        return min(days) if days else None

    @property
    def n_sources(self) -> int:
        """Outlets that tell the act the statement says (its verb, its doer)."""
        return len({m.source or m.article_id
                    for m in self._same_act_mentions(self._phrased())})

    @property
    def confidence(self) -> float:
        """The chance that at least one record behind it is a real event (records
        taken as independent: a heuristic, not a calibrated figure)."""
        doubt = 1.0
        for c in [m.confidence or 0.0 for m in self.all_mentions] + self.support:
            doubt *= 1.0 - min(max(c, 0.0), 1.0)
        return 1.0 - doubt

    @property
    def goldstein(self) -> float | None:
        return score(self.type, self.cameo).goldstein

    def _refs(self, role: str, mentions: list[StoredMention] | None = None,
              ) -> list[ActorSummary]:
        """The merged events' actors (or recipients) that this statement's own mention
        records name (or those of `mentions`): a split event keeps only its own."""
        named_ids, named_texts = set(), set()
        key = "actor" if role == "actors" else "recipient"
        for m in self.all_mentions if mentions is None else mentions:
            for r in getattr(record(m), key) or ():
                if r.entity:
                    named_ids.add(r.entity)
                named_texts.add((r.text or "").lower())
        refs = _union(getattr(e, role) for e in self.events)
        if not named_ids and not named_texts:
            return refs
        return [r for r in refs if (r.entity_id and r.entity_id in named_ids)
                or (not r.entity_id and r.name.lower() in named_texts)] or refs

    @property
    def actors(self) -> list[ActorSummary]:
        return self._refs("actors")

    @property
    def recipients(self) -> list[ActorSummary]:
        return self._refs("recipients")

    @property
    def claimant_refs(self) -> list[ActorSummary]:
        refs: dict[str, ActorSummary] = {}
        for m in self.all_mentions:
            if m.modality == "alleged":
                for r in m.attributed_to:
                    refs.setdefault(r.name, r)
        return list(refs.values())

    @property
    def confirmed(self) -> bool:
        return bool(self.standings.get("asserted")) and bool(self.standings.get("alleged"))

    # ------------------------------------------------------------------ telling
    def _name(self, ref: ActorSummary, sentence: str | None = None) -> str:
        if sentence is not None and country_not_written(ref, self.states, sentence):
            # "the rebel militia" linked to Peru is not "Peru's rebel militia" unless
            # its sentence says whose it is: told as written.
            return as_described(ref.name or "")
        return self.names.name(ref, sentence) if self.names else \
            display_name(ref, self.states)

    def claimant_names(self) -> list[str]:
        """Who makes the claim, as the sentence it is told from names them."""
        m = self.best_mention("alleged")
        if m is not None and any(predicate(o) for o in self.all_mentions):
            return [self._name(r) for r in self.claimants(m)]
        return [self._name(r) for r in self.claimant_refs]

    def outlets(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self._same_act_mentions(self._phrased()):
            seen[m.source or m.title or m.article_id[:12]] = None
        return list(seen)

    def plover(self) -> dict[str, Any]:
        lead = self.lead
        return {"type": lead.type, "mode": lead.mode, "context": lead.context,
                "cameo": lead.cameo}

    def date_label(self) -> str:
        day, source = self._dated()
        if not day:
            return "undated"
        return long_date(day) if source in OWN_DATE else f"by {long_date(day)}"

    def cited(self, limit: int) -> list[StoredMention]:
        """The mentions to cite: the one phrased from, those naming whose account it is,
        then one per outlet (earliest report first), then other sentences, up to
        `limit`."""
        first = self.best_mention(self.standing) or self.best_mention()
        # Only tellings of the act the statement says (its verb, its doer): a sentence
        # merged with it that tells something else is no citation of it.
        pool = self._same_act_mentions(first) if first is not None else self.all_mentions
        frame = predicate(first).frame if first is not None and predicate(first) else None
        if frame and _lemma_of(frame) in _NOT_FACTIVE:
            # An act told under a frame ("voted to leave") is cited from tellings under the
            # same frame, not from a plan or a campaign for it ("campaign for Britain to
            # leave", "could block Britain from leaving").
            pool = [m for m in pool if m is first or (
                predicate(m) and predicate(m).frame and
                _lemma_of(predicate(m).frame) == _lemma_of(frame))] or [first]
        rest = sorted(pool, key=lambda m: (m.published or "9999", m.article_id, m.sentence))
        sourced = [m for m in rest if m.attributed_to]
        out: list[StoredMention] = []
        keys: set[tuple[str, int]] = set()
        outlets: set[str] = set()

        def add(m: StoredMention) -> None:
            if len(out) < limit and cite_key(m) not in keys:
                out.append(m)
                keys.add(cite_key(m))
                outlets.add(m.source or m.article_id)

        dating = self._dating()[2]
        lent = self._cache.get(("lent", first.id), []) if first is not None else []
        for m in ([first] if first else []) + lent + ([dating] if dating else []) + \
                sourced[:1]:
            add(m)
        for m in rest:
            if (m.source or m.article_id) not in outlets:
                add(m)
        for m in rest:
            add(m)
        return out

    @property
    def tellable(self) -> bool:
        """Whether the brief can tell it: someone named does it (or a treaty it names)."""
        return bool(self.phrase())

    @property
    def nominal(self) -> bool:
        """Told only by an event noun ("Moscow's invasion of Ukraine"), not a verb."""
        m = self.best_mention()
        return m is not None and predicate(m).voice == "noun"

    def best_mention(self, standing: str | None = None) -> StoredMention | None:
        """The mention to phrase from: the checked telling, else a verb over a noun, one
        naming what was acted on, the one that dates it, then the fullest."""
        pool = [m for m in self.all_mentions if predicate(m)
                and (standing is None or m.modality == standing)]
        if not pool:
            return None
        checked, _ = self.checked(standing) if standing else self.checked()
        if checked is not None and checked in pool:
            return checked
        return max(pool, key=self._richness)

    @staticmethod
    def _richness(m: StoredMention) -> tuple:
        p = predicate(m)
        words = len(" ".join(filter(None, [p.object, *p.modifiers])).split())
        return (p.complete, p.voice != "noun", bool(p.object) or bool(p.subject),
                mention_date(m)[1] == "text", min(words, 12))

    def phrase(self, *, standing: str | None = None, with_date: bool = False,
               lower: bool = False, attribute: bool = True) -> str:
        """The statement as a sentence (no final stop). `attribute`: say whose account
        the phrased sentence gives ("..., according to the Pentagon") when it names one,
        so words someone said are never told in the brief's own voice. Told from the
        richest telling whose sentence it is true to (knowledge/evidence.py); "" when
        no telling passes."""
        standing = standing or self.standing
        seen = set(self.names.seen) if self.names else None
        m, text = self.checked(standing)
        if m is None and not any(predicate(o) for o in self.all_mentions):
            text = self._fallback(standing)  # a store made before predicates were kept
        if not text:
            return ""
        if m is not None:
            if self.names is not None and seen is not None:
                # Checking told the candidates; an office is given on first use as shown.
                self.names.seen = seen
            text = self._told(m, standing, attribute=attribute)
        text = _unstopped(text)  # the brief adds its own full stop
        if with_date and self.date and self.date_source in OWN_DATE:
            day = long_date(self.date)
            if _RELATIVE_TIME.search(text) or _MONTH_OR_YEAR.search(text):
                # The words keep their own time ("on Sunday"): the date beside it.
                text += f" ({day})" if day not in text else ""
            else:
                text += f" on {day}" if len(self.date) == 10 else f" in {day}"
        if lower and text[:1].isupper() and not _starts_with_name(text):
            text = text[:1].lower() + text[1:]
        return text

    def _told(self, m: StoredMention, standing: str, attribute: bool = True) -> str:
        text = _unstopped(self._tell(m, standing) or "")
        if ev.unbalanced_quotes(text):
            # Words cut from inside a quotation keep one of its marks: the words stay, the
            # stray mark goes ("agreed “to maximize pressure” on" cut at "to").
            text = re.sub(r"\s*[“”\"]\s*", lambda q: " " if q.group(0).strip() != q.group(0)
                          and q.start() > 0 else "", text).strip()
        sources = self.sources(m) if standing != "alleged" else []
        if text and attribute and sources:
            who = join_names([self._source_name(r, m.text) for r in sources])
            if who and not text.lower().startswith(who.lower()):
                if who.startswith(("The ", "A ", "An ")):
                    who = who[:1].lower() + who[1:]
                text += f", according to {who}"
        return text

    def scope(self, m: StoredMention) -> ev.Scope:
        """Whose words the act of `m` is told in, by its sentence (evidence.report_scope)."""
        key = ("scope", m.id, m.article_id, m.start)
        if key not in self._cache:
            p = predicate(m)
            self._cache[key] = ev.report_scope(m.text or "", p.start - m.start,
                                               p.end - m.start, p.voice == "passive") \
                if p is not None else ev.Scope("unsafe", why="no predicate")
        return self._cache[key]

    def sources(self, m: StoredMention) -> list[ActorSummary]:
        """The sources of `m` whose words the act is told in: named where the sentence
        names who speaks ("X said", "according to X"), never one whose words in the
        sentence are about something else, and not the doer of a saying act itself
        ("Stoltenberg warned X, according to Stoltenberg")."""
        scope = self.scope(m)
        if scope.kind != "reported":
            return []
        p = predicate(m)
        doers = {r.entity_id or r.name for r in self._subject_refs(p, m)} if p else set()
        said = bool(p) and bool(ev._CUE.fullmatch((m.text or "")[p.start - m.start:
                                                                p.end - m.start]))
        out = []
        for r in _union([m.attributed_to]):
            countries = [self.states.get(r.country or "", "")]
            if not ev.named_in(scope.speaker, r.name, countries):
                continue
            if said and (r.entity_id or r.name) in doers:
                continue
            out.append(r)
        return out

    def claimants(self, m: StoredMention) -> list[ActorSummary]:
        """Who makes the claim `m` tells: its sources named where its sentence names who
        speaks, never a claimant of another sentence."""
        scope = self.scope(m)
        if scope.kind != "reported":
            return []
        return [r for r in _union([m.attributed_to])
                if ev.named_in(scope.speaker, r.name, [self.states.get(r.country or "", "")])]

    def _own_saying(self, m: StoredMention, scope: ev.Scope) -> bool:
        """The doer is the one who speaks ("Lima said it had sent troops"): its own
        account, which the statement tells as the doer's (no "according to" needed only
        when the act is itself a saying: "X warned Y")."""
        p = predicate(m)
        return bool(p) and bool(ev._CUE.fullmatch((m.text or "")[p.start - m.start:
                                                             p.end - m.start]))

    def _source_name(self, ref: ActorSummary, sentence: str | None) -> str:
        """Whose account it is, as its sentence allows: "troops" is "North Korea's
        troops" only when the sentence names North Korea (a wrong country is no account)."""
        country = self.states.get(ref.country or "", "")
        name = ref.name or ""
        if name[:1].islower() and sentence is not None and \
                country.lower() not in sentence.lower():
            return name if re.match(r"(the|a|an)\s", name, re.I) else "the " + name
        return display_name(ref, self.states)

    def checked(self, standing: str | None = None) -> tuple[StoredMention | None, str]:
        """The telling to phrase from and its text: the richest one in the standing whose
        sentence the statement is true to (no problems from `problems`)."""
        standing = standing or self.standing
        if ("checked", standing) in self._cache:
            return self._cache[("checked", standing)]
        pool = [m for m in self.all_mentions if predicate(m) and m.modality == standing] \
            or [m for m in self.all_mentions if predicate(m)]
        out: tuple[StoredMention | None, str] = (None, "")
        ordered = sorted(pool, key=lambda m: self._richness(m), reverse=True)
        for m in ordered:
            text = self._told(m, standing)
            if text and not self.problems(m, text, standing):
                out = (m, text)
                break
        else:
            # No telling names its doer as its sentence does: a passive told without one
            # ("the jet was shot down") says what happened and no more.
            for m in ordered:
                text = self._agentless(m, standing)
                if text and not self.problems(m, text, standing, agentless=True):
                    self._cache[("agentless", m.id)] = True
                    out = (m, self._told(m, standing))
                    break
            else:
                # Or with its subject as the sentence writes it ("The Obama
                # administration imposed ...", "Insurgents in eastern Ukraine seized
                # ..."), where the doer's name alone would say less or other than it.
                for m in ordered:
                    subject = self._written_subject(m)
                    if not subject:
                        continue
                    self._cache[("written", m.id)] = subject
                    text = self._told(m, standing)
                    if text and not self.problems(m, text, standing):
                        out = (m, text)
                        break
                    del self._cache[("written", m.id)]
        self._cache[("checked", standing)] = out
        return out

    def _written_subject(self, m: StoredMention) -> str | None:
        """The subject of `m`'s act as its sentence writes it (evidence.written_subject)
        from its doers' words, for an active verb whose doers the record names."""
        p = predicate(m)
        if p is None or p.subject or p.voice != "active":
            return None
        surfaces = [a.text for a in (record(m).actor or ()) if a.text]
        if not surfaces:
            return None
        act = p.start - m.start
        if p.frame_start is not None:
            act = min(act, p.frame_start - m.start)
        written = ev.written_subject(m.text or "", surfaces, act)
        return written[:1].upper() + written[1:] if written else None

    def _agentless(self, m: StoredMention, standing: str) -> str | None:
        """A passive act told as its sentence tells it, without a doer: "<what> was
        <done> <how>", when the sentence writes the auxiliary right after what was acted
        on (simple past or present perfect; no pluperfect, modal or frame)."""
        p = predicate(m)
        if p is None or p.voice != "passive" or standing != "asserted" or \
                p.tense != "past" or p.modal or p.frame or not p.object or not p.complete:
            return None
        obj, sent = p.object.strip(), m.text or ""
        if obj.lower() in _PRONOUN_OBJECT | {"he", "she", "they", "we", "i", "you"} or \
                re.match(r"(whose|which|who|whom|that|what)\b", obj, re.I) or \
                ev.in_dateline(sent, obj):
            return None
        if not re.search(r"[A-Z\d]", re.sub(r"^(the|a|an|this|that|these|those|its|their|his|"
                                           r"her|our|agreement|deal)\b", "", obj, flags=re.I)):
            return None  # "the deal was signed": which deal, the sentence's context says
        at = sent.rfind(obj, 0, max(0, p.start - m.start))
        if at < 0:
            return None
        aux = re.fullmatch(r"\s*(was|were|has been|have been)\s+", sent[at + len(obj):
                                                                      p.start - m.start])
        if not aux:
            return None
        tail = " ".join(filter(None, [participle(p.lemma), *self._modifiers(p, m)]))
        return capitalise(f"{obj} {aux.group(1)} {tail}")

    def problems(self, m: StoredMention, text: str, standing: str,
                 agentless: bool = False) -> list[str]:
        """What the statement `text`, told from `m`, says beyond m's sentence (`agentless`:
        told as a passive without its doer, which no check of a doer concerns)."""
        telling = self._telling(m, text, standing, agentless)
        out: list[str] = []
        for check in self._CHECKS:
            check(self, telling, out)
        return out

    def _telling(self, m: StoredMention, text: str, standing: str,
                 agentless: bool) -> _Telling:
        """What the checks of `problems` read, worked out once."""
        sent, p = m.text or "", predicate(m)
        hedged = bool(re.search(r"\b(reportedly|allegedly|purportedly|supposedly)\b", sent,
                                re.I))
        act = p.start - m.start
        # "X responded by firing ...", "X did retaliate, sending ...": an -ing adjunct of
        # the doer's own clause in the simple past is told as done (evidence.done_by_doing).
        doers = [a.text for a in record(m).actor or () if a.text] + \
            [r.name for r in self._subject_refs(p, m)] + [x for x in (
                p.subject, self._cache.get(("written", m.id))) if x]
        by_doing = p.voice == "active" and standing == "asserted" and \
            ev.done_by_doing(sent, act, p.end - m.start, doers)
        refs = [] if p.subject or agentless else [r for r in self._subject_refs(p, m)]
        first = min(act, (p.frame_start - m.start) if p.frame_start is not None else act)
        return _Telling(m, text, standing, sent, p, act, first, hedged, by_doing, refs,
                        text.split(', according to ')[0].rstrip(' .'))

    def _furniture(self, telling: _Telling, out: list[str]) -> None:
        """A page's furniture run into the sentence: a related-links teaser, a caption."""
        m, sent, p = telling.m, telling.sent, telling.p
        teaser = teaser_start(sent)
        if teaser is not None:
            # A related-links teaser run into the sentence: the words before it may still
            # tell the act ("Turkey launched an offensive ... after President Trump Donald
            # John TrumpDem ... MORE announced ..."), none after its start.
            pieces = [p.object or "", *(p.modifiers or ())]
            if p.end - m.start > teaser or any(x and not (0 <= sent.find(x) and
                                                         sent.find(x) + len(x) <= teaser)
                                               for x in pieces):
                out.append("furniture: a teaser")
            if ev.is_furniture(sent[:teaser]):
                out.append("furniture")
        elif ev.is_furniture(sent):
            out.append("furniture")

    def _dateline_subject(self, telling: _Telling, out: list[str]) -> None:
        """A subject taken from the story's dateline."""
        sent, p = telling.sent, telling.p
        if p.subject and ev.in_dateline(sent, p.subject):
            out.append("dateline")

    def _account_left_out(self, telling: _Telling, out: list[str]) -> None:
        """A hedge the statement drops, or someone's account told as fact."""
        m, text, standing, sent = telling.m, telling.text, telling.standing, telling.sent
        p, act = telling.p, telling.act
        hedge = ev.hedge_left_out(sent, text, act, p.end - m.start)
        if hedge and standing != "alleged":
            out.append(f"a hedge left out: {hedge}")  # "by and large" dropped
        own = self._own_saying(m, self.scope(m))
        account = ev.unsourced_account(sent, text) if standing != "alleged" and not own \
            else None
        if not account and standing != "alleged" and not own and \
                self.scope(m).kind == "reported" and "according to" not in text.lower():
            account = "whose account it is"  # "a book revealed that X ...": told as fact
        if account:
            out.append(f"an account told as fact: {account}")  # "a protester said ..."

    def _subject_problems(self, telling: _Telling, out: list[str]) -> None:
        """A subject that is what was acted on, the content of a noun of evidence,
        or not as the sentence writes it."""
        m, sent, p = telling.m, telling.sent, telling.p
        if p.subject and p.voice == "passive" and not ev.agent_after_by(
                sent, p.subject, p.end - m.start):
            out.append("what was acted on told as the doer")  # "The missiles fired into ..."
        if re.search(r"\b(evidence|reports?|allegations?|accounts?|claims?|signs?|"
                     r"accusations?)\b[^.]{0,120}\bof\s+(?:[\w'’-]+\s+){0,4}$",
                     sent[:max(0, p.start - m.start)], re.I):
            out.append("the content of a noun: evidence of ...")  # "evidence of munitions
            # fired by X" is the finding's, not a fact the report gives
        if p.subject and _flat(_ARTICLE.sub("", p.subject)) not in _flat(sent):
            out.append(f"subject not as written: {p.subject}")  # "CNN Marathon talks"

    def _actor_problems(self, telling: _Telling, out: list[str]) -> None:
        """Each doer the statement names from the record: named in the sentence as the
        doer of this act, and told with what the sentence says of it."""
        for r in telling.refs:
            surface, countries = self._actor_surface(telling, r)
            self._actor_named(telling, r, surface, countries, out)
            self._actor_placed(telling, r, surface, countries, out)
            self._actor_worded(telling, r, surface, out)

    def _actor_surface(self, telling: _Telling, r: ActorSummary) -> tuple[list[str], list[str]]:
        """(the words the sentence names doer `r` by, the states a person may stand for)."""
        m, sent = telling.m, telling.sent
        # A person stands for the state the sentence names only when it speaks of
        # someone ("North Korea's leader"), not of the state ("the United States
        # released ..." is not Obama's act in its words).
        countries = [self.states.get(r.country or "", "")] if r.kind == "person" and \
            _SOMEONE.search(sent) else []
        surface = [a.text for a in (record(m).actor or ()) if a.entity and
                   a.entity == r.entity_id] or [r.name]
        surface = [ev.past_dateline(sent, x) for x in surface]
        return surface, countries

    def _actor_named(self, telling: _Telling, r: ActorSummary, surface: list[str],
                     countries: list[str], out: list[str]) -> None:
        """Whether the sentence names `r` as the doer: not excluded, not a title, not
        a speaker, not the dateline, the passive's agent."""
        m, sent, p, act = telling.m, telling.sent, telling.p, telling.act
        pair = len(telling.refs) == 2
        if any(re.match(r"(not|no|neither|nor|but|except)\b", x.strip(), re.I)
               for x in surface):
            out.append(f"the sentence excludes it: {r.name}")
        if (r.name or "").strip().lower().rstrip(".") in _HONORIFICS:
            out.append(f"a title for a name: {r.name}")  # "Sir [Tim] had a meeting"
        if not any(ev.named_in(sent, s, countries, pair)
                   or ev.named_in(sent, r.name, countries, pair) for s in surface):
            out.append(f"actor not named: {r.name}")
        elif p.voice == "active" and any(ev.speaker_before(sent, s, act)
                                         for s in surface + [r.name]):
            out.append(f"speaker, not actor: {r.name}")
        if any(s.isupper() and len(s) > 3 or ev.in_dateline(sent, s)
               for s in surface + [ev.past_dateline(sent, self._name(r))]):
            out.append("dateline")
        if p.voice == "passive" and not pair and not any(
                ev.agent_after_by(sent, x, p.end - m.start) for x in surface + [r.name]):
            out.append(f"not the passive's agent: {r.name}")

    def _actor_placed(self, telling: _Telling, r: ActorSummary, surface: list[str],
                      countries: list[str], out: list[str]) -> None:
        """Whether `r` heads the clause of the act, before it, with no co-doer left out
        and no other subject nearer."""
        m, text, sent, p, first = telling.m, telling.text, telling.sent, telling.p, telling.first
        by_doing, refs = telling.by_doing, telling.refs
        pair = len(telling.refs) == 2
        found = [x for x in surface + [r.name] if ev.named_in(sent[:max(0, first)], x)]
        if p.voice == "active" and found and not all(ev.name_heads_clause(sent, x, first)
                                                     for x in found) and \
                not self._group(r, p, m):
            out.append(f"actor modifies another noun: {r.name}")
        if p.voice == "active" and not pair and not any(
                ev.named_in(sent[:max(0, first)], s, countries) for s in surface + [r.name]):
            out.append(f"actor after the act: {r.name}")
        if p.voice == "active":
            others = [c for s in surface + [r.name] for c in ev.co_doers(sent, s, first)]
            if any(not any(w.lower() in text.lower() for w in c.split() if w[:1].isupper()
                           and w.lower() not in ("the", "and"))
                   for c in others):
                out.append(f"a co-doer left out: {others[0]}")
        if p.voice == "active" and not pair and not by_doing and ev.other_subject_between(
                sent, [x for x in surface + [r.name]] + [self._name(o) for o in refs]
                + [o.name for o in refs], first):
            out.append(f"another subject nearer the act than {r.name}")

    def _actor_worded(self, telling: _Telling, r: ActorSummary, surface: list[str],
                      out: list[str]) -> None:
        """Whether `r` is told as the sentence words it: not a person's institution,
        not one owner of several, no quantifier dropped, not a noun's content or a possessive."""
        m, text, sent, p, first = telling.m, telling.text, telling.sent, telling.p, telling.first
        titles = [t.group(1) for x in surface
                  for t in [re.search(_PERSON_TITLE, x.strip().lower())] if t]
        if r.kind != "person" and titles and not any(
                re.search(rf"\b{t}\b", text.lower()) for t in titles):
            out.append(f"a person told as their institution: {r.name}")  # "the House
            # minority leader shared ..." is no act of the House
        if any(re.search(re.escape(x) + r"\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
                         r"\s*(,|and\b)", sent) for x in surface if x[:1].islower()):
            out.append("owners listed, one told")  # "the powerhouses of Qatar, Turkey ..."
        for x in surface:
            lead_q = re.match(r"(some|many|several|few|most|two|three|a few|a number of|"
                              r"dozens of|hundreds of)\b", x.strip(), re.I)
            if lead_q and lead_q.group(1).lower() not in text.lower():
                out.append(f"a quantifier left out: {lead_q.group(1)}")
                break
            q = re.search(r"\b(some|many|several|few|most|two|three|a few|a number of|"
                          r"dozens of|hundreds of)\s+(?:[\w'’-]+\s+){0,2}" + re.escape(x),
                          sent[:max(0, first) + len(x)], re.I)
            if q and q.group(1).lower() not in text.lower():
                out.append(f"a quantifier left out: {q.group(1)}")  # "some leading X"
                break
        if any(ev.content_of_noun(sent, x, first) for x in surface + [r.name]):
            out.append(f"the content of a noun: {r.name}")
        where = (0, first) if p.voice == "active" else (p.end - m.start, len(sent))
        if any(ev.possessive_only(sent, s, *where) for s in surface):
            out.append(f"possessive, not actor: {r.name}")

    def _clause_of_condition(self, telling: _Telling, out: list[str]) -> None:
        """An act in a clause of condition or time ("until", "if"), or one told of
        other times."""
        standing, sent, p, act = telling.standing, telling.sent, telling.p, telling.act
        clause = re.split(r"[,;:—–]", sent[:max(0, act)])[-1]
        opener = re.search(r"\b(until|till|unless|if|lest|whether)\b", clause, re.I)
        if opener and standing == "asserted" and (
                opener.group(1).lower() not in ("until", "till") or p.tense != "past" or
                re.search(r"\b(has|have|is|are|will)\b", clause[opener.end():], re.I)):
            # "... delay until after Britain has left": not done ("fought until the town
            # fell" is: a simple past after "until" tells what happened).
            out.append(f"in a clause of '{opener.group(1).lower()}': not told as done")
        if re.search(r"\b(?:the|last|first|next|previous|only|other|two|three|four|several|"
                     r"many|few)\s+(?:\w+\s+)?times?\s+(?:that\s+|when\s+)?"
                     r"(?:[\w'’.-]+\s+){0,6}$", clause, re.I):
            # "The last two times Parliament was suspended, ...": told of other times.
            out.append("a clause of other times: not this act")

    def _object_runs_on(self, telling: _Telling, out: list[str]) -> None:
        """An object whose last conjunct is the subject of another clause."""
        sent, p = telling.sent, telling.p
        if p.object and p.voice != "noun" and re.search(r"\b(and|or)\s", p.object):
            at = _flat(sent).find(_flat(p.object))
            rest = _flat(sent)[at + len(_flat(p.object)):] if at >= 0 else ""
            joined = re.match(r"\s+(?:and|or)\s+((?:[\w'’-]+\s+){1,4})", rest)
            words = joined.group(1).split() if joined else []
            verb = next((i for i, w in enumerate(words) if i and re.fullmatch(r"[a-z]+", w)
                         and (w.endswith("ed") or w in PAST_FORMS)), None)
            if verb is not None and any(not (w.endswith("ly") or w in _ADVERBS)
                                        for w in words[:verb]):
                # "killed 300 civilians, and photos and video later showed ...": the last
                # conjunct of the object is part of the subject of another clause.
                out.append("the object runs into another clause")

    def _limit_left_out(self, telling: _Telling, out: list[str]) -> None:
        """A limit of time ("since 1952") the statement drops."""
        text, sent, act = telling.text, telling.sent, telling.act
        limit = re.search(r"\b(since|until|between|from)\s+(?:the\s+)?(?:1[89]|20)\d\d\b",
                          sent[max(0, act):])
        if limit and limit.group(0).lower() not in text.lower() and limit.start() < 80:
            # "has met every president since 1952": the limit is part of what is said.
            out.append(f"a limit left out: {limit.group(0)}")

    def _object_told_whole(self, telling: _Telling, out: list[str]) -> None:
        """A pronoun object, or a part of a group told as the whole."""
        text, sent, p = telling.text, telling.sent, telling.p
        if (p.object or "").lower() in _PRONOUN_OBJECT:
            out.append("pronoun object")
        if p.object and re.search(r"\b(one|some|many|several|most|few|two|three|four|five|"
                                  r"each|any|none|both|all|part|half) of\s+$",
                                  sent[:max(0, sent.find(p.object))], re.I) and \
                not re.search(r"\b(of)\s*$", _flat(text.split(", according to ")[0])
                              [:max(0, _flat(text).find(_flat(p.object)))]):
            # "one of the rebels who was expelled": some of them, not all of them.
            out.append("a part told as the whole: ... of " + p.object)

    def _frame_binds(self, telling: _Telling, out: list[str]) -> None:
        """A frame verb whose subject is told again as the doer, or that binds another."""
        m, sent, p, refs = telling.m, telling.sent, telling.p, telling.refs
        if p.frame and p.frame_subject and p.frame_start is not None and refs:
            # "The accord commits both nations to ...": who is committed follows the frame
            # verb; "called a summit of leaders to discuss" commits no doer of the act.
            after = sent[max(0, p.frame_start - m.start):]
            after = after[len((re.match(r"[\w'’-]+", after) or [""])[0]):]
            surfaces = [a.text for a in (record(m).actor or ()) if a.text] + \
                [r.name for r in refs]
            at = min((i for i in (after.find(x) for x in surfaces if x) if i >= 0),
                     default=-1)
            if any(_flat(x) == _flat(p.frame_subject) for x in surfaces if x):
                out.append("the frame's subject told again as the doer")  # "X called X to"
            if at >= 0 and re.search(r"\b(?!(?:the|a|an|both|all|its|their|his|her)\b)"
                                   r"[A-Za-z]{3,}", after[:at]):
                out.append("who the frame binds is not the doer told")

    def _perfect_modal(self, telling: _Telling, out: list[str]) -> None:
        """A perfect modal ("may have") told as a present one."""
        sent, p, act = telling.sent, telling.p, telling.act
        if p.modal and re.search(r"\b(may|might|must|could|would|should)\s+(not\s+)?have\s+"
                                 r"(\w+ly\s+)?$", sent[:max(0, act)], re.I):
            out.append("a perfect modal told as a present one")  # "may have defused"

    def _unresolved_pronouns(self, telling: _Telling, out: list[str]) -> None:
        """A pronoun the brief cannot resolve, or a purpose left unfinished."""
        text, refs = telling.text, telling.refs
        core_words = text.split(", according to ")[0]
        if len(refs) == 1 and refs[0].kind == "person":
            # "her deal" of a woman who is the one doer: her own (a possessive, not an
            # object: a noun or an adjective follows it).
            core_words = re.sub(r"\bher\s+(?!(?:the|a|an|to|for|with|on|in|at|by|from|and|"
                                r"or|that|as|about|of|into|over|back|up|down|out|off)\b)"
                                r"(?=[A-Za-z])", "", core_words)
        if re.search(r"\b(him|her|them|us|me)\b", core_words) or re.search(
                r"(?<!^)\b(he|she|they|we|I)\b", core_words) or re.search(
                r"\b(about|of|on|for|with) (this|that|these|those|it)$", core_words.rstrip()):
            out.append("a pronoun the brief cannot resolve")  # "promised them access"
        if re.search(r"\bin order$|\bso as$|\bin a bid$", core_words.rstrip(" .,")):
            out.append("ends unfinished: a purpose left out")

    def _object_needed(self, telling: _Telling, out: list[str]) -> None:
        """A verb that needs its object told without one, an actor that is its own
        target, an object cut short."""
        m, sent, p, refs = telling.m, telling.sent, telling.p, telling.refs
        if p.voice == "active" and not p.object and not p.frame and \
                (p.lemma in _NEEDS_OBJECT or _synonym(p.lemma) in _NEEDS_OBJECT):
            out.append("what was done is left out")  # "the documents the US signed"
        targets = self._refs("recipients", [m])
        if any(_same_party(a, b) for a in refs for b in targets):
            out.append("actor is its own target")
        if p.object and ev.cut_name(sent, p.object):
            out.append("object cut short")

    def _name_cut_short(self, telling: _Telling, out: list[str]) -> None:
        """A name at the statement's end that the sentence goes on."""
        text, sent, p = telling.text, telling.sent, telling.p
        last_piece = ([p.object or ""] + list(p.modifiers or ()))[-1]
        if last_piece and text.split(", according to ")[0].rstrip(" .").endswith(last_piece):
            at = sent.find(last_piece)
            nxt = re.match(r"\s+([A-Z][\w'’-]*)", sent[at + len(last_piece):]) if at >= 0 \
                else None
            after = sent[at + len(last_piece):][nxt.end():] if nxt else ""
            if nxt and last_piece.split()[-1][:1].isupper() and (
                    nxt.group(1).lower() not in ev._TIME_WORDS or
                    (nxt.group(1) == "May" and not re.match(r"\s*\d", after))):
                out.append("a name cut short")  # "to allow Minister Ana [Soto]"

    def _cut_words(self, telling: _Telling, out: list[str]) -> None:
        """Words cut: a quotation without its marks, an object before its noun, an
        adverb's verb, who "one of" is, an object far from its verb."""
        m, text, sent, p, core = telling.m, telling.text, telling.sent, telling.p, telling.core
        if p.object and re.search(r"[\"“‘]\s*" + re.escape(p.object.split()[0]),
                                  sent[p.end - m.start:]) and not re.search(r"[\"“”]", text):
            out.append("a quotation told without its marks")  # tweeted: "Long and frank ..."
        if p.object and ev.cut_before_noun(sent, p.object, core):
            out.append("object cut before its noun")  # "shot down a mock nuclear [warhead]"
        last_word = (re.findall(r"[\w'’-]+", core) or [""])[-1]
        ruling = p.lemma in _RULINGS and (p.object or "").startswith("that ") and \
            core.endswith(p.object)
        if last_word.lower().endswith("ly") and len(last_word) > 4 and not ruling and re.search(
                rf"{re.escape(last_word)}\W*\s+[a-z]", sent):
            out.append(f"cut after '{last_word}'")  # "admitted [unintentionally] shooting"
        if re.search(r"\b(one|some|many|two|three|both|each|most|all) of (the|them|those|these)"
                     r"( \w+)?$", core.strip(), re.I) or re.search(
                r"\b(one|some|each) of the (men|women|people|two|three|group)\b", core, re.I):
            out.append("who is meant is told elsewhere: one of ...")
        if p.voice == "active" and not p.frame and not ev.object_near(sent, p.object or "",
                                                                      p.end - m.start):
            out.append("object far from the verb")

    def _others_words(self, telling: _Telling, out: list[str]) -> None:
        """A relative clause, a quotation, an unnamed source."""
        m, text, p = telling.m, telling.text, telling.p
        ruled = p.lemma in _RULINGS and re.match(r"that\s+\S+\s+\S+", p.object or "")
        if ev.relative_piece([p.object or "" if not ruled else "", *(p.modifiers or ())]):
            out.append("relative clause")
        if _in_quotes(m):
            out.append("inside a quotation: someone's words")
        if ev.unbalanced_quotes(text):
            out.append("a quotation cut")
        for r in m.attributed_to:
            if "according to" in text and not any(c.isupper() for c in (r.name or "")):
                out.append("unnamed source")

    def _claim_unbacked(self, telling: _Telling, out: list[str]) -> None:
        """A claim with nobody making it, speculation told as commitment."""
        m, standing, p, hedged = telling.m, telling.standing, telling.p, telling.hedged
        if standing == "alleged":
            # A claim is told with its claimant named in its own sentence, or with the
            # sentence's own hedge ("reportedly"); never a claimant from elsewhere.
            if not self.claimants(m) and not hedged:
                out.append("a claim with nobody named making it")
        if standing in ("future", "conditional") and not p.frame and \
                not (p.modal or "").startswith(("will", "is to", "are to", "shall")):
            out.append("speculation, no commitment")  # "would", "could": a view

    def _conditions_left_out(self, telling: _Telling, out: list[str]) -> None:
        """A condition or a hedge the statement drops."""
        m, text, sent, p, act = telling.m, telling.text, telling.sent, telling.p, telling.act
        said = set(ev.tokens(text))
        cond = ev.condition_after(sent, p.end - m.start)
        if cond and cond.split()[0] not in said:
            out.append(f"condition left out: {cond}")
        for h in ev.hedges_before(sent, act):
            if h not in said:
                out.append(f"hedge: {h}")

    def _whose_words(self, telling: _Telling, out: list[str]) -> None:
        """Whose account the act is: unclear, unsourced, a view, or undone by "but"."""
        m, text, standing, sent = telling.m, telling.text, telling.standing, telling.sent
        p, hedged = telling.p, telling.hedged
        scope = self.scope(m)
        if scope.kind == "unsafe" and not (standing == "alleged" and hedged
                                           and not self.claimants(m)):
            out.append("whose words, unclear: " + scope.why)
        elif scope.kind == "reported" and standing != "alleged":
            if "according to" not in text and not self._own_saying(m, scope):
                out.append("whose account")
            if ev.view_cue(scope.cue):
                out.append(f"a view, not an account: {scope.cue}")
        if scope.kind == "reported" and re.search(r"\bbut\b", sent[p.end - m.start:]) and \
                (p.lemma in _UNDONE or _lemma_of(p.frame or "x") in _UNDONE):
            out.append("what follows 'but' may undo it")  # "agreed to resign but ..."

    def _new_words(self, telling: _Telling, out: list[str]) -> None:
        """Words the sentence does not have, beyond the names and the act's own."""
        m, text, sent, p = telling.m, telling.text, telling.sent, telling.p
        allowed = [p.past or "", p.base or "", p.text or "", p.frame or ""]
        for r in self.actors + self.recipients + self.claimant_refs + list(m.attributed_to):
            allowed += [r.name, display_name(r, self.states), office_of(r) or "",
                        self.states.get(r.country or "", "")]
        allowed += [q.text for q in record(m).quantities or ()]
        allowed += self._cache.get(("resolved", m.id), [])  # named earlier in the paragraph
        # Modifiers another cited telling of the same act adds (cited with it).
        allowed += [x for x in self._modifiers(p, m) if x not in (p.modifiers or ())]
        novel = ev.novel_words(text, sent, allowed)
        if novel:
            out.append("new words: " + " ".join(novel))

    def _verb_as_written(self, telling: _Telling, out: list[str]) -> None:
        """A verb not as the sentence writes it, or a bare verb the sentence goes on from."""
        m, text, standing, sent = telling.m, telling.text, telling.standing, telling.sent
        p, by_doing = telling.p, telling.by_doing
        if p.voice != "noun":
            have = set(ev.tokens(sent))
            verb = [w for w in ev.tokens(p.past or "") if w not in have]
            if verb and p.tense != "past" and not (p.voice == "passive" or by_doing or
                                                   standing != "asserted" or
                                                   _frame_as_written(text, sent, p)):
                out.append("verb not as written: " + " ".join(verb))
            after = sent[p.end - m.start:].lstrip()
            nxt = (re.match(r"[\w'’-]+", after) or [""])[0].lower()
            if nxt in _DAY_WORDS:
                # "resigned Friday as ...": the time the brief gives as the date; what
                # follows it decides.
                after = after[len(nxt):].lstrip(" ,")
                nxt = (re.match(r"[\w'’-]+", after) or [""])[0].lower()
            if not p.object and not p.modifiers and after[:1].isalnum() and \
                    not _ends_with(text, p) and nxt not in _GOES_ON:
                out.append("bare verb, the sentence goes on")

    def _object_complement_left_out(self, telling: _Telling, out: list[str]) -> None:
        """What the object is accused of or asked to do, or what follows the
        statement's last words ("from", "of"), left out; reads the problems found so far."""
        m, sent, p, core = telling.m, telling.sent, telling.p, telling.core
        if p.object and core.lower().endswith(p.object.lower()):
            at = _flat(sent).find(_flat(p.object), max(0, p.end - m.start - 2))
            rest = _flat(sent)[at + len(_flat(p.object)):] if at >= 0 else ""
            if at >= 0 and re.match(r"\s*(of|to|that|for|against|not to)\b", rest):
                out.append("what the object is accused of or asked to do left out")
        tail = re.findall(r"[\w'’-]+", _flat(core))[-2:]
        if len(tail) == 2:
            hit = re.search(r"\b" + r"\W+".join(map(re.escape, tail)) + r"\W*\s+(\w+)",
                            _flat(sent))
            if hit and hit.group(1) in ("from", "of", "that", "to") and \
                    "cut short" not in " ".join(out):
                out.append(f"cut short before '{hit.group(1)} ...'")

    def _gaps_after_verb(self, telling: _Telling, out: list[str]) -> None:
        """Words between the verb and what the statement tells after it."""
        m, sent, p = telling.m, telling.sent, telling.p
        gaps = ev.gaps_after_act(sent, p.end - m.start, [p.object or "",
                                                        *(p.modifiers or ())],
                                 record(m).date_text, " ".join(filter(None, [p.past,
                                                                              p.base])))
        if p.voice == "active" and gaps:
            out.append("words left out after the verb: " + gaps)

    def _pieces_as_written(self, telling: _Telling, out: list[str]) -> None:
        """Objects and modifiers not as written, denied, or a content clause's noun."""
        sent, p = telling.sent, telling.p
        for piece in [p.object or "", *(p.modifiers or ())]:
            if piece and _flat(piece) not in _flat(sent):
                out.append(f"not as written: {piece}")
            if piece and re.search(r"\b(not|never|rather than|instead of)\s+" +
                                   re.escape(_flat(piece)), _flat(sent)):
                out.append(f"the sentence denies it: not {piece}")  # "not against Assad"
            if re.search(r"\b(belief|hope|idea|view|claim|fact|expectation|understanding|"
                         r"impression|notion|assumption|fear|suspicion|assurance|warning|"
                         r"news|word|sign|signal|argument|promise)$", piece.strip(), re.I):
                out.append(f"a content clause left out: {piece}")

    def _ends_unfinished(self, telling: _Telling, out: list[str]) -> None:
        """A statement that ends on a dangling word or cuts the verb from what
        completes it."""
        text, sent, p, core = telling.text, telling.sent, telling.p, telling.core
        last = ev.tokens(text)[-1:] or [""]
        if last[0] in _DANGLING:
            out.append("ends unfinished")
        words = re.findall(r"[\w'’-]+", _flat(core))
        verbs = {w for v in (p.past, p.base) if v for w in _flat(v).split()[-1:]}
        if words and (words[-1] in verbs or (len(words) > 1 and words[-2] == "to")):
            # It ends with a verb ("... to shut", "... pressed X to abide"): the sentence
            # must not go on with what completes it ("shut down", "abide by ...").
            hit = re.search(r"\b" + r"\W+".join(map(re.escape, words[-2:])) +
                            r"\b[\s,]*([a-z][\w'’-]*)?", _flat(sent))
            nxt = hit.group(1) if hit else None
            if nxt in _COMPLETES:
                out.append(f"cut after the verb, before '{nxt}'")
            elif len(words) > 1 and words[-2] == "to" and nxt and \
                    nxt not in ev._PREPOSITIONS and nxt not in _GOES_ON and \
                    nxt not in ("and", "or", "but"):
                out.append(f"an infinitive cut before '{nxt} ...'")  # "to continue [...]"

    def _after_last_words(self, telling: _Telling, out: list[str]) -> None:
        """What the sentence goes on with after the statement's last words: a second
        object, "with ...", a verb that makes them a noun phrase."""
        sent, p, core = telling.sent, telling.p, telling.core
        words = re.findall(r"[\w'’-]+", _flat(core))
        if len(words) > 1:
            hit = re.search(r"\b" + r"\W+".join(map(re.escape, words[-2:])) +
                            r"\b\s+([a-z][\w'’-]*)", _flat(sent))
            nxt = hit.group(1) if hit else ""
            if p.voice == "active" and p.object and p.lemma in _TWO_OBJECTS and nxt and \
                    nxt not in ev._PREPOSITIONS and nxt not in _GOES_ON and \
                    nxt not in ev._TIME_WORDS and core.lower().endswith(p.object.lower()):
                # "promised the Israeli leader [additional funding ...]"
                out.append(f"a second object left out: {nxt} ...")
            if words[-1] in _WITH_NOUNS and nxt in ("with", "between"):
                out.append(f"cut short before '{nxt} ...'")  # "relations [with X]"
        if len(words) > 1 and p.voice == "active":
            hit = re.search(r"\b" + r"\W+".join(map(re.escape, words[-2:])) +
                            r"\b\s+([a-z]+)\b", _flat(sent))
            if hit and (hit.group(1) in ("is", "are", "was", "were", "has", "have", "had")
                        or (p.subject and re.fullmatch(r"[a-z]{3,}ed", hit.group(1)))):
                # "the deal struck between X and Y is ...": a noun phrase, not a clause.
                out.append("a noun phrase, not a clause")

    def _embedded_question(self, telling: _Telling, out: list[str]) -> None:
        """A doer inside an embedded question ("how X ...")."""
        sent, p, act, refs = telling.sent, telling.p, telling.act, telling.refs
        for r in refs:
            last = r.name.split()[-1] if r.name.split() else ""
            for x in dict.fromkeys([r.name, last, last.split("-")[-1]]):
                at = sent.rfind(x, 0, max(0, act)) if len(x) > 2 else -1
                prev = [w for w in re.findall(r"[\w'’]+", sent[:at])[-3:]
                        if w.lower() not in ARTICLES][-1:] if at > 0 else []
                if prev and (prev[0].lower() in ("how", "why", "what", "whether", "where")
                             or (prev[0].lower() == "when" and p.modal)):
                    out.append(f"an embedded question: {prev[0]} ...")
                    break

    def _who_is_meant(self, telling: _Telling, out: list[str]) -> None:
        """A group told elsewhere ("the three countries"), a post left out, a doer
        named in what was done."""
        m, sent, p, core = telling.m, telling.sent, telling.p, telling.core
        if p.subject and re.match(r"(the|both|all)\s+(two|three|four|five|six|several|"
                                  r"other|both)?\s*(countries|nations|sides|men|women|"
                                  r"leaders|states|allies|governments|groups|parties|MPs|lawmakers|ministers|officials)\b",
                                  p.subject.strip(), re.I):
            out.append(f"who is meant is told elsewhere: {p.subject}")  # "the three countries"
        role = re.match(r"\s*(?:[\w'’-]+\s+){0,2}?(as|from)\s+(a|an|the|his|her|its|their)?"
                        r"\s*\w", sent[p.end - m.start:]) if p.lemma in _ROLE_VERBS else None
        if role and not re.search(r"\b(as|from)\b", core) and not (
                role.group(1) == "as" and re.match(
                    r"(?:\s*[\w'’-]+){1,4}?\s+(?:[a-z]+ed|is|was|were|are|has|had)\b",
                    sent[p.end - m.start + role.end(1):])):
            # ("resigned Monday as the mayor weighed ...": a clause, not a post)
            out.append("the post left out")  # "resigning as a shadow minister"
        if re.match(r"(the |both |all )?(two|three|four|five|six|several|other|both) "
                    r"(countries|nations|sides|men|women|leaders|states|allies|governments|"
                    r"groups|parties)\b", core, re.I) or re.match(
                r"(?:(?:the |all )?both|(?:the|these|those) (?:two|three|four|several)) "
                r"(?:MPs|lawmakers|ministers|officials)\b", core, re.I):
            out.append("who is meant is told elsewhere")  # "The three countries launched"
        doer = re.match(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)", core)
        if doer and len(doer.group(1)) > 3 and re.search(
                rf"\b(with|against|on|to|by) {re.escape(doer.group(1))}\b",
                core[doer.end():]):
            out.append("the doer is named in what was done")  # "Iran hailed the accord with Iran"

    def _not_an_act(self, telling: _Telling, out: list[str]) -> None:
        """A raising verb, a bare count, a frame of a later clause."""
        m, sent, p = telling.m, telling.sent, telling.p
        if p.frame and p.frame.split()[-1].lower() in ("alleged", "said", "believed",
                                                       "thought", "reported", "rumored",
                                                       "rumoured", "supposed", "suspected",
                                                       "expected", "feared", "claimed"):
            out.append(f"a raising verb, not an act: {p.frame}")  # "alleged to have raised"
        if p.lemma in _RAISING and re.match(r"\s*to (have|be)\b", sent[p.end - m.start:]):
            out.append("a raising verb, not an act")  # "Chinese alleged to have raised money"
        if p.object and re.fullmatch(r"[\d,.]+", p.object.strip()):
            out.append("a count without what it counts")  # "wounded 2,400"
        if p.frame and p.frame_start is not None and p.frame_start > p.start:
            out.append(f"the frame '{p.frame}' belongs to a later clause")

    def _left_after_object(self, telling: _Telling, out: list[str]) -> None:
        """What it was called, a second agent, a name that may begin the next clause."""
        m, text, sent, p, core = telling.m, telling.text, telling.sent, telling.p, telling.core
        if p.lemma in _COMPLEMENT and p.object and core.lower().endswith(p.object.lower()):
            at = _flat(sent).find(_flat(p.object))
            rest = _flat(sent)[at + len(_flat(p.object)):] if at >= 0 else ""
            if rest.strip(" .") and not re.match(r"\s*(,|and\b|but\b|on\b|in\b|at\b)",
                                                 rest):
                out.append("what it was called is left out")  # "called the killing [...]"
        if True:  # a passive, or a participle told as active ("rejected both by X and by Y")
            after_act = sent[p.end - m.start:]
            if re.search(r"\bby\b[^.;]{1,80}?\band by\b", after_act):
                second = re.search(r"\band by ((?:the |[\w-]+ ){0,3}[\w-]+)", after_act)
                if second and not any(w.lower() in text.lower()
                                      for w in second.group(1).split() if len(w) > 3):
                    out.append("a second agent left out")  # "both by X and by Y"
        if p.object and re.search(r"\band ([A-Z][\w'’-]+)$", p.object.strip()):
            name = p.object.strip().split()[-1]
            if re.search(rf"\b{re.escape(name)},\s+(the|a|an)\b", sent):
                out.append("the last name of the object may begin the next clause")

    # The checks of `problems`, in the order they report.
    _CHECKS = (
        _furniture, _dateline_subject, _account_left_out, _subject_problems, _actor_problems,
        _clause_of_condition, _object_runs_on, _limit_left_out, _object_told_whole,
        _frame_binds, _perfect_modal, _unresolved_pronouns, _object_needed, _name_cut_short,
        _cut_words, _others_words, _claim_unbacked, _conditions_left_out, _whose_words,
        _new_words, _verb_as_written, _object_complement_left_out, _gaps_after_verb,
        _pieces_as_written, _ends_unfinished, _after_last_words, _embedded_question,
        _who_is_meant, _not_an_act, _left_after_object)


    def _fallback(self, standing: str) -> str:
        """The phrase table, for records kept before predicates were (needs an actor)."""
        if any(predicate(m) for m in self.all_mentions) or not any(
                r.kind != "agreement" for r in self.actors):
            return ""
        merged = dataclasses.replace(self.lead, actors=tuple(self.actors),
                                     recipients=tuple(self.recipients),
                                     mentions=tuple(self.mentions))
        claimants = self.claimant_names() if standing == "alleged" else None
        return sentence(merged, self.states, standing=standing, claimants=claimants or None)

    def _subject(self, p: Predicate, m: StoredMention, plain: bool = False) -> str:
        """Who did it: a subject the text names that is no actor ("the treaty"), else the actors the phrased
        sentence names, or the people another re-telling names for those states
        ("signed by their leaders")."""
        if p.subject:
            subject = _ARTICLE.sub("the ", p.subject)  # as its own sentence names it
            # "Six members, including X, quit": the apposition closed before the verb.
            return subject + "," if "," in subject and p.voice == "active" else subject
        if ("written", m.id) in self._cache:
            return self._cache[("written", m.id)]  # the subject as the sentence writes it
        refs = self._subject_refs(p, m)
        surname = one_surname(refs, self.actors, m.text or "")
        if surname:
            return surname  # one written surname the store linked to two people
        return join_names([self._group(r, p, m) or self._as_named(r, m) or
                           self._written_group(r, m) or self._past_dateline(r, m) or (
            display_name(r, self.states) if plain else self._name(r, m.text)) for r in refs])

    def _as_named(self, r: ActorSummary, m: StoredMention) -> str | None:
        """A state as its sentence names it when that is another name than the state's
        own ("Scotland", "Britain", "the U.K.", "Pyongyang"): the brief says no more, and
        no other, than the sentence (a part of a country is not the country)."""
        if r.kind == "person":
            # "the Assad regime", "the Obama administration" linked to the leader: the
            # government acted, as the sentence says, not the person.
            for a in record(m).actor or ():
                text = (a.text or "").strip()
                if a.entity == r.entity_id and _LEADERS_GOVERNMENT.fullmatch(text):
                    return re.sub(r"^The\s", "the ", text)
            return None
        if r.kind not in ("state", "country"):
            return None
        for a in record(m).actor or ():
            text = (a.text or "").strip()
            if a.entity == r.entity_id and text and text != r.name and \
                    _PROPER_NAME.fullmatch(text) and not re.fullmatch(r"[A-Z]{4,}", text):
                return re.sub(r"^The\s", "the ", text)
        return None

    def _past_dateline(self, r: ActorSummary, m: StoredMention) -> str | None:
        """A doer whose words the record runs together with the dateline ("LONDON
        (Reuters) - British lawmakers"): the words after it ("British lawmakers")."""
        if r.entity_id:
            return None
        rest = ev.past_dateline(m.text or "", r.name or "")
        return rest if rest != r.name else None

    def _written_group(self, r: ActorSummary, m: StoredMention) -> str | None:
        """A group of people the store names in more words than the sentence does ("Tory
        MPs" where it writes "MPs"): told as the sentence writes it, no more."""
        words = (r.name or "").split()
        if not words or words[-1].lower() not in ev.GROUP_NOUNS:
            return None
        for a in record(m).actor or ():
            text = (a.text or "").strip()
            if a.entity and a.entity == r.entity_id and text and \
                    _words(text) < _words(r.name or ""):
                return text
        return None

    def _group(self, r: ActorSummary, p: Predicate, m: StoredMention) -> str | None:
        """The doer as its sentence writes it when the name is that of an institution or
        a country and the people of it act ("Andean Community ministers agreed", "Chilean
        officials met"): the name with its group noun (evidence.group_after)."""
        if p.voice != "active" or r.kind == "person":
            return None
        act = p.start - m.start
        if p.frame_start is not None:
            act = min(act, p.frame_start - m.start)
        surface = [a.text for a in (record(m).actor or ()) if a.entity and
                   a.entity == r.entity_id and a.text] + [r.name]
        for x in dict.fromkeys(surface):
            phrase = ev.group_after(m.text or "", x, act)
            if phrase:
                return phrase
        return None

    def _subject_refs(self, p: Predicate, m: StoredMention) -> list[ActorSummary]:
        """The actors a statement told from `m` names as who did it."""
        if p.subject or ("written", m.id) in self._cache:
            return []
        refs = [r for r in self._refs("actors", [m]) if r.kind != "agreement"]
        states = {r.country for r in refs if r.kind != "person"}
        if refs and all(r.kind != "person" for r in refs):
            people = [r for r in self.actors if r.kind == "person"]
            if people and {r.country for r in people} >= states:
                refs = people
        refs = named_people(refs)
        refs = titles_of_others(refs, m.text or "")
        targets = {r.entity_id or r.name for r in self._refs("recipients", [m])}
        return [r for r in refs if (r.entity_id or r.name) not in targets] or refs

    def _modifiers(self, p: Predicate, m: StoredMention) -> list[str]:
        """The phrased sentence's modifiers, then those other cited re-tellings of the
        same act add ("signed in June by their leaders" + "signed during the visit")."""
        mods = [_whole_tally(x, m.text or "") for x in p.modifiers or ()]
        if m.modality in ("future", "conditional") or \
                ev.reports_words((m.text or "")[:max(0, p.start - m.start)], p.start - m.start,
                                 p.end - m.start):
            # "revealed at the summit his plan to close the site": the summit is when he
            # said so, not when the site closes.
            mods = [x for x in mods if not ev.OCCASION.match(x.strip())]
        if p.voice == "active":
            # A phrase that opens the sentence before the verb ("For his part", "In a
            # speech on Saturday") does not follow the verb in the brief: left out.
            sent = (m.text or "").lower()
            mods = [x for x in mods if not (0 <= sent.find(x.lower()) < p.start - m.start)]
        for o in self.all_mentions:
            q = predicate(o)
            if o is m or not q or q.lemma != p.lemma or o.article_id != m.article_id or \
                    q.voice == "noun" or o.modality != m.modality:
                continue
            mine = {r.entity for r in record(m).recipient + record(m).about if r.entity}
            if not mine & {r.entity for r in record(o).recipient + record(o).about
                           if r.entity}:
                continue  # only a re-telling of the act on the same thing (one treaty)
            # Who did it, by entity and country ("Kim and Putin" and "both nations").
            doers = {x for a in record(m).actor for x in (a.entity, a.country) if x}
            theirs = {x for a in record(o).actor for x in (a.entity, a.country) if x}
            if doers and theirs and not doers & theirs:
                continue  # another doer's act: its adjuncts are its own
            if _words(p.object or "") != _words(q.object or "") and not all(
                    set(_words(x or "")) & set(AGREEMENT_NOUNS) for x in (p.object, q.object)):
                continue  # "posted X" and "posted Y" are two acts: adjuncts stay their own
            if not p.object and not q.object and _words((list(p.modifiers or ()) or [""])[0]) \
                    != _words((list(q.modifiers or ()) or [""])[0]):
                continue  # "withdrew from Gaza" and "withdrew from the Gaza Strip": two acts
            said = _words(" ".join([p.object or "", p.past or "", *mods]))
            if p.lemma == "take effect":
                said |= {"effect", "force"}  # "took effect" + "into force": said once
            for extra in q.modifiers or ():
                lead = extra.split()[0].lower() if extra.split() else ""
                if lead in _PREPOSITIONS_LENT and any(
                        x.split() and x.split()[0].lower() == lead for x in mods):
                    continue  # "for five weeks" and "for a five-week period ...": one role
                if not _words(extra) & said:  # "into effect" after "took effect": no
                    mods.append(extra)
                    said |= _words(extra)
                    # The telling the words come from is cited with the statement.
                    lent = self._cache.setdefault(("lent", m.id), [])
                    if o not in lent:
                        lent.append(o)
        return mods

    def _object(self, p: Predicate, sentence: str = "") -> str:
        obj = p.object or ""
        # "a planned meeting with X set" (for this weekend): a participle of the
        # timetable cut from its time says nothing; the object ends at its noun.
        obj = _CUT_TIMETABLE.sub("", obj)
        if obj.lower() in _PRONOUN_OBJECT:
            people = [r for r in self.recipients if r.kind != "agreement"]
            obj = join_names([self._name(r) for r in people]) or obj
        return obj

    def _tell(self, m: StoredMention, standing: str) -> str | None:
        if self._cache.get(("agentless", m.id)):
            return self._agentless(m, standing)
        p = predicate(m)
        if not p.complete:
            return None  # the words leave out what the act was done to or said
        subject = self._subject(p, m, plain=p.voice == "noun")
        if p.voice == "noun":
            return None  # an event noun alone ("Iran's attack on ...") tells no act
        if p.voice == "noun":
            if not re.search(r"\b(of|to|on|against|with|in|between|for|from|into|over)\b",
                             p.text):
                return None  # "UN sanctions", "visit": a bare noun tells no event
            named = [r.text or "" for r in record(m).actor or ()]
            if not subject or any(n and n.lower() in p.text.lower() for n in named):
                return capitalise(p.text)  # "UN sanctions": the actor is in the words
            owner = subject + ("'" if subject.endswith("s") else "'s")
            return capitalise(f"{owner} {p.text}")
        if not subject:
            return None  # nobody named did it: not a statement a reader can use
        if ev.bare_definite(subject):
            subject = self._resolved(subject, m) or ""
        if not subject or re.match(r"(its|their|his|her|whose)\b", subject, re.I):
            return None  # "the operation killed ...": which one, the article said before
        obj = self._object(p, m.text or "")
        if ev.bare_definite(obj) and not (p.lemma in _RULINGS and obj.startswith("that ")):
            obj = self._resolved(obj, m) or ""
            if not obj:
                return None  # "withdrew from the deal": which deal, the article said before
        pointed = _POINTED_OF.search(obj)
        if pointed and ev.bare_definite(pointed.group(1)):
            # "a rough transcript of that call": the call the article named before ("the
            # call between X and Y"), when it named one; else the words as written.
            obj = obj[:pointed.start(1)] + (self._resolved(pointed.group(1), m) or
                                             pointed.group(1))
        if ev.empty_head(obj) or ev.empty_head(subject):
            return None  # "destroyed most", "a series struck ...": of what, it says elsewhere
        for piece in p.modifiers or ():
            bare = re.match(r"(?:from|of|to|on|under|with|into|over|about)\s+(.+)$", piece)
            if bare and ev.bare_definite(bare.group(1)) and \
                    bare.group(1).split()[-1].lower() in AGREEMENT_NOUNS and \
                    not self._resolved(bare.group(1), m):
                return None  # "withdrew from the deal": which deal, the article said before
        if re.match(r"(whose|which|who|whom|that|what)\b", obj, re.I) and not (
                p.lemma in _RULINGS and re.match(r"that\s+\S+\s+\S+", obj)):
            # The object is a relative pronoun: what it stands for is elsewhere. A ruling's
            # "that" clause is what it rules ("ruled that the decree was void").
            return None
        verb_past, verb_base = p.past, p.base
        if obj.lower() in _PRONOUN_OBJECT and " " in (p.base or ""):
            # "shot it down", not "shot down it".
            verb_past = p.past.replace(" ", f" {obj} ", 1)
            verb_base = p.base.replace(" ", f" {obj} ", 1)
            obj = ""
        tail = " ".join(filter(None, [obj, *self._modifiers(p, m)]))
        tail = self._with_counts(tail, m)
        adverb = p.adverb
        if adverb and adverb[:1].isupper():
            adverb = None  # "Essentially, China will buy ...": it opens the sentence
        past = " ".join(filter(None, [adverb, verb_past, tail]))
        base = " ".join(filter(None, [adverb, verb_base, tail]))
        if p.frame in FRAME_NOUNS:
            # "Trump's decision to assassinate ...", "Iran's threat to seize ...".
            owner = subject + ("'" if subject.endswith("s") else "'s")
            return capitalise(f"{owner} {p.frame} to {base}")
        if standing in ("future", "conditional") and not p.frame and not p.modal and \
                p.tense == "past":
            return None  # the text tells it as done: no plan to tell
        framed = bool(p.frame) and not p.frame_subject and (
            standing in ("future", "conditional") or _lemma_of(p.frame) in _NOT_FACTIVE)
        if framed:
            # "X agreed to suspend ...", "X was trying to send ...": the act is the aim.
            past = f"{p.frame} to {base}"
            if standing != "alleged":
                return capitalise(f"{subject} {past}")
        elif p.modal == "did never":
            past = " ".join(filter(None, ["never", past]))
        elif p.modal and not (standing == "negated" and p.modal == "did not"):
            # The text's own modal and negation: "would not accept" stays so.
            past = " ".join(filter(None, [p.modal, base]))
        if p.modal and not framed and standing != "alleged":
            return capitalise(f"{subject} {past}")
        if standing == "alleged":
            # Whose claim it is: those its own sentence names, else the statement's.
            claimants = [self._name(r) for r in self.claimants(m)]
            if claimants and set(claimants) != set(subject.split(" and ")):
                who = join_names(claimants)
                verb = "allege" if len(claimants) > 1 or _plural(who) else "alleges"
                return capitalise(f"{who} {verb} that {subject} {past}")
            if re.match(r"(reportedly|allegedly|apparently)\b", past):
                return capitalise(f"{subject} {past}")  # the text's own hedge
            return capitalise(f"{subject} reportedly {past}")
        if standing in ("future", "conditional") and p.frame:
            if p.frame_subject and p.frame_subject.lower() in _PRONOUN_OBJECT | {"he", "she",
                                                                                 "they",
                                                                                 "we", "i"}:
                return None  # "it would ask the courts to ...": who asks is unknown
            if p.frame_subject:
                # "The agreement commits North Korea and Russia to provide ..."
                return capitalise(f"{p.frame_subject} {p.frame} {subject} to {base}")
            return capitalise(f"{subject} {p.frame} to {base}")
        return in_standing(subject, standing, past, base, conditional="would")

    def _resolved(self, phrase: str, m: StoredMention) -> str | None:
        """`phrase` ("the accord ...") with its pointing head replaced by the one named
        description of that head earlier in the same paragraph ("the accord between Chile
        and Peru", "the Paris accord"); None when there is none or more than one."""
        getter = getattr(self.names, "article_text", None) if self.names else None
        text = getter(m.article_id) if getter else None
        head = re.match(r"(the|this|that|these|those)\s+((?:[a-z][\w'’-]*\s+){0,3}?)"
                        r"([a-z][\w'’-]*)\b", phrase.strip(), re.I)
        if not text or not head or m.start > len(text):
            return None
        # News paragraphs are often one sentence: the article before the sentence, where
        # exactly one named description of the head noun (an agreement's: any of its
        # names) is given.
        found = named_descriptions(text[:m.start], head.group(3).lower())
        if len(found) != 1:
            return None
        name = found.pop()
        # "a transcript of a call between X and Y" described the call: from its own
        # article on ("a call between X and Y").
        own = list(re.finditer(r"\b(?:a|an|the)\s+(?=(?:[\w'’-]+\s+){0,3}?"
                               rf"{re.escape(head.group(3))}\b)", name, re.I))
        if own:
            name = name[own[-1].start():]
        name = re.sub(r"^(a|an|the)\s", "the ", name, flags=re.I)
        self._cache.setdefault(("resolved", m.id), []).append(name)
        return name + phrase.strip()[head.end():]

    def _with_counts(self, tail: str, m: StoredMention) -> str:
        """A count the phrased sentence gives in figures ("over 10,000 troops") when its
        words as told leave it out."""
        for q in record(m).quantities or ():
            text = (q.text or "").strip()
            unit = (q.unit or "").lower()
            # Only a count of what the words name ("troops" -> "over 10,000 troops"): a
            # number inside a name ("Group of 20 summit talks") is no count.
            if text and re.search(r"\d", text) and text.lower() not in tail.lower() and \
                    unit and re.search(rf"\b{re.escape(unit)}\b", tail.lower()):
                return f"{tail} ({text})".strip()
        return tail

    def account(self) -> str | None:
        """Whose account it is, with its verb: the source the phrased sentence names
        ("KCNA reported", "the ministry said"), or one that another true telling of the
        same act in the same article names, else the outlet that first reported it."""
        m, _ = self.checked()
        named: list[ActorSummary] = self.sources(m) if m is not None else []
        if m is not None and not named:
            p = predicate(m)
            for o in self.all_mentions:
                q = predicate(o)
                if o is m or not o.attributed_to or o.article_id != m.article_id or \
                        not q or _synonym(q.lemma) != _synonym(p.lemma):
                    continue
                told = self._told(o, self.standing)
                if told and not self.problems(o, told, self.standing) and self.sources(o):
                    named = self.sources(o)
                    break
        if named:
            named = _union([named])
            verb = "reported" if all(r.sector == "JRN" for r in named) else "said"
            who = join_names([self._source_name(r, m.text if m is not None else None)
                              for r in named])
            if who.startswith(("The ", "A ", "An ")):
                who = who[:1].lower() + who[1:]
            return f"{who} {verb}"
        # No source named: the outlet whose sentence the statement is phrased from tells
        # it in its own voice (not another outlet that reported something else).
        if m is not None:
            return f"{m.source} reported" if m.source else None
        reports = sorted((m for m in self.all_mentions if m.source),
                         key=lambda m: (m.published or "9999", m.article_id))
        return f"{reports[0].source} reported" if reports else None

    def preceded_by(self, others: list["Statement"]) -> "Statement | None":
        """Another asserted statement that a sentence of this one says came first
        ("took effect ... after X exchanged ...")."""
        for other in others:
            if other.standing != "asserted":
                continue
            for m in self.all_mentions:
                p = predicate(m)
                if not p:
                    continue
                for o in other.all_mentions:
                    q = predicate(o)
                    if not q or cite_key(o) != cite_key(m) or q.start <= p.start:
                        continue
                    between = m.text[p.end - m.start:q.start - m.start]
                    if _AFTER.search(between):
                        return other
        return None

    def role_of(self, ref: ActorSummary) -> str | None:
        return office_of(ref) or ref.sector


# A proper name as a sentence writes it ("Britain", "the U.K.", "South Korea").
_PROPER_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
# Adverbs that may stand between "and" and a second verb of the same subject.
_ADVERBS = frozenset("then later also subsequently again soon still just now".split())
# Forms of address that name nobody on their own ("Sir", "Mr").
_HONORIFICS = frozenset(_LISTS["honorifics"])


# A government or camp named by its leader ("the Assad regime", "the Obama
# administration", "the Trump campaign").
_LEADERS_GOVERNMENT = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]+\s+){1,2}(?:regime|government|"
                                 r"administration|campaign|camp|team|loyalists)")


def _unstopped(text: str) -> str:
    """`text` without the punctuation it ends with, but for the full stop of an
    abbreviation ("to join the U.S.", "in Washington, D.C."): the brief adds its own stop
    (render.full_stop) and keeps that one."""
    out = text.rstrip(" .,;:")
    if re.search(r"\b(?:[A-Z]\.)+[A-Z]$", out) and text[len(out):].startswith("."):
        out += "."
    return out


# A pointing phrase that ends an object after "of" ("a transcript of that call").
_POINTED_OF = re.compile(r"\bof\s+((?:this|that|these|those)\s+[a-z][\w'’-]*)$")


_FUNCTION_WORDS = frozenset(_LISTS["function_words"])


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w'’-]+", text.lower()) if w not in _FUNCTION_WORDS}


# Verbs by which an act is aimed at, not done: "tried to send" is no sending.
_NOT_FACTIVE = frozenset(_LISTS["not_factive"])


def _lemma_of(frame: str) -> str:
    """The verb of a frame as written ("was trying" -> "try", "agreed" -> "agree")."""
    word = frame.split()[-1].lower()
    for suffix, repl in (("ying", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""),
                         ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)] + repl
            if stem in _NOT_FACTIVE or stem + "e" in _NOT_FACTIVE:
                return stem if stem in _NOT_FACTIVE else stem + "e"
    return word


def _plural(name: str) -> bool:
    """ "state media reports", "officials", "the Chinese and Russians" (not "the United
    States", not "the Philippines"): takes "allege"."""
    if " and " in name:
        return True
    last = name.split()[-1] if name.split() else ""
    if name.lower().startswith(("the united states", "the philippines", "the netherlands",
                                "the bahamas")):
        return False
    return last.endswith("s") and not last.endswith(("ss", "us", "is")) and last[:1].islower()


# The last word of a doer's words by which the doer is a person of an institution.
_PERSON_TITLE = (r"\b(leader|minister|spokes(?:man|woman|person)|president|secretary|chairman|"
                 r"chairwoman|official|chief|envoy|ambassador|senator|governor|speaker|"
                 r"commander|general|editor|director|adviser|advisor)$")
# Verbs that say what is said of someone ("X alleged to have ...", "Y believed to be").
_RAISING = frozenset(_LISTS["raising"])
# Verbs whose post matters ("resigned as a shadow minister" is not "resigned").
_ROLE_VERBS = frozenset(_LISTS["role_verbs"])
# Verbs whose object takes a complement ("called the killing disproportionate").
_COMPLEMENT = frozenset("call label describe brand deem dub term consider declare".split())
# Acts a later "but" clause may take back ("agreed to resign but disavowed it").
_UNDONE = frozenset("agree promise pledge vow offer accept resign decide consent".split())


_SOMEONE = re.compile(r"\b(leaders?|president|premier|prime minister|chancellor|king|queen|"
                      r"emir|ruler|dictator|strongman|head of state|minister)\b", re.I)
# Verbs with two objects ("promised him funding"): the second is what was done.
_TWO_OBJECTS = frozenset(_LISTS["two_objects"])
# Nouns that say little without whom they are with ("relations [with Netanyahu]").
_WITH_NOUNS = frozenset(_LISTS["with_nouns"])
# Verbs that say nothing without what they were done to ("signed", "announced").
_NEEDS_OBJECT = frozenset(_LISTS["needs_object"])
# Words after a verb that complete it ("shut down", "abide by", "meet with"), unlike a
# time or place ("took effect on Tuesday"), which a statement may leave out.
_COMPLETES = frozenset(_LISTS["completes"])
# Words after a bare verb by which its clause is over ("X resigned and left").
_DAY_WORDS = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}
_GOES_ON = frozenset(_LISTS["goes_on"])


def _frame_as_written(text: str, sentence: str, p: Predicate) -> bool:
    """The act is told under its frame verb as the sentence writes it ("MPs voted to
    reject the deal"): the telling gives the frame's words, not the act's past tense."""
    return bool(p.frame) and f"{p.frame} to {p.base}".lower() in text.lower() and \
        re.search(rf"\b{re.escape(p.frame)}\b", sentence, re.I) is not None


# Prepositions of a modifier's role (how long, where, from where, whom with): a re-telling
# lends no second phrase of a role the phrased telling fills.
_PREPOSITIONS_LENT = frozenset({"for", "in", "at", "from", "to", "with", "into", "on"})
# A vote's tally cut after its first count ("by 432 votes" of "by 432 votes to 202").
_TALLY = re.compile(r"\bby [\d,]+ votes?\Z")
_TALLY_REST = re.compile(r"\s*(?:to|against|-|–)\s*[\d,]+\b")


def _whole_tally(modifier: str, sentence: str) -> str:
    """A modifier giving a vote's first count, with the count it is set against
    ("by 432 votes to 202"), as the sentence writes them."""
    if not _TALLY.search(modifier):
        return modifier
    at = sentence.find(modifier)
    rest = _TALLY_REST.match(sentence, at + len(modifier)) if at >= 0 else None
    return modifier + rest.group(0) if rest else modifier


def _flat(text: str) -> str:
    """Text for a verbatim comparison: lower case, quotes and spaces evened out."""
    text = re.sub(r"[\"“”‘’'«»]", "", (text or "").lower())
    return re.sub(r"\s+", " ", text).strip()


def _same_party(a: ActorSummary, b: ActorSummary) -> bool:
    if a.kind == "agreement" or b.kind == "agreement":
        return False
    if a.entity_id and a.entity_id == b.entity_id:
        return True
    return bool(a.country) and a.country == b.country and a.kind != "person" and \
        b.kind != "person" and a.sector == b.sector


def _in_quotes(m: StoredMention) -> bool:
    """The predicate sits inside quotation marks in its sentence."""
    p = predicate(m)
    if p is None:
        return False
    before = (m.text or "")[:max(0, p.start - m.start)]
    opened = sum(before.count(c) for c in "“«") - sum(before.count(c) for c in "”»")
    return opened > 0 or before.count('"') % 2 == 1


def _ends_with(text: str, p: Predicate) -> bool:
    """The statement goes on after its verb (an attribution does not count)."""
    core = text.split(", according to ")[0].rstrip(" .").lower()
    ends = [v.split()[-1].lower() for v in (p.past, p.base) if v and v.split()]
    return bool(ends) and not any(core.endswith(v) for v in ends)


def _starts_with_name(text: str) -> bool:
    first = text.split(" ", 1)[0]
    return first not in ("The", "A", "An") and first[:1].isupper()


def _union(groups) -> list[ActorSummary]:
    out: dict[tuple, ActorSummary] = {}
    for refs in groups:
        for r in refs:
            key = ("e", r.entity_id) if r.entity_id else \
                ("c", r.country, r.sector, r.name.lower())
            out.setdefault(key, r)
    return list(out.values())


# Words news uses for one act (general English; a CAMEO code is too coarse: 057 is
# signing, ratifying and entering into force alike).
_SYNONYMS = [{"release", "free"}, {"kill", "slay"}, {"arrest", "detain"},
             {"launch", "fire", "test-fire"}, {"sign", "ink"}, {"impose", "slap"},
             {"shell", "bombard"}, {"expel", "kick out"}, {"execute", "put to death"},
             {"abduct", "kidnap"}, {"resign", "quit", "step down"},
             {"withdraw", "pull out"}, {"meet", "meet with"}]
_SYNONYM_OF = {w: min(group) for group in _SYNONYMS for w in group}


def _synonym(lemma: str) -> str:
    """One key for words of one act; a gerund is its verb ("the killing of" = "killed")."""
    if lemma.endswith("ing") and len(lemma) > 6 and " " not in lemma:
        stem = lemma[:-3]
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            stem = stem[:-1]  # "shelling" keeps its ll, "hitting" -> "hit"
        lemma = stem
    return _SYNONYM_OF.get(lemma, lemma)


STANDINGS = STANDING_ORDER
