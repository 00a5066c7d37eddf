"""keymiss (stop 37): key acts whose doer was a document. A report that acts later in
an article ("The report also faults ...") stands for whoever an earlier sentence says
put it out ("X issued a report"), as a statement or a letter already did; a communique
is a thing, never a doer, so "a communique from X blamed Y" is X's act. Hand-built
parses of made-up sentences (tests/parses.py)."""

from __future__ import annotations

from parses import coded_type, parse
from parses import texts as _texts

from newsbrief.events.arguments import document_senders, is_thing

# "Senators issued a report on Friday. The report also faults the agency."
ISSUED = """
Senators senator NOUN NNS nsubj 1
issued issue VERB VBD ROOT 1
a a DET DT det 3
{noun} {lemma} NOUN NN dobj 1
on on ADP IN prep 1
Friday Friday PROPN NNP pobj 4
. . PUNCT . punct 1
The the DET DT det 8 S
{noun} {lemma} NOUN NN nsubj 10
also also ADV RB advmod 10
faults fault VERB VBZ ROOT 10
the the DET DT det 12
agency agency NOUN NN dobj 10
. . PUNCT . punct 10
"""


def test_a_report_that_acts_stands_for_those_who_issued_it():
    doc = parse(ISSUED.format(noun="report", lemma="report"))
    assert _texts(document_senders([doc[8]])) == ["Senators"]


def test_a_statement_still_does():
    doc = parse(ISSUED.format(noun="statement", lemma="statement"))
    assert _texts(document_senders([doc[8]])) == ["Senators"]


def test_a_report_no_earlier_sentence_says_who_put_out_stays_itself():
    # "The report also faults the agency." alone: a news report the article cites.
    doc = parse("""
The the DET DT det 1
report report NOUN NN nsubj 3
also also ADV RB advmod 3
faults fault VERB VBZ ROOT 3
the the DET DT det 5
agency agency NOUN NN dobj 3
. . PUNCT . punct 3
""")
    assert _texts(document_senders([doc[1]])) == ["report"]


def test_a_report_rejected_is_not_the_rejecters_own():
    # fixL: "Senators rejected a report on Friday. The report also faults the agency."
    doc = parse(ISSUED.replace("issued issue", "rejected reject").format(
        noun="report", lemma="report"))
    assert _texts(document_senders([doc[8]])) == ["report"]


def test_a_statement_demanded_is_not_the_demanders_own():
    doc = parse(ISSUED.replace("issued issue", "demanded demand").format(
        noun="statement", lemma="statement"))
    assert _texts(document_senders([doc[8]])) == ["statement"]


def test_a_communique_is_a_thing_not_a_doer():
    doc = parse("""
A a DET DT det 1
communique communique NOUN NN nsubj 5
from from ADP IN prep 1
the the DET DT det 4
ministers minister NOUN NNS pobj 2
blamed blame VERB VBD ROOT 5
Russia Russia PROPN NNP dobj 5
. . PUNCT . punct 5
""")
    assert is_thing(doc[1])
    assert not is_thing(doc[4])


# "push back": resisting what another says or wants is a refusal; pushing something
# back (a date, a force) is not. make_doc_head_first rows: word/lemma/POS/head/dep/TAG.
_PUSHED_BACK = "Ruiz/Ruiz/PROPN/1/nsubj/NNP pushed/push/VERB/1/ROOT/VBD back/back/ADV/1/advmod/RB "


def test_pushing_back_against_a_plan_is_a_refusal():
    # "Ruiz pushed back against the plan ."
    spec = _PUSHED_BACK + ("against/against/ADP/1/prep/IN the/the/DET/5/det/DT "
                           "plan/plan/NOUN/3/pobj/NN ././PUNCT/1/punct/.")
    assert coded_type(spec, 1) == "REJECT"


def test_pushing_back_on_a_claim_is_a_refusal():
    # "Ruiz pushed back on the claim ."
    spec = _PUSHED_BACK + ("on/on/ADP/1/prep/IN the/the/DET/5/det/DT "
                           "claim/claim/NOUN/3/pobj/NN ././PUNCT/1/punct/.")
    assert coded_type(spec, 1) == "REJECT"


def test_pushing_back_a_vote_is_no_refusal():
    # "Ruiz pushed back the vote ."
    spec = _PUSHED_BACK + "the/the/DET/4/det/DT vote/vote/NOUN/1/dobj/NN ././PUNCT/1/punct/."
    assert coded_type(spec, 1) is None


