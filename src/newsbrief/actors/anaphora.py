"""Pronouns and role nouns that stand for an entity the text has named:
"he", "she", "his", "the president", "the prime minister", "the ministry".

    refs = References(doc, entities)
    refs.resolve(token) -> Entity | None

A reference resolves only when the text makes the antecedent clear, else None:
- a personal pronoun: the one person named in the nearest sentence (this one,
  before the pronoun, else the one or two before; four for a subject pronoun
  opening its sentence) that names any; when that sentence names several, the
  one that is its subject (of an earlier sentence, its main verb's); else none;
- "the president", "the foreign minister", "the senator": the one person named
  before whose title in the text (or role at the article's date, from the
  knowledge base) has that word; two such people (a US and a Korean president)
  leave it unresolved unless a country word says which ("the South Korean
  president");
- "the ministry", "the agency", "the party", ...: the one organisation named
  before with that word in its name.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..records import Entity
from .cards import card_tokens
from .gazetteer import COUNTRY, DEMONYM, gazetteer
from ..words import word_lists
from .name_cues import FEMALE_TITLES, MALE_TITLES

# The word lists of this module: data/anaphora_lists.toml.
_LISTS = word_lists("newsbrief.actors", "anaphora_lists.toml")
# The person pronouns, of either gender (anaphora_lists.toml; _GENDER tells which).
PERSON_PRONOUNS = frozenset(_LISTS["male_pronouns"]) | frozenset(_LISTS["female_pronouns"])
ROLE_NOUNS = frozenset(_LISTS["role_nouns"])
ORG_NOUNS = frozenset(_LISTS["org_nouns"])
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
# Nouns of one person someone has ("Ana's mother", "his lawyer"): a pronoun after
# them is more often that person than the owner.
PERSON_NOUNS = ROLE_NOUNS | frozenset(_LISTS["person_nouns"])
# Common nouns of people a pronoun may stand for when no name is meant.
PEOPLE_WORDS = PERSON_NOUNS | frozenset(_LISTS["people_words"])
# People who are someone's: whose owner an object pronoun of their verb stands for
# ("the governor's allies warned him"; `References._subject_owner`).
OWNED_PEOPLE = PEOPLE_WORDS | frozenset(_LISTS["follower_nouns"])
# ... but not armed or judging people, who act on others far more often than on their
# own side's leader ("Assad's soldiers captured him").
UNOWNED_AGAINST = frozenset(_LISTS["unowned_against"])
# Words that count some of the people their "of" phrase names ("some of X's allies").
_PARTITIVES = frozenset(_LISTS["partitives"])
GROUP_NOUNS = frozenset({"group", "organization", "organisation", "movement", "network",
                         "militia"})
# Organisations that "the group" does not refer back to.
_NOT_GROUPS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "JRN", "BUS", "EDU", "HLH"})
_LOOK_BACK = 2  # sentences before the pronoun's own
_FAR_LOOK_BACK = 4  # ... for a subject pronoun opening its sentence
# "The two men", "the three": how many people a counted phrase stands for.
_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_COUNTED_PEOPLE = frozenset(_LISTS["counted_people"])
# Determiners of a count that stands for people named before: "the two men", "all three".
_COUNT_DETERMINERS = frozenset(_LISTS["count_determiners"])


class References:
    def __init__(self, doc: Doc, entities: Iterable[Entity]):
        self.doc = doc
        self.tok_entity: dict[int, Entity] = {}
        for ent in entities:
            if ent.kind not in ("person", "organization"):
                continue
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    self.tok_entity.setdefault(t.i, ent)
        self._sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") \
            else [0]
        # A related-links card run into a sentence is no words of the story: the parser
        # takes its headline words ("MORE", "votes") for the subject of the story's verb
        # ("Ann Berg Ann Louise BergTown votes ... MORE said she ..."), which no pronoun
        # stands for; the name before the card is the story's.
        self.card = card_tokens(doc)

    def card_name(self, tok: Token) -> Token | None:
        """For a word of a related-links card the parser took for a subject, the last
        word of the person named right before the card, whose card it is ("Ann Berg Ann
        Louise BergTown votes ... MORE said X": "MORE" stands for "Berg"; the parser
        often hangs the story's verb under a headline's, "votes ... resigns MORE
        accused X", and the story's verb takes the headline's subject). None for any
        other token, for a card's word in any other role (a headline's object is no one
        of the story), for a pronoun (a headline's quoted "I"), and for a name that is the
        object of a preposition ("the son of Sen. Ann Berg", "a spokesman for ..."): the
        phrase's head is the party, not the person named."""
        if tok.i not in self.card or tok.dep_ not in _SUBJECT or tok.pos_ == "PRON":
            return None
        i = tok.i
        while i - 1 in self.card:
            i -= 1
        ent = self.tok_entity.get(i - 1)
        if ent is None or ent.kind != "person":
            return None
        j = i - 1
        while j > 0 and (self.tok_entity.get(j - 1) is ent or self.doc[j - 1].pos_ == "PROPN"):
            j -= 1
        if j > 1 and self.doc[j - 1].pos_ == "ADP" and self.doc[j - 2].pos_ == "NOUN":
            # the name hangs from a common noun that is the party ("the son of", "a
            # spokesman for"); a title ("Director of National Intelligence") or "such
            # as" keeps the person
            return None
        return self.doc[i - 1]

    def _sentence(self, i: int) -> int:
        lo, hi = 0, len(self._sent_starts)
        while lo + 1 < hi:
            mid = (lo + hi) // 2
            if self._sent_starts[mid] <= i:
                lo = mid
            else:
                hi = mid
        return lo

    def _bounds(self, k: int) -> tuple[int, int]:
        start = self._sent_starts[k]
        end = self._sent_starts[k + 1] if k + 1 < len(self._sent_starts) else len(self.doc)
        return start, end

    def resolve(self, tok: Token) -> Entity | None:
        low = tok.lower_
        if tok.i in self.tok_entity:
            return self.tok_entity[tok.i]
        if low in PERSON_PRONOUNS:
            return self._pronoun(tok)
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        if lemma in ROLE_NOUNS and tok.tag_ != "NNS":
            return self._role(tok, lemma)
        if lemma in ORG_NOUNS and tok.tag_ != "NNS":
            return self._org(lemma, tok) or (self._group(tok) if lemma in GROUP_NOUNS
                                             else None)
        return None

    def members(self, tok: Token) -> list[Entity]:
        """ "The two men met X", "the three said", "asked all three": the people a
        counted phrase with "the" or "all" stands for, when the nearest sentence naming anyone (this one before
        it, else the one or two before) names exactly that many; else none."""
        num = tok if tok.pos_ == "NUM" and tok.dep_ != "nummod" else next(
            (c for c in tok.children if c.dep_ == "nummod"), None)
        n = _COUNTS.get(num.lower_) if num is not None else None
        # ("all three", "both": the same people, counted with another determiner)
        if n is None or not any(c.dep_ == "det" and c.lower_ in _COUNT_DETERMINERS
                                for c in tok.children):
            return []
        if num is not tok and (tok.lemma_.lower() not in _COUNTED_PEOPLE or tok.tag_ != "NNS"):
            return []
        here = self._sentence(tok.i)
        for k in range(here, max(-1, here - _LOOK_BACK - 1), -1):
            start, end = self._bounds(k)
            people: dict[str, Entity] = {}
            for i in range(start, min(end, tok.left_edge.i)):
                ent = self.tok_entity.get(i)
                if ent is not None and ent.kind == "person":
                    people[ent.id] = ent
            if people:
                return list(people.values()) if len(people) == n else []
        return []

    def _group(self, tok: Token) -> Entity | None:
        """ "the group" with no organisation of that word named: the nearest
        non-state, non-media organisation named in this sentence or the two before."""
        first = self._bounds(max(0, self._sentence(tok.i) - _LOOK_BACK))[0]
        for i in range(tok.i - 1, first - 1, -1):
            ent = self.tok_entity.get(i)
            if ent is not None and ent.kind == "organization":
                if ent.sector in _NOT_GROUPS or ent.igo:
                    return None
                return ent
        return None

    # ------------------------------------------------------------------ pronouns

    def _pronoun(self, tok: Token) -> Entity | None:
        here = self._sentence(tok.i)
        start, _ = self._bounds(here)
        # "Clinton criticized him", "the union condemned him": an object pronoun
        # (not a reflexive) never stands for the subject of its own verb.
        # (the participle clauses before a subject pronoun are read twice below:
        # their objects are bound, and they do not stop the pronoun opening its sentence)
        clauses = _participle_clauses(tok)
        bound = _clause_subject_tokens(tok) | _adjunct_object_tokens(clauses)
        # ... nor for whoever that subject names: "Dole criticized Clinton's plan.
        # Dole also accused him" is Clinton (the subject's entity, wherever named)
        bound_ents = {self.tok_entity[i].id for i in bound if i in self.tok_entity}
        # ... nor for the one a subject pronoun of the same gender there stands for
        # ("X said he backed Y's accusers and joined others in urging him": not X).
        # "she criticized him" says nothing: the two differ anyway, and
        # whom "she" stands for is read without gender.
        for i in bound:
            if i < tok.i and i not in self.tok_entity and self.doc[i].dep_ in _SUBJECT and \
                    _GENDER.get(self.doc[i].lower_) == _GENDER.get(tok.lower_, "-"):
                ent = self._pronoun(self.doc[i])
                if ent is not None:
                    bound_ents.add(ent.id)
        owned = self._subject_owner(tok, bound_ents)
        if owned is not None:
            return owned[0]
        # A subject inside a clause the pronoun's own verb governs ("what the gift
        # would be depended on X, he warned") is not what the pronoun stands for.
        governed = _governed_by_own_verb(tok)
        thing_ok = tok.lower_ in _OBJECT_PRONOUNS and _object_verb(tok) is not None
        for i in range(tok.i - 1, start - 1, -1):
            if i in bound or i in governed or i in self.card:
                continue
            # "The president said he ...": the pronoun is the subject noun before it
            t = self.doc[i]
            if t.dep_ in _SUBJECT and t.pos_ in ("NOUN", "PROPN") and i not in self.tok_entity:
                if thing_ok and t.pos_ == "NOUN" and t.head.dep_ == "advcl" and \
                        t.ent_type_ != "PERSON" and not _may_be_owned_person(t):
                    # "As the day unfolded, leaders called on him": the subject of a
                    # clause that sets the scene, no one and naming no owner, says
                    # nothing of whom an object pronoun stands for (a
                    # subject of the main clause still stops the search: "the fact
                    # that X attacked him is ..." names no one the reader can see)
                    continue
                if t.lemma_.lower() in ROLE_NOUNS and t.tag_ != "NNS":
                    return self._role(t, t.lemma_.lower())
                return self._owner(t, tok)
            if t.dep_ in _SUBJECT and (i in self.tok_entity or t.pos_ == "PRON"):
                break
        # "He added: ...", "He then turned to ...": a subject pronoun opening its
        # sentence carries the story's person on through quoted sentences that name
        # nobody
        # (a participle clause of its own verb before it does not count: "Praising
        # X, he said ..." opens with its doer as much as "He said ..." does)
        lead = _participle_lead(clauses)
        opening = tok.dep_ in _SUBJECT and all(
            not t.is_alpha or t.i in lead for t in self.doc[self._sent_starts[here]:tok.i])
        reach = _FAR_LOOK_BACK if opening else _LOOK_BACK
        if bound_ents and any(t.pos_ == "NOUN" and t.lemma_.lower() in PEOPLE_WORDS
                              and t.i not in bound for t in self.doc[start:tok.i]):
            # "when one of the journalists asked, Obama cut him off": with the
            # subject ruled out, someone the sentence names by a common noun is
            # more likely meant than a person of an earlier sentence
            reach = 0
        for k in range(here, max(-1, here - reach - 1), -1):
            start, end = self._bounds(k)
            end = min(end, tok.i)
            people: dict[str, Entity] = {}
            subjects: dict[str, Entity] = {}
            main: dict[str, Entity] = {}
            content: dict[str, Entity] = {}  # subjects of what was said, not of "although"
            for i in range(start, end):
                ent = self.tok_entity.get(i)
                if ent is None or ent.kind != "person" or i in bound or ent.id in bound_ents:
                    continue
                people[ent.id] = ent
                t = self.doc[i]
                head = t
                while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                    head = head.head
                while head.dep_ == "conj" and head.head.i != head.i:
                    head = head.head  # "Trump and Moon met": both are the subject
                if head.dep_ in _SUBJECT:
                    subjects[ent.id] = ent
                    if k < here and head.head.dep_ == "ROOT" and \
                            self.tok_entity.get(head.i) is not None:  # not "the X administration"
                        main[ent.id] = ent
                    elif head.head.dep_ not in _ADVERBIAL:
                        content[ent.id] = ent
            if not people:
                if here - k >= _LOOK_BACK and any(
                        t.dep_ in _SUBJECT and t.pos_ == "PROPN" for t in self.doc[start:end]):
                    break  # past the usual reach, a name we could not type may be meant
                continue
            if len(people) == 1:
                return next(iter(people.values()))
            if len(subjects) == 1:
                return next(iter(subjects.values()))
            if len(main) == 1 and not set(content) - set(main):
                # "Despite X having more followers, Y received more. His post ...":
                # of several subjects of an earlier sentence, the one of its main
                # verb (in the pronoun's own sentence the nearer clause's may be
                # meant: "X said Y did his job and his resignation ...").
                return next(iter(main.values()))
            return None
        return None

    def _subject_owner(self, tok: Token, not_meant: set[str]) -> tuple[Entity] | None:
        """ "Several of the senator's aides cautioned him", "his former wife lodged a
        grievance accusing him", "X's lawyer criticized him": an object pronoun whose own verb's
        subject is people of someone's (a relative, an aide, supporters) stands for that
        someone. The subject itself it cannot be (`_clause_subject_tokens`), and whose
        people they are is whom the sentence is about. Only a named person, a role noun
        that resolves ("the president's"), or a possessive pronoun of the object's own
        gender ("his wife ... him"; "her husband accused him" says nothing); a named
        or role owner only when the text gives no sign of the other gender (`_genders`:
        "Trump said he ... Trump's aides accused her" is not Trump, whose id is then
        added to `not_meant` so the ordinary search passes him too). As a 1-tuple;
        None when the rule does not apply, or when the owner does not resolve ("the
        governor's supporters had threatened him" with no governor named): then the
        ordinary search, which finds the person named before (a 1-tuple of None would
        leave such recipients empty).
        Not inside what a person says ("X said a governor's adviser had
        threatened him": X, the speaker, is the one the clause is about), and not for
        armed or judging people (`UNOWNED_AGAINST`: "Assad's soldiers captured him"
        acts on someone else far more often than on their own side's leader; a named
        owner of theirs goes into `not_meant` too)."""
        if tok.lower_ not in ("him", "her") or tok.dep_ == "poss":
            return None
        verb = _object_verb(tok)
        if verb is not None and self._said_by_a_person(verb):
            return None
        subjects = _implicit_subjects(verb) if verb is not None else []
        if not subjects or subjects[-1].i - subjects[0].i != len(subjects) - 1:
            return None
        # (one word the parser split at its hyphen, "his ex - wife", gives three
        # subjects side by side: the last is the noun, the first may hold the owner)
        subj = subjects[-1]
        poss = [c for s in subjects for c in s.children if c.dep_ == "poss"]
        if len(subjects) == 1 and subj.lower_ in _PARTITIVES:
            # "several of the senator's aides": the people counted
            subj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), subj)
            poss = [c for c in subj.children if c.dep_ == "poss"]
        if subj.pos_ != "NOUN" or subj.i in self.tok_entity or len(poss) != 1 or \
                any(c.dep_ == "conj" for c in subj.children):
            return None
        owner = poss[0]
        ent = self.tok_entity.get(owner.i)
        if subj.lemma_.lower() in UNOWNED_AGAINST:
            if ent is not None and ent.kind == "person":
                not_meant.add(ent.id)  # "Assad's forces captured him": someone else
            return None
        if subj.lemma_.lower() not in OWNED_PEOPLE:
            return None
        if ent is not None:
            if ent.kind != "person":
                return None
            if self._genders(ent, tok) - {_GENDER[tok.lower_]}:
                not_meant.add(ent.id)
                return None
            return (ent,)
        found = None
        if owner.lower_ in _GENDER:
            if _GENDER[owner.lower_] == _GENDER[tok.lower_]:
                found = self._pronoun(owner)
        else:
            lemma = owner.lemma_.lower()
            if owner.pos_ == "NOUN" and lemma in ROLE_NOUNS and owner.tag_ != "NNS" and \
                    any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
                found = self._role(owner, lemma)
                if found is not None and self._genders(found, tok) - {_GENDER[tok.lower_]}:
                    not_meant.add(found.id)
                    return None
        return None if found is None else (found,)

    def _said_by_a_person(self, verb: Token) -> bool:
        """Is `verb` (through a coordination or an infinitive) the content clause of
        a saying verb whose subject is a person: a name, a pronoun, a noun of people
        ("X said a governor's adviser had threatened him")?"""
        for _ in range(4):
            if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
            return False
        for s in verb.head.children:
            if s.dep_ not in _SUBJECT:
                continue
            ent = self.tok_entity.get(s.i)
            if (ent is not None and ent.kind == "person") or s.lower_ in _GENDER or \
                    (s.pos_ == "NOUN" and s.lemma_.lower() in PEOPLE_WORDS):
                return True
        return False

    def _genders(self, ent: Entity, tok: Token) -> set[str]:
        """The genders the text gives a named person before `tok`: a title of one
        gender right before a mention ("Mr.", "Ms."), or a subject pronoun that stands
        for them ("Trump said he ..."). Empty when the text says nothing (no gender
        of names is known here)."""
        out: set[str] = set()
        for i in range(1, tok.i):
            here = self.tok_entity.get(i)
            if here is not None and here.id == ent.id and self.tok_entity.get(i - 1) is None:
                title = self.doc[i - 1].text.rstrip(".").lower()
                if title in _TITLE_GENDER:
                    out.add(_TITLE_GENDER[title])
        for t in self.doc[:tok.i]:
            if t.dep_ in _SUBJECT and t.lower_ in ("he", "she") and \
                    _GENDER[t.lower_] not in out and \
                    getattr(self._pronoun(t), "id", None) == ent.id:
                out.add(_GENDER[t.lower_])
        return out

    def _owner(self, noun: Token, pron: Token) -> Entity | None:
        """ "Netanyahu's office said he ...", "His words followed speeches where he
        ...": the pronoun after a subject noun that someone owns is that owner,
        unless the noun is one person ("Ana's mother said she": the mother), a
        clause of the noun itself holds the pronoun ("X's claim that he ...": whom
        the claim is about), or another person is named in between."""
        if noun.tag_ in ("NN", "NNP") and noun.lemma_.lower() in PERSON_NOUNS or any(
                c.dep_ == "appos" for c in noun.children):
            return None
        clause = pron.head
        if clause.head.i == noun.i and clause.dep_ in ("acl", "ccomp"):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None and noun.tag_ in ("NNS", "NNPS"):
            # "Sources close to X said he", "aides to X said he": people who speak for
            # someone their phrase names (a plural is never "he" itself)
            owner = next((t for t in noun.subtree if t.dep_ == "pobj" and t.i < pron.i
                          and getattr(self.tok_entity.get(t.i), "kind", None) == "person"),
                         None)
        if owner is None:
            return None
        if any(j != owner.i and self.tok_entity.get(j) is not None
               and self.tok_entity[j].kind == "person"
               and self.tok_entity[j] is not self.tok_entity.get(owner.i)
               for j in range(owner.i + 1, pron.i)):
            return None
        ent = self.tok_entity.get(owner.i)
        if ent is not None:
            return ent if ent.kind == "person" else None
        if owner.lower_ in ("his", "her"):
            return self._pronoun(owner)
        return None

    # ------------------------------------------------------------------ role nouns

    def _modifiers(self, tok: Token) -> tuple[list[str], str | None]:
        words, country = [], None
        g = gazetteer()
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "poss"):
                span = self.doc[c.left_edge.i:c.i + 1]
                info = g.lookup([t.text for t in span]) or g.lookup([c.text])
                if info is not None and info.kind in (COUNTRY, DEMONYM):
                    country = info.country
                else:
                    words.append(c.lower_)
        return words, country

    def _before(self, tok: Token, kind: str) -> list[Entity]:
        seen: dict[str, Entity] = {}
        for i in range(0, tok.i):
            ent = self.tok_entity.get(i)
            if ent is not None and ent.kind == kind:
                seen[ent.id] = ent
        return list(seen.values())

    def _role(self, tok: Token, lemma: str) -> Entity | None:
        words, country = self._modifiers(tok)
        # "the longtime senator", "the embattled president": an adjective that is no
        # part of any title ("foreign", "deputy", "top" are: title_words) does not
        # have to stand in the holder's office; a noun before the role still does
        # ("the inspector general" is not the attorney general). A word of
        # when the office is held ("the new president") is dropped too: titles almost
        # never carry it; a party word may not name another party than the
        # holder's title does ("the Republican senator" is no "Democratic Senator"),
        # though a title with no party takes it ("the Republican president" after
        # "President Trump")
        g = gazetteer()
        describing = {c.lower_ for c in tok.children if c.i < tok.i and c.dep_ == "amod"
                      and c.tag_.startswith("JJ") and c.lower_ not in g.title_words
                      and g.role((c.lower_,)) is None}
        parties = {w for w in words if w in _HOME_PARTIES}
        words = [w for w in words if w not in describing]
        want = " ".join(words + [lemma])
        found = []
        for ent in self._before(tok, "person"):
            titles = " ".join(x.lower() for x in (ent.office, ent.role) if x)
            if not titles or lemma not in titles.replace("-", " ").split():
                continue
            if parties and _other_party(parties, titles):
                continue
            if words and want not in titles:
                continue
            if (ent.role or "").startswith("former") or "former" in (ent.office or "").lower():
                continue
            if country and ent.country != country:
                continue
            found.append(ent)
        if len(found) > 1 and all(e.kb_id for e in found):
            # the one who holds that office at the article's date, by the knowledge base
            found = [e for e in found if e.role and lemma in e.role.lower().split()]
        return found[0] if len(found) == 1 else None

    def _org(self, lemma: str, tok: Token) -> Entity | None:
        words, country = self._modifiers(tok)
        found = [e for e in self._before(tok, "organization")
                 if lemma in e.name.lower().split() and all(w in e.name.lower() for w in words)
                 and (country is None or e.country == country)]
        return found[0] if len(found) == 1 else None


