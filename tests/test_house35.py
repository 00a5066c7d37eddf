"""Issue 11, house35 lane (stop 34). A warning's threatened clause that says what
another named side will undergo names the side threatened; one that says what a side
will do (a capital standing for the warner's own government) leaves the condition's
subject as the one threatened. An object "which"/"whom" the parser hung on the last
noun of a phrase ("a pact with X, which ...") stands for that noun only when they
agree. Hand-built parses (as the small model parses these lines); sentences made up."""

from __future__ import annotations

from spacy.tokens import Span

from newsbrief.events.arguments import verb_arguments

from parses import parse
from parses import word as _word


def _someone(tok) -> bool:
    return tok.ent_type_ in ("GPE", "PERSON") or tok.lower_ == "envoy"


def _named(rows: str, *names: str, label: str = "GPE"):
    doc = parse(rows)
    doc.ents = [Span(doc, _word(doc, n).i, _word(doc, n).i + 1,
                     label="PERSON" if n == "Novak" else label) for n in names]
    return doc


def _recipient(doc, verb: str) -> list[str]:
    return [t.text for t in verb_arguments(_word(doc, verb), _someone).recipient]


# "Ruritania warned that Freedonia would face defeat if Sylvania sent troops."
FACE_DEFEAT_IF = """
Ruritania Ruritania PROPN NNP nsubj 1
warned warn VERB VBD ROOT 1
that that SCONJ IN mark 5
Freedonia Freedonia PROPN NNP nsubj 5
would would AUX MD aux 5
face face VERB VB ccomp 1
defeat defeat NOUN NN dobj 5
if if SCONJ IN mark 9
Sylvania Sylvania PROPN NNP nsubj 9
sent send VERB VBD advcl 5
troops troop NOUN NNS dobj 9
. . PUNCT . punct 1
"""

# "Ruritania warned that Freedonia would be punished if Sylvania joined the war."
PUNISHED_IF = """
Ruritania Ruritania PROPN NNP nsubj 1
warned warn VERB VBD ROOT 1
that that SCONJ IN mark 6
Freedonia Freedonia PROPN NNP nsubjpass 6
would would AUX MD aux 6
be be AUX VB auxpass 6
punished punish VERB VBN ccomp 1
if if SCONJ IN mark 9
Sylvania Sylvania PROPN NNP nsubj 9
joined join VERB VBD advcl 6
the the DET DT det 11
war war NOUN NN dobj 9
. . PUNCT . punct 1
"""

# "Novak warned that Ostrava would hit back if Sylvania raised tariffs." (Ostrava, the
# capital, stands for Novak's own government: it acts, Sylvania is threatened)
CAPITAL_HITS_BACK_IF = """
Novak Novak PROPN NNP nsubj 1
warned warn VERB VBD ROOT 1
that that SCONJ IN mark 5
Ostrava Ostrava PROPN NNP nsubj 5
would would AUX MD aux 5
hit hit VERB VB ccomp 1
back back ADV RB advmod 5
if if SCONJ IN mark 9
Sylvania Sylvania PROPN NNP nsubj 9
raised raise VERB VBD advcl 5
tariffs tariff NOUN NNS dobj 9
. . PUNCT . punct 1
"""

# "Ruritania warned it would face no choice if Sylvania moved troops." (the warner's
# own side faces it: a pronoun)
IT_WOULD_FACE_IF = """
Ruritania Ruritania PROPN NNP nsubj 1
warned warn VERB VBD ROOT 1
it it PRON PRP nsubj 4
would would AUX MD aux 4
face face VERB VB ccomp 1
no no DET DT det 6
choice choice NOUN NN dobj 4
if if SCONJ IN mark 9
Sylvania Sylvania PROPN NNP nsubj 9
moved move VERB VBD advcl 4
troops troop NOUN NNS dobj 9
. . PUNCT . punct 1
"""


def test_another_named_side_that_will_face_harm_is_the_one_warned():
    doc = _named(FACE_DEFEAT_IF, "Ruritania", "Freedonia", "Sylvania")
    assert _recipient(doc, "warned") == ["Freedonia"]


