"""fixF (stop 35): three rules of the stop read back to what their comments say.
- "X was named in a letter urging Y": a passive subject is in the document, neither its
  sender nor its addressee; only "was quoted/cited in a statement ..." makes it the sender
  (events.arguments._message_sender).
- Going to court "over the weekend" (a time, no dispute), police taking a detainee to court,
  and going to court "to be sentenced" (a passive purpose) bring no lawsuit
  (events.senses._to_court).
- A capture is an arrest for want of a captor only when the one captured is the wanted one,
  not anyone captured near a word for such people (events.senses._hunted).
Hand-built parses of made-up sentences, as the small model parses them (tests/parses.py)."""

from __future__ import annotations

import pytest

from parses import coded_type as typed
from parses import make_doc_head_first

from newsbrief.events.arguments import verb_arguments


def _anyone(tok) -> bool:
    return tok.lower_ in {"mayor", "senator", "president"}


# "The mayor was quoted in a statement condemning the attack."
QUOTED_IN = (
    "The/the/DET/1/det/DT mayor/mayor/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
    "quoted/quote/VERB/3/ROOT/VBN in/in/ADP/3/prep/IN a/a/DET/6/det/DT "
    "statement/statement/NOUN/4/pobj/NN condemning/condemn/VERB/6/acl/VBG "
    "the/the/DET/9/det/DT attack/attack/NOUN/7/dobj/NN ././PUNCT/3/punct/.")
# "The senator was named in a letter urging the president to resign."
NAMED_IN = (
    "The/the/DET/1/det/DT senator/senator/NOUN/3/nsubjpass/NN was/be/AUX/3/auxpass/VBD "
    "named/name/VERB/3/ROOT/VBN in/in/ADP/3/prep/IN a/a/DET/6/det/DT "
    "letter/letter/NOUN/4/pobj/NN urging/urge/VERB/6/acl/VBG the/the/DET/9/det/DT "
    "president/president/NOUN/7/dobj/NN to/to/PART/11/aux/TO resign/resign/VERB/7/xcomp/VB "
    "././PUNCT/3/punct/.")


def test_one_quoted_in_a_statement_is_its_sender_not_its_addressee():
    doc = make_doc_head_first(QUOTED_IN)
    args = verb_arguments(doc[7], _anyone)
    assert [t.text for t in args.actor] == ["mayor"]
    assert "mayor" not in [t.text for t in args.recipient]


def test_one_named_in_a_letter_neither_sent_nor_received_it():
    doc = make_doc_head_first(NAMED_IN)
    args = verb_arguments(doc[7], _anyone)
    assert "senator" not in [t.text for t in args.actor + args.recipient]
    assert [t.text for t in args.recipient] == ["president"]


NO_LAWSUIT = [
    # "The minister went to court over the weekend." ("over" a time: when, not what about)
    ("The/the/DET/1/det/DT minister/minister/NOUN/2/nsubj/NN went/go/VERB/2/ROOT/VBD "
     "to/to/ADP/2/prep/IN court/court/NOUN/3/pobj/NN over/over/ADP/2/prep/IN "
     "the/the/DET/7/det/DT/DATE weekend/weekend/NOUN/5/pobj/NN/DATE ././PUNCT/2/punct/.", 2),
    # "The police took the suspect to court on Monday." (a detainee escorted)
    ("The/the/DET/1/det/DT police/police/NOUN/2/nsubj/NN took/take/VERB/2/ROOT/VBD "
     "the/the/DET/4/det/DT suspect/suspect/NOUN/2/dobj/NN to/to/ADP/2/prep/IN "
     "court/court/NOUN/5/pobj/NN on/on/ADP/2/prep/IN Monday/Monday/PROPN/7/pobj/NNP/DATE "
     "././PUNCT/2/punct/.", 2),
    # "The former president went to court on Tuesday to be sentenced for fraud."
    ("The/the/DET/2/det/DT former/former/ADJ/2/amod/JJ president/president/NOUN/3/nsubj/NN "
     "went/go/VERB/3/ROOT/VBD to/to/ADP/3/prep/IN court/court/NOUN/4/pobj/NN "
     "on/on/ADP/3/prep/IN Tuesday/Tuesday/PROPN/6/pobj/NNP/DATE to/to/PART/10/aux/TO "
     "be/be/AUX/10/auxpass/VB sentenced/sentence/VERB/3/advcl/VBN for/for/ADP/10/prep/IN "
     "fraud/fraud/NOUN/11/pobj/NN ././PUNCT/3/punct/.", 3),
]


@pytest.mark.parametrize("spec, at", NO_LAWSUIT)
def test_going_or_being_taken_to_court_without_a_suit_is_no_lawsuit(spec, at):
    assert typed(spec, at) != "ACCUSE"