def _other_party(parties: set[str], titles: str) -> bool:
    """Does a holder's title name a party, and not one of `parties` ("Democratic Senator"
    for "the Republican senator")?"""
    named = {w for w in titles.replace("-", " ").split() if w in _HOME_PARTIES}
    return bool(named) and not named & parties


def _governed_by_own_verb(tok: Token) -> set[int]:
    """Tokens of the clauses the verb of a subject pronoun governs, before the
    pronoun: "he" in "what the gift would be depended on X, he warned" cannot
    stand for "the gift" (the clause is the content of his own warning)."""
    if tok.dep_ not in _SUBJECT or tok.head.pos_ not in ("VERB", "AUX") or \
            tok.head.lemma_.lower() not in _SAYING:
        return set()
    verb = tok.head
    return {t.i for c in verb.children if c.i < tok.i and c.dep_ in _CONTENT_DEPS
            for t in c.subtree}


_CONTENT_DEPS = frozenset({"ccomp", "parataxis", "csubj", "advcl"})
# Clauses that set a scene ("although X objected", "despite X having"), not content.
_ADVERBIAL = frozenset({"advcl", "pcomp", "acl", "relcl"})
# Verbs whose clause before them is what was said ("..., he warned"); in "the guard
# turned round, he drew a blade" the clause before is no content.
_SAYING = frozenset(_LISTS["saying"])
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "obj"})
# The gender of a person pronoun (English grammar; anaphora_lists.toml).
_GENDER = {**{w: "m" for w in _LISTS["male_pronouns"]},
           **{w: "f" for w in _LISTS["female_pronouns"]}}
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# The gender of a title written before a name ("Mr.", "Ms."; name_cues.py, flags m and f).
_TITLE_GENDER = {**{w: "m" for w in MALE_TITLES}, **{w: "f" for w in FEMALE_TITLES}}


