"""Verbal acts carried by what someone said (coding.said_act, key-event recall): "X said
the reports were false" denies, "X said Y was to blame" accuses, "X said Y must go"
demands, "X said Y would pay a price" threatens; the speaker is the doer. Hand-built
parses of sentences made up for the test (no trained model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsbrief.events import extract_events
from newsbrief.events.coding import code_predicate, said_act
from newsbrief.records import Article, Entity, Mention

VOCAB = spacy.blank("en").vocab


def build(rows: list[str]) -> Doc:
    """Rows "word lemma POS dep head [ENT]" (head = absolute token index)."""
    parts = [row.split() for row in rows]
    words = [p[0] for p in parts]
    spaces = [not (k + 1 < len(words) and words[k + 1] in (".", ",")) for k in range(len(words))]
    return Doc(VOCAB, words=words, spaces=spaces, lemmas=[p[1] for p in parts],
               pos=[p[2] for p in parts], deps=[p[3] for p in parts],
               heads=[int(p[4]) for p in parts],
               ents=[p[5] if len(p) > 5 else "O" for p in parts])


def act(rows: list[str], verb: int):
    doc = build(rows)
    got = said_act(doc, doc[verb])
    if got is None:
        return None
    c = got.coding
    word = doc.text[c.trigger[0]:c.trigger[1]]
    return c.type, c.cameo, word, got.target.text if got.target is not None else None


# "The ministry said the reports were false."
DENIED = ["The the DET det 1", "ministry ministry NOUN nsubj 2", "said say VERB ROOT 2",
          "the the DET det 4", "reports report NOUN nsubj 5", "were be AUX ccomp 2",
          "false false ADJ acomp 5", ". . PUNCT punct 2"]
# '"These claims are baseless," the spokeswoman said.' (the quote governs the verb)
QUOTED_DENIAL = ['" " PUNCT punct 3', "These these DET det 2", "claims claim NOUN nsubj 3",
                 "are be AUX ROOT 3", "baseless baseless ADJ acomp 3", ", , PUNCT punct 3",
                 '" " PUNCT punct 3', "the the DET det 8", "spokeswoman spokeswoman NOUN nsubj 9",
                 "said say VERB parataxis 3", ". . PUNCT punct 3"]
# "Ruritania said Freedonia was to blame for the attack."
BLAMED = ["Ruritania Ruritania PROPN nsubj 1 B-GPE", "said say VERB ROOT 1",
          "Freedonia Freedonia PROPN nsubj 3 B-GPE", "was be AUX ccomp 1", "to to PART aux 5",
          "blame blame VERB xcomp 3", "for for ADP prep 5", "the the DET det 8",
          "attack attack NOUN pobj 6", ". . PUNCT punct 1"]
# "The envoy said Freedonia must withdraw its troops."
DEMANDED = ["The the DET det 1", "envoy envoy NOUN nsubj 2", "said say VERB ROOT 2",
            "Freedonia Freedonia PROPN nsubj 5 B-GPE", "must must AUX aux 5",
            "withdraw withdraw VERB ccomp 2", "its its PRON poss 7", "troops troop NOUN dobj 5",
            ". . PUNCT punct 2"]
# "The general said Freedonia would pay a heavy price."
THREATENED = ["The the DET det 1", "general general NOUN nsubj 2", "said say VERB ROOT 2",
              "Freedonia Freedonia PROPN nsubj 5 B-GPE", "would would AUX aux 5",
              "pay pay VERB ccomp 2", "a a DET det 8", "heavy heavy ADJ amod 8",
              "price price NOUN dobj 5", ". . PUNCT punct 2"]
# "The group said it was not responsible for the bombing."
OWN_PART_DENIED = ["The the DET det 1", "group group NOUN nsubj 2", "said say VERB ROOT 2",
                   "it it PRON nsubj 4", "was be AUX ccomp 2", "not not PART neg 4",
                   "responsible responsible ADJ acomp 4", "for for ADP prep 6",
                   "the the DET det 9", "bombing bombing NOUN pobj 7", ". . PUNCT punct 2"]
# "Her lawyer said Marek's denial was false." (calling a denial untrue accuses)
DENIAL_CALLED_FALSE = ["Her her PRON poss 1", "lawyer lawyer NOUN nsubj 2",
                       "said say VERB ROOT 2", "Marek Marek PROPN poss 5 B-PERSON",
                       "'s 's PART case 3", "denial denial NOUN nsubj 6", "was be AUX ccomp 2",
                       "false false ADJ acomp 6", ". . PUNCT punct 2"]


@pytest.mark.parametrize("rows, verb, expected", [
    (DENIED, 2, ("REJECT", "120", "false", None)),
    (QUOTED_DENIAL, 9, ("REJECT", "120", "baseless", None)),
    (BLAMED, 1, ("ACCUSE", "112", "blame", "Freedonia")),
    (DEMANDED, 2, ("REQUEST", "105", "must", "Freedonia")),
    (THREATENED, 2, ("THREATEN", "130", "price", "Freedonia")),
    (OWN_PART_DENIED, 2, ("REJECT", "120", "responsible", None)),
    (DENIAL_CALLED_FALSE, 2, ("ACCUSE", "111", "false", "Marek")),
], ids=["reports-false", "quoted-baseless", "to-blame", "must-withdraw", "pay-a-price",
        "not-responsible", "denial-false"])
def test_the_words_said_are_the_speakers_act(rows, verb, expected):
    assert act(rows, verb) == expected


def _swap(rows: list[str], k: int, row: str) -> list[str]:
    return rows[:k] + [row] + rows[k + 1:]


# "The minister said the agency is responsible for security." (a duty, no blame)
DUTY = ["The the DET det 1", "minister minister NOUN nsubj 2", "said say VERB ROOT 2",
        "the the DET det 4", "agency agency NOUN nsubj 5", "is be AUX ccomp 2",
        "responsible responsible ADJ acomp 5", "for for ADP prep 6",
        "security security NOUN pobj 7", ". . PUNCT punct 2"]
# "The minister said the weather was bad."
NO_ACT = ["The the DET det 1", "minister minister NOUN nsubj 2", "said say VERB ROOT 2",
          "the the DET det 4", "weather weather NOUN nsubj 5", "was be AUX ccomp 2",
          "bad bad ADJ acomp 5", ". . PUNCT punct 2"]
# "The minister did not say the reports were false."
NOT_SAID = ["The the DET det 1", "minister minister NOUN nsubj 4", "did do AUX aux 4",
            "not not PART neg 4", "say say VERB ROOT 4", "the the DET det 6",
            "reports report NOUN nsubj 7", "were be AUX ccomp 4", "false false ADJ acomp 7",
            ". . PUNCT punct 4"]
# "The envoy said we must withdraw our troops." (one's own side: a resolve, no demand)
OWN_SIDE = _swap(DEMANDED, 3, "we we PRON nsubj 5")
# "The envoy said Freedonia must not withdraw its troops." (still a demand, plain 100)
MUST_NOT = ["The the DET det 1", "envoy envoy NOUN nsubj 2", "said say VERB ROOT 2",
            "Freedonia Freedonia PROPN nsubj 6 B-GPE", "must must AUX aux 6",
            "not not PART neg 6", "withdraw withdraw VERB ccomp 2", "its its PRON poss 8",
            "troops troop NOUN dobj 6", ". . PUNCT punct 2"]
# "The ministry said the reports were not false."
NOT_FALSE = DENIED[:6] + ["not not PART neg 5"] + ["false false ADJ acomp 5", ". . PUNCT punct 2"]


@pytest.mark.parametrize("rows, verb", [
    (DUTY, 2), (NO_ACT, 2), (NOT_SAID, 4), (OWN_SIDE, 2), (NOT_FALSE, 2),
    (DENIED, 4),  # the subject of the words is no verb of saying
], ids=["duty", "no-act", "not-said", "own-side", "not-false", "not-a-speech-verb"])
def test_look_alikes_carry_no_act(rows, verb):
    assert act(rows, verb) is None


def test_a_demand_not_to_act_is_a_plain_demand():
    doc = build(MUST_NOT)
    assert doc[6].text == "withdraw" and doc[6].head.text == "said"
    got = said_act(doc, doc[2])
    assert (got.coding.type, got.coding.cameo) == ("REQUEST", "100")


# "The envoy said Freedonia should have withdrawn its troops." / "... must have ...":
# a perfect after the modal looks back; "should have" faults, "must have" infers.
def _looking_back(modal: str) -> list[str]:
    return ["The the DET det 1", "envoy envoy NOUN nsubj 2", "said say VERB ROOT 2",
            "Freedonia Freedonia PROPN nsubj 6 B-GPE", f"{modal} {modal} AUX aux 6",
            "have have AUX aux 6", "withdrawn withdraw VERB ccomp 2",
            "its its PRON poss 8", "troops troop NOUN dobj 6", ". . PUNCT punct 2"]


# "The ministry said Freedonia was wrong." / "The ministry said we were wrong."
def _wrong(subject: str) -> list[str]:
    return ["The the DET det 1", "ministry ministry NOUN nsubj 2", "said say VERB ROOT 2",
            subject, "was be AUX ccomp 2", "wrong wrong ADJ acomp 4", ". . PUNCT punct 2"]


def test_fault_found_with_another_criticises_and_with_ones_own_side_is_no_act():
    assert act(_wrong("Freedonia Freedonia PROPN nsubj 4 B-GPE"), 2) == \
        ("ACCUSE", "111", "wrong", "Freedonia")
    assert act(_wrong("we we PRON nsubj 4"), 2) is None


def test_a_demand_on_a_condition_not_yet_met_is_no_demand():
    # "The envoy said that if talks fail, Freedonia must withdraw its troops."
    rows = ["The the DET det 1", "envoy envoy NOUN nsubj 2", "said say VERB ROOT 2",
            "that that SCONJ mark 10", "if if SCONJ mark 6", "talks talk NOUN nsubj 6",
            "fail fail VERB advcl 10", ", , PUNCT punct 10",
            "Freedonia Freedonia PROPN nsubj 10 B-GPE", "must must AUX aux 10",
            "withdraw withdraw VERB ccomp 2", "its its PRON poss 12",
            "troops troop NOUN dobj 10", ". . PUNCT punct 2"]
    assert act(rows, 2) is None
    # without the condition ("talks fail" and its "if" gone) the same words demand
    plain = [r for k, r in enumerate(rows) if k not in (4, 5, 6, 7)]
    plain = [" ".join(r.split()[:4] + [str(_shift(int(r.split()[4])))] + r.split()[5:])
             for r in plain]
    assert act(plain, 2) == ("REQUEST", "105", "must", "Freedonia")


def _shift(head: int) -> int:
    """A head index once the four tokens 4-7 are removed."""
    return head - 4 if head > 7 else head


def test_a_duty_looking_back_faults_and_an_inference_is_no_demand():
    assert act(_looking_back("should"), 2) == ("ACCUSE", "111", "should", "Freedonia")
    assert act(_looking_back("must"), 2) is None  # "must have withdrawn": inferred
    # the same words without the perfect are a demand
    assert act(DEMANDED, 2) == ("REQUEST", "105", "must", "Freedonia")


def _ent(doc: Doc, eid: str, k: int, country: str) -> Entity:
    span = doc[k:k + 1]
    return Entity(id=eid, name=span.text, kind="state", country=country, sector="GOV",
                  mentions=(Mention(span.start_char, span.end_char, span.text),))


def test_the_speaker_blames_and_the_blamed_is_the_recipient_not_the_doer():
    doc = build(BLAMED)
    ents = [_ent(doc, "ruritania", 0, "RUR"), _ent(doc, "freedonia", 2, "FRE")]
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    events = extract_events(doc, article, ents, (),
                            resolver=lambda text: (None, None, None))
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert len(accuse) == 1
    assert [a.country for a in accuse[0].actor] == ["RUR"]
    assert [r.country for r in accuse[0].recipient] == ["FRE"]
    assert accuse[0].trigger.text == "blame"


@pytest.mark.parametrize("noun, expected", [
    ("frustration", ("ACCUSE", "111")), ("anger", ("ACCUSE", "111")),
    ("disappointment", ("ACCUSE", "111")), ("hope", None),
])
def test_displeasure_voiced_through_a_light_verb_is_criticism(noun, expected):
    # "The minister expressed <noun> with Freedonia."
    doc = build(["The the DET det 1", "minister minister NOUN nsubj 2",
                 "expressed express VERB ROOT 2", f"{noun} {noun} NOUN dobj 2",
                 "with with ADP prep 3", "Freedonia Freedonia PROPN pobj 4 B-GPE",
                 ". . PUNCT punct 2"])
    got = code_predicate(doc, doc[2])
    assert (None if got is None else (got.type, got.cameo)) == expected
    # Alone the noun names no act ("public anger grew").
    assert code_predicate(doc, doc[3]) is None


# "The ministry called the reports fake news."
CALLED_FAKE = ["The the DET det 1", "ministry ministry NOUN nsubj 2", "called call VERB ROOT 2",
               "the the DET det 4", "reports report NOUN dobj 2", "fake fake ADJ amod 6",
               "news news NOUN oprd 2", ". . PUNCT punct 2"]
# "Ruritania described the Freedonian strikes as an act of aggression."
DESCRIBED_AS = ["Ruritania Ruritania PROPN nsubj 1 B-GPE", "described describe VERB ROOT 1",
                "the the DET det 4", "Freedonian freedonian ADJ amod 4 B-NORP",
                "strikes strike NOUN dobj 1", "as as ADP prep 1", "an an DET det 7",
                "act act NOUN pobj 5", "of of ADP prep 7", "aggression aggression NOUN pobj 8",
                ". . PUNCT punct 1"]
# "The envoy called the summit a success." (praise of a meeting: no naming act here)
CALLED_GOOD = ["The the DET det 1", "envoy envoy NOUN nsubj 2", "called call VERB ROOT 2",
               "the the DET det 4", "summit summit NOUN dobj 2", "a a DET det 6",
               "success success NOUN oprd 2", ". . PUNCT punct 2"]
# "The minister said the charges had no basis."
NO_BASIS = ["The the DET det 1", "minister minister NOUN nsubj 2", "said say VERB ROOT 2",
            "the the DET det 4", "charges charge NOUN nsubj 5", "had have VERB ccomp 2",
            "no no DET det 7", "basis basis NOUN dobj 5", ". . PUNCT punct 2"]


# "Her lawyer called Marek's denial a lie." (naming a denial untrue accuses)
DENIAL_CALLED_A_LIE = ["Her her PRON poss 1", "lawyer lawyer NOUN nsubj 2",
                       "called call VERB ROOT 2", "Marek Marek PROPN poss 5 B-PERSON",
                       "'s 's PART case 3", "denial denial NOUN dobj 2", "a a DET det 7",
                       "lie lie NOUN oprd 2", ". . PUNCT punct 2"]


@pytest.mark.parametrize("rows, verb, expected", [
    (CALLED_FAKE, 2, ("REJECT", "120", "news", None)),
    (DESCRIBED_AS, 1, ("ACCUSE", "111", "act", "Freedonian")),
    (CALLED_GOOD, 2, None),
    (NO_BASIS, 2, ("REJECT", "120", "had", None)),
    (DENIAL_CALLED_A_LIE, 2, ("ACCUSE", "111", "lie", "Marek")),
], ids=["called-fake-news", "described-as-aggression", "called-a-success", "no-basis",
        "denial-called-a-lie"])
def test_a_name_put_on_a_claim_or_an_act_is_the_namers_act(rows, verb, expected):
    assert act(rows, verb) == expected


def test_condemning_sanctions_by_name_is_no_sanction_by_the_namer():
    # "Ruritania called the Freedonian sanctions illegal."
    doc = build(["Ruritania Ruritania PROPN nsubj 1 B-GPE", "called call VERB ROOT 1",
                 "the the DET det 4", "Freedonian freedonian ADJ amod 4 B-NORP",
                 "sanctions sanction NOUN dobj 1", "illegal illegal ADJ oprd 1",
                 ". . PUNCT punct 1"])
    ents = [_ent(doc, "ruritania", 0, "RUR")]
    article = Article(id="a2", origin="test", text=doc.text, published="2024-12-05")
    events = extract_events(doc, article, ents, (), resolver=lambda text: (
        ("FRE", None, None) if text.lower().startswith("freedonian") else (None, None, None)))
    by_ruritania = [e.type for e in events if any(a.country == "RUR" for a in e.actor)]
    assert by_ruritania == ["ACCUSE"]


def test_criticism_drawn_from_someone_is_theirs_and_aimed_at_the_subject():
    # "Ruritania drew criticism from Freedonia." (the parser hangs "from" on the verb)
    doc = build(["Ruritania Ruritania PROPN nsubj 1 B-GPE", "drew draw VERB ROOT 1",
                 "criticism criticism NOUN dobj 1", "from from ADP prep 1",
                 "Freedonia Freedonia PROPN pobj 3 B-GPE", ". . PUNCT punct 1"])
    ents = [_ent(doc, "ruritania", 0, "RUR"), _ent(doc, "freedonia", 4, "FRE")]
    article = Article(id="a3", origin="test", text=doc.text, published="2024-12-05")
    events = extract_events(doc, article, ents, (), resolver=lambda text: (None, None, None))
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert [[a.country for a in e.actor] for e in accuse] == [["FRE"]]
    assert [r.country for r in accuse[0].recipient] == ["RUR"]


@pytest.mark.parametrize("verb, lemma, particle, expected", [
    ("lashed", "lash", "out", ("ACCUSE", "111")),
    ("kicked", "kick", "out", ("SANCTION", "166")),
    ("backed", "back", "out", ("RETREAT", "087")),
    ("ruled", "rule", "out", ("REJECT", "120")),
    ("walked", "walk", "back", ("CONCEDE", "080")),
    ("backed", "back", None, ("SUPPORT", "050")),  # without the particle: backing
])
def test_phrasal_verbs_of_news_acts(verb, lemma, particle, expected):
    # "Ruritania <verb> [<particle>] the envoys."
    rows = ["Ruritania Ruritania PROPN nsubj 1 B-GPE", f"{verb} {lemma} VERB ROOT 1"]
    if particle:
        rows.append(f"{particle} {particle} ADP prt 1")
    n = len(rows)
    rows += ["the the DET det " + str(n + 1), "envoys envoy NOUN dobj 1", ". . PUNCT punct 1"]
    doc = build(rows)
    got = code_predicate(doc, doc[1])
    assert (got.type, got.cameo) == expected


def test_a_refusal_negated_is_no_refusal():
    # "Ruritania would not rule out talks." / "Ruritania ruled out talks."
    base = ["Ruritania Ruritania PROPN nsubj 3 B-GPE", "would would AUX aux 3",
            "not not PART neg 3", "rule rule VERB ROOT 3", "out out ADP prt 3",
            "talks talk NOUN dobj 3", ". . PUNCT punct 3"]
    doc = build(base)
    assert code_predicate(doc, doc[3]) is None
    doc = build(["Ruritania Ruritania PROPN nsubj 1 B-GPE", "ruled rule VERB ROOT 1",
                 "out out ADP prt 1", "talks talk NOUN dobj 1", ". . PUNCT punct 1"])
    got = code_predicate(doc, doc[1])
    assert (got.type, got.cameo) == ("REJECT", "120")