def test_another_named_side_that_will_be_punished_is_the_one_warned():
    doc = _named(PUNISHED_IF, "Ruritania", "Freedonia", "Sylvania")
    assert _recipient(doc, "warned") == ["Freedonia"]


def test_a_capital_that_will_act_leaves_the_condition_subject_warned():
    doc = _named(CAPITAL_HITS_BACK_IF, "Novak", "Ostrava", "Sylvania")
    assert _recipient(doc, "warned") == ["Sylvania"]


def test_the_warners_own_side_facing_a_choice_leaves_the_condition_subject_warned():
    doc = _named(IT_WOULD_FACE_IF, "Ruritania", "Sylvania")
    assert _recipient(doc, "warned") == ["Sylvania"]


# "Ruritania signed a pact with Freedonia, which Sylvania quit." (what is quit is the pact)
PACT_WHICH_QUIT = """
Ruritania Ruritania PROPN NNP nsubj 1
signed sign VERB VBD ROOT 1
a a DET DT det 3
pact pact NOUN NN dobj 1
with with ADP IN prep 3
Freedonia Freedonia PROPN NNP pobj 4
, , PUNCT , punct 5
which which PRON WDT dobj 9
Sylvania Sylvania PROPN NNP nsubj 9
quit quit VERB VBD relcl 5
. . PUNCT . punct 1
"""

# "Ruritania published a report on Novak, which Sylvania denounced." ("which" is no person)
REPORT_WHICH_DENOUNCED = """
Ruritania Ruritania PROPN NNP nsubj 1
published publish VERB VBD ROOT 1
a a DET DT det 3
report report NOUN NN dobj 1
on on ADP IN prep 3
Novak Novak PROPN NNP pobj 4
, , PUNCT , punct 5
which which PRON WDT dobj 9
Sylvania Sylvania PROPN NNP nsubj 9
denounced denounce VERB VBD relcl 5
. . PUNCT . punct 1
"""

# "Ruritania lifted sanctions on Freedonia, which Sylvania accuses of spying." (a state
# accused: "which" agrees with it)
SANCTIONS_WHICH_ACCUSED = """
Ruritania Ruritania PROPN NNP nsubj 1
lifted lift VERB VBD ROOT 1
sanctions sanction NOUN NNS dobj 1
on on ADP IN prep 2
Freedonia Freedonia PROPN NNP pobj 3
, , PUNCT , punct 4
which which PRON WDT dobj 8
Sylvania Sylvania PROPN NNP nsubj 8
accuses accuse VERB VBZ relcl 4
of of ADP IN prep 8
spying spy VERB VBG pcomp 9
. . PUNCT . punct 1
"""

# "Sylvania recalled the envoy of Freedonia, whom Ruritania had expelled." ("whom" is
# the envoy, not the state)
ENVOY_WHOM_EXPELLED = """
Sylvania Sylvania PROPN NNP nsubj 1
recalled recall VERB VBD ROOT 1
the the DET DT det 3
envoy envoy NOUN NN dobj 1
of of ADP IN prep 3
Freedonia Freedonia PROPN NNP pobj 4
, , PUNCT , punct 5
whom whom PRON WP dobj 10
Ruritania Ruritania PROPN NNP nsubj 10
had have AUX VBD aux 10
expelled expel VERB VBN relcl 5
. . PUNCT . punct 1
"""


def test_what_one_quits_is_the_pact_not_the_party_it_was_with():
    doc = _named(PACT_WHICH_QUIT, "Ruritania", "Freedonia", "Sylvania")
    assert _recipient(doc, "quit") == []


def test_which_does_not_stand_for_a_person_at_the_end_of_a_phrase():
    doc = _named(REPORT_WHICH_DENOUNCED, "Ruritania", "Novak", "Sylvania")
    assert _recipient(doc, "denounced") == []


def test_which_stands_for_a_state_it_agrees_with():
    doc = _named(SANCTIONS_WHICH_ACCUSED, "Ruritania", "Freedonia", "Sylvania")
    assert _recipient(doc, "accuses") == ["Freedonia"]