def _clause_subject_tokens(tok: Token) -> set[int]:
    """Tokens of the subject of the verb whose object (direct, dative, or of a
    preposition) the pronoun `tok` is: "him" in "Clinton criticized him" or "spoke
    with him" cannot be Clinton (a reflexive would be). Empty for other tokens;
    "her" as a possessive ("her ministry") is no object."""
    if tok.lower_ not in _OBJECT_PRONOUNS:
        return set()
    head = _object_verb(tok)
    if head is None:
        return set()
    out: set[int] = set()
    subjects = _implicit_subjects(head)
    for subj in subjects:
        names = [subj] + [c for c in subj.children if c.dep_ == "conj"]
        # "X's predecessor, Y, praised her": the subject's appositive is the subject
        names += [c for n in list(names) for c in n.children if c.dep_ == "appos"]
        for name in names:
            # the name itself, not a possessor inside the phrase ("Trump's lawyer
            # criticized him" may mean Trump)
            out.add(name.i)
            out.update(c.i for c in name.children if c.dep_ in ("compound", "flat"))
    return out


def _may_be_owned_person(noun: Token) -> bool:
    """Can a subject noun be a person, or name one as its owner ("the day" cannot;
    "the president", "the lawyers", "Ana's book" can)? Any plural passes, so "the days"
    or "the talks" can too: a loose test, known and left (narrowing it changes which
    pronouns are searched past, unmeasured)."""
    return noun.lemma_.lower() in OWNED_PEOPLE | ROLE_NOUNS or noun.tag_ in ("NNS", "NNPS") \
        or any(c.dep_ == "poss" for c in noun.children)


