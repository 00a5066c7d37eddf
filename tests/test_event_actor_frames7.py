"""Issue 11, actors7 lane (actor with the right country, recipients): who is blamed in
"X was to blame" and who blames; a participle completing a passive ("were found shot")
has no doer named; "one of whom" is one of the relative's noun; a town before a noun
of killing says where, not who; unnamed armed men are placed where they strike; a
one-word name after another given name is not the knowledge base's person of that
surname; a place before a title places the person. Hand-built parses; sentences
made up."""

from __future__ import annotations

from spacy.tokens import Span

from newsbrief.actors.clusters import Cluster
from newsbrief.actors.entities import _named_otherwise, _title_place
from newsbrief.actors.gazetteer import gazetteer
from newsbrief.actors.kb import knowledge_base
from newsbrief.events.actorrefs import ActorIndex
from newsbrief.events.arguments import noun_arguments, verb_arguments
from newsbrief.records import ActorRef, Location

from parses import texts as _texts
from parses import parse


def _someone(tok) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_ in ("rebel", "supporter", "man", "army")


# "Lopez said the rebels were to blame for the attacks."
TO_BLAME = """
Lopez Lopez PROPN NNP nsubj 1
said say VERB VBD ROOT 1
the the DET DT det 3
rebels rebel NOUN NNS nsubj 4
were be AUX VBD ccomp 1
to to PART TO aux 6
blame blame VERB VB xcomp 4
for for ADP IN prep 6
the the DET DT det 9
attacks attack NOUN NNS pobj 7
. . PUNCT . punct 1
"""


def test_who_is_to_blame_is_the_recipient_and_the_speaker_blames():
    doc = parse(TO_BLAME)
    args = verb_arguments(doc[6], _someone)
    assert _texts(args.actor) == ["Lopez"]
    assert _texts(args.recipient) == ["rebels"]


def test_a_blame_clause_standing_alone_names_nobody_who_blames():
    # "The rebels were to blame."
    doc = parse("""
The the DET DT det 1
rebels rebel NOUN NNS nsubj 2
were be AUX VBD ROOT 2
to to PART TO aux 4
blame blame VERB VB xcomp 2
. . PUNCT . punct 2
""")
    args = verb_arguments(doc[4], _someone)
    assert args.actor == ()
    assert _texts(args.recipient) == ["rebels"]


# "Two men were found shot dead."
FOUND_SHOT = """
Two two NUM CD nummod 1
men man NOUN NNS nsubjpass 3
were be AUX VBD auxpass 3
found find VERB VBN ROOT 3
shot shoot VERB VBN xcomp 3
dead dead ADJ JJ acomp 4
. . PUNCT . punct 3
"""


def test_a_participle_completing_a_passive_has_the_subject_as_its_patient():
    doc = parse(FOUND_SHOT)
    args = verb_arguments(doc[4], _someone)
    assert args.passive
    assert args.actor == ()  # nobody named did it: no victim as the doer
    assert _texts(args.recipient) == ["men"]


def test_an_infinitive_under_an_active_verb_still_takes_its_subject():
    # "Lopez wanted to meet Diaz." (the control rule stays)
    doc = parse("""
Lopez Lopez PROPN NNP nsubj 1
wanted want VERB VBD ROOT 1
to to PART TO aux 3
meet meet VERB VB xcomp 1
Diaz Diaz PROPN NNP dobj 3
. . PUNCT . punct 1
""")
    args = verb_arguments(doc[3], _someone)
    assert _texts(args.actor) == ["Lopez"] and not args.passive


# "There were supporters, one of whom accused the army."
ONE_OF_WHOM = """
There there PRON EX expl 1
were be VERB VBD ROOT 1
supporters supporter NOUN NNS attr 1
, , PUNCT , punct 2
one one NUM CD nsubj 7
of of ADP IN prep 4
whom whom PRON WP pobj 5
accused accuse VERB VBD relcl 2
the the DET DT det 9
army army NOUN NN dobj 7
. . PUNCT . punct 1
"""


def test_one_of_whom_is_one_of_the_noun_the_clause_modifies():
    doc = parse(ONE_OF_WHOM)
    args = verb_arguments(doc[7], _someone)
    assert _texts(args.actor) == ["supporters"]
    assert _texts(args.recipient) == ["army"]


