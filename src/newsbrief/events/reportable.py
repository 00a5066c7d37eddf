"""Is a coded candidate a reportable event? A small linear model over the parse.

An event dataset holds political and social interactions and actions that
happened (or are reported, alleged, planned as such); it does not hold opinions
restated, generic or habitual statements ("Russia often threatens its
neighbours"), hypotheticals, metaphors ("bracing for a fight"), sports play,
business or entertainment news. The typing engine codes words; this module
judges the reading in its sentence.

`features` turns one candidate (its trigger token, coding, arguments, standing
and the article's context) into named binary features, `dense_features` into the
parse's tok2vec vectors; `Model` is a logistic regression over both whose weights
ship as data/reportable_model.json. scripts/train_reportable.py fits it on
records judged blind by people who had not seen the code: some 6,900 candidates of
corpus articles (random labels of eval/reportable-labels/ and the judged corpus
samples of eval/judgements/), and some 250 records of news outside the corpus
(the judged fresh samples events-blind-1203081, -1203093, -1203101 and -1203141:
1990s wire of TempEval-3, CoNLL-2003 Reuters stories, web pages), weighted up so that the
corpus's style does not set the model alone; plus data/reportable_train*.tsv,
sentences the team wrote and labelled itself, at a small weight and with their
sentence's features only (a one-sentence "article" says nothing about articles).
No corpus or benchmark text ships: only weights. The model's output is a raw
score; events/extract.py turns it into the event's confidence through the
calibration in the same file (Platt scaling of out-of-fold scores of the corpus
and fresh rows, folds by article), so that the confidence is the chance of a
real event on either kind of news.

Only candidates that survive the typing and argument rules are scored, so the
cost is a few dictionary look-ups per candidate.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..actors.anaphora import STATE_SECTORS
from ..nlp import datelines, doc_text
from ..timevalue import month_of
from ..timexes.lexicon import WEEKDAYS
from ..words import DEFINITE, QUOTE_MARKS, word_lists
from .lexicon import word_classes
# (the modal auxiliaries: one list, predicate's)
from .predicate import MODALS
from .senses import QUESTION_WORDS

# The word lists of this module: data/reportable_lists.toml.
_LISTS = word_lists("newsbrief.events", "reportable_lists.toml")

MODEL_FILE = "data/reportable_model.json"

# Words that mark a sentence as sports play, business or entertainment news,
# opinion or habit. General English, nothing fitted to one text.
SPORTS = frozenset(_LISTS["sports"])
BUSINESS = frozenset(_LISTS["business"])
ENTERTAINMENT = frozenset(_LISTS["entertainment"])
HABITUAL = frozenset(_LISTS["habitual"])
OPINION_GOVERNORS = frozenset(_LISTS["opinion_governors"])
INTENT_GOVERNORS = frozenset(_LISTS["intent_governors"])
GENERIC_SUBJECTS = frozenset(_LISTS["generic_subjects"])
# Words are matched one token at a time: the tokenizer splits hyphenated words
# ("front-runner" is three tokens), so none is listed here.
# Election-campaign talk: rallies, debates, primaries, polls of voters. A campaign's
# speeches and questions are rarely the political interactions an event dataset holds.
CAMPAIGN = frozenset(_LISTS["campaign"])
# Adverbs of how long or how often an act went on: a pattern, not one act.
DURATIVE = frozenset(_LISTS["durative"])
# Modifiers of an event noun that put it ahead (not yet happened) or make it a run of
# acts over time rather than one.
NOUN_NOT_YET = frozenset(_LISTS["noun_not_yet"])
NOUN_PATTERN = frozenset(_LISTS["noun_pattern"])
# The speaker's and the addressee's pronouns: the first person (word_classes.toml) and "you".
FIRST_SECOND = word_classes()["first_person"] | frozenset(_LISTS["second_person"])
FURNITURE = frozenset(_LISTS["furniture"])


@dataclass(frozen=True)
class ArticleContext:
    """What the whole article says about its kind (computed once per article):
    `sports` (events.extract's sports-page test) and `kind`, the article-level
    feature names of `article_features`."""

    sports: bool = False
    kind: tuple[str, ...] = ()
    # The article's title as lowercased word stems (`title_stems`); None: no title.
    title: frozenset[str] | None = None


def title_stems(title: str | None) -> frozenset[str] | None:
    """The words of a title cut to their first five letters (so that "attacks",
    "attacked" and "attack" meet), or None when there is no title."""
    if not title or not title.strip():
        return None
    return _stems(title)


_WORD = re.compile(r"[a-z][a-z'-]+")


def _stems(text: str) -> frozenset[str]:
    """The words of a text longer than two letters, lowercased and cut to five."""
    return frozenset(w[:5] for w in _WORD.findall(text.lower()) if len(w) > 2)


def _in_title(context: ArticleContext, tok, actor, recipient) -> list[str]:
    """Whether the trigger's word, its actor or its recipient is in the article's title:
    what an article is about is told in its title."""
    stems = context.title
    if stems is None:
        return ["no_title"]
    out = []
    lem = _lemma(tok)
    if lem[:5] in stems or tok.lower_[:5] in stems:
        out.append("title_trigger")
    for side, refs in (("actor", actor), ("recipient", recipient)):
        if any(_stems(r.text or "") & stems for r in refs[:2]):
            out.append(f"title_{side}")
    if not out:
        out.append("title_none")
    elif "title_trigger" in out and len(out) > 1:
        out.append("title_both")
    return out


# Path segments of an article's address that mark opinion and analysis pages.
OPINION_PATH = frozenset(_LISTS["opinion_path"])
TITLE_OPINION = frozenset(_LISTS["title_opinion"])
FIRST_PERSON_WORDS = frozenset(_LISTS["first_person_words"])
# Where an opinion piece's byline or disclaimer says what it is (first or last 400
# characters of the text).
OPINION_MARKERS = tuple(_LISTS["opinion_markers"])
# Words of reported speech and of a near day: the marks of a news report.
REPORTED = frozenset(_LISTS["reported"])
NEWS_TIME = frozenset(WEEKDAYS) | frozenset(_LISTS["news_days"])


# Place kinds of the gazetteer that name a state (or a body of states); the sectors of
# a state's offices and forces are actors.anaphora's STATE_SECTORS (one definition).
STATE_PLACES = frozenset({"country", "capital", "demonym", "igo"})


def title_names_state(title: str) -> bool:
    """Whether a title names a state actor: a country, its capital or people, a body of
    states, or an office or force of a state ("minister", "troops", "lawmakers")."""
    from ..actors.gazetteer import _tokenizer, gazetteer

    gz = gazetteer()
    words = [t.text for t in _tokenizer()(title)]  # as written: acronyms keep their case
    for i in range(len(words)):
        for n in range(min(gz.max_len, len(words) - i), 0, -1):
            info = gz.lookup(words[i:i + n])
            if info is not None and info.kind in STATE_PLACES:
                return True
            role = gz.role(tuple(w.lower() for w in words[i:i + n]))
            if role is not None and role.sector in STATE_SECTORS:
                return True
    return False


def _bucket(share: float, low: float, high: float) -> str:
    return "lo" if share < low else "hi" if share >= high else "mid"


def article_features(doc, article=None) -> tuple[str, ...]:
    """What kind of article this is, from its address, title and text: an opinion or
    analysis address or title, a question title, a title that names a state actor or none, how many sentences speak in the
    first person, ask a question or quote someone, and how much of it is business,
    sports or entertainment vocabulary. One pass over the tokens."""
    out: list[str] = []
    url = (getattr(article, "url", None) or "").lower()
    if url:
        path = url.split("://", 1)[-1].partition("/")[2]
        if set(re.split(r"[/\-_.?=&]+", path)) & OPINION_PATH or "op-ed" in path:
            out.append("art_opinion_url")
    raw_title = getattr(article, "title", None) or ""
    if raw_title.strip():
        # What the story is about: a state (a country, its people, an office or force).
        out.append("art_title_state" if title_names_state(raw_title) else "art_title_nostate")
    title = raw_title.lower()
    if title:
        tw = set(re.findall(r"[\w'-]+", title))
        if tw & TITLE_OPINION:
            out.append("art_title_opinion")
        if "?" in title:
            out.append("art_title_question")
        if tw & FIRST_PERSON_WORDS:
            out.append("art_title_1st")
    text = doc_text(doc)
    ends = (text[:400] + " " + text[-400:]).lower()
    if any(m in ends for m in OPINION_MARKERS):
        out.append("art_opinion_marker")  # "is a columnist", "the views expressed"
    n = first = quest = quoted = 0
    said = weekday = 0
    words = business = sports = entertainment = 0
    try:
        sents = list(doc.sents)
    except ValueError:
        sents = [doc[:]]
    cut_off = {start for start, _ in datelines(doc)}
    for sent in sents:
        if sent.start in cut_off:
            continue  # a dateline cut off the lead is no sentence of the story
        n += 1
        has_first = has_q = has_quote = has_said = has_day = False
        for t in sent:
            low = t.lower_
            if low in FIRST_PERSON_WORDS:
                has_first = True
            elif low == "?":
                has_q = True
            elif low in QUOTE_MARKS or low in ("''", "``"):
                has_quote = True
            elif low in REPORTED:
                has_said = True
            elif low in NEWS_TIME:
                has_day = True
            if t.is_alpha:
                words += 1
                if low in BUSINESS:
                    business += 1
                elif low in SPORTS:
                    sports += 1
                elif low in ENTERTAINMENT:
                    entertainment += 1
        first += has_first and not has_quote
        quest += has_q
        quoted += has_quote
        said += has_said
        weekday += has_day
    if n:
        # Hard news reports what someone said or did on a named day; opinion, analysis
        # and features do so less.
        out.append(f"art_said={_bucket(said / n, 0.15, 0.35)}")
        out.append(f"art_day={_bucket(weekday / n, 0.03, 0.1)}")
        out.append(f"art_1st={_bucket(first / n, 0.05, 0.2)}")
        out.append(f"art_question={_bucket(quest / n, 0.03, 0.1)}")
        out.append(f"art_quote={_bucket(quoted / n, 0.15, 0.4)}")
        out.append("art_short" if n < 8 else "art_long" if n > 80 else "art_mid")
    if words:
        if business / words >= 0.004:
            out.append("art_business")
        if sports / words >= 0.004:
            out.append("art_sports")
        if entertainment / words >= 0.004:
            out.append("art_entertainment")
    return tuple(out)


def article_record_features(countries) -> list[str]:
    """Features of an article's records as a whole, added to each record's own once
    every candidate is scored (events.extract): how many countries its actors belong
    to. A report of states acting on each other names several; a campaign story, a
    company's or a team's news one or none."""
    n = len(countries)
    return ["art_ncountry=" + ("0" if n == 0 else "1" if n == 1 else "2" if n == 2 else "3+")]


DENSE_WIDTH = 96  # the tok2vec width of spaCy's small English pipeline


def dense_features(tok):
    """The parse's own token vectors (spaCy's tok2vec output, `doc.tensor`, computed
    anyway for tagging and parsing): the trigger's, its governor's and the mean of its
    sentence's, as one float32 vector; None when the Doc carries no tensor of the
    expected width (a hand-built Doc, another pipeline)."""
    import numpy as np

    tensor = tok.doc.tensor
    if tensor is None or getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] != len(tok.doc) \
            or tensor.shape[1] != DENSE_WIDTH:
        return None
    sent = _sentence(tok)
    return np.concatenate([tensor[tok.i], tensor[tok.head.i],
                           tensor[sent.start:sent.end].mean(axis=0)]).astype(np.float32)


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _sentence(tok):
    try:
        return tok.sent
    except ValueError:  # a Doc without sentence boundaries (hand-built in tests)
        return tok.doc[:]


def _aux(tok) -> list[str]:
    out = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.dep_ in ("xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX", "ADJ"):
        out += [c.lower_ for c in tok.head.children if c.dep_ in ("aux", "auxpass")]
    return out


def _clause_subject(tok):
    """The subject of the clause the trigger stands in (climbing xcomp/conj)."""
    cur = tok
    for _ in range(3):
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl"):
                return c
        if cur.dep_ in ("xcomp", "conj", "aux") and cur.head.i != cur.i:
            cur = cur.head
        else:
            break
    return None


def _specified(noun) -> bool:
    """Whether a subject noun of the generic list names a group the story has in view,
    not people in general: "the two leaders", "2,000 people", "Iran's leaders",
    "French leaders", "leaders of the alliance" against "leaders", "people", "many
    countries": a count, a possessor, a definite or demonstrative determiner, a named
    modifier, or an of-phrase whose noun is named or so specified itself (read as
    generic, real meetings, arrests and tolls of the dead looked like habits)."""
    for c in noun.children:
        d = c.dep_
        if d in ("nummod", "poss") or (d == "det" and c.lower_ in DEFINITE):
            return True
        if d in ("compound", "amod", "nmod") and c.ent_type_:
            return True
        if d == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and (g.ent_type_ or g.pos_ == "PROPN" or _specified(g))
                for g in c.children):
            return True
    return False


# Acts done in words (word_classes.toml: "deny", "fault", "praise", "urge", ...), whose
# present in a news story is the news tense, not a habit (`_news_present`).
SPEECH_ACTS = word_classes()["speech_acts"]
# The kinds of named entity that can speak or act.
_NAMED_DOERS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# A routine's words (`_news_present`: "whenever", "daily", "every Friday", "each time").
HABIT_FREQUENCY = frozenset(_LISTS["habit_frequency"])
HABIT_DETERMINERS = frozenset(_LISTS["habit_determiners"])
# Texts that lay down what should be done ("the plan calls for cuts"): a present told of
# one states its standing content, not an act of the day (word_classes.toml).
STANDING_TEXTS = word_classes()["sense_standing_texts"]


def _recurring(sent) -> bool:
    """Whether the sentence tells a recurring occasion: a word of frequency ("whenever",
    "daily", "weekly") or "every"/"each" on a time noun ("every Friday", "each week",
    "each time they appear"; the time noun an adverbial or a date), not on a thing
    ("each of the charges", "every soldier"). A word in a name ("the
    Daily Mail", "the Weekly Standard") tells no routine."""
    for t in sent:
        low = t.lower_
        if t.pos_ == "PROPN":
            continue
        if low in HABIT_FREQUENCY:
            return True
        if low in HABIT_DETERMINERS and t.dep_ == "det" and (
                t.head.dep_ in ("npadvmod", "advmod")
                or t.head.ent_type_ in ("DATE", "TIME")):
            return True
    return False


def _bare_plural(noun) -> bool:
    """A plural noun with no determiner, possessor or count ("Americans", "Democrats",
    "critics"): people of a kind, whose present is a standing view or habit as often as
    news ("Americans blame inflation on the president, a poll shows")."""
    return noun.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _in_open_quote(tok, since: int = 0) -> bool:
    """Whether `tok` stands inside a quotation: an odd number of quote marks before it,
    counted from the start of its line, not its sentence (a quotation runs over
    sentences: "We were driven out. The ministry denies us our rights.", and the second
    sentence has no mark of its own before the verb), nor before character `since`
    (`_position` counts within the trigger's sentence). A quotation reopens on each
    new line, so a mark before the line opens nothing for it."""
    text = doc_text(tok.doc)  # doc.text would make every Token of the article again
    start = max(since, text.rfind("\n", since, tok.idx) + 1)
    return sum(ch in QUOTE_MARKS for ch in text[start:tok.idx]) % 2 == 1


def _news_present(tok) -> bool:
    """Whether a simple present tells one act of the story's day, not a habit: an act done
    in words (`speech_acts`) in the main clause (or a clause joined to it), said by a
    named or definite doer ("the ministry denies the report", "Novak faults the agency
    for the delay", "the panel blames the mayor"), with nothing in the sentence of a habit or a
    condition and outside a quotation. News tells a statement of the day so; a habit
    told in the present has a generic or bare plural doer ("critics often fault ...",
    "Americans blame ..."), a word of frequency or a recurring time ("every Friday",
    "whenever"), or stands in a subordinate clause (without this, records of listed key
    events sat under the cut, pulled down as habits). A text that lays down what should
    be done ("the plan calls for ...") tells its content, not an act."""
    if _lemma(tok) not in SPEECH_ACTS or tok.pos_ != "VERB":
        return False
    if tok.dep_ not in ("ROOT", "conj") or (tok.dep_ == "conj" and tok.head.dep_ != "ROOT"):
        return False
    subj = _clause_subject(tok)
    if subj is None or subj.pos_ == "PRON" or subj.dep_ == "expl":
        return False
    if _lemma(subj) in STANDING_TEXTS:
        return False
    named = (subj.ent_type_ in _NAMED_DOERS or subj.pos_ == "PROPN") and not _bare_plural(subj)
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children)
    if not (named or definite):
        return False
    sent = _sentence(tok)
    words = {t.lower_ for t in sent}
    if words & (HABITUAL | {"if", "unless", "?"}) or _recurring(sent):
        return False
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in DURATIVE for c in tok.children):
        return False
    return not _in_open_quote(tok)


