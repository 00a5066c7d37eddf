"""Argument heads -> ActorRefs: entity, country and sector of who acts.

An argument head token (from events.arguments) becomes one ActorRef per actor
it names: the entity whose mention holds it (the shortest mention wins), the
members of a group ("both nations") or of an agreement acting as subject, the
countries behind a possessive pronoun ("their leaders", "its troops"), one
actor per coordinated nationality ("Italian and French officials"), or a
common noun resolved by the actors stage ("Russian lawmakers" -> RUS, LEG).
An unplaced person or group takes a country its phrase gives ("his deputy",
"Pakistani minister X", "lawyers for X", "police in X"); people who act where
they serve take the country of the event's place; acts only a state does, and
assaults at a named place, with no doer named get an unnamed doer of that
country (`implied_actor`, applied after scoring). "Whose" is the noun its relative
clause modifies; a group or company the actors stage left unlinked takes the
country the knowledge base gives its name ("the Tamil Tigers", "Exxon Corp."); a
state body named with "in X" is of X's country.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from ..actors.entities import _ROYAL_TITLES, _bare_institution, own_nationality
from ..actors.gazetteer import fold, gazetteer
from ..actors.layout import capitalised_common_word
from ..actors.name_cues import PARTED_TITLES, PARTED_TITLES_CAPS
from ..actors.statenames import us_state_homonyms
from ..actors.anaphora import (ABROAD, STATE_SECTORS, References, dominant_country,
                               institution_of_the_story, people_of_the_story)
from ..dateline import dateline_at
from ..records import ActorRef, Entity
from ..words import word_lists
from .lexicon import lemma_of, word_classes
from .arguments import (named_day_or_month, premodifier_party, AGREEMENT_NOUNS, ATTACK_NOUNS, FIRST_PERSON, PRON_PERSON, PRON_PLURAL,
                        PRON_SINGULAR, VERB_POS, conjuncts, is_thing)
from .predicate import first_conjunct

# The word lists of this module: data/actorrefs_lists.toml.
_LISTS = word_lists("newsbrief.events", "actorrefs_lists.toml")
PEOPLE = word_classes()["people"]
# Nouns of plain people, of no office or trade.
PLAIN_PEOPLE = frozenset(_LISTS["plain_people"])
# Prepositions that name some members of a group noun, alone ("including") or with a
# word on them ("such as" by its "as": preposition -> that word).
MEMBER_PREPS = frozenset(_LISTS["member_preps"])
MEMBER_PREP_PAIRS = dict(pair.split() for pair in _LISTS["member_prep_pairs"])
# Participles that name the one leading a group under "by" ("opponents led by X"), the
# group nouns that are of one country whoever leads them (a force, peacekeepers or a
# coalition led by a general of one state are not of his state), and the modifiers
# that make even those of many ("international critics").
LED_BY_VERBS = frozenset(_LISTS["led_by_verbs"])
LED_GROUPS = frozenset(_LISTS["led_groups"])
MANY_COUNTRIES = frozenset(_LISTS["many_countries"])
# People named by the side they take ("critics", "supporters"): the story's, as plain
# people are, when it is clearly about one country and their phrase names no one whose
# side they take ("supporters of Maduro" in a US story are not American).
OPINION_GROUPS = frozenset(_LISTS["opinion_groups"])
# Determiners that make a plural noun's "like" set off by a comma a comparison ("The
# leaders, like X in Russia, were ..."); without one it names members ("Others, like
# X and Y", "some groups, like X").
LIKE_COMPARES = frozenset(_LISTS["like_compares"])
# Entity kinds that can act. Places act by metonymy ("Moscow said"); agreements
# act only through their parties (members), else stand as themselves.
ACTING_KINDS = frozenset({"person", "organization", "state", "group", "place", "agreement"})
PERSON_KINDS = frozenset({"person"})
BODY_KINDS = frozenset({"state", "organization", "place"})

# Acts only a state does to people: with no doer named, who did them (implied_actor).
_POLICE = ("unnamed police", "COP")
_AUTHORITIES = ("unnamed authorities", "GOV")
_PROSECUTORS = ("unnamed prosecutors", "JUD")
_COURT = ("unnamed court", "JUD")
STATE_ACTS = {
    "arrest": _POLICE, "detain": _POLICE, "detention": _POLICE, "handcuff": _POLICE,
    "apprehend": _POLICE,
    "jail": _AUTHORITIES, "imprison": _AUTHORITIES, "imprisonment": _AUTHORITIES,
    "jailing": _AUTHORITIES, "expel": _AUTHORITIES, "expulsion": _AUTHORITIES,
    "deport": _AUTHORITIES, "deportation": _AUTHORITIES, "extradite": _AUTHORITIES,
    "extradition": _AUTHORITIES, "release": _AUTHORITIES, "free": _AUTHORITIES,
    "fine": _AUTHORITIES,
    "charge": _PROSECUTORS, "indict": _PROSECUTORS, "indictment": _PROSECUTORS,
    "prosecute": _PROSECUTORS, "prosecution": _PROSECUTORS,
    "sentence": _COURT, "convict": _COURT, "conviction": _COURT, "sentencing": _COURT,
    "acquit": _COURT,
}
# Taking someone, coded an arrest when the one taken is wanted by the law
# (events.senses._capture): with no captor named, the police of the place did it.
ARRESTING_CAPTURES = frozenset({"capture", "seize"})
# Acts whose "from X" names who did them ("expelled from the party").
LEAVE_FROM = frozenset({"expel", "expulsion"})
# Acts done by a state only when the sentence speaks of custody ("released on bail"),
# by anyone else otherwise ("hostages were released").
CUSTODY_ONLY = frozenset({"release", "free"})
CUSTODY_WORDS = frozenset(_LISTS["custody_words"])
# Nouns of a place whose "of" phrase names it ("the city of X"; not "a mayor of X").
SETTLEMENT_NOUNS = frozenset(_LISTS["settlement_nouns"])


def _title_abbreviation(word: str) -> bool:
    """Is `word` an abbreviated title the tokenizer parts from its stop: as listed
    ("Lt"), or in the capitals of wire copy ("LT . GOV . X": in capitals the tokenizer
    parts "Gov" too, which it keeps whole as "Gov.", so capitals take the list of
    name_cues' `PARTED_TITLES_CAPS` as well)? The titles flagged "parted" and
    "caps" in actors/data/name_cues_lists.toml."""
    return word in PARTED_TITLES or (
        len(word) > 1 and word.isupper() and word.title() in PARTED_TITLES_CAPS)


# Deaths and harm no one inflicted: no attacker is implied where these are named.
NOT_ATTACKS = word_classes()["sense_natural_causes"] | frozenset({
    "suicide", "stampede", "wreck", "drowning", "derailment"})

Resolver = Callable[[str], tuple]
# Resolved common-noun phrases repeat across articles ("lawmakers", "troops"):
# the pipeline keeps one cache of them (a dict passed in as `resolved`), bounded.
RESOLVED_MAX = 50_000

class ActorIndex:
    """Maps argument head tokens of one Doc to ActorRefs."""

    def __init__(self, doc, entities: Iterable[Entity], resolver: Resolver | None = None,
                 user_actors: dict[str, tuple] | None = None,
                 resolved: dict[str, tuple] | None = None):
        self.doc = doc
        self.by_id = {e.id: e for e in entities}
        self.tok_entity: dict[int, Entity] = {}
        self.tok_mention: dict[int, tuple[int, int]] = {}
        self.tok_agreement: dict[int, tuple[Entity, int, int]] = {}
        for ent in self.by_id.values():
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                size = span.end - span.start
                for t in span:
                    if ent.kind == "agreement":
                        self.tok_agreement[t.i] = (ent, span.start, span.end)
                    old = self.tok_mention.get(t.i)
                    # The shortest mention wins: "North Korea" inside "the pact between
                    # North Korea and Russia" is the country.
                    if old is None or size < old[1] - old[0]:
                        self.tok_entity[t.i] = ent
                        self.tok_mention[t.i] = (span.start, span.end)
        self.resolver = resolver
        self.user_actors = user_actors or {}
        # "he", "the president", "the ministry": the entity the text makes clear (actors/anaphora.py)
        self.references = References(doc, self.by_id.values())
        self.story_country = dominant_country(self.by_id.values()) or \
            dateline_country(doc, self.by_id.values())
        # Plain people ("several people", "a woman") are the story country's only
        # when the story is clearly about one country (as the actors stage does
        # for named people: 4 mentions and 70%).
        self.home_country = dominant_country(self.by_id.values(), 4, 0.7)
        # The country a story mentions most, well ahead of the next (half as many
        # again): where an act with no doer named most likely happened.
        self.lead_country = lead_country(self.by_id.values())
        # Phrases resolved by `resolver`: the caller's cache across articles, else
        # one for this article.
        self.resolved = {} if resolved is None else resolved
        # Countries whose name this text uses only for a US state ("Georgia Gov. X"):
        # whatever gives one of them here means the United States (actors.statenames)
        self.as_state = us_state_homonyms(doc)
        self._cache: dict[int, tuple[ActorRef, ...]] = {}
        self._own: dict[str, str | None] = {}

    # ---- lookups

    def entity(self, tok) -> Entity | None:
        ent = self.tok_entity.get(tok.i)
        if ent is not None:
            return ent
        named = self.references.card_name(tok)
        if named is not None:
            return self.tok_entity.get(named.i)
        # The head noun of "North Korea's KCNA news agency" may sit outside the
        # entity span; an appositive or compound name inside it does not. A thing
        # named after someone is not them ("the U.S. commitment", "NATO exercises").
        for child in tok.children:
            if child.dep_ in ("appos", "compound", "flat") and child.i in self.tok_entity:
                cand = self.tok_entity[child.i]
                if (cand.kind != "place" or tok.pos_ == "PROPN") and not is_thing(tok):
                    return cand
        return None

    def resolve_text(self, text: str) -> tuple:
        key = text.lower()
        hit = self.user_actors.get(key)
        if hit is not None:
            return hit
        if self.resolver is None:
            return (None, None, None)
        cache = self.resolved
        got = cache.get(text)
        if got is None:
            try:
                got = tuple(self.resolver(text) or (None, None, None))
            except (ValueError, KeyError):
                got = (None, None, None)
            if len(cache) >= RESOLVED_MAX:
                cache.clear()  # bounded: common nouns repeat, names mostly do not
            cache[text] = got
        if got[0] in self.as_state:
            # ("the former Georgia congressman"; after the cache, which other texts share)
            got = ("USA",) + tuple(got[1:])
        return got

    def as_read(self, refs: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        """`refs` with the United States for a country whose name the text uses only
        for a US state: the last word on an event's roles, whichever rule placed them
        ("unnamed police" of an arrest "in Georgia")."""
        if not self.as_state or not any(r.country in self.as_state for r in refs):
            return refs
        return tuple(replace(r, country="USA") if r.country in self.as_state else r
                     for r in refs)

    def actorish(self, tok) -> bool:
        """Can this head token stand for an actor (not a thing, not a time)?"""
        if tok.pos_ == "NUM" and self.references.members(tok):
            # "asked all three for files", "the two met": a number that counts
            # people named just before stands for them (_refs gives them)
            return True
        if tok.pos_ in VERB_POS or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY",
                                                     "PERCENT", "QUANTITY", "ORDINAL"):
            return False
        ent = self.entity(tok)
        if ent is not None:
            return ent.kind in ACTING_KINDS
        if tok.pos_ == "PRON":
            # I/we/me/us stand for the speaker of a quote (events.extract).
            return tok.lower_ in PRON_PERSON | PRON_SINGULAR | PRON_PLURAL | FIRST_PERSON
        # The head noun must name people ("Russian lawmakers", "troops"); a country
        # inside the phrase is not enough ("Russia's sovereignty"). A demonym head
        # ("the Turks", "the Chinese") or a noun of people or states ("a Pakistani
        # man", "the other nations", "hostages") is someone too.
        if self.resolve_text(tok.text)[1] or self.resolve_text(tok.lemma_)[1]:
            return True
        if tok.ent_type_ == "NORP" and tok.pos_ in ("PROPN", "NOUN", "ADJ") and \
                self.resolve_text(tok.text)[0]:
            return True
        if tok.pos_ in ("PROPN", "NOUN") and tok.ent_type_ in ("", "PERSON") and \
                _demonym(tok.text):
            # a demonym heading its phrase that the model took for a name or nothing
            # ("four Kashmiris", "Chechens"): people of that country
            return True
        if tok.pos_ == "NOUN" and tok.lower_ == "capital" and any(
                c.dep_ == "amod" and c.ent_type_ == "NORP" and self.resolve_text(c.text)[0]
                for c in tok.children):
            # "a trip to the Kenyan capital": a capital acts as its state
            return True
        return tok.pos_ == "NOUN" and lemma_of(tok) in PEOPLE

    # ---- refs

    def refs(self, tok) -> tuple[ActorRef, ...]:
        got = self._cache.get(tok.i)
        if got is None:
            got = self._refs(tok)
            self._cache[tok.i] = got
        return got

    def agreement(self, tok) -> Entity | None:
        """The agreement entity a head token names, if any ("the pact")."""
        ent = self.entity(tok)
        return ent if ent is not None and ent.kind == "agreement" else None

    def enclosing_agreement(self, tok):
        """The head token of an agreement mention covering this token ("the pact
        between X and Y"), or None."""
        hit = self.tok_agreement.get(tok.i)
        return None if hit is None else self.doc[hit[1]:hit[2]].root

    def _titled_person(self, tok):
        """The head of the person an abbreviated title split from its full stop
        belongs to ("accused Lt. Gov. X": the parser reads "Lt" as a second object,
        and alone it is a soldier of that rank); None for any other token. Only a
        person the actors stage named, within a few tokens of titles and stops."""
        if not _title_abbreviation(tok.text) or tok.i + 2 >= len(self.doc) or \
                self.doc[tok.i + 1].text != ".":
            return None
        for t in self.doc[tok.i + 2:min(len(self.doc), tok.i + 6)]:
            ent = self.tok_entity.get(t.i)
            if ent is not None and ent.kind == "person":
                span = self.tok_mention[t.i]
                return self.doc[span[0]:span[1]].root
            # (a title in capitals the actors stage may have taken for an
            # organisation: "LT . GOV . X")
            if t.text != "." and not _title_abbreviation(t.text) and \
                    not (t.text.endswith(".") and t.text[:1].isupper()):
                return None
        return None

    def _refs(self, tok, as_noun: bool = False) -> tuple[ActorRef, ...]:
        """The actors a head token names; `as_noun` reads it as the common noun it
        is, whatever entity the actors stage made of it."""
        named = self._titled_person(tok) or self.references.card_name(tok)
        if named is not None:
            return self.refs(named)
        half = self._the_half(tok)
        if half is not None:
            return (ActorRef(half.id, np_text(tok), half.country, half.sector),)
        ent = None if as_noun else self.entity(tok)
        if ent is not None and self._plural_noun_taken_for_name(tok, ent):
            # the members place the noun; where they do not (names no one knows,
            # people of no country), the entity stays, or the record would lose the
            # only actor it has
            got = self._refs(tok, as_noun=True)
            if any(r.country for r in got):
                return got
        if ent is not None:
            span = self.tok_mention.get(tok.i)
            pair = self._hyphen_pair(ent) if span is not None and \
                "-" in self.doc[span[0]:span[1]].text else ()
            if pair:
                # (only where the joined name is written: "Trump" alone, a mention
                # the actors stage gave the joined name, is that one person)
                return pair
            text = np_text(tok)
            if span is not None:
                # The phrase must hold the whole name ("Moon Jae-in", not "in").
                lo = min(span[0], _own_left(tok))
                text = _clip_line(self.doc[lo:max(span[1], tok.i + 1)].text)
            refs = self._entity_refs(ent, text)
            if ent.kind == "state" and len(refs) == 1 and not refs[0].sector and \
                    gazetteer().capitals.get(fold(_name_of(tok))) == ent.country:
                # "Santiago said": the state's capital acting is its government
                return (ActorRef(refs[0].entity, refs[0].text, refs[0].country, "GOV"),)
            if ent.kind == "person" and len(refs) == 1 and not ent.country and \
                    not self.own_country(ent):
                # "his deputy, Sergei Ryabkov", "Putin's spokesman X": an unplaced
                # person whose phrase names whose they are is of that one's country
                # (before the country the story mostly speaks of: "London Mayor X");
                # a nationality of their own comes first ("his Ethiopian
                # counterpart, X" is Ethiopian, whoever "his" is)
                owner = (None if _named_by_other_side(tok) else self._owner_country(tok)) \
                    or self._nationality(tok) or self._of_place(tok)
                if owner:
                    return (ActorRef(refs[0].entity, refs[0].text, owner, refs[0].sector),)
            if ent.kind == "organization" and len(refs) == 1 and _bare_institution(ent.name):
                # "the Peruvian congress", "the Kenyan parliament": a bare
                # institution's name the text gives its state in its own phrase is
                # that state's, whichever country the name alone or the story gave it
                own = self._nationality(tok)
                if own and own != refs[0].country:
                    return (ActorRef(refs[0].entity, refs[0].text, own, refs[0].sector),)
            if ent.kind == "organization" and not ent.country and len(refs) == 1 and \
                    not refs[0].country:
                # "the Stimson Center, a think tank in Washington": the place its
                # appositive gives
                place = self._appositive_place(tok)
                if place:
                    return (ActorRef(refs[0].entity, refs[0].text, place, refs[0].sector),)
            if ent.kind == "organization" and len(refs) == 1 and not refs[0].country and \
                    ent.sector in STATE_SECTORS:
                # "the Foreign Ministry in Baghdad": a state body placed by its phrase
                found = self._place_countries(tok, ("in",), after=True)
                if len(found) == 1:
                    return (ActorRef(refs[0].entity, refs[0].text, found.pop(),
                                     refs[0].sector),)
            if ent.kind == "organization" and not ent.country and len(refs) == 1 and \
                    institution_of_the_story(tok, ent.sector):
                # "In Britain, ... investigations by Parliament": the clause's country
                place = self._clause_place(tok)
                if place:
                    return (ActorRef(refs[0].entity, refs[0].text, place, refs[0].sector),)
            return refs
        if tok.pos_ == "PRON":
            target = _participle_target(tok, self.actorish)
            if target is not None:
                # "lashed out at X, accusing her of ...": the one the act was aimed at
                return self.refs(target)
            ants = self.antecedents(tok)
            if not ants and tok.lower_ in ("it", "they"):
                return self._body_of_clause(tok)
            return tuple(r for a in ants for r in self._entity_refs(a, a.name))
        if tok.pos_ == "NOUN":
            body = self._name_ending_in_number(tok)
            if body is not None:
                # "dividing Group of 20 members": the parser read the name's number
                # as a count of the members; they are the body's
                lo = min(m for m, _ in [self.tok_mention.get(c.i, (c.i, c.i))
                                        for c in tok.children if c.dep_ == "nummod"])
                text = _clip_line(self.doc[lo:tok.i + 1].text)
                return self._entity_refs(body, text)
        if tok.pos_ in ("NOUN", "NUM"):
            named = self.references.members(tok)  # "the two men", "the three"
            if named:
                text = np_text(tok)
                return tuple(r for e in named for r in self._entity_refs(e, text))
        if tok.pos_ in ("NOUN", "PROPN") and not as_noun:
            ref = self.references.resolve(tok)  # "the president", "the ministry"
            if ref is not None:
                return self._entity_refs(ref, np_text(tok))
            state = self._the_country(tok)
            if state:
                return state
        text = np_text(tok)
        country, sector = self.resolve_text(text)[:2]
        if not sector:
            sector = self.resolve_text(tok.text)[1] or self.resolve_text(tok.lemma_)[1]
        if not country:
            # "The Tamil Tigers", "Khmer Rouge guerrillas": a group the actors stage
            # did not link, named in its phrase, that the knowledge base places
            found = kb_org(_proper_name(tok))
            if found is not None:
                country, sector = found[0], sector or found[1]
        split = self._coordinated_adjectives(tok, text, sector)
        if split:
            return split
        if not country and lemma_of(tok) in OTHER_SIDE:
            # "his counterpart": the possessor is the other side, and the story's
            # country is no better guess; only a nationality or a place of its own
            # places it ("his counterpart in Oslo")
            found = self._place_countries(tok, ("in", "from"), after=True)
            return (ActorRef(None, text, found.pop() if len(found) == 1 else None, sector),)
        if not country:
            # "their leaders", "his forces", "Russia's military": the possessor's country.
            owners: list[Entity] = []
            including = False  # the owners are members named by "including", "such as", "like"
            for child in tok.children:
                if child.dep_ == "poss":
                    owner = self.entity(child)
                    owners = [owner] if owner else self.antecedents(child)
                    if not owners:
                        # "Iran denied it. The country's foreign minister said ...": a
                        # possessor "the country"/"the nation" is the state named just
                        # before, not the story's country
                        state = [r.country for r in self._the_country(child) if r.country]
                        if state:
                            return (ActorRef(None, text, state[0], sector),)
                        if self.home_country and _bare_country(child) and \
                                self._spoke_of_home(child):
                            # "the country's foremost advocacy groups" with no state
                            # named just before, in a story clearly about one
                            # country: that country's, but only when
                            # the last country the text named before it is that
                            # one ("In Tokyo, ... The country's automakers" in a US
                            # story are not American)
                            return (ActorRef(None, text, self.home_country, sector),)
                    whose = _whose_noun(child) if not owners else None
                    if whose is not None and whose.i != tok.i:
                        # "Russia, whose military is backing X": the noun the
                        # relative clause is about owns the thing
                        got = [r.country for r in self.refs(whose) if r.country]
                        if got:
                            return tuple(ActorRef(None, text, c, sector)
                                         for c in dict.fromkeys(got))
                elif child.dep_ == "prep" and child.lower_ == "of" and not owners:
                    # "the government of North Korea", "the army of Sudan"; each state of
                    # "the leaders of X, Y and Z"; a state body of a person is theirs
                    # ("the administration of Mexican President X")
                    ents = [self.entity(g) for p in child.children if p.dep_ == "pobj"
                            for g in conjuncts(p)]
                    kin = lemma_of(tok) in KIN_NOUNS or (
                        lemma_of(tok) in KIN_PLURALS and tok.tag_ == "NNS")
                    kinds = BODY_KINDS | PERSON_KINDS if lemma_of(tok) in STATE_BODIES or kin \
                        else BODY_KINDS
                    owners = [e for e in ents if e is not None and e.kind in kinds]
                    if kin and not owners:
                        # "the father of an American soldier", "the family of a British
                        # hostage": a person's close family speaks for them and is of
                        # their country (not a son or daughter: children of immigrants
                        # are often of another)
                        found = [r.country for p in child.children if p.dep_ == "pobj"
                                 for r in self.refs(p) if r.country and r.country != "IGO"]
                        if len(set(found)) == 1 and not any(
                                self._hyphen_origin(p) for p in child.children
                                if p.dep_ == "pobj"):
                            return (ActorRef(None, text, found[0], sector),)
                elif child.dep_ == "prep" and _names_members(tok, child) and not owners:
                    # "the candidates, including Senator X and Mayor Y", "liberals such
                    # as Senator X", "senators like X": of the country of the members
                    # it names
                    owners = self._members_named(child)
                    including = bool(owners)
                elif child.dep_ == "acl" and lemma_of(child) in LED_BY_VERBS and \
                        not owners and child.i > tok.i and _one_country_group(tok):
                    # "opponents led by Senator X", "a delegation headed by the foreign
                    # minister": a group of one country with no country of its own is
                    # of the country of the one told leading it (read as the members
                    # named by "including"); not where a place of its clause gives
                    # another ("protesters led by an American actor marched in
                    # Caracas": a foreigner leading a local march). A person
                    # leads it into their country only where the text ties them to it
                    # (`_leader_country`), so the story's country given to a name
                    # does not count, and no fallback to it is tried (`including`)
                    leaders = [e for a in child.children if a.dep_ == "agent"
                               for e in self._members_named(a)]
                    countries = [self._leader_country(e) for e in leaders]
                    places = self._places_of_clause(tok)
                    if leaders and all(countries) and \
                            not (places and not places <= set(countries)):
                        return tuple(ActorRef(None, text, c, sector)
                                     for c in dict.fromkeys(countries))
                elif child.dep_ == "prep" and _serves(tok, child, sector) and not owners and \
                        child.i > tok.i and not any(c.dep_ == "conj" for c in tok.children):
                    # "lawyers for Paul Manafort", "a spokesman from the ruling party", "a
                    # top aide to X": people who speak or act for someone are of that one's
                    # country (in "X and fighters from Y" the phrase is the last conjunct's)
                    ents = [self.entity(g) for g in child.children if g.dep_ == "pobj"]
                    owners = [e for e in ents if e is not None
                              and e.kind in BODY_KINDS | PERSON_KINDS]
                elif child.dep_ == "prep" and child.lower_ == "at" and sector and \
                        not owners and child.i > tok.i and \
                        not any(c.dep_ == "conj" for c in tok.children):
                    # "journalists at the state broadcaster X", "workers at the Y
                    # plant": people of a sector who work at a named organisation
                    # are of its country (a place is where they are, not whose:
                    # "protesters at Z Square" stay the story's)
                    ents = [self.entity(g) for g in child.children if g.dep_ == "pobj"]
                    owners = [e for e in ents if e is not None and e.kind == "organization"
                              and e.country and e.country != "IGO"]
            countries = [c for c in dict.fromkeys(self._countries(owners)) if c]
            if not countries and including and all(e.kind == "person" for e in owners):
                # "scholars, including X and Y": members the actors stage left
                # unplaced are of the country their own refs give (a title, the
                # story's lead country)
                countries = [c for c in dict.fromkeys(
                    r.country for e in owners for r in self._entity_refs(e, e.name)[:1]) if c]
            if not countries and not owners:
                countries = self._body_country(tok, sector)
            if countries:
                return tuple(ActorRef(None, text, c, sector) for c in countries)
            # (an owner with no country of its own does not stop it: "lawmakers from
            # Capitol, Ohio and Maine", where the parser took the first place for a body)
            placed = self._own_place(tok, sector)
            if placed:
                # "a police officer in Ferguson, Mo.", "protesters in Moscow"
                return (ActorRef(None, text, placed, sector),)
            # "In Britain, ... regulators": the country the clause opens with, else
            # the story's
            home = (self._clause_place(tok) if sector and not owners else None) \
                or self.story_country
            if not home and sector in STATE_SECTORS and lemma_of(tok) not in ENVOYS:
                # "the administration", "the cabinet" in a story that mostly speaks
                # of one country: its own (people nouns keep the stricter rule)
                home = self.lead_country
            if home and sector and not owners and \
                    (institution_of_the_story(tok, sector, home)
                     or people_of_the_story(tok, sector, home)):
                # "the government", "police", "protesters": the story country's
                return (ActorRef(None, text, home, sector),)
            if self.home_country and not sector and not owners and \
                    lemma_of(tok) in PLAIN_PEOPLE and \
                    people_of_the_story(tok, "CVL", self.home_country):
                # "several people filed a lawsuit", "a woman alleged" in a story
                # about one country: its civilians
                return (ActorRef(None, text, self.home_country, "CVL"),)
            if self.home_country and not sector and not owners and \
                    lemma_of(tok) in OPINION_GROUPS and not _of_many(tok) and \
                    not self._side_named(tok) and \
                    self._where_clause_happens(tok) <= {self.home_country} and \
                    people_of_the_story(tok, "CVL", self.home_country):
                # "critics say the plan ...", "opponents sued" in a story about one
                # country: that country's (its sector stays unsaid); not where a place
                # of its clause is in another ("supporters rallied in Caracas" in a US
                # story), as with a group "led by" someone above
                return (ActorRef(None, text, self.home_country, sector),)
        return (ActorRef(None, text, country, sector),)

    def _plural_noun_taken_for_name(self, tok, ent: Entity) -> bool:
        """ "Groups including the ACLU and the NRA opposed ...": a plural common noun the
        model took for an organisation's name (a capital at the head of the sentence),
        with no country of its own, that names its members after "including"
        or "such as". It may be read as the common noun it is, so the members' country
        places it; a name the knowledge base knows, or a proper noun, stays the entity."""
        if ent.kind != "organization" or ent.country or ent.kb_id or \
                tok.tag_ != "NNS" or not capitalised_common_word(tok):
            return False
        span = self.tok_mention.get(tok.i)
        if span is None or span[1] - span[0] != 1:
            return False
        return any(c.dep_ == "prep" and c.i > tok.i and _names_members(tok, c)
                   for c in tok.children)

    def _body_country(self, tok, sector) -> list[str]:
        """ "a spokeswoman for Peru's foreign ministry", "the head of Chile's nuclear
        agency": someone of a state body that is no named entity, told by its state
        ("China's", "the Chinese"), is of that state: a person of a sector or one who
        heads or speaks for a body, with the body under "of", "for" or "from"."""
        for child in tok.children:
            if child.dep_ != "prep" or child.i < tok.i:
                continue
            if child.lower_ not in ("of", "for", "from") or not (
                    sector or lemma_of(tok) in AGENTS_FOR | BODY_HEADS):
                continue
            for g in child.children:
                # the state written on the body itself, not the story's country
                # ("the first purpose of government" names none)
                named = any(c.dep_ in ("poss", "amod", "compound", "nmod") and
                            c.ent_type_ in ("GPE", "NORP") for c in g.children)
                if g.dep_ == "pobj" and lemma_of(g) in STATE_BODIES and named and \
                        self.entity(g) is None:
                    got = [r.country for r in self.refs(g) if r.country and r.country != "IGO"]
                    if got:
                        return list(dict.fromkeys(got))
        return []

    def _nationality(self, tok) -> str | None:
        """ "Pakistani Interior Minister X", "London Mayor X": the one country of the
        nationality or place words before a person's name in its phrase (where the
        actors stage split the name and the part that heads the phrase has none). A
        nationality of several words is read whole: "North Korean" is not "Korean"."""
        lo = _own_left(tok)
        found = {self.resolve_text(ent.text)[0] for ent in self.doc.ents
                 if ent.label_ in ("NORP", "GPE") and lo <= ent.start and ent.end <= tok.i
                 and ent.root.dep_ in ("amod", "compound")}
        found.discard(None)
        found.discard("IGO")
        return found.pop() if len(found) == 1 else None

    def _appositive_place(self, tok) -> str | None:
        """The one country of the place phrase of a name's appositive ("X, a think
        tank in Washington", "X, a group based in London")."""
        found = set()
        for app in tok.children:
            if app.dep_ != "appos":
                continue
            heads = [app] + [c for c in app.children if c.dep_ == "acl"]  # "based in"
            for head in heads:
                found |= self._place_countries(head, ("in", "from"))
        return found.pop() if len(found) == 1 else None

    def _of_place(self, tok) -> str | None:
        """ "Crown Prince X of Saudi Arabia", "President X of Croatia": the one country
        of the place a person's name is "of" (after the name)."""
        found = self._place_countries(tok, ("of",), after=True)
        return found.pop() if len(found) == 1 else None

    def _place_countries(self, head, preps: tuple[str, ...], after: bool = False) -> set[str]:
        """The countries of the place names under `head`'s prepositions `preps` ("a
        think tank in Washington", "police from Ohio"), only those after it if
        `after`; no international organisation."""
        found = set()
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps or (after and prep.i < head.i):
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    country = self.resolve_text(np_text(obj))[0]
                    if any(c.dep_ == "conj" for c in obj.children):
                        # "from Ohio, Iowa and Maine": each place by its own name
                        # (the whole phrase names no one place; "in India and
                        # Afghanistan" names two)
                        got = {self.resolve_text(_name_of(g))[0] for g in conjuncts(obj)
                               if g.ent_type_ in ("GPE", "LOC")} - {None}
                        country = got.pop() if len(got) == 1 else None
                    if country and country != "IGO":
                        found.add(country)
        return found

    def own_country(self, ent: Entity) -> str | None:
        """The one nationality a person's own phrase or appositive gives
        (entities.own_nationality), read once per entity; none for a person the
        knowledge base knows (their entry's country stands)."""
        if ent.kind != "person" or ent.kb_id:
            return None
        if ent.id not in self._own:
            own = own_nationality(self.doc, [(m.start, m.end) for m in ent.mentions])
            self._own[ent.id] = "USA" if own in self.as_state else own
        return self._own[ent.id]

    def _owner_country(self, tok) -> str | None:
        """The one country of the possessor in a head's phrase ("his deputy")."""
        for child in tok.children:
            if child.dep_ != "poss":
                continue
            owner = self.entity(child)
            owners = [owner] if owner is not None else self.antecedents(child)
            if not owners:
                # "the country's parliament speaker, X": the state named just before
                return next((r.country for r in self._the_country(child) if r.country), None)
            countries = {c for c in self._countries(owners) if c}
            return countries.pop() if len(countries) == 1 else None
        return None

    def implied_actor(self, tok, args, location=None, typ=None) -> tuple[ActorRef, ...]:
        """Who did an act only a state does to people when the text names no doer:
        "was arrested", "were expelled", "his indictment" -> the unnamed police,
        authorities, prosecutors or court of the country where it happened (the
        event's place, else the country the clause opens with, else the story's).
        Only for someone acted on and no agent in the clause; none when no country
        is clear. The text says "unnamed": it is not a name in the sentence."""
        if args.actor or not args.recipient:
            return ()
        lemma = lemma_of(tok)
        implied = STATE_ACTS.get(lemma)
        if implied is None and typ == "COERCE" and lemma in ARRESTING_CAPTURES:
            implied = _POLICE  # "the suspect was captured": coded an arrest (senses)
        if implied is None:
            return self._implied_attackers(tok, args, typ, location)
        if tok.pos_ in VERB_POS:
            if not args.passive or any(c.dep_ == "agent" for c in tok.children):
                return ()
            if lemma in LEAVE_FROM and any(c.dep_ == "prep" and c.lower_ == "from"
                                           for c in tok.children):
                return ()  # "expelled from the party": the party did it
        elif any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in tok.children):
            return ()
        if lemma in CUSTODY_ONLY and not any(
                lemma_of(t) in CUSTODY_WORDS for t in tok.sent):
            return ()  # "the hostages were released": by their captors, not a state
        if not any(self.refs(r) and (self.entity(r) is None or
                                     self.entity(r).kind in ("person", "group"))
                   for r in args.recipient):
            return ()
        country = told_country(self, tok, location,
                               lambda: self.story_country or self.lead_country)
        if not country:
            return ()
        text, sector = implied
        return (ActorRef(None, text, country, sector),)

    def _implied_attackers(self, tok, args, typ, location) -> tuple[ActorRef, ...]:
        """ "five soldiers were killed in Kandahar", "the attack in Benghazi that killed
        four": an assault whose text names no doer, at a place in one country, was
        done by unnamed attackers of that country (as event datasets code an
        unidentified armed actor by where it struck). Only with the place named in
        the clause (the story's country is no evidence here: an attack abroad is
        told at home), and never for deaths by accident or nature."""
        if typ != "ASSAULT":
            return ()
        country = location.country if location is not None else None
        if not country:
            country = _struck_place(tok)
        if not country or country == "IGO":
            return ()
        if any(t.pos_ == "NOUN" and lemma_of(t) in NOT_ATTACKS
               and not (t.dep_ == "dobj" and lemma_of(t.head) in ("open", "return"))
               for t in tok.sent):
            return ()  # "killed in a crash"; "opened fire" is no fire
        if not any(self.refs(r) for r in args.recipient):
            return ()
        return (ActorRef(None, "unnamed attackers", country, "UAF"),)

    def placed_at(self, refs: tuple[ActorRef, ...], location, tok=None) -> tuple[ActorRef, ...]:
        """ "shot by a police officer in Ferguson": unplaced people who act where they
        live or serve (police, a judge, protesters; not troops, envoys, reporters)
        are of the country where the act happened. So are unnamed armed men
        ("gunmen", "suicide bombers", "militants") where the clause sets their act
        ("blew themselves up in Baghdad"), as event datasets code an armed group by
        where it strikes; troops, often abroad, are not."""
        country = location.country if location is not None else None
        if country == "IGO":
            country = None
        armed = None
        if any(not r.country and not r.entity and r.sector in ARMED_SECTORS for r in refs):
            armed = country or (_act_place(tok) or _place_struck(tok) if tok is not None
                                else None)
            armed = None if armed == "IGO" else armed
        if not country and not armed:
            return refs
        out = []
        for r in refs:
            if r.country or r.entity or self._from_abroad(r.text):
                out.append(r)
            elif country and r.sector in LOCAL_SECTORS:
                out.append(ActorRef(r.entity, r.text, country, r.sector))
            elif armed and r.sector in ARMED_SECTORS:
                out.append(ActorRef(r.entity, r.text, armed, r.sector))
            else:
                out.append(r)
        return tuple(out)

    def _name_ending_in_number(self, tok) -> Entity | None:
        """The organisation whose name ends in the number the parser made a count of
        `tok` ("Group of 20 members"), if any."""
        for c in tok.children:
            if c.dep_ != "nummod" or c.i + 1 != tok.i:
                continue
            ent = self.tok_entity.get(c.i)
            span = self.tok_mention.get(c.i)
            if ent is not None and ent.kind == "organization" and span is not None and \
                    span[1] == c.i + 1 and span[0] < c.i:
                return ent
        return None

    def victims_at(self, refs: tuple[ActorRef, ...], location, tok) -> tuple[ActorRef, ...]:
        """ "wounding one person" in a town of one country, "killed 16 people" in
        southern Afghanistan: plain people an act is done to, with no country of
        their own, are of the country where it happened (the event's place, else the
        place its clause names)."""
        if not any(not r.country and not r.entity and _plain(r.text) for r in refs):
            return refs
        country = location.country if location is not None else None
        country = country or _act_place(tok)
        if not country or country == "IGO":
            return refs
        return tuple(ActorRef(r.entity, r.text, country, r.sector)
                     if not r.country and not r.entity and _plain(r.text)
                     and not self._from_abroad(r.text) else r for r in refs)

    def parties_for_documents(self, heads, refs: tuple[ActorRef, ...],
                              actor: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        """ "signed the pact", "ratified the treaty between X and Y", "negotiated the
        Iran deal": a document is never the one acted on; its party other than the
        doers is (the members the actors stage named, a state named on it), else no
        one. `heads` are the recipient head tokens `refs` were made from; a party
        named inside an agreement's phrase ("an agreement with the government") is
        kept as it is."""
        docs = [h for h in heads if self._document_head(h)]
        if not docs:
            return refs
        doers = {r.entity for r in actor if r.entity}
        own = {r.country for r in actor if r.country}
        dropped: set[ActorRef] = set()
        parties: list[ActorRef] = []
        for head in docs:
            pact = self.agreement(head)
            dropped.update((ActorRef(pact.id, np_text(head), None, None),) if pact is not None
                           else self.refs(head))
            named = [self.by_id[m] for m in (pact.members if pact is not None else ())
                     if m in self.by_id]
            # a state named on it ("the Iran deal"), or its owner ("May's deal"); a
            # name of another kind before it says what it is about ("the Brexit deal")
            named += [e for c in head.children if c.i < head.i
                      and c.dep_ in ("compound", "amod", "nmod", "poss")
                      for e in [self.entity(c)] if e is not None
                      and (c.dep_ == "poss" or e.kind == "state")]
            for member in named:
                if member.kind not in PARTY_KINDS or member.id in doers or (
                        member.kind == "state" and member.country in own):
                    continue
                parties.append(ActorRef(member.id, member.name, member.country, member.sector))
        out = [r for r in refs if r not in dropped] + parties
        return tuple(dict.fromkeys(out))

    def _document_head(self, tok) -> bool:
        """Does this head token name an agreement ("the deal", "the Kyoto Protocol"),
        not a party named inside an agreement's phrase?"""
        if lemma_of(tok) in AGREEMENT_NOUNS:
            return True
        pact = self.enclosing_agreement(tok)
        return pact is not None and pact.i == tok.i

    def _from_abroad(self, text: str) -> bool:
        """ "former European officials", "foreign diplomats", "U.S. allies": a phrase
        whose words point to another country or abroad, or an envoy."""
        words = text.split()
        if not words:
            return False
        if words[-1].lower().rstrip("s") in ENVOYS:
            return True
        return any(w.lower() in ABROAD or self.resolve_text(w)[0]
                   for w in words[:-1])

    def _own_place(self, tok, sector) -> str | None:
        """ "police in Kabul", "protesters in Moscow", "a judge in Ohio": the one
        country of the place phrase after a noun of people who belong where they
        are (not troops, envoys, reporters or armed men, often abroad)."""
        if sector not in LOCAL_SECTORS | ARMED_SECTORS or lemma_of(tok) in ENVOYS:
            # (unnamed armed men are placed where they are, as where they strike:
            # "gunmen in northern Nigeria", "militants in Sinai")
            return None
        found = self._place_countries(tok, ("in", "from", "at"), after=True)
        if not found and (tok.tag_ == "NNS" or sector == "COP"):
            # (only a local body or people in the plural: "X, where the visiting
            # secretary met troops" has the visitor as its subject)
            found = self._where_place(tok)
        return found.pop() if len(found) == 1 else None

    def _where_place(self, tok) -> set[str]:
        """ "sailed on to Cartagena, Colombia, where officials refused ...": the subject of
        a relative clause opened by "where" is in the place the clause hangs on (the
        place's own name, else its appositive's: a town, then its country)."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" or not any(
                c.dep_ == "advmod" and c.lower_ == "where" and c.i < tok.i
                for c in verb.children):
            return set()
        place = verb.head
        for name in [place] + [c for c in place.children if c.dep_ == "appos"]:
            if name.ent_type_ not in ("GPE", "LOC"):
                continue
            country = self.resolve_text(_name_of(name))[0]
            if country and country != "IGO":
                return {country}
        return set()

    def _the_half(self, tok) -> Entity | None:
        """ "The North fired two missiles", "talks with the South": a capitalised
        "the North" or "the South" with no other modifier, in a text that names a
        divided country's halves ("North Korea" and "South Korea", or "South Sudan"
        and "Sudan"), is the one state named with that word (a US story's "the South"
        names no such pair and stays a region)."""
        word = tok.text
        if word not in ("North", "South") or tok.i + 1 < len(self.doc) and \
                self.doc[tok.i + 1].text[:1].isupper() or \
                [c.lower_ for c in tok.children if c.dep_ != "case"] != ["the"]:
            # (a possessive ending is no modifier: "the South's protests")
            return None
        other = "South" if word == "North" else "North"
        names: dict[str, set[str]] = {}
        states: dict[str, Entity] = {}
        for ent in self.by_id.values():
            if ent.kind != "state" or not ent.country or ent.country == "IGO":
                continue
            for m in ent.mentions:
                name = self.doc.text[m.start:m.end].strip()
                names.setdefault(name, set()).add(ent.country)
                if name.startswith(word + " ") and name[len(word) + 1:][:1].isupper():
                    states[ent.country] = ent
        if len(states) != 1:
            return None
        ent = next(iter(states.values()))
        rest = next(n[len(word) + 1:] for n in names if n.startswith(word + " ")
                    and ent.country in names[n])
        if not ({rest, f"{other} {rest}"} & set(names)):
            return None
        return ent

    def _the_country(self, tok) -> tuple[ActorRef, ...]:
        """ "North Korean media said the country had detained ...": a bare "the
        country" or "the nation" is the state named last before it, in its sentence or
        the one before (a state, or a nationality word)."""
        if not _bare_country(tok):
            return ()
        sent = tok.sent
        first = sent.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        for i, country, ent in self._countries_before(tok):
            if i < first:
                break
            if ent is None:
                return (ActorRef(None, np_text(tok), country, "GOV"),)
            if ent.kind == "state":
                return (ActorRef(ent.id, np_text(tok), country, ent.sector),)
        return ()

    def _hyphen_origin(self, tok) -> bool:
        """A person described by a hyphenated origin before the noun ("a US-born
        scientist", "an Iranian-American businessman"): of one of two countries, and
        their family as likely of the other; the kin rule gives none then. Both sides
        of a pair must be countries ("a Muslim-American soldier" is not a pair)."""
        doc = tok.doc
        for h in doc[tok.left_edge.i:tok.i]:
            if h.text not in ("-", "\u2013") or h.i == 0:
                continue
            after = doc[h.i + 1]
            if after.lower_ == "born":
                return True
            if self.resolve_text(doc[h.i - 1].text)[0] and \
                    self.resolve_text(after.text)[0]:
                return True
        return False

    def _spoke_of_home(self, tok) -> bool:
        """Whether the text, just before `tok`, spoke of the story's home country
        only: the nearest earlier mention with a country (a state, place, person or
        organisation, or a nationality word, searched back to the text's start)
        is of it, and no mention of another country stands in its sentence or the two
        before ("In Tokyo, the ministry ... The country's automakers": not the home
        country's, though the American steel they tax came last)."""
        window = tok.sent.start
        for _ in range(2):
            if window > 0:
                window = self.doc[window - 1].sent.start
        nearest = None
        for i, country, _ent in self._countries_before(tok):
            if nearest is None:
                nearest = country
                if country != self.home_country:
                    return False
            if i < window:
                break
            if country != self.home_country:
                return False
        return nearest == self.home_country

    def _countries_before(self, tok):
        """(token index, country, entity) of each mention with a country before `tok`,
        nearest first: entities of any kind, and nationality words (whose entity is
        None)."""
        i = tok.i - 1
        while i >= 0:
            ent = self.tok_entity.get(i)
            if ent is not None:
                if ent.country and ent.country != "IGO":
                    yield i, ent.country, ent
                i = self.tok_mention[i][0] - 1
                continue
            if self.doc[i].ent_type_ == "NORP":
                start = i
                while start > 0 and self.doc[start].ent_iob_ == "I":
                    start -= 1  # "North Korean": the whole word
                country = self.resolve_text(self.doc[start:i + 1].text)[0]
                if country and country != "IGO":
                    yield i, country, None
                i = start - 1
                continue
            i -= 1

    def _members_named(self, prep) -> list:
        """The people and bodies a preposition's objects name, each of a list
        ("including X and Y", "led by X")."""
        ents = [self.entity(g) for p in prep.children if p.dep_ == "pobj"
                for g in conjuncts(p)]
        return [e for e in ents if e is not None and e.kind in BODY_KINDS | PERSON_KINDS]

    def _side_named(self, tok) -> bool:
        """Does a group noun's "of" phrase name an actor whose side it takes ("supporters
        of Maduro", "critics of the government")? Then it is of that side, not
        the story's ("critics of the plan" names none)."""
        return any(c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i and any(
            o.dep_ == "pobj" and self.actorish(o) for o in c.children) for c in tok.children)

    def _leader_country(self, ent: Entity) -> str | None:
        """The country a group of one country "led by" `ent` takes: a body's own; a
        person's only where the text names them with it ("Mexican activist X", "X, a
        Syrian dissident") or they hold an office or role of it (a knowledge-base role
        of that country, or a title of a state's own government, courts, police or
        legislature: `_office_at_home`). A person whom the story's country or the
        knowledge base places by other means ("Pope Francis" unplaced in a US story)
        gives none: a leader is as often a visitor or a figure from abroad."""
        if ent.kind not in PERSON_KINDS or ent.members:
            found = [c for c in self._countries([ent]) if c]
            return found[0] if len(set(found)) == 1 else None
        own = own_nationality(self.doc, [(m.start, m.end) for m in ent.mentions])
        if own:
            return "USA" if own in self.as_state else own
        country = ent.country or (self.lead_country if _office_at_home(ent) else None)
        role = (ent.role or "").removeprefix("former ").split()[:1]
        if country and country != "IGO" and (role == [country] or _office_at_home(ent)):
            # (a UN official's critics are not the UN)
            return country
        return None

    def _places_of_clause(self, tok) -> set:
        """The countries of the places named in the clause of the verb that governs
        `tok`, outside `tok`'s own phrase ("marched in Caracas")."""
        verb = _governing_verb(tok)
        if verb is None:
            return set()
        mine = {t.i for t in tok.subtree}
        found = {self.resolve_text(e.text)[0] for e in tok.doc.ents
                 if e.label_ in ("GPE", "LOC") and verb.left_edge.i <= e.start
                 and e.end <= verb.right_edge.i + 1 and e.start not in mine}
        return {c for c in found if c and c != "IGO"}

    def _where_clause_happens(self, tok) -> set:
        """The countries of the places the verb that governs `tok` happens "in" or "at"
        ("rallied in Caracas"); a place the clause only speaks of ("accused Trump over his
        ties with Russia") is not where it happens."""
        verb = _governing_verb(tok)
        if verb is None:
            return set()
        found = {self.resolve_text(g.text)[0] for p in verb.children
                 if p.dep_ == "prep" and p.lower_ in ("in", "at")
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")}
        return {c for c in found if c and c != "IGO"}

    def _clause_place(self, tok) -> str | None:
        """The country a clause opens with ("In Britain, ...", "In Kabul, ..."): a
        prepositional phrase with "in" before the subject of the verb that governs
        `tok`."""
        verb = _governing_verb(tok)
        if verb is None:
            return None
        subj = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        first = min(subj + [verb.i])
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > first:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC"):
                    country = self.resolve_text(np_text(obj))[0]
                    if country and country != "IGO":
                        return country
        return None

    def body_for_it(self, heads) -> tuple[ActorRef, ...]:
        """The body a subject "it" among a record's actor heads stands for, also one
        the text names by its sector alone ("the opposition said it would ask ..."),
        for a record that has no actor; used after scoring, so that the model reads
        what it read before and no record is made that was not."""
        for head in heads:
            if head.lower_ == "it":
                refs = self._body_of_clause(head, bare=True)
                if refs:
                    return refs
        return ()

    def _body_of_clause(self, pron, bare: bool = False) -> tuple[ActorRef, ...]:
        """ "France said it had suspended ...", "the government published a report in
        which it accused ...": a subject "it" in a clause that a state or body says,
        or that hangs on what it did, is that state or body (a bare "it" elsewhere is
        more often a thing); a subject "they" there is the governing subject when it
        is plural and every one of its references has a country ("Syrian rebels say
        they ..."). With `bare`, also a body the text names by its sector alone."""
        if pron.dep_ not in ("nsubj", "nsubjpass"):
            return ()
        clause = pron.head
        for _ in range(3):
            if clause.dep_ not in ("ccomp", "relcl", "conj", "advcl", "acl") or \
                    clause.head.i == clause.i:
                return ()
            if clause.dep_ == "acl" and not any(m.dep_ == "mark" and m.lower_ == "that"
                                                for m in clause.children):
                return ()  # a noun's content clause ("claims that it ..."), no other acl
            gov = clause.head
            if gov.pos_ in ("NOUN", "PROPN") and clause.dep_ in ("relcl", "acl"):
                # "a report in which it accused": who made the report; "rejected
                # claims that it had shelled X": who rejected them
                gov = gov.head
            subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.i < pron.i and subj.pos_ != "PRON":
                refs = self.refs(subj)
                ents = [self.by_id.get(r.entity) for r in refs if r.entity]
                if pron.lower_ == "they":
                    # "Syrian rebels say they fired ...": a plural subject with a country
                    plural = subj.tag_ in ("NNS", "NNPS") or any(
                        c.dep_ == "conj" for c in subj.children)
                    return refs if plural and refs and all(r.country for r in refs) else ()
                if refs and all(r.country for r in refs) and (
                        any(e is not None and e.kind in BODY_KINDS for e in ents)
                        or any(r.sector in ("GOV", "MIL", "LEG", "JUD") for r in refs)):
                    if subj.pos_ == "PROPN" and \
                            any(e is not None and e.kind in PERSON_KINDS for e in ents):
                        # "Houthi military spokesperson X said it had ...": "it" is
                        # the body a person speaks for, never the person
                        return self._spoken_for(subj)
                    return refs
                if bare and refs and subj.tag_ not in ("NNS", "NNPS") and all(
                        r.sector in SPEAKING_BODIES and not r.entity for r in refs):
                    # "The opposition said it would ...": a body the text names by
                    # its sector alone (no country the story gives it) is still it
                    return refs
                return ()
            clause = gov
        return ()

    def _spoken_for(self, person) -> tuple[ActorRef, ...]:
        """The one body a person's phrase names them as of or for ("Houthi military
        spokesperson X", "X, a spokesman for the army"), or none."""
        words = [t for t in person.subtree if t.i < person.i and t.ent_iob_ == "B"
                 and t.ent_type_ in ("ORG", "NORP") and t.dep_ in ("nmod", "compound", "amod")]
        words += [g for c in person.subtree if c.dep_ == "prep" and c.lower_ in ("for", "of")
                  for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("ORG", "NORP")]
        found = tuple(dict.fromkeys(r for w in words for r in self.refs(w)
                                    if r.country or r.entity))
        return found if len(found) == 1 else ()

    def _coordinated_adjectives(self, tok, text: str, sector) -> tuple[ActorRef, ...]:
        """ "Hungarian and Romanian officials": one actor per nationality. In a list
        ("British, French and German officials") the parser hangs each word before the
        last comma on the noun by itself: every such adjective and its conjuncts count."""
        adjs = [c for c in tok.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        if not adjs:
            return ()
        doc = tok.doc
        # (stacked adjectives with no comma are one people: "Iraqi Kurdish fighters")
        listed = [(a, conjuncts(a)) for a in adjs]
        words = list({w.i: w for a, conj in listed for w in conj
                      if len(conj) > 1 or (a.i + 1 < len(doc) and doc[a.i + 1].text == ",")
                      }.values())
        if len(words) < 2:
            return ()
        refs = []
        for word in words:
            country = self.resolve_text(f"{word.text} {tok.text}")[0]
            if not country:
                return ()
            refs.append(ActorRef(None, text, country, sector))
        return tuple(dict.fromkeys(refs))

    def _countries(self, ents: list[Entity]) -> list[str | None]:
        out: list[str | None] = []
        for e in ents:
            if e.members:
                out.extend(self.by_id[m].country for m in e.members if m in self.by_id)
            else:
                out.append(e.country)
        return out

    def _hyphen_pair(self, ent: Entity) -> tuple[ActorRef, ...]:
        """ "the Trump-Kim summit", "US-China talks": a name the actors stage made of
        two parties joined by a hyphen, each a person or state the article names (by
        a surname or a whole name) or a country's name, is those two, in that order.
        A double-barrelled name ("Zehaf-Bibeau") has no such parts and
        stays one, and so does a country named with a hyphen ("Guinea-Bissau")."""
        if ent.kind not in ("person", "organization", "state", "place") or ent.kb_id:
            return ()
        parts = ent.name.split("-")
        if len(parts) != 2 or not all(p.isalpha() and p[:1].isupper() for p in parts):
            return ()
        g = gazetteer()
        if g.lookup([parts[0], "-", parts[1]]) is not None:
            return ()
        out = []
        for part in parts:
            named = {e.id: e for e in self.by_id.values() if e.id != ent.id and (
                e.kind == "person" and any(m.text.split()[:1] == [part] or
                                           m.text.split()[-1:] == [part] for m in e.mentions)
                or e.kind == "state" and any(m.text == part for m in e.mentions))}
            if len(named) == 1:
                out.extend(self._entity_refs(next(iter(named.values())), part)[:1])
                continue
            info = g.lookup([part])
            if named or info is None or info.kind != "country" or not info.country or \
                    info.country == "IGO":
                return ()
            out.append(ActorRef(None, part, info.country, None))
        if len(out) != 2 or out[0].entity is not None and out[0].entity == out[1].entity or \
                out[0].country == out[1].country and out[0].entity is None:
            return ()
        return tuple(out)

    def _entity_refs(self, ent: Entity, text: str) -> tuple[ActorRef, ...]:
        if ent.members and ent.kind in ("group", "agreement"):
            members = [self.by_id[m] for m in ent.members if m in self.by_id]
            if members:
                return tuple(ActorRef(m.id, m.name, m.country, m.sector) for m in members)
        country = ent.country
        if ent.kind == "person" and not ent.kb_id:
            # "Berg, a Norwegian", "the Turkish businessman, X": a nationality the
            # person's own phrase gives, over the story's country the actors stage
            # gave them (a name the knowledge base knows keeps its entry)
            country = self.own_country(ent) or country
        if country is None and ent.kind == "organization" and len(ent.name.split()) > 1:
            # "The California Public Utilities Commission": a name whose words
            # place it (a US state's body is American)
            country = self.resolve_text(ent.name)[0]
        if country is None and ent.kind == "organization" and not ent.kb_id:
            # "Exxon Corp.", "the Khmer Rouge": a name the linker missed that the
            # knowledge base places as it is written
            found = kb_org(ent.name)
            if found is not None:
                country, sector = found[0], ent.sector or found[1]
                return (ActorRef(ent.id, text, country, sector),)
        elif country is None and ent.kind == "person" and self.resolve_text(text)[2]:
            # "Pope Francis": a titled name the knowledge base places (a name that
            # is also a town, "Judge Susan Bolton", places nobody)
            country = titled_person_country(text)
        if country is None and self.lead_country and (
                (ent.kind == "person" and ent.sector not in UNPLACED_SECTORS
                 and (self.lead_country == "USA" or _office_at_home(ent)) and not _royal(ent))
                or (ent.kind == "organization" and ent.sector in STATE_SECTORS
                    and _bare_institution(ent.name))):
            # A person or state body the text and the knowledge base leave unplaced,
            # in a story that mostly speaks of one country: that country's
            # (foreigners come with their nationality or title). For people only
            # in stories led by the US, as most of the corpus's outlets are: in a
            # story led by another country an unplaced person was as often a
            # visitor (a US secretary in Moscow; judged 3 of 6 right), except one
            # who holds an office of the state's own ("Minister of the Interior X",
            # "Prosecutor Y" in a French story): a visitor's title comes with its
            # country, and offices that deal abroad are left out.
            country = self.lead_country
        return (ActorRef(ent.id, text, country, ent.sector),)

    def antecedents(self, pron) -> list[Entity]:
        """The entities a pronoun most likely stands for, when actors did not link it:
        the nearest earlier person (he/his), body (it/its) or coordination (they)."""
        low = pron.lower_
        if low in PRON_PERSON:
            # the one person the text makes clear, else none (actors/anaphora.py)
            ent = self.references.resolve(pron)
            return [ent] if ent is not None else []
        if low in PRON_PERSON:
            kinds = PERSON_KINDS
        elif low in PRON_SINGULAR:
            kinds = BODY_KINDS
        elif low in PRON_PLURAL:
            kinds = frozenset({"group"})
        else:
            return []
        # A plural pronoun looks back less far: an earlier pair of countries is
        # seldom what "they" means two sentences on.
        start = max(0, pron.i - (30 if low in PRON_PLURAL else 80))
        for i in range(pron.i - 1, start - 1, -1):
            ent = self.tok_entity.get(i)
            if ent is None:
                continue
            if low in PRON_PLURAL:
                tok = self.doc[i]
                if _where(first_conjunct(tok)):
                    # "condemned the attacks in Norway and Sweden, calling them ...":
                    # the places an act happened in are not who "they" are
                    continue
                heads = conjuncts(first_conjunct(tok))
                if len(heads) > 1:
                    found = [self.entity(h) for h in heads]
                    found = [f for f in found if f is not None]
                    if len(found) > 1:
                        return list(dict.fromkeys(found))
            if ent.kind in kinds:
                return [ent]
        return []


# Kinds of entities that can be a party to an agreement.
PARTY_KINDS = frozenset({"state", "organization", "person", "group"})
# Prepositions of where something is or happened ("attacks in Norway").
WHERE_PREPS = frozenset(_LISTS["where_preps"])


# Prepositions that name whom an act is aimed at or done for, on the verb or on its
# object ("lashed out at X", "filed a complaint against X", "pressed his attack on X"):
# data/actorrefs_lists.toml.
_TARGET_PREPS = frozenset(_LISTS["target_preps"])


def _participle_target(pron, actorish):
    """ "arrested X, accusing him of ...", "took aim at X, accusing them of ...",
    "filed a complaint against X, accusing him of ...": the object pronoun of a
    participle set off after its clause stands for that clause's target (its
    object, or whom the verb or its object is aimed at), when exactly one target
    can act, agrees in number with the pronoun and is not the clause's subject."""
    part = pron.head
    low = pron.lower_
    if pron.dep_ != "dobj" or low not in ("him", "her", "them") or part.tag_ != "VBG" or \
            part.dep_ != "advcl" or part.head.i > part.i or part.head.pos_ not in VERB_POS:
        return None
    verb = part.head
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb] + objs
    cands = objs + [g for h in heads for p in h.children
                    if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS and p.i > h.i
                    for g in p.children if g.dep_ == "pobj"]
    plural = low == "them"
    found = [c for c in cands if c.i not in subjects and c.pos_ in ("NOUN", "PROPN")
             and c.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT")
             and (c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in c.children))
             == plural and actorish(c)]
    return found[0] if len(found) == 1 else None


def _where(tok) -> bool:
    """Is this noun the place of a preposition of where ("in Norway and Sweden")?"""
    return tok.dep_ == "pobj" and tok.head.lower_ in WHERE_PREPS


# Sectors of bodies a bare "it" stands for when they say what it does ("the
# opposition said it would ..."), with or without a country.
SPEAKING_BODIES = frozenset({"GOV", "MIL", "LEG", "JUD", "PTY", "OPP", "COP"})
# Sectors of people who act where they live or serve: a place phrase after the noun
# says whose they are.
LOCAL_SECTORS = frozenset({"COP", "CVL", "EDU", "LAB", "JUD", "LEG", "GOV", "BUS", "HLH",
                           "PTY", "OPP"})
# Sectors of unnamed armed men (gunmen, militants, rebels): placed where they strike.
ARMED_SECTORS = frozenset({"UAF", "REB"})
# Words of a state's own bodies ("China's foreign ministry", "Iran's nuclear agency"):
# their people are of that state.
STATE_BODIES = frozenset(_LISTS["state_bodies"])
# People who head or belong to a body ("the head of X's agency", "a member of X's
# delegation").
BODY_HEADS = frozenset({"head", "chief", "director", "member", "official", "officer"})
# People who speak or act for someone ("lawyers for X", "a spokesman from Y").
AGENTS_FOR = frozenset(_LISTS["agents_for"])
# People who serve someone, told with "to" ("an aide to X"); envoys "to" are not of X.
AGENTS_TO = frozenset(_LISTS["agents_to"])
# Nouns of people who deal with other countries ("the leaders", "negotiators"): as
# often foreign as not.
ENVOYS = frozenset(_LISTS["envoys"])
# People named by whom they face ("his counterpart"): never of their possessor's country.
OTHER_SIDE = frozenset(_LISTS["other_side"])
# A person's close family, who speak for them ("the father of X"): of X's country.
KIN_NOUNS = frozenset(_LISTS["kin_nouns"])
# Family words that are kin only in the plural ("the parents of X", not a parent company).
KIN_PLURALS = frozenset(_LISTS["kin_plurals"])
# Sectors whose people are as often foreign to the story as not (reporters, armed
# men, clergy, athletes).
UNPLACED_SECTORS = frozenset({"JRN", "REB", "UAF", "REL", "SPT", "IGO"})
# Sectors of offices a state fills with its own people (a minister, a judge, a police
# chief, a lawmaker), which make an unplaced titled person the lead country's.
HOME_OFFICE_SECTORS = frozenset({"GOV", "JUD", "COP", "LEG"})
# Words of offices that deal with other countries ("Foreign Minister", "Trade
# Representative"): their holders are as often visitors as not.
ABROAD_OFFICES = frozenset(_LISTS["abroad_offices"])
# The actors stage's titles of royalty and nobility, and clergy's.
_ROYAL = _ROYAL_TITLES | {"pope"}


# Plain people acted on ("one person", "16 people", "three women", "civilians").
VICTIMS = PLAIN_PEOPLE | frozenset(_LISTS["victims"])


@lru_cache(maxsize=4096)
def kb_org(name: str | None) -> tuple[str, str | None] | None:
    """(country, sector) of the one organisation the knowledge base lists under a
    name of two or more words ("Tamil Tigers", "Shining Path"), or under a company's
    name without its "Corp."/"Inc." (companies only); None when it lists none or
    several countries. One word alone ("Tigers") names too many things. Kept per name:
    it is asked for every actor-like head and every unlinked organisation, so a
    story's names come back many times, and the knowledge base does not change
    while the process runs."""
    from ..actors.business import org_words
    from ..actors.kb import knowledge_base

    if not name:
        return None
    words = [w for w in name.replace(".", " ").replace(",", " ").split()]
    if words and words[0].lower() == "the":
        words = words[1:]
    tries: list[tuple[str, bool]] = []
    if len(words) >= 2:
        tries.append((" ".join(words), False))
    if len(words) >= 2 and words[-1] in org_words()["suffix"]:
        # ("Exxon Corp.": the words that end a company's name, actors/data/org_words.tsv)
        tries.append((" ".join(words[:-1]), True))
    kb = knowledge_base()
    for key, companies in tries:
        found = [e for e in kb.lookup(key, "O") if e.country and e.country != "IGO"
                 and (not companies or e.sector == "BUS")]
        countries = {e.country for e in found}
        if len(countries) == 1:
            sectors = {e.sector for e in found}
            return countries.pop(), (sectors.pop() if len(sectors) == 1 else None)
        if found:
            return None
    return None


def _proper_name(tok) -> str | None:
    """The proper-noun words of a head's phrase, without a trailing common noun:
    "the Khmer Rouge guerrillas" -> "Khmer Rouge", "The Tamil Tigers" -> "Tamil
    Tigers"; None when the phrase names no one."""
    doc = tok.doc
    words = [t for t in doc[tok.left_edge.i:tok.i + 1]
             if t.pos_ == "PROPN" and (t.i == tok.i or t.head.i == tok.i
                                        or t.dep_ in ("compound", "flat"))]
    if not words:
        return None
    # a run of adjacent proper nouns ending at the head or just before it
    run = [words[-1]]
    for t in reversed(words[:-1]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
        else:
            break
    if run[-1].i not in (tok.i, tok.i - 1):
        return None
    return " ".join(t.text for t in run)


def _serves(tok, prep, sector: str | None) -> bool:
    """Does the person noun `tok` act for whom its preposition `prep` names: "for"/"from"
    after a noun of a sector or an agent ("lawyers for X", "a spokesman from the
    party"), "to" after one who serves ("an aide to X"; an envoy "to" a country is not
    of it)?"""
    if prep.lower_ in ("for", "from"):
        return bool(sector) or lemma_of(tok) in AGENTS_FOR
    return prep.lower_ == "to" and lemma_of(tok) in AGENTS_TO


def _names_members(tok, prep) -> bool:
    """A preposition under a noun that names some of its members: "including", "such
    as", "like" ("liberals such as Senator X", "senators like X"). "Like" names members
    only after a plural noun, and not when set off by a comma after a definite one:
    "The leaders, like X in Russia, were ..." compares them with X, who is not one of
    them."""
    low = prep.lower_
    if low == "like":
        if tok.tag_ not in ("NNS", "NNPS") or prep.i < tok.i:
            return False
        set_off = any(t.text == "," for t in tok.doc[tok.i + 1:prep.i])
        definite = any((c.dep_ == "det" and c.lower_ in LIKE_COMPARES) or c.dep_ == "poss"
                       for c in tok.children)
        return not (set_off and definite)
    return low in MEMBER_PREPS or (
        low in MEMBER_PREP_PAIRS and any(c.lower_ == MEMBER_PREP_PAIRS[low] for c in prep.children))


def _whose_noun(pron):
    """The noun a possessive "whose" stands for: the one its relative clause
    modifies ("Russia, whose military ..." -> Russia), or None."""
    if pron.lower_ != "whose":
        return None
    node = pron
    for _ in range(6):
        if node.dep_ == "relcl" and node.head.i != node.i:
            head = node.head
            return head if head.pos_ in ("NOUN", "PROPN") else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _demonym(word: str) -> bool:
    from ..actors.gazetteer import DEMONYM, gazetteer

    info = gazetteer().lookup([word])
    return info is not None and info.kind == DEMONYM


def _plain(text: str) -> bool:
    words = text.lower().split()
    if not words:
        return False
    last = words[-1]
    return last in VICTIMS or last.endswith("s") and last[:-1] in VICTIMS


def _office_at_home(ent: Entity) -> bool:
    """A person the actors stage gave an office of a state's own government, courts,
    police or legislature ("Minister", "Prosecutor", "Mayor"), not one that deals with
    other countries ("Foreign Minister", "Ambassador": `ENVOYS`, `abroad_offices`)."""
    if not ent.office or ent.sector not in HOME_OFFICE_SECTORS:
        return False
    words = fold(ent.office).replace(".", " ").replace("-", " ").split()
    return not any(w in ENVOYS or w in ABROAD_OFFICES for w in words)


def _royal(ent: Entity) -> bool:
    """A person named or titled as royalty, nobility or clergy ("Prince Andrew")."""
    words = [w.lower() for w in ent.name.split()[:1]]
    office = (ent.office or "").lower().split()
    return bool(words and words[0] in _ROYAL or office and office[0] in _ROYAL)


def _governing_verb(tok):
    """The verb that governs `tok` (at most five heads up), or None."""
    verb = tok
    for _ in range(5):
        if verb.pos_ in VERB_POS or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in VERB_POS else None


def _one_country_group(tok) -> bool:
    """Is `tok` a group noun that is of one country whoever leads it ("protesters",
    "opponents", "a delegation"), with no modifier that makes it of many
    ("international critics", "a joint delegation")? A force, peacekeepers, observers
    or a coalition led by a general or a state are not of the leader's country."""
    return lemma_of(tok) in LED_GROUPS and not _of_many(tok)


def _of_many(tok) -> bool:
    """Has a group noun a modifier that makes it of many states ("international
    critics", "Western supporters")? The modifier is matched by its word or phrase."""
    return any(c.dep_ in ("amod", "compound") and
               (c.lower_ in MANY_COUNTRIES or np_text(c).lower() in MANY_COUNTRIES)
               for c in tok.children)


def _bare_country(tok) -> bool:
    """A bare "the country" or "the nation": no possessor, adjective, compound or
    phrase of its own that would say which ("the Baltic nation", "the nation of X")."""
    return lemma_of(tok) in ("country", "nation") and tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not any(
        c.dep_ in ("poss", "amod", "compound", "prep", "relcl", "acl")
        for c in tok.children)


def lead_country(entities: Iterable[Entity], least: int = 3,
                 ahead: float = 1.5) -> str | None:
    """The country whose states, places, people and organisations a text mentions
    most, with at least `least` mentions and `ahead` times the next country's."""
    counts: dict[str, int] = {}
    for e in entities:
        if e.country and e.country != "IGO" and e.kind in ("state", "place", "person",
                                                          "organization"):
            counts[e.country] = counts.get(e.country, 0) + len(e.mentions)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < least or (len(ranked) > 1 and ranked[0] < ahead * ranked[1]):
        return None
    return max(counts, key=counts.get)


def _struck_place(tok) -> str | None:
    """The country of the place an assault is set in by its own words: "killed in
    Kandahar", and for a clause on an attack noun the noun's place ("the attack on
    the consulate in Benghazi that killed four")."""
    from .places import LOCATIVE_PREPS, _location, gazetteer

    heads = [tok]
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ == "NOUN":
        heads.append(tok.head)
    for head in heads:
        objs = [o for p in head.children if p.dep_ == "prep" for o in p.children
                if o.dep_ == "pobj"]
        places = [o for p in head.children if p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS
                  for o in p.children if o.dep_ == "pobj"]
        # one step down: "against the consulate in Benghazi"
        places += [o2 for o in objs for p in o.children if p.dep_ == "prep"
                   and p.lower_ in LOCATIVE_PREPS for o2 in p.children if o2.dep_ == "pobj"]
        for place in places:
            if place.ent_type_ not in ("GPE", "LOC"):
                continue
            loc = _location(place, gazetteer())
            if loc is not None and loc.country:
                return loc.country
    return None


def told_country(index, tok, location=None, fallback=None) -> str | None:
    """The country of the place an act is told at: the event's place, else the country
    its clause opens with ("In Kabul, ..."), else `fallback()` when given (the story's
    country for `implied_actor`, the act's own place phrase for
    `implicit.standing_alone`); None when that is no country or an IGO. The one choice
    of country for an implied doer and for the record that stands on it."""
    country = location.country if location is not None else None
    if not country or country == "IGO":
        country = index._clause_place(tok)
        if not country and fallback is not None:
            country = fallback()
    return None if not country or country == "IGO" else country


def _act_place(tok) -> str | None:
    """The country of the place an act is set in by its clause: its own place phrase
    or its object's ("hit a building in Ashkelon"), else, for a participle or a
    conjoined verb ("blew themselves up in Baghdad, killing 20"), its governing
    verb's."""
    found = _struck_place(tok) or _object_place(tok)
    if found is None and tok.dep_ in ("advcl", "conj") and tok.head.i != tok.i and \
            tok.head.pos_ in VERB_POS:
        found = _struck_place(tok.head) or _object_place(tok.head)
    if found is None:
        # "killed in an attack by gunmen in northern Mexico": the attack's place
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
                for noun in prep.children:
                    if noun.dep_ == "pobj" and lemma_of(noun) in ATTACK_NOUNS:
                        found = found or _struck_place(noun)
    return found


def _place_struck(verb) -> str | None:
    """The country of a place that is itself the object of an act ("seized the capital
    X", "stormed the city of X", "overran X"): where unnamed armed men strike, as
    `placed_at` places them; a place's name, its appositive's or its "of" phrase's."""
    from .places import _location, gazetteer as places

    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        # (an "of" phrase names the place only under a place word, "the city of X";
        # "a mayor of X" strikes a person, not X)
        names = [obj] + [c for c in obj.children if c.dep_ == "appos"] + \
            [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
             and lemma_of(obj) in SETTLEMENT_NOUNS
             for o in p.children if o.dep_ == "pobj"]
        for place in names:
            if place.ent_type_ in ("GPE", "LOC"):
                loc = _location(place, places())
                # (only a town or city, which the gazetteer puts on the map: a whole
                # state struck is no place the men are from, "forcing the US to pay")
                if loc is not None and loc.country and loc.country != "IGO" and \
                        loc.lat is not None:
                    return loc.country
    return None


def _object_place(verb) -> str | None:
    """The country of a place phrase on a verb's direct object ("hit a building in X")."""
    from .places import LOCATIVE_PREPS, _location, gazetteer

    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for prep in obj.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS:
                continue
            for place in prep.children:
                if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC"):
                    loc = _location(place, gazetteer())
                    if loc is not None and loc.country:
                        return loc.country
    return None


def titled_person_country(text: str) -> str | None:
    """The country the knowledge base gives a titled name, reading no place name
    inside it (resolve_words would take "Bolton" for the English town)."""
    from ..actors.gazetteer import _tokenizer, gazetteer
    from ..actors.resolve import _kb_person_country, scan_gazetteer

    words = [t.text for t in _tokenizer()(text.strip())]
    taken = {j for s, e, _ in scan_gazetteer(gazetteer(), words) for j in range(s, e)}
    return _kb_person_country(words, taken)


def dateline_country(doc, entities: Iterable[Entity]) -> str | None:
    """The country of an article's dateline ("GRAYS, England (AP) - ..."): the first
    place or state whose mention is a dateline's place or region (`dateline_at`)."""
    text = doc.text
    for ent in entities:
        if ent.kind not in ("place", "state") or not ent.country or ent.country == "IGO":
            continue
        for m in ent.mentions:
            if dateline_at(text, m.start, m.end) is not None:
                return ent.country
    return None


def _named_by_other_side(tok) -> bool:
    """ "his counterpart Sergei X", "X, her counterpart": a person named as someone's
    counterpart, in their own phrase or by an appositive (whose possessor is the other
    side, not theirs)."""
    words = [t for t in tok.doc[_own_left(tok):tok.i]]
    words += [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        words.append(tok.head)
    return any(lemma_of(t) in OTHER_SIDE for t in words)


def _own_left(tok) -> int:
    """Where a head token's own phrase starts: its left edge, or after the "and" of
    a person the parser hung inside it ("X and Swedish Foreign Minister Y"); past a
    preconjunct ("Both X and Y") or the comma the parser hangs on an appositive name
    (", Smith, whose party ...")."""
    doc = tok.doc
    inner = premodifier_party(tok)
    left = tok.left_edge.i if inner is None else inner[1]
    while left < tok.i and (doc[left].dep_ in ("preconj", "punct", "cc") or _time_word(doc[left])):
        left += 1  # (a weekday glued on: "... Friday Obama said" names no one Friday)
    return left


def np_text(tok) -> str:
    """The noun phrase of a head token, without its clauses and trailing modifiers."""
    doc = tok.doc
    left = _own_left(tok)
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "appos") and child.i == right + 1:
            right = child.right_edge.i
        else:
            break
    return _clip_line(doc[left:right + 1].text)


def _time_word(tok) -> bool:
    """A weekday, a month the parser read as a date, or the possessive after one
    ("Friday's"), glued onto the front of a name by the parse: never part of an actor."""
    if tok.lower_ in ("'s", "’s"):
        return tok.i > 0 and _time_word(tok.doc[tok.i - 1])
    return named_day_or_month(tok)


def _clip_line(text: str) -> str:
    """The last line of a phrase the parser ran across a line break."""
    return text.rsplit("\n", 1)[-1].strip() if "\n" in text else text


def _name_of(tok) -> str:
    """A place's own name: the token and the compound words right before it."""
    lo = tok.i
    while lo > 0 and tok.doc[lo - 1].dep_ == "compound" and tok.doc[lo - 1].head.i == tok.i:
        lo -= 1
    return tok.doc[lo:tok.i + 1].text