SUITS = [
    # "The company went to court over the contract." (a dispute: a lawsuit)
    ("The/the/DET/1/det/DT company/company/NOUN/2/nsubj/NN went/go/VERB/2/ROOT/VBD "
     "to/to/ADP/2/prep/IN court/court/NOUN/3/pobj/NN over/over/ADP/2/prep/IN "
     "the/the/DET/7/det/DT contract/contract/NOUN/5/pobj/NN ././PUNCT/2/punct/.", 2),
    # "The union took the ministry to court." (no force escorting anyone)
    ("The/the/DET/1/det/DT union/union/NOUN/2/nsubj/NN took/take/VERB/2/ROOT/VBD "
     "the/the/DET/4/det/DT ministry/ministry/NOUN/2/dobj/NN to/to/ADP/2/prep/IN "
     "court/court/NOUN/5/pobj/NN ././PUNCT/2/punct/.", 2),
]


@pytest.mark.parametrize("spec, at", SUITS)
def test_going_to_court_over_a_dispute_stays_a_lawsuit(spec, at):
    assert typed(spec, at) == "ACCUSE"


# "The gunmen who ambushed the patrol remain at large. Sergeant John Miller was captured in
# the ambush." (a soldier taken in war, next to a word for wanted men who are not him)
CAPTURED_NEAR_WANTED = (
    "The/the/DET/1/det/DT gunmen/gunman/NOUN/6/nsubj/NNS who/who/PRON/3/nsubj/WP "
    "ambushed/ambush/VERB/1/relcl/VBD the/the/DET/5/det/DT patrol/patrol/NOUN/3/dobj/NN "
    "remain/remain/VERB/6/ROOT/VBP at/at/ADP/6/prep/IN large/large/ADJ/7/amod/JJ "
    "././PUNCT/6/punct/. Sergeant/Sergeant/PROPN/12/compound/NNP "
    "John/John/PROPN/12/compound/NNP/PERSON Miller/Miller/PROPN/14/nsubjpass/NNP/PERSON "
    "was/be/AUX/14/auxpass/VBD captured/capture/VERB/14/ROOT/VBN in/in/ADP/14/prep/IN "
    "the/the/DET/17/det/DT ambush/ambush/NOUN/15/pobj/NN ././PUNCT/14/punct/.")
# "Suspect John Miller was captured on Friday." (the wanted word names him)
WANTED_CAPTURED = (
    "Suspect/Suspect/PROPN/2/compound/NNP John/John/PROPN/2/compound/NNP/PERSON "
    "Miller/Miller/PROPN/4/nsubjpass/NNP/PERSON was/be/AUX/4/auxpass/VBD "
    "captured/capture/VERB/4/ROOT/VBN on/on/ADP/4/prep/IN Friday/Friday/PROPN/5/pobj/NNP/DATE "
    "././PUNCT/4/punct/.")


def test_one_captured_near_a_word_for_wanted_men_is_not_arrested():
    assert typed(CAPTURED_NEAR_WANTED, 14) == "ASSAULT"


def test_one_named_as_wanted_and_captured_is_arrested():
    assert typed(WANTED_CAPTURED, 4) == "COERCE"


# "Police named the robbery suspect John Doe on Monday. Doe hid for days before he was
# captured near the border." (the pronoun's antecedent was named as the suspect)
PRONOUN_OF_THE_WANTED = (
    "Police/Police/NOUN/1/nsubj/NNS named/name/VERB/1/ROOT/VBD the/the/DET/4/det/DT "
    "robbery/robbery/NOUN/4/compound/NN suspect/suspect/NOUN/1/dobj/NN "
    "John/John/PROPN/6/compound/NNP/PERSON Doe/Doe/PROPN/4/appos/NNP/PERSON "
    "on/on/ADP/1/prep/IN Monday/Monday/PROPN/7/pobj/NNP/DATE ././PUNCT/1/punct/. "
    "Doe/Doe/PROPN/11/nsubj/NNP hid/hide/VERB/11/ROOT/VBD for/for/ADP/11/prep/IN "
    "days/day/NOUN/12/pobj/NNS/DATE before/before/SCONJ/17/mark/IN "
    "he/he/PRON/17/nsubjpass/PRP was/be/AUX/17/auxpass/VBD captured/capture/VERB/11/advcl/VBN "
    "near/near/ADP/17/prep/IN the/the/DET/20/det/DT border/border/NOUN/18/pobj/NN "
    "././PUNCT/11/punct/.")


def test_a_pronoun_for_a_named_suspect_captured_is_arrested():
    assert typed(PRONOUN_OF_THE_WANTED, 17) == "COERCE"