def _beyond_negation(tok, head) -> bool:
    """Whether the act of `tok` stands outside its governor's negation: a joined clause
    with a subject of its own ("they did not appear and they were ordered deported"), or
    the focus of a "not until" cleft ("it was not until May that the envoy called for
    talks"). Both tell an act done; the negation denies another clause's act or only
    its earlier time. A clause joined by "nor" is denied with the first."""
    if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return not any(c.dep_ in ("cc", "preconj") and c.lower_ in ("nor", "neither")
                       for c in (*head.children, *tok.children))
    return tok.dep_ == "ccomp" and _lemma(head) == "be" and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) and \
        any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in head.children)


def features(tok, coding, *, actor, recipient, passive: bool, modality: str,
             context: ArticleContext, kinds: dict[str, str] | None = None,
             date: str | None = None, date_source: str | None = None,
             published: str | None = None, implied: bool = False) -> list[str]:
    """Named binary features of one candidate.

    `tok` is the predicate token, `coding` the typing engine's Coding, `actor`
    and `recipient` the candidate's ActorRefs, `modality` its standing, `kinds`
    entity id -> kind (person, state, organization, group, agreement); `implied`:
    the clause names no doer but the act implies one (events/implicit.py: an arrest,
    a charge, a sentence of someone the text names, at a place of one country)."""
    kinds = kinds or {}
    # (The PLOVER type, CAMEO root and dependency label were tried as features and
    # left out: on the judged corpus sample they made the model worse, AUC 0.61
    # against 0.64, learning the shape of the training sentences, not reportability.)
    f: list[str] = ["bias", f"pos={tok.pos_}", f"mod={modality}"]
    f.append("weak" if coding.confidence < 0.7 else "strong")
    form0 = tok.morph.get("VerbForm")
    if tok.dep_ in ("advcl", "acl", "xcomp", "relcl") and form0 and form0[0] == "Inf" \
            and modality == "asserted":
        f.append("purpose_infinitive")  # "to help close the gap", "an effort to rescue X"
    if tok.dep_ == "acl":
        f.append("dep=acl")
    morph = tok.morph
    tense = morph.get("Tense")
    f.append(f"tense={tense[0] if tense else '-'}")
    form = morph.get("VerbForm")
    if form:
        f.append(f"form={form[0]}")
    if "Prog" in morph.get("Aspect"):
        f.append("progressive")
    auxes = _aux(tok)
    if any(a in ("has", "have", "had") for a in auxes):
        f.append("perfect")
    for a in auxes:
        if a in MODALS:
            f.append(f"modal={a}")
            f.append("modal")
    if tok.tag_ in ("VBZ", "VBP") and not auxes and not _news_present(tok):
        f.append("simple_present")
    if any(a in ("would", "could", "should", "might", "must") for a in auxes) and \
            any(a == "have" for a in auxes):
        f.append("modal_perfect")  # "would have had", "could have stopped"
    if tok.pos_ == "NOUN":
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
        if mods & NOUN_NOT_YET:
            f.append("noun_not_yet")  # "a planned meeting", "possible strikes"
        if mods & NOUN_PATTERN:
            f.append("noun_pattern")  # "recent clashes", "repeated attacks"
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if dets & {"any", "every", "each", "such", "no", "all"}:
            f.append("noun_det_generic")
        if any(c.dep_ == "poss" for c in tok.children):
            f.append("noun_possessor")  # "Obama's visit", "its investigation"
        elif not dets:
            f.append("noun_bare")
        if tok.tag_ == "NNS":
            f.append("noun_plural")
    head = tok.head
    if head.i != tok.i:
        hl = _lemma(head)
        if tok.dep_ in ("xcomp", "ccomp") and hl in INTENT_GOVERNORS:
            f.append("under_intent")
        if tok.dep_ in ("ccomp", "advcl", "xcomp") and hl in OPINION_GOVERNORS:
            f.append("under_opinion")
        if tok.dep_ == "relcl":
            f.append("relative_clause")
        if tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and tok.pos_ == "NOUN":
            f.append(f"noun_as={tok.dep_}")
    subj = _clause_subject(tok)
    if subj is not None:
        low = subj.lower_
        if low in FIRST_SECOND:
            f.append("subj_1st2nd")
        if (low in GENERIC_SUBJECTS or _lemma(subj) in GENERIC_SUBJECTS) and \
                not _specified(subj):
            f.append("subj_generic")
        if subj.tag_ == "NNS" and not subj.ent_type_ and not any(
                c.dep_ in ("det", "poss", "nummod") for c in subj.children):
            f.append("subj_bare_plural")
        if subj.pos_ == "PRON":
            f.append("subj_pronoun")
    sent = _sentence(tok)
    words = [t.lower_ for t in sent]
    wset = set(words)
    n_sports = len(wset & SPORTS)
    if n_sports:
        f.append("sports_words")
        if n_sports >= 2:
            f.append("sports_words2")
    if context.sports:
        f.append("sports_text")
    if wset & BUSINESS:
        f.append("business_words")
    if wset & ENTERTAINMENT:
        f.append("entertainment_words")
    if wset & HABITUAL:
        f.append("habitual_word")
    if wset & FURNITURE:
        f.append("furniture_word")
    if "if" in wset or "unless" in wset:
        f.append("if_clause")
    if "?" in wset:
        f.append("question")
    if any(ch in QUOTE_MARKS for ch in sent.text):
        f.append("quote")
    if any(t.dep_ == "neg" for t in tok.children):
        f.append("negated")
    n = len(sent)
    f.append("short_sentence" if n < 8 else "long_sentence" if n > 40 else "mid_sentence")
    if not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in sent):
        f.append("verbless_root")
    f.extend(_line_shape(sent))
    if wset & CAMPAIGN:
        f.append("campaign_words")
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in DURATIVE for c in tok.children):
        f.append("durative_adverb")  # "long criticized", "repeatedly denied"
    if tok.i - sent.start <= 1 and tok.pos_ == "VERB":
        f.append("sentence_initial_verb")  # headlines, imperatives
    if tok.tag_ == "VB" and tok.dep_ == "ROOT" and not auxes:
        f.append("imperative")

    if passive:
        f.append("passive")
    if implied:
        # "two suspects were arrested in X": what the text says of the act, not the
        # implied doer itself (the actor features above read only names in the text)
        f.append("implied_doer")
    f.extend(_embedding(tok, head, sent))
    f.extend(_lexical(tok, coding, sent, head))
    if any(r.country for r in actor) and any(r.country for r in recipient):
        f.append("both_country")
    if actor and all(kinds.get(r.entity or "") in ("state", "organization", "group")
                     or (r.country and not r.entity) for r in actor[:2]):
        f.append("actor_collective")  # a state, government, army, party: not a person
    for side, refs in (("actor", actor), ("recipient", recipient)):
        if not refs:
            f.append(f"no_{side}")
            continue
        if any(r.entity for r in refs):
            f.append(f"{side}_entity")
        if any(r.country for r in refs):
            f.append(f"{side}_country")
        if any(r.sector for r in refs):
            f.append(f"{side}_sector")
        if not any(r.entity or r.country or r.sector for r in refs):
            f.append(f"{side}_text_only")
        for r in refs[:2]:
            kind = kinds.get(r.entity or "")
            if kind:
                f.append(f"{side}_kind={kind}")
        if any((r.text or "").lower() in FIRST_SECOND for r in refs):
            f.append(f"{side}_1st2nd")
    f.extend(_position(tok, sent))
    f.extend(_arguments(tok, coding, subj, sent, wset))
    f.extend(_frame(tok, coding, subj, head, passive, modality))
    f.extend(_in_title(context, tok, actor, recipient))
    f.extend(_dated(date, date_source, published))
    f.extend(context.kind)
    return composite(f)