# "the Springfield killings" / "the Norway sanctions"
def _noun_phrase(word: str, lemma: str, noun: str, noun_lemma: str):
    doc = parse(f"""
the the DET DT det 2
{word} {word} PROPN NNP compound 2
{noun} {noun_lemma} NOUN NNS ROOT 2
. . PUNCT . punct 2
""")
    doc.ents = [Span(doc, 1, 2, label="GPE")]
    return doc


def test_a_town_before_a_noun_of_killing_says_where_not_who():
    doc = _noun_phrase("Springfield", "Springfield", "killings", "killing")
    args = noun_arguments(doc[2], _someone, lambda v: verb_arguments(v, _someone))
    assert args.actor == ()
    # a name before a noun of acts that states do still acts ("the Norway sanctions")
    doc = _noun_phrase("Norway", "Norway", "sanctions", "sanction")
    args = noun_arguments(doc[2], _someone, lambda v: verb_arguments(v, _someone))
    assert _texts(args.actor) == ["Norway"]


# ---------------------------------------------------------------- armed men, placed

# "Gunmen attacked a bus near Tamsal." (a made-up town)
GUNMEN = """
Gunmen gunman NOUN NNS nsubj 1
attacked attack VERB VBD ROOT 1
a a DET DT det 3
bus bus NOUN NN dobj 1
near near ADP IN prep 1
Tamsal Tamsal PROPN NNP pobj 4
. . PUNCT . punct 1
"""


def _index(doc):
    table = {"Gunmen": (None, "UAF", None), "troops": (None, "MIL", None),
             "foreign fighters": (None, "REB", None), "Police": (None, "COP", None)}
    return ActorIndex(doc, [], resolver=lambda t: table.get(t, (None, None, None)))


def test_unnamed_armed_men_are_of_the_country_where_they_strike():
    doc = parse(GUNMEN)
    index = _index(doc)
    at = Location("Tamsal", "MLI", None, None)
    gunmen = ActorRef(None, "Gunmen", None, "UAF")
    assert index.placed_at((gunmen,), at, doc[1])[0].country == "MLI"
    # troops are often abroad; a phrase that puts them abroad stays unplaced; a named
    # group or one with a country keeps its own
    for ref in (ActorRef(None, "troops", None, "MIL"),
                ActorRef(None, "foreign fighters", None, "REB"),
                ActorRef("grp", "the Front", None, "REB"),
                ActorRef(None, "Gunmen", "NER", "UAF")):
        assert index.placed_at((ref,), at, doc[1])[0].country == ref.country
    # with no place for the act, nothing is guessed
    assert index.placed_at((gunmen,), None, doc[1])[0].country is None


# ---------------------------------------------------------------- names and titles

# "City Mayor Omar Khan spoke."  ("Khan" typed alone)
def _mayor(first: str, place: str = "London"):
    doc = parse(f"""
{place} {place} PROPN NNP compound 3
Mayor Mayor PROPN NNP compound 3
{first} {first} PROPN NNP compound 3
Khan Khan PROPN NNP nsubj 4
spoke speak VERB VBD ROOT 4
. . PUNCT . punct 4
""")
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 3, 4, label="PERSON")]
    khan = doc[3]
    c = Cluster(kind="person", name="Khan",
                mentions=[(khan.idx, khan.idx + len(khan.text), khan.text)])
    return doc, c


def test_a_surname_after_another_given_name_is_someone_else_of_that_surname():
    kb, g = knowledge_base(), gazetteer()
    entry = kb.search("Imran Khan")[0]
    doc, c = _mayor("Omar")
    assert _named_otherwise(doc, c, entry, g)
    doc, c = _mayor("Imran")  # the entry's own first name
    assert not _named_otherwise(doc, c, entry, g)


def test_a_place_before_a_title_places_the_person():
    g = gazetteer()
    doc, c = _mayor("Omar")
    assert _title_place(doc, c, g) == "GBR"
    doc, c = _mayor("Omar", "Toronto")
    assert _title_place(doc, c, g) == "CAN"


