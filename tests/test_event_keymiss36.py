"""keymissB (stop 36): key acts whose record had no doer, so no country. A subject the
parser hung on the object of a phrase set before the verb, as that object's appositive
("At a briefing on Monday, X, whose ..., voiced concerns"), is the verb's subject; a
quoted "I" in a block quote takes the speaker a label paragraph above it names ("X also
said:" on a line of its own). Hand-built parses of made-up sentences (tests/parses.py)."""

from __future__ import annotations

from parses import parse, parse_paragraphs as _paragraphs
from parses import texts as _texts

from newsbrief.events.arguments import in_quote, quote_speaker, verb_arguments


def _someone(tok) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_ in ("president", "mayor", "senator")


# "At a briefing on Monday, Ruiz, whose party relies on farmers, also voiced concerns
# about the tax."
FRONTED = """
At at ADP IN prep 15
a a DET DT det 2
briefing briefing NOUN NN pobj 0
on on ADP IN prep 2
Monday Monday PROPN NNP pobj 3
, , PUNCT , punct 6
Ruiz Ruiz PROPN NNP appos 4
, , PUNCT , punct 6
whose whose DET WP$ poss 9
party party NOUN NN nsubj 10
relies rely VERB VBZ relcl 6
on on ADP IN prep 10
farmers farmer NOUN NNS pobj 11
, , PUNCT , punct 6
also also ADV RB advmod 15
{verb}
concerns concern NOUN NNS dobj 15
about about ADP IN prep 16
the the DET DT det 19
tax tax NOUN NN pobj 17
. . PUNCT . punct 15
"""
VOICED = "voiced voice VERB VBD ROOT 15"


def test_a_subject_hung_on_a_fronted_phrase_as_an_appositive_is_the_verbs_subject():
    doc = parse(FRONTED.format(verb=VOICED))
    assert _texts(verb_arguments(doc[15], _someone).actor) == ["Ruiz"]


def test_a_participle_set_off_between_the_subject_and_the_verb_keeps_it():
    # "In Lima on Friday, Peru's president, speaking to reporters, rejected the plan."
    doc = parse("""
In in ADP IN prep 13
Lima Lima PROPN NNP pobj 0
on on ADP IN prep 13
Friday Friday PROPN NNP pobj 2
, , PUNCT , punct 3
Peru Peru PROPN NNP poss 7
's 's PART POS case 5
president president NOUN NN appos 3
, , PUNCT , punct 3
speaking speak VERB VBG advcl 13
to to ADP IN prep 9
reporters reporter NOUN NNS pobj 10
, , PUNCT , punct 13
rejected reject VERB VBD ROOT 13
the the DET DT det 15
plan plan NOUN NN dobj 13
. . PUNCT . punct 13
""")
    assert _texts(verb_arguments(doc[13], _someone).actor) == ["president"]


def test_a_verb_that_has_a_subject_or_is_no_finite_main_verb_borrows_none():
    # "In a letter to Ruiz, the mayor, the senator criticized the plan."
    doc = parse("""
In in ADP IN prep 10
a a DET DT det 2
letter letter NOUN NN pobj 0
to to ADP IN prep 2
Ruiz Ruiz PROPN NNP pobj 3
, , PUNCT , punct 4
the the DET DT det 7
mayor mayor NOUN NN appos 4
, , PUNCT , punct 4
senator senator NOUN NN nsubj 10
criticized criticize VERB VBD ROOT 10
the the DET DT det 12
plan plan NOUN NN dobj 10
. . PUNCT . punct 10
""")
    assert _texts(verb_arguments(doc[10], _someone).actor) == ["senator"]
    # a headline's participle ("..., also voicing concerns about the tax") is no
    # finite main verb: nothing is borrowed
    doc = parse(FRONTED.format(verb="voicing voice VERB VBG ROOT 15"))
    assert verb_arguments(doc[15], _someone).actor == ()


def test_a_name_not_set_off_by_a_comma_is_no_fronted_subject():
    # "At the talks with Ruiz the envoy also voiced concerns." with the envoy hung on
    # Ruiz by the parser, no comma before it: an apposition of the phrase, left alone
    doc = parse("""
At at ADP IN prep 8
the the DET DT det 2
talks talk NOUN NNS pobj 0
with with ADP IN prep 2
Ruiz Ruiz PROPN NNP pobj 3
the the DET DT det 6
envoy envoy NOUN NN appos 4
also also ADV RB advmod 8
voiced voice VERB VBD ROOT 8
concerns concern NOUN NNS dobj 8
. . PUNCT . punct 8
""")
    assert verb_arguments(doc[8], _someone).actor == ()


# 'Ruiz also said that:¶"The talks failed. I call on the board to meet."'
BLOCK = """
Ruiz Ruiz PROPN NNP nsubj 2
also also ADV RB advmod 2
{said}
that that SCONJ IN mark 2
: : PUNCT : punct 2
¶ ¶ SPACE _SP dep 4
" " PUNCT `` punct 9 S
The the DET DT det 8
talks talk NOUN NNS nsubj 9
failed fail VERB VBD ROOT 9
. . PUNCT . punct 9
I I PRON PRP nsubj 12 S
call call VERB VBP ROOT 12
on on ADP IN prep 12
the the DET DT det 15
board board NOUN NN pobj 13
to to PART TO aux 17
meet meet VERB VB xcomp 12
. . PUNCT . punct 12
" " PUNCT '' punct 12
"""