# Named-entity kinds of the words a trigger governs, grouped: who (people, bodies,
# places that act) against what (sums, shares, things, works).
ENT_GROUP = {"PERSON": "who", "ORG": "who", "GPE": "who", "NORP": "who", "FAC": "place",
             "LOC": "place", "MONEY": "amount", "PERCENT": "amount", "CARDINAL": "amount",
             "QUANTITY": "amount", "DATE": "time", "TIME": "time", "WORK_OF_ART": "work",
             "PRODUCT": "work", "EVENT": "event", "LAW": "law"}
PEOPLE_NOUNS = frozenset(_LISTS["people_nouns"])


def _arg_kind(tok) -> str:
    """What a governed word is: a named actor, an amount, a time, a pronoun, a noun
    of people or bodies, or another common noun."""
    if tok.ent_type_:
        return ENT_GROUP.get(tok.ent_type_, "other_ent")
    if tok.pos_ == "PRON":
        return "pron"
    if _lemma(tok) in PEOPLE_NOUNS:
        return "people"
    if tok.like_num:
        return "amount"
    return "noun"


def _arguments(tok, coding, subj, sent, wset) -> list[str]:
    """Whether the trigger's sense fits its type: what its subject and object are (a
    named actor or body, against an amount, a thing, nothing); the PLOVER type with
    the trigger's part of speech, tense and object kind (a CONSULT noun, an ASSAULT
    on an amount); a near day named in the sentence (the day's news)."""
    typ = coding.type
    out = []
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative", "attr", "oprd")), None)
    if obj is None:
        prep = next((c for c in tok.children if c.dep_ == "prep"), None)
        if prep is not None:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    ok = _arg_kind(obj) if obj is not None else "none"
    sk = _arg_kind(subj) if subj is not None else "none"
    out.append(f"obj={ok}")
    out.append(f"subj={sk}")
    out.append(f"type_obj={typ}:{ok}")
    out.append(f"type_subj={typ}:{sk}")
    out.append(f"type_pos={typ}:{tok.pos_}")
    tense = tok.morph.get("Tense")
    out.append(f"type_tense={typ}:{tense[0] if tense else '-'}")
    if wset & NEWS_TIME:
        out.append("sent_day")
    conf = float(getattr(coding, "confidence", 1.0) or 0.0)
    out.append("coding=" + ("lo" if conf < 0.5 else "mid" if conf < 0.8 else "hi"))
    return out