def test_a_perfect_infinitive_under_a_passive_verb_stays_active():
    # "Thousands are estimated to have marched." (the marchers did it)
    doc = parse("""
Thousands thousand NOUN NNS nsubjpass 2
are be AUX VBP auxpass 2
estimated estimate VERB VBN ROOT 2
to to PART TO aux 5
have have AUX VB aux 5
marched march VERB VBN xcomp 2
. . PUNCT . punct 2
""")
    args = verb_arguments(doc[5], lambda t: t.lemma_ == "thousand")
    assert not args.passive and _texts(args.actor) == ["Thousands"]


def test_a_passive_infinitive_under_a_passive_verb_is_passive():
    # "Diaz is expected to be expelled."
    doc = parse("""
Diaz Diaz PROPN NNP nsubjpass 2
is be AUX VBZ auxpass 2
expected expect VERB VBN ROOT 2
to to PART TO aux 5
be be AUX VB auxpass 5
expelled expel VERB VBN xcomp 2
. . PUNCT . punct 2
""")
    args = verb_arguments(doc[5], _someone)
    assert args.passive and args.actor == () and _texts(args.recipient) == ["Diaz"]


# ---------------------------------------------------------------- who says "I"

def test_a_quoted_i_is_the_speaker_named_in_another_sentence_of_its_paragraph():
    from newsbrief.events.arguments import in_quote, quote_speaker

    # '"It was late," Ruiz said. "I thank them."  I thank them.'
    doc = parse("""
" " PUNCT `` punct 2
It it PRON PRP nsubj 2
was be AUX VBD ccomp 7
late late ADJ JJ acomp 2
, , PUNCT , punct 2
" " PUNCT '' punct 2
Ruiz Ruiz PROPN NNP nsubj 7
said say VERB VBD ROOT 7
. . PUNCT . punct 7
" " PUNCT `` punct 11 S
I I PRON PRP nsubj 11
thank thank VERB VBP ROOT 11
them they PRON PRP dobj 11
. . PUNCT . punct 11
" " PUNCT '' punct 11
I I PRON PRP nsubj 16 S
thank thank VERB VBP ROOT 16
them they PRON PRP dobj 16
. . PUNCT . punct 16
""")
    assert in_quote(doc[10])
    assert _texts(quote_speaker(doc[10])) == ["Ruiz"]
    # outside quotation marks a first person is the writer's: nobody is borrowed
    assert not in_quote(doc[15])
    assert quote_speaker(doc[15]) == []


def test_a_finite_verb_joined_to_an_infinitive_is_the_act_of_the_finite_verb_above():
    # "Ruiz urged the board to drop its plan to close the port and called on Diaz."
    doc = parse("""
Ruiz Ruiz PROPN NNP nsubj 1
urged urge VERB VBD ROOT 1
the the DET DT det 3
board board NOUN NN dobj 1
to to PART TO aux 5
drop drop VERB VB xcomp 1
its its PRON PRP$ poss 7
plan plan NOUN NN dobj 5
to to PART TO aux 9
close close VERB VB acl 7
the the DET DT det 11
port port NOUN NN dobj 9
and and CCONJ CC cc 9
called call VERB VBD conj 9
on on ADP IN prep 13
Diaz Diaz PROPN NNP pobj 14
. . PUNCT . punct 1
""")
    args = verb_arguments(doc[13], _someone)
    assert _texts(args.actor) == ["Ruiz"]
    assert _texts(args.recipient) == ["Diaz"]


# ---------------------------------------------------------------- recipients

# "Ruiz called for Diaz to resign."
CALL_FOR = """
Ruiz Ruiz PROPN NNP nsubj 1
called call VERB VBD ROOT 1
for for SCONJ IN mark 5
Diaz Diaz PROPN NNP nsubj 5
to to PART TO aux 5
resign resign VERB VB advcl 1
. . PUNCT . punct 1
"""


def test_whom_a_call_for_someone_to_act_asks_is_its_recipient():
    doc = parse(CALL_FOR)
    args = verb_arguments(doc[1], _someone)
    assert _texts(args.actor) == ["Ruiz"] and _texts(args.recipient) == ["Diaz"]
    # "for" with no infinitive is no such call ("called for calm")
    doc = parse("""
Ruiz Ruiz PROPN NNP nsubj 1
called call VERB VBD ROOT 1
for for ADP IN prep 1
calm calm NOUN NN pobj 2
. . PUNCT . punct 1
""")
    assert verb_arguments(doc[1], _someone).recipient == ()