def test_a_vote_pushed_back_is_no_refusal():
    # "The vote was pushed back ."
    spec = ("The/the/DET/1/det/DT vote/vote/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
            "pushed/push/VERB/3/ROOT/VBN back/back/ADV/3/advmod/RB ././PUNCT/3/punct/.")
    assert coded_type(spec, 3) is None


# "direct" and "instruct": an order when a to-clause says what is to be done.
def test_directing_someone_to_act_is_an_order():
    # "Lopez directed the agency to review its rules ."
    spec = ("Lopez/Lopez/PROPN/1/nsubj/NNP directed/direct/VERB/1/ROOT/VBD "
            "the/the/DET/3/det/DT agency/agency/NOUN/1/dobj/NN to/to/PART/5/aux/TO "
            "review/review/VERB/1/xcomp/VB its/its/PRON/7/poss/PRP$ rules/rule/NOUN/5/dobj/NNS "
            "././PUNCT/1/punct/.")
    assert coded_type(spec, 1) == "REQUEST"


def test_instructing_someone_to_act_is_an_order():
    # "Lopez instructed the police to clear the square ."
    spec = ("Lopez/Lopez/PROPN/1/nsubj/NNP instructed/instruct/VERB/1/ROOT/VBD "
            "the/the/DET/3/det/DT police/police/NOUN/1/dobj/NNS to/to/PART/5/aux/TO "
            "clear/clear/VERB/1/xcomp/VB the/the/DET/7/det/DT square/square/NOUN/5/dobj/NN "
            "././PUNCT/1/punct/.")
    assert coded_type(spec, 1) == "REQUEST"


def test_directing_funds_for_a_purpose_orders_nothing():
    # "Lopez directed the funds to rebuild schools ." (a purpose clause, advcl)
    spec = ("Lopez/Lopez/PROPN/1/nsubj/NNP directed/direct/VERB/1/ROOT/VBD "
            "the/the/DET/3/det/DT funds/fund/NOUN/1/dobj/NNS to/to/PART/5/aux/TO "
            "rebuild/rebuild/VERB/1/advcl/VB schools/school/NOUN/5/dobj/NNS ././PUNCT/1/punct/.")
    assert coded_type(spec, 1) is None


def test_a_film_directed_by_someone_orders_nothing():
    # "The film was directed by Lopez ."
    spec = ("The/the/DET/1/det/DT film/film/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
            "directed/direct/VERB/3/ROOT/VBN by/by/ADP/3/agent/IN Lopez/Lopez/PROPN/4/pobj/NNP "
            "././PUNCT/3/punct/.")
    assert coded_type(spec, 3) is None


# Who put a document out, when an earlier sentence names it: not one who came by it.
def test_a_report_one_obtained_is_not_theirs():
    # "Reporters obtained a report on Friday. The report also faults the agency."
    doc = parse(ISSUED.replace("Senators senator", "Reporters reporter")
                .replace("issued issue", "obtained obtain").format(noun="report", lemma="report"))
    assert _texts(document_senders([doc[8]])) == ["report"]


def test_a_letter_one_has_seen_is_its_named_senders():
    # "Reporters saw a letter from the senators. The letter urges the agency."
    doc = parse("""
Reporters reporter NOUN NNS nsubj 1
saw see VERB VBD ROOT 1
a a DET DT det 3
letter letter NOUN NN dobj 1
from from ADP IN prep 3
the the DET DT det 6
senators senator NOUN NNS pobj 4
. . PUNCT . punct 1
The the DET DT det 9 S
letter letter NOUN NN nsubj 10
urges urge VERB VBZ ROOT 10
the the DET DT det 12
agency agency NOUN NN dobj 10
. . PUNCT . punct 10
""")
    assert _texts(document_senders([doc[9]])) == ["senators"]


def test_pushing_back_against_armed_men_is_a_fight_not_a_refusal():
    # "Ruiz pushed back against the rebels ."
    spec = _PUSHED_BACK + ("against/against/ADP/1/prep/IN the/the/DET/5/det/DT "
                           "rebels/rebel/NOUN/3/pobj/NNS ././PUNCT/1/punct/.")
    assert coded_type(spec, 1) is None


def test_a_statement_read_out_is_the_readers():
    # "Ruiz read a statement on Friday. The statement urges the agency." (read aloud by
    # one who speaks for its senders, as before the readers were set apart)
    doc = parse(ISSUED.replace("Senators senator NOUN NNS", "Ruiz Ruiz PROPN NNP")
                .replace("issued issue", "read read").format(noun="statement", lemma="statement"))
    assert _texts(document_senders([doc[8]])) == ["Ruiz"]