# Prepositions whose object says what sense a trigger has ("asked about" a matter, a
# question; "called for" a demand; "struck down" a law).
FRAME_PREPS = frozenset(_LISTS["frame_preps"])
# Question words that open a content clause ("asked whether", "said why"): senses'
# list but "whom" and "whose", which the model's clause feature was trained without.
QUESTION_MARKS = QUESTION_WORDS - {"whom", "whose"}


def _frame_items(tok, passive: bool) -> list[str]:
    """The trigger's frame: which complements it takes (an object and whether it is a
    named actor, a person addressed, a to-infinitive, a clause of fact or of question,
    a particle, the prepositions it governs, a passive agent), or none."""
    out = []
    for c in tok.children:
        d = c.dep_
        if d == "dobj":
            out.append("dobj")
            k = _arg_kind(c)
            if k in ("who", "people", "pron"):
                out.append("dobj_who")
        elif d == "dative":
            out.append("dative")
        elif d == "xcomp":
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                out.append("toinf")
            else:
                out.append("xcomp")
        elif d == "ccomp":
            marks = {a.lower_ for a in c.children if a.dep_ in ("mark", "advmod", "nsubj",
                                                                    "dobj", "attr")}
            out.append("ccomp_q" if marks & QUESTION_MARKS else "ccomp")
        elif d == "prt":
            out.append(f"prt_{c.lower_}")
        elif d == "prep" and c.lower_ in FRAME_PREPS and not any(
                g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
            out.append(f"prep_{c.lower_}")  # not a time ("on Monday", "in May")
        elif d == "agent":
            out.append("agent")
        elif d == "poss":
            out.append("poss")
    if passive:
        out.append("passive")
    if not out:
        out.append("none")
    return out


def _frame(tok, coding, subj, head, passive: bool, modality: str) -> list[str]:
    """The trigger's lemma with its frame, its subject's and object's kind, its form
    (finite past, present, non-finite, noun) and standing; the frame with the type;
    the governing verb with the dependency; a negation or modal on the governor. A
    word's sense shows in its frame ("asked about X" is a question, "asked X to Y" a
    request; "struck down" a ruling), which a linear model cannot combine itself."""
    lem = _lemma(tok)
    typ = coding.type
    items = _frame_items(tok, passive)
    out = [f"fr={i}" for i in items]
    out += [f"lf={lem}:{i}" for i in items]
    out += [f"tf={typ}:{i}" for i in items]
    out.append(f"lsub={lem}:{_arg_kind(subj) if subj is not None else 'none'}")
    form = tok.morph.get("VerbForm")
    tense = tok.morph.get("Tense")
    if tok.pos_ == "NOUN":
        shape = "noun"
    elif form and form[0] == "Fin":
        shape = "past" if tense and tense[0] == "Past" else "present"
    else:
        shape = "nonfin"
    out.append(f"lform={lem}:{shape}")
    if modality != "asserted":
        out.append(f"lmod={lem}:{modality}")
    if head.i != tok.i:
        out.append(f"govdep={_lemma(head)}:{tok.dep_}")
        if any(c.dep_ == "neg" for c in head.children) and not _beyond_negation(tok, head):
            out.append("gov_negated")  # (not for an act the negation does not reach)
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children):
            out.append("gov_modal")
    return out