def _object_verb(tok: Token) -> Token | None:
    """The verb whose object (direct, dative, or of a preposition) `tok` is, else None."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in _OBJECT_DEPS:
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _adjunct_object_tokens(clauses: list[tuple[Token, Token]]) -> set[int]:
    """Tokens of the objects of the participle clauses before a subject pronoun
    that share the pronoun's verb (`_participle_clauses` of the pronoun): "Praising
    X, he urged ...", "After meeting X, she said ...". The pronoun is the
    participle's doer, and the one it praised or met is someone else (the mirror of
    `_clause_subject_tokens`)."""
    out: set[int] = set()
    for verb, _ in clauses:
        for obj in verb.children:
            if obj.dep_ not in _OBJECT_DEPS:
                continue
            for name in [obj] + [c for c in obj.children if c.dep_ in ("conj", "appos")]:
                out.add(name.i)
                out.update(c.i for c in name.children if c.dep_ in ("compound", "flat"))
    return out


def _participle_clauses(tok: Token) -> list[tuple[Token, Token]]:
    """(participle, the clause's head: the participle or its preposition) of each
    participle clause with no doer of its own before the subject pronoun `tok` that
    hangs on the pronoun's verb: "Praising X, he ...", "After meeting X, he ..."."""
    if tok.dep_ not in _SUBJECT or tok.lower_ not in _GENDER or \
            tok.head.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for c in tok.head.children:
        if c.i > tok.i:
            continue
        if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN"):
            out.append((c, c))  # "Praising X, he ..."
        elif c.dep_ == "prep":
            # "After meeting X, he ...": the gerund a preposition governs
            out += [(g, c) for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    # "With X leading, he ...": a clause with a doer of its own is not the pronoun's
    return [(v, h) for v, h in out if not any(c.dep_ in _SUBJECT for c in v.children)]


def _participle_lead(clauses: list[tuple[Token, Token]]) -> set[int]:
    """Tokens of those participle clauses (`_participle_clauses` of the pronoun)."""
    return {t.i for _, head in clauses for t in head.subtree}


# Prepositions after which a gerund's doer is the governing verb's object ("blamed X
# for ...", "accused X of ...", "kept X from ..."), not its subject ("joined X in ...").
_OBJECT_CONTROL_PREPS = frozenset({"for", "of", "from"})


def _implicit_subjects(verb: Token) -> list[Token]:
    """The subject of `verb`, or, for a verb with none of its own, of the verb it
    shares it with: a second verb of a coordination ("X criticized Y and
    ousted him"), a gerund after a preposition ("X joined others in urging him"; the
    object after "for", "of", "from": "X blamed Y for criticizing him"), a
    participle clause ("X spoke, urging him"; "X filed a complaint accusing him") or
    an infinitive with no object before it ("X wants to meet him"; in "X asked Y to
    meet him" the one who meets is Y, whom the pronoun may still name, so nothing is
    bound)."""
    for _ in range(4):
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return own
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            verb = head
        elif verb.dep_ == "pcomp" and head.dep_ == "prep" and \
                head.head.pos_ in ("VERB", "AUX"):
            objects = [c for c in head.head.children if c.dep_ == "dobj"]
            if objects and head.lower_ in _OBJECT_CONTROL_PREPS:
                # "X derided Y for criticizing him", "accused Y of lying to him":
                # the one who criticized is the object
                return objects
            verb = head.head
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
            verb = head
        elif verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and \
                head.head.pos_ in ("VERB", "AUX"):
            # "X filed a complaint accusing him", "sent a letter urging her": the
            # one who filed or sent it
            verb = head.head
        elif verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("dobj", "dative", "iobj") for c in head.children):
            verb = head
        else:
            return []
    return []


__all__ = ["References", "PERSON_PRONOUNS", "ROLE_NOUNS", "ORG_NOUNS"]


# Institutions a text names without their country when it is about one country
# ("the government", "police", "the Senate"): that country's.
INSTITUTIONS = frozenset(_LISTS["institutions"])


def dominant_country(entities: Iterable[Entity], least: int = 3,
                     share: float = 0.6) -> str | None:
    """The country an article is about, when one clearly leads: counted over the
    mentions of states, places, people and organisations with a country; at least
    `least` mentions and `share` of them."""
    counts: dict[str, int] = {}
    for e in entities:
        if e.country and e.country != "IGO" and e.kind in ("state", "place", "person",
                                                          "organization"):
            counts[e.country] = counts.get(e.country, 0) + len(e.mentions)
    if not counts:
        return None
    top, n = max(counts.items(), key=lambda kv: kv[1])
    total = sum(counts.values())
    return top if n >= least and n >= share * total else None


STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


def institution_of_the_story(tok: Token, sector: str | None = None,
                             story: str | None = None) -> bool:
    """ "the government", "police", "the Senate", "the governor": an institution or
    state office (by its sector) named bare (no possessor, no country word, no
    "our"/"their"), which stands for the story's country's."""
    if tok.lemma_.lower() not in INSTITUTIONS and tok.lower_ not in INSTITUTIONS and \
            sector not in STATE_SECTORS and sector != "PTY":
        return False
    if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in _GENERIC_PLURALS:
        return False  # "repressive governments": governments in general
    for c in tok.children:
        if c.i > tok.i:
            continue
        if c.dep_ == "det" and c.lower_ not in _DETS:
            return False  # "our government", "which army"
        if c.dep_ in ("poss", "nmod", "compound", "amod") and c.pos_ in ("PROPN", "PRON", "ADJ"):
            if c.dep_ == "poss" or c.pos_ == "PRON" or c.lower_ in ABROAD:
                return False  # "Russia's army", "their leaders", "foreign officials"
            if c.ent_type_ == "ORG" and c.dep_ == "compound" and _bare_institution(c):
                continue  # "an Air Force spokesperson": the story country's air force
            if c.ent_type_ in ("GPE", "LOC", "ORG", "FAC"):
                return False  # "Kremlin officials", "Kabul police" (resolved before when known)
            if c.ent_type_ == "NORP" and c.lower_ not in _HOME_PARTIES:
                return False  # "Chechen leadership", "Islamic militants"
            if c.pos_ == "PROPN" and c.ent_type_ != "NORP":
                return False
    return not _placed_elsewhere(tok, story)


def _bare_institution(tok: Token) -> bool:
    """A name that is a state institution of no stated country ("Air Force",
    "Navy", "Coast Guard"): the resolver gives it a state sector and no country."""
    from .resolve import resolve_actor_text

    words = tok.doc[tok.left_edge.i:tok.i + 1].text
    country, sector, _ = resolve_actor_text(words)
    return country is None and sector in STATE_SECTORS


# Determiners that leave an institution the story's ("a judge", "some governors").
_DETS = frozenset(_LISTS["dets"])
_GENERIC_PLURALS = frozenset(_LISTS["generic_plurals"])
# Party adjectives of the story's own politics ("Republican senators", "Labour MPs").
_HOME_PARTIES = frozenset(_LISTS["home_parties"])


# People named by a bare common noun ("protesters", "students", "a union"): like
# ACLED, the people of the story's country when the text is about one country and
# the phrase gives no other (no country word, possessor, place phrase or an
# adjective that points abroad). Refugees, journalists, companies, health workers
# and armed men ("the gunmen", "militants") are left out: judged on the corpus,
# they are too often foreign to the story's country (attackers from abroad).
PEOPLE_SECTORS = frozenset({"CVL", "EDU", "LAB", "COP"})
ABROAD = frozenset(_LISTS["abroad"])


def people_of_the_story(tok: Token, sector: str | None, story: str | None = None) -> bool:
    """ "protesters", "the gunmen", "angry students": a people noun of the sectors
    above with nothing in its phrase that names or implies another country."""
    if sector not in PEOPLE_SECTORS:
        return False
    for c in tok.children:
        if c.dep_ in ("poss", "nmod", "compound") and c.pos_ in ("PROPN", "PRON"):
            return False  # "Kenya's students", "their supporters", "Hamas gunmen"
        if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("NORP", "GPE", "LOC", "ORG")
                                                       or c.lower_ in ABROAD):
            return False  # "Syrian rebels" are resolved already; "foreign fighters" are not
    return not _placed_elsewhere(tok, story)


def _placed_elsewhere(tok: Token, story: str | None) -> bool:
    """ "protesters from across the border", "workers in China", "the prime
    minister of Singapore": a place phrase after the noun says whose they are
    (unless the gazetteer puts that place in the story's country: "lawmakers in
    Indiana" of a US story)."""
    g = gazetteer()
    for c in tok.children:
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        if c.lower_ == "from":
            return True
        for obj in c.children:
            if obj.dep_ != "pobj":
                continue
            if c.lower_ == "of" and any(m.dep_ in ("amod", "det") and m.lower_ in ABROAD
                                        for m in obj.children):
                return True  # "the leaders of other nations", "of foreign states"
            places = [t for t in obj.subtree if t.ent_type_ in ("GPE", "LOC", "NORP", "FAC")]
            if not places:
                continue
            info = g.lookup([t.text for t in places]) or g.lookup([places[-1].text])
            if info is None or info.country != story:
                return True
    return False