def test_plain_people_acted_on_are_of_the_country_where_it_happened():
    doc = parse(GUNMEN)
    index = _index(doc)
    at = Location("Tamsal", "MLI", None, None)
    refs = (ActorRef(None, "two people", None, None), ActorRef(None, "three women", None, None),
            ActorRef(None, "foreign tourists", None, None), ActorRef(None, "the bus", None, None),
            ActorRef("x", "Ana Ruiz", None, None))
    got = index.victims_at(refs, at, doc[1])
    assert [r.country for r in got] == ["MLI", "MLI", None, None, None]
    assert index.victims_at(refs, None, doc[1]) == refs  # no place, no guess


def test_whose_thing_was_acted_on_in_a_passive_is_the_recipient():
    # "Ruiz's plan was rejected by Diaz."  /  "The plan was rejected by Diaz."
    doc = parse("""
Ruiz Ruiz PROPN NNP poss 2
's 's PART POS case 0
plan plan NOUN NN nsubjpass 4
was be AUX VBD auxpass 4
rejected reject VERB VBN ROOT 4
by by ADP IN agent 4
Diaz Diaz PROPN NNP pobj 5
. . PUNCT . punct 4
""")
    args = verb_arguments(doc[4], _someone)
    assert _texts(args.actor) == ["Diaz"] and _texts(args.recipient) == ["Ruiz"]
    doc = parse("""
The the DET DT det 1
plan plan NOUN NN nsubjpass 3
was be AUX VBD auxpass 3
rejected reject VERB VBN ROOT 3
by by ADP IN agent 3
Diaz Diaz PROPN NNP pobj 4
. . PUNCT . punct 3
""")
    assert verb_arguments(doc[3], _someone).recipient == ()


def test_an_organisation_is_of_the_place_its_appositive_names():
    # "Kestrel Forum, a group in Oslo, spoke."
    doc = parse("""
Kestrel Kestrel PROPN NNP compound 1
Forum Forum PROPN NNP nsubj 8
, , PUNCT , punct 1
a a DET DT det 4
group group NOUN NN appos 1
in in ADP IN prep 4
Oslo Oslo PROPN NNP pobj 5
, , PUNCT , punct 1
spoke speak VERB VBD ROOT 8
. . PUNCT . punct 8
""")
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 6, 7, label="GPE")]
    from newsbrief.records import Entity, Mention

    forum = Entity(id="kf", name="Kestrel Forum", kind="organization",
                   mentions=(Mention(0, len("Kestrel Forum"), "Kestrel Forum"),))
    table = {"Oslo": ("NOR", None, None)}
    index = ActorIndex(doc, [forum], resolver=lambda t: table.get(t, (None, None, None)))
    assert [(r.entity, r.country) for r in index.refs(doc[1])] == [("kf", "NOR")]


def test_who_attacked_in_the_attack_a_passive_act_happened_in_did_it():
    # "Nine people were killed in an attack by gunmen."
    doc = parse("""
Nine nine NUM CD nummod 1
people people NOUN NNS nsubjpass 3
were be AUX VBD auxpass 3
killed kill VERB VBN ROOT 3
in in ADP IN prep 3
an an DET DT det 6
attack attack NOUN NN pobj 4
by by ADP IN prep 6
gunmen gunman NOUN NNS pobj 7
. . PUNCT . punct 3
""")
    args = verb_arguments(doc[3], lambda t: t.lemma_ in ("people", "gunman"))
    assert _texts(args.actor) == ["gunmen"] and _texts(args.recipient) == ["people"]
    # "in a report by gunmen" names no attack
    doc2 = parse("""
Nine nine NUM CD nummod 1
people people NOUN NNS nsubjpass 3
were be AUX VBD auxpass 3
named name VERB VBN ROOT 3
in in ADP IN prep 3
a a DET DT det 6
report report NOUN NN pobj 4
by by ADP IN prep 6
aides aide NOUN NNS pobj 7
. . PUNCT . punct 3
""")
    assert verb_arguments(doc2[3], lambda t: t.lemma_ in ("people", "aide")).actor == ()