def _line_shape(sent) -> list[str]:
    """A line that is not a sentence of the report: mostly capital letters (a headline
    or a related story's link) or no closing punctuation (a caption, a link, a label)."""
    out = []
    text = sent.text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 10 and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters):
        out.append("line_caps")
    if text and text[-1] not in ".!?\"'”’):;":
        out.append("line_unterminated")
    return out


def _dated(date: str | None, source: str | None, published: str | None) -> list[str]:
    """How the dating stage placed the event against the publication day: dated by the
    text or not, and how long before publication (background told as history is not
    the story's event)."""
    out = [f"date_source={source or '-'}"]
    if date and published and source == "text":
        try:
            month = month_of(date)  # (a week's: the month of its Thursday)
            gap = int(published[:4]) * 12 + int(published[5:7] or 1) - (
                int(month[:4]) * 12 + int(month[5:7]) if month else int(date[:4]) * 12 + 6)
        except ValueError:
            return out
        out.append("dated_future" if gap < 0 else "dated_recent" if gap <= 1
                   else "dated_months" if gap <= 12 else "dated_years")
    return out


def _position(tok, sent) -> list[str]:
    """Inside a quotation (an odd number of quote marks before the trigger in its
    sentence, counted from the start of the trigger's line when the sentence runs over
    a line break), the dependency path to the sentence root (three steps at most), and
    where the sentence stands in the article (fifths of its length)."""
    out = []
    text = doc_text(tok.doc)  # doc.text would make every Token of the article again
    # The parser may open a sentence with the mark that closes the paragraph before it
    # ('... he said. "\n\nPolice said ...'): counted from the trigger's line, the stray
    # mark neither makes told acts read as quoted nor cancels the opening mark of quoted
    # words.
    if _in_open_quote(tok, sent.start_char):
        out.append("in_quote")
    path, cur = [], tok
    for _ in range(3):
        if cur.head.i == cur.i:
            break
        path.append(cur.dep_)
        cur = cur.head
    out.append("path=" + (">".join(path) if path else "ROOT"))
    if len(path) > 1:
        out.append("path2=" + ">".join(path[:2]))
    n = len(text) or 1
    out.append(f"fifth={min(4, 5 * sent.start_char // n)}")
    # The paragraph the sentence opens or stands in (paragraphs are blank-line apart):
    # the first ones hold the news, a paragraph's first sentence its point.
    breaks = _paragraph_breaks(text)
    para = bisect_right(breaks, sent.start_char - 2)  # blank lines before the sentence
    out.append("para=" + ("0" if para == 0 else "1" if para == 1 else "2-3" if para < 4
                          else "4-7" if para < 8 else "8+"))
    starts = breaks[para - 1] + 2 if para else 0
    # (a dateline cut off before the lead is no sentence of the paragraph)
    if not text[starts:sent.start_char].strip() or any(
            end == sent.start and not text[starts:tok.doc[start].idx].strip()
            for start, end in datelines(tok.doc)):
        out.append("para_first_sentence")
    return out