def test_whom_stands_for_the_person_whose_phrase_names_a_state():
    doc = _named(ENVOY_WHOM_EXPELLED, "Sylvania", "Freedonia", "Ruritania")
    assert _recipient(doc, "expelled") == ["envoy"]


def test_one_set_of_articles_for_every_module_that_skips_them():
    from newsbrief import words
    from newsbrief.events import retell
    from newsbrief.knowledge import evidence, statements

    assert words.ARTICLES == {"the", "a", "an"}
    assert retell.ARTICLES is statements.ARTICLES is evidence.ARTICLES is words.ARTICLES
    assert not hasattr(retell, "_ARTICLES") and not hasattr(statements, "_ARTICLES")


def test_two_lists_of_leaving_say_what_they_hold():
    from newsbrief.events import arguments, modality

    assert "withdraw" in arguments.WITHDRAWING_VERBS and "leave" not in arguments.WITHDRAWING_VERBS
    assert modality.LEAVING_OCCASION_VERBS is arguments.LEAVING_OCCASION_VERBS
    assert not hasattr(arguments, "LEAVING_VERBS") and not hasattr(modality, "LEAVING_VERBS")


def test_the_speakers_pronouns_are_the_first_person_and_you():
    from newsbrief.events import arguments, reportable

    assert reportable.FIRST_SECOND == arguments.FIRST_PERSON | {"you"}


def test_the_models_question_marks_are_senses_question_words_it_was_trained_on():
    from newsbrief.events import reportable, senses

    assert reportable.QUESTION_MARKS == senses.QUESTION_WORDS - {"whom", "whose"}
    assert {"whether", "why", "which"} <= reportable.QUESTION_MARKS


def test_one_list_of_each_perfect_auxiliary():
    from newsbrief.events import modality, tense

    assert modality._PERFECT is tense.PRESENT_PERFECT_AUX
    assert modality._LONG_PERFECT == tense.PRESENT_PERFECT_AUX | tense.PAST_PERFECT_AUX
    assert "had" in tense.PAST_PERFECT_AUX and "had" not in tense.PRESENT_PERFECT_AUX


def test_offices_one_person_holds_are_one_list_read_for_appointments_too():
    from newsbrief.events import arguments, senses
    from newsbrief.events.lexicon import word_classes

    assert arguments.OFFICE_NOUNS <= arguments.HELD_OFFICES
    assert not arguments.OFFICE_NOUNS & word_classes()["sense_offices"]
    office = parse("""
the the DET DT det 1
envoy envoy NOUN NN ROOT 1
""")
    title = parse("""
the the DET DT det 1
king king NOUN NN ROOT 1
""")
    assert senses._office_word(office[1]) and not senses._office_word(title[1])
    assert arguments._office(office[1]) and arguments._office(title[1])


def test_one_list_of_modal_auxiliaries_dating_adds_the_contractions():
    from newsbrief.events import predicate, reportable, tense

    assert reportable.MODALS is predicate.MODALS
    assert tense.MODALS == predicate.MODALS | {"’ll", "'d", "’d"}
    # ("'d" may be "had": the predicate's standing never reads a modal from it)
    assert "'d" not in predicate.MODALS and {"wo", "ca", "ought"} <= predicate.MODALS


# "The envoys were given a fortnight to leave." (a unit of duration the old list lacked)
GIVEN_A_FORTNIGHT = """
The the DET DT det 1
envoys envoy NOUN NNS nsubjpass 3
were be AUX VBD auxpass 3
given give VERB VBN ROOT 3
a a DET DT det 5
fortnight fortnight NOUN NN dobj 3
to to PART TO aux 7
leave leave VERB VB acl 5
. . PUNCT . punct 3
"""


def test_a_span_given_is_any_unit_of_duration_of_the_time_lexicon():
    from newsbrief.events import modality
    from newsbrief.timexes.lexicon import UNITS

    doc = parse(GIVEN_A_FORTNIGHT)
    assert "fortnight" in UNITS
    assert modality.deadline_given(doc[7]) == "given"
    assert not hasattr(modality, "TIME_SPAN_NOUNS")