def test_a_quoted_i_in_a_block_quote_is_the_speaker_of_the_label_paragraph_above():
    doc = _paragraphs(BLOCK.format(said="said say VERB VBD ROOT 2"))
    i = next(t for t in doc if t.text == "I")
    assert in_quote(i)
    assert _texts(quote_speaker(i)) == ["Ruiz"]


def test_a_paragraph_above_that_does_not_introduce_the_quote_names_no_speaker():
    # 'Ruiz also spoke that day.¶"The talks failed. I call ..."': no colon, no label
    doc = _paragraphs(BLOCK.format(said="spoke speak VERB VBD ROOT 2")
                      .replace("that that SCONJ IN mark 2", "then then ADV RB advmod 2")
                      .replace(": : PUNCT : punct 2", ". . PUNCT . punct 2"))
    i = next(t for t in doc if t.text == "I")
    assert quote_speaker(i) == []
    # a label with no verb of saying and no marked name names nobody either
    doc = _paragraphs(BLOCK.format(said="spoke speak VERB VBD ROOT 2"))
    i = next(t for t in doc if t.text == "I")
    assert quote_speaker(i) == []


def test_an_appositive_heading_a_list_after_the_phrase_is_no_subject():
    # "After raids that killed Ruiz, his brother and Diaz, their families filed suits."
    # parsed with "brother" as Ruiz's appositive heading the list that takes in the
    # families: the list mixes those killed with those who sued, so nobody is borrowed
    doc = parse("""
After after ADP IN prep 14
raids raid NOUN NNS pobj 0
that that PRON WDT nsubj 3
killed kill VERB VBD relcl 1
Ruiz Ruiz PROPN NNP dobj 3
, , PUNCT , punct 4
his his PRON PRP$ poss 7
brother brother NOUN NN appos 4
and and CCONJ CC cc 7
Diaz Diaz PROPN NNP conj 7
, , PUNCT , punct 7
their their PRON PRP$ poss 12
families family NOUN NNS conj 7
, , PUNCT , punct 14
filed file VERB VBD ROOT 14
suits suit NOUN NNS dobj 14
. . PUNCT . punct 14
""")
    assert verb_arguments(doc[14], _someone).actor == ()


def test_people_apprehended_with_no_doer_named_are_taken_by_the_police_of_the_place():
    # "Two suspects were apprehended in Nairobi.": apprehending is arresting
    from newsbrief.events import extract_events
    from newsbrief.records import Article

    from fake_stages import build, by_type, coder_with

    rows = ["Two two NUM nummod 1", "suspects suspect NOUN nsubjpass 3",
            "were be AUX auxpass 3", "apprehended apprehend VERB ROOT 3", "in in ADP prep 3",
            "Nairobi Nairobi PROPN pobj 4 B-GPE", ". . PUNCT punct 3"]
    doc = build(rows)
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    events = extract_events(doc, article, [], [],
                            coder=coder_with({"apprehend": ("COERCE", "173", None)}),
                            resolver=lambda t: (None, None, None))
    (ev,) = by_type(events, "COERCE")
    assert [(r.text, r.country, r.implied) for r in ev.actor] == [
        ("unnamed police", "KEN", True)]


# "Ruiz, the chairman of the panel, planned on Monday to seek testimony." parsed with
# the name as the sentence's head and the main verb hung on it as a participle
UNDER_SUBJECT = """
Ruiz Ruiz PROPN NNP ROOT 0
, , PUNCT , punct 0
the the DET DT det 3
chairman chairman NOUN NN appos 0
of of ADP IN prep 3
the the DET DT det 6
panel panel NOUN NN pobj 4
, , PUNCT , punct 0
{verb}
on on ADP IN prep 8
Monday Monday PROPN NNP pobj 9
to to PART TO aux 12
seek seek VERB VB xcomp 8
testimony testimony NOUN NN dobj 12
. . PUNCT . punct 0
"""


def test_a_main_verb_hung_on_its_subject_after_a_set_off_phrase_is_the_subjects_act():
    doc = parse(UNDER_SUBJECT.format(verb="planned plan VERB VBN acl 0"))
    args = verb_arguments(doc[8], _someone)
    assert _texts(args.actor) == ["Ruiz"] and not args.passive


def test_a_participle_with_no_complement_or_no_set_off_phrase_stays_done_to_the_noun():
    # "Ruiz, the chairman of the panel, pictured." (a caption's participle, nothing after)
    doc = parse("""
Ruiz Ruiz PROPN NNP ROOT 0
, , PUNCT , punct 0
the the DET DT det 3
chairman chairman NOUN NN appos 0
of of ADP IN prep 3
the the DET DT det 6
panel panel NOUN NN pobj 4
, , PUNCT , punct 0
pictured picture VERB VBN acl 0
. . PUNCT . punct 0
""")
    args = verb_arguments(doc[8], _someone)
    assert args.actor == () and _texts(args.recipient) == ["Ruiz"]
    # "Ruiz in Lima, held on Monday to seek a deal." (no phrase set off before the verb)
    doc = parse("""
Ruiz Ruiz PROPN NNP ROOT 0
in in ADP IN prep 0
Lima Lima PROPN NNP pobj 1
, , PUNCT , punct 0
held hold VERB VBN acl 0
on on ADP IN prep 4
Monday Monday PROPN NNP pobj 5
to to PART TO aux 8
seek seek VERB VB xcomp 4
a a DET DT det 10
deal deal NOUN NN dobj 8
. . PUNCT . punct 0
""")
    args = verb_arguments(doc[4], _someone)
    assert args.actor == () and _texts(args.recipient) == ["Ruiz"]