@lru_cache(maxsize=4)
def _paragraph_breaks(text: str) -> tuple[int, ...]:
    """Where the text's blank lines ("\\n\\n", counted as `str.count` does) start: found
    once per article, not once per candidate."""
    return tuple(m.start() for m in re.finditer("\n\n", text))


# Governors under which an embedded non-finite verb is still the act reported or
# asked for ("urged X to withdraw", "agreed to resume talks", "began to shell").
REQUEST_GOVERNORS = frozenset(_LISTS["request_governors"])
# Verbs of feeling, seeming and becoming: what they govern is a state, not an act
# ("felt threatened", "seemed to retreat", "got attacked" is rare beside "got angry").
FEELING_GOVERNORS = frozenset(_LISTS["feeling_governors"])
# Verbs that make an event of an event noun ("held talks", "launched an attack").
LIGHT_VERBS = frozenset(_LISTS["light_verbs"])
# Nouns that name an event whatever governs them: gatherings, votes, movements of
# forces, attacks, arrests, accords. Other nouns the typing engine codes ("partner",
# "ally", "threat", "support", "cut") are often a role, a state or an attitude.
EVENT_NOUNS = frozenset(_LISTS["event_nouns"])
EVENT_NOUN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "al", "ing", "age")
REFLEXIVES = frozenset(_LISTS["reflexives"])


def _embedding(tok, head, sent) -> list[str]:
    """Where the trigger stands: a non-finite verb in a clause of purpose, reason or
    modification not asked for by its governor; a state under a verb of feeling; a
    noun with nothing that makes it an event; an "as" clause or a reflexive object
    (naming, not acting); a sentence whose main verb is a copula or an opinion verb
    (analysis: "the problem is that ..."); a year of the last century."""
    out = []
    hl = _lemma(head) if head.i != tok.i else ""
    form = tok.morph.get("VerbForm")
    nonfinite = tok.pos_ == "VERB" and (
        (form and form[0] in ("Inf", "Part", "Ger")) or tok.tag_ in ("VB", "VBG", "VBN"))
    has_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("to",)
                  for c in tok.children)
    if nonfinite and not has_aux and tok.dep_ in ("advcl", "xcomp", "acl", "relcl", "pcomp") \
            and hl not in REQUEST_GOVERNORS:
        out.append("embedded_nonfinite")
    if hl in FEELING_GOVERNORS and tok.dep_ in ("acomp", "xcomp", "ccomp", "oprd", "attr"):
        out.append("under_feeling")
    if any(c.lower_ in REFLEXIVES for c in tok.children if c.dep_ in ("dobj", "oprd")):
        out.append("reflexive_object")
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        out.append("as_clause")
    if tok.pos_ == "NOUN":
        anchored = any(c.dep_ in ("poss", "compound", "amod") or
                       (c.dep_ == "prep" and c.lower_ in ("of", "by", "against", "on",
                                                          "between", "with", "in"))
                       for c in tok.children)
        light = tok.dep_ == "dobj" and hl in LIGHT_VERBS
        deverbal = tok.lower_.rstrip("s").endswith(EVENT_NOUN_SUFFIXES)
        if not (anchored or light or deverbal):
            out.append("noun_unanchored")
        if _lemma(tok) not in EVENT_NOUNS:
            out.append("noun_not_event")
    root = sent.root
    if root.i != tok.i:
        rl = _lemma(root)
        if rl == "be":
            out.append("root_copula")
        elif rl in OPINION_GOVERNORS:
            out.append("root_opinion")
    anc = list(tok.ancestors)[:6]
    if any(_lemma(a) in OPINION_GOVERNORS for a in anc):
        out.append("ancestor_opinion")
    if any(t.like_num and len(t.text) == 4 and t.text.startswith("19") for t in sent):
        out.append("year_19xx")
    if any(t.lower_ in ("i", "my", "we", "our") for t in sent):
        out.append("sent_first_person")
    return out


# Features that make a told act unlikely to be one (a condition, an explanation, an
# obligation, a purpose, a negation, a question, a comparison, a noun's modifier).
AGAINST = frozenset({"negated", "if_clause", "cue_explain", "cue_deontic", "question",
                     "purpose_infinitive", "dep=acl", "cue_simile"})


def composite(f: list[str]) -> list[str]:
    """Conjunctions a linear model cannot form itself: a finite past-tense verb in the
    sentence's main clause or in what a reporting verb tells ("told_past"), and the
    same with nothing against it ("told_past_clean"); "any_against" otherwise."""
    s = set(f)
    told = "form=Fin" in s and "tense=Past" in s and (
        "gov=ROOT" in s or "under_reporting" in s or "dep=ccomp" in s or "dep=conj" in s)
    against = bool(s & AGAINST)
    if told:
        f.append("told_past")
        if not against:
            f.append("told_past_clean")
    if against:
        f.append("any_against")
    return f


# Cue words of the sentence (any position) that mark talk about events rather than
# events: opinion, analysis, polls and markets, explanation, time in general.
CUES = {
    "should": "cue_deontic", "must": "cue_deontic", "ought": "cue_deontic",
    "need": "cue_deontic", "needs": "cue_deontic",
    "poll": "cue_poll", "polls": "cue_poll", "survey": "cue_poll", "surveyed": "cue_poll",
    "percent": "cue_number", "%": "cue_number", "percentage": "cue_number",
    "market": "cue_market", "markets": "cue_market", "index": "cue_market",
    "analysts": "cue_analysis", "analyst": "cue_analysis", "experts": "cue_analysis",
    "critics": "cue_analysis", "observers": "cue_analysis",
    "because": "cue_explain", "since": "cue_explain", "why": "cue_explain",
    "how": "cue_explain", "whether": "cue_explain",
    "ago": "cue_past", "former": "cue_past", "formerly": "cue_past", "career": "cue_past",
    "born": "cue_past", "decades": "cue_past", "history": "cue_past",
    "watch": "cue_media", "video": "cue_media", "interview": "cue_media",
    "podcast": "cue_media", "tweet": "cue_media", "tweeted": "cue_media",
    "appearance": "cue_media", "show": "cue_media", "told": "cue_told",
    "like": "cue_simile",
}
REPORTING = frozenset(_LISTS["reporting"])


def _lexical(tok, coding, sent, head) -> list[str]:
    """Lexical and dependency features: the trigger's lemma, its dependency and its
    governor's lemma, the PLOVER type, cue words and dates of the sentence, where the
    sentence stands in the article. Weights exist only for those seen in training."""
    out = [f"lemma={_lemma(tok)}", f"type={coding.type}", f"dep={tok.dep_}",
           f"code={_lemma(tok)}:{coding.type}", f"cameo={(coding.cameo or '-')[:2]}"]
    if head.i != tok.i:
        hl = _lemma(head)
        out.append(f"gov={hl}")
        if hl in REPORTING and tok.dep_ in ("ccomp", "parataxis", "conj"):
            out.append("under_reporting")  # "X said Y attacked Z": the attack is told
    else:
        out.append("gov=ROOT")
    cues = set()
    has_date = has_gpe = False
    n_ent = 0
    for t in sent:
        c = CUES.get(t.lower_)
        if c:
            cues.add(c)
        if t.ent_iob_ == "B":
            n_ent += 1
            if t.ent_type_ in ("DATE", "TIME"):
                has_date = True
            elif t.ent_type_ in ("GPE", "NORP"):
                has_gpe = True
    out.extend(sorted(cues))
    if has_date:
        out.append("sent_date")
    if has_gpe:
        out.append("sent_gpe")
    out.append("ents=0" if n_ent == 0 else "ents=1" if n_ent == 1 else "ents=2+"
               if n_ent < 4 else "ents=4+")
    start = sent.start_char
    out.append("lead" if start < 300 else "early" if start < 1200 else "body")
    return out


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    # Calibration, fitted on judged corpus and fresh candidates' out-of-fold scores
    # (scripts/train_reportable.py, or scripts/judge_events.py calibrate): confidence = sigmoid(a * logit +
    # sum(c_f for indicator features f present) + b). Without one, the model's own
    # probability.
    calib_a: float = 1.0
    calib_b: float = 0.0
    calib_features: tuple[tuple[str, float], ...] = ()
    # Weights of the dense tok2vec features (`dense_features`), and the training mean
    # used when a Doc has no tensor; empty for a model over named features only.
    dense: tuple[float, ...] = ()
    dense_mean: tuple[float, ...] = ()
    # The article's term: `article_weight` times the mean logit of the article's
    # candidates, shrunk towards `article_prior` (the training records' mean) as if
    # `article_k` candidates of that logit were added. A candidate in an article full
    # of events is more often one itself than the same words in an article of opinion
    # or analysis. 0: no article term.
    article_weight: float = 0.0
    article_prior: float = 0.0
    article_k: float = 2.0

    def logit(self, feats: list[str], vec=None) -> float:
        w = self.weights
        z = sum(w.get(x, 0.0) for x in feats)
        if self.dense:
            z += _dot(self.dense, vec if vec is not None and len(vec) == len(self.dense)
                      else self.dense_mean)
        return z

    def raw(self, feats: list[str], vec=None) -> float:
        return _sigmoid(self.logit(feats, vec))

    def article_mean(self, logits) -> float:
        """The shrunk mean logit of an article's candidates (see `article_weight`)."""
        logits = list(logits)
        return (sum(logits) + self.article_k * self.article_prior) / (
            len(logits) + self.article_k)

    def calibrated(self, z: float, feats=(), article_mean: float | None = None) -> float:
        """The confidence of a candidate of logit `z` (and features `feats`) in an
        article whose candidates' shrunk mean logit is `article_mean` (None: the
        training mean, as for a candidate told alone)."""
        if self.article_weight:
            z += self.article_weight * (self.article_prior if article_mean is None
                                        else article_mean)
        z = self.calib_a * z + self.calib_b
        if self.calib_features:
            present = set(feats)
            z += sum(c for f, c in self.calib_features if f in present)
        return _sigmoid(z)

    def confidence(self, feats: list[str], vec=None, article_mean: float | None = None) -> float:
        return self.calibrated(self.logit(feats, vec), feats, article_mean)


def _dot(weights, vec) -> float:
    import numpy as np

    return float(np.dot(np.asarray(weights, dtype=np.float64),
                        np.asarray(vec, dtype=np.float64)))


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    if x > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))


@lru_cache(maxsize=1)
def model() -> Model | None:
    """The shipped model, or None when the file is absent (a build without it)."""
    try:
        raw = json.loads(resources.files("newsbrief.events").joinpath(MODEL_FILE)
                         .read_text("utf-8"))
    except FileNotFoundError:
        return None
    calib = raw.get("calibration", {})
    dense = raw.get("dense", {})
    art = raw.get("article", {})
    return Model({k: float(v) for k, v in raw["weights"].items()},
                 float(calib.get("a", 1.0)), float(calib.get("b", 0.0)),
                 tuple((f, float(c)) for f, c in calib.get("features", {}).items()),
                 tuple(float(v) for v in dense.get("weights", ())),
                 tuple(float(v) for v in dense.get("mean", ())),
                 float(art.get("weight", 0.0)), float(art.get("prior", 0.0)),
                 float(art.get("k", 2.0)))
