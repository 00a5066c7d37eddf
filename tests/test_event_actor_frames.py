"""Who acts when the doer sits in a neighbouring clause (issue 11, args5): a verb
coordinated with a passive one, a verb of speaking the parser hung on the content
clause it follows, a gerund after "for" whose governor's object is a thing, a
subject hung on the auxiliary, "X's office said he ...", and an unplaced person
named with a possessor ("his deputy, ..."). Hand-built parses; sentences made up."""

from __future__ import annotations

import pytest

from newsbrief.actors.anaphora import References
from newsbrief.events.actorrefs import ActorIndex
from newsbrief.events import extract_events
from newsbrief.events.arguments import Arguments, verb_arguments
from newsbrief.records import Article, Entity, Mention

from parses import parse, person
from fake_stages import build, by_type, coder_with


def people(tok) -> bool:
    return tok.pos_ in ("PROPN", "PRON") or tok.lemma_ in ("union", "mayor")


def args_of(rows: str, word: str):
    doc = parse(rows)
    verb = next(t for t in doc if t.text == word)
    return verb_arguments(verb, people)


# "Diaz was asked about the plan and criticized the mayor."
ASKED = """
Diaz Diaz PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
asked ask VERB VBN ROOT 2
about about ADP IN prep 2
the the DET DT det 5
plan plan NOUN NN pobj 3
and and CCONJ CC cc 2
criticized criticize VERB VBD conj 2
the the DET DT det 9
mayor mayor NOUN NN dobj 7
. . PUNCT . punct 2
"""
# "Diaz was arrested and charged with fraud."
CHARGED = """
Diaz Diaz PROPN NNP nsubjpass 2
was be AUX VBD auxpass 2
arrested arrest VERB VBN ROOT 2
and and CCONJ CC cc 2
charged charge VERB VBN conj 2
with with ADP IN prep 4
fraud fraud NOUN NN pobj 5
. . PUNCT . punct 2
"""


def test_an_active_verb_after_a_passive_one_is_done_by_the_shared_subject():
    got = args_of(ASKED, "criticized")
    assert not got.passive
    assert [t.text for t in got.actor] == ["Diaz"]
    assert [t.text for t in got.recipient] == ["mayor"]
    # a passive participle in the same place stays passive: Diaz was charged
    got = args_of(CHARGED, "charged")
    assert got.passive and not got.actor


# "Novak said the mayor is hiding facts and urged an inquiry."
HIDING = """
Novak Novak PROPN NNP nsubj 1
said say VERB VBD ROOT 1
the the DET DT det 3
mayor mayor NOUN NN nsubj 5
is be AUX VBZ aux 5
hiding hide VERB VBG ccomp 1
facts fact NOUN NNS dobj 5
and and CCONJ CC cc 5
urged urge VERB VBD conj 5
an an DET DT det 10
inquiry inquiry NOUN NN dobj 8
. . PUNCT . punct 1
"""
# "Novak said the mayor hid the files and urged silence." (one tense: the mayor urged)
HID = """
Novak Novak PROPN NNP nsubj 1
said say VERB VBD ROOT 1
the the DET DT det 3
mayor mayor NOUN NN nsubj 4
hid hide VERB VBD ccomp 1
the the DET DT det 6
files file NOUN NNS dobj 4
and and CCONJ CC cc 4
urged urge VERB VBD conj 4
silence silence NOUN NN dobj 8
. . PUNCT . punct 1
"""


@pytest.mark.parametrize("rows, doer", [(HIDING, "Novak"), (HID, "mayor")])
def test_a_speech_verb_after_a_content_clause_in_another_tense_is_the_speakers(rows, doer):
    assert [t.text for t in args_of(rows, "urged").actor] == [doer]


# "The service won praise for condemning the ban." / "Lima accused Quito of sending troops."
PRAISE = """
The the DET DT det 1
service service NOUN NN nsubj 2
won win VERB VBD ROOT 2
praise praise NOUN NN dobj 2
for for ADP IN prep 2
condemning condemn VERB VBG pcomp 4
the the DET DT det 7
ban ban NOUN NN dobj 5
. . PUNCT . punct 2
"""
ACCUSED = """
Lima Lima PROPN NNP nsubj 1
accused accuse VERB VBD ROOT 1
Quito Quito PROPN NNP dobj 1
of of ADP IN prep 1
sending send VERB VBG pcomp 3
troops troop NOUN NNS dobj 4
. . PUNCT . punct 1
"""


@pytest.mark.parametrize("rows, doer", [(PRAISE, "service"), (ACCUSED, "Quito")])
def test_a_gerund_after_for_or_of_is_done_by_the_object_unless_it_is_a_thing(rows, doer):
    verb = "condemning" if rows is PRAISE else "sending"
    assert [t.text for t in args_of(rows, verb).actor] == [doer]


# "Unions are set against the bill and urged senators to vote no."
SET = """
Unions union NOUN NNS nsubj 1
are be AUX VBP auxpass 2
set set VERB VBN ROOT 2
against against ADP IN prep 2
the the DET DT det 5
bill bill NOUN NN pobj 3
and and CCONJ CC cc 2
urged urge VERB VBD conj 2
senators senator PROPN NNPS dobj 7
to to PART TO aux 10
vote vote VERB VB xcomp 7
no no ADV RB advmod 10
. . PUNCT . punct 2
"""


def test_a_subject_hung_on_the_auxiliary_is_the_subject():
    got = args_of(SET, "urged")
    assert [t.text for t in got.actor] == ["Unions"]


# "Novak's office said he thanked Diaz."
OFFICE = """
Novak Novak PROPN NNP poss 2
's 's PART POS case 0
office office NOUN NN nsubj 3
said say VERB VBD ROOT 3
he he PRON PRP nsubj 5
thanked thank VERB VBD ccomp 3
Diaz Diaz PROPN NNP dobj 5
. . PUNCT . punct 3
"""


def test_he_after_an_owned_subject_noun_is_its_owner():
    doc = parse(OFFICE)
    refs = References(doc, [person(doc, "Novak", 0, 1), person(doc, "Diaz", 6, 7)])
    assert refs.resolve(doc[4]).id == "Novak"


# "Orlov spoke first. His office said he won."
HIS_OFFICE = """
Orlov Orlov PROPN NNP nsubj 1
spoke speak VERB VBD ROOT 1
first first ADV RB advmod 1
. . PUNCT . punct 1
His his PRON PRP$ poss 5 S
office office NOUN NN nsubj 6
said say VERB VBD ROOT 6
he he PRON PRP nsubj 8
won win VERB VBD ccomp 6
. . PUNCT . punct 6
"""


def test_he_after_a_subject_noun_owned_by_his_is_whom_his_refers_to():
    doc = parse(HIS_OFFICE)
    refs = References(doc, [person(doc, "Orlov", 0, 1)])
    assert refs.resolve(doc[7]).id == "Orlov"


# "Orlov spoke first. His deputy, Petrov, said more."
DEPUTY = """
Orlov Orlov PROPN NNP nsubj 1
spoke speak VERB VBD ROOT 1
first first ADV RB advmod 1
. . PUNCT . punct 1
His his PRON PRP$ poss 5 S
deputy deputy NOUN NN nsubj 9
, , PUNCT , punct 5
Petrov Petrov PROPN NNP appos 5
, , PUNCT , punct 5
said say VERB VBD ROOT 9
more more ADJ JJR dobj 9
. . PUNCT . punct 9
"""


def test_an_unplaced_person_named_with_a_possessor_takes_the_possessors_country():
    doc = parse(DEPUTY)
    ents = [person(doc, "Orlov", 0, 1, country="RUS"), person(doc, "Petrov", 7, 8)]
    index = ActorIndex(doc, ents)
    (ref,) = index.refs(doc[5])
    assert (ref.entity, ref.country) == ("Petrov", "RUS")
    # no possessor, no country given
    (ref,) = index.refs(doc[7])
    assert ref.country is None


def test_the_owner_rule_needs_an_owner_of_one_country():
    doc = parse(DEPUTY)
    ents = [person(doc, "Orlov", 0, 1), person(doc, "Petrov", 7, 8)]
    (ref,) = ActorIndex(doc, ents).refs(doc[5])
    assert ref.country is None



# "Vera's mother said she wept." / "Vera's claim that he lied spread."
MOTHER = """
Vera Vera PROPN NNP poss 2
's 's PART POS case 0
mother mother NOUN NN nsubj 3
said say VERB VBD ROOT 3
she she PRON PRP nsubj 5
wept weep VERB VBD ccomp 3
. . PUNCT . punct 3
"""
CLAIM = """
Vera Vera PROPN NNP poss 2
's 's PART POS case 0
claim claim NOUN NN nsubj 6
that that SCONJ IN mark 5
he he PRON PRP nsubj 5
lied lie VERB VBD acl 2
spread spread VERB VBD ROOT 6
. . PUNCT . punct 6
"""


# "Novak's office told Diaz he won." (another person between owner and pronoun)
TOLD = """
Novak Novak PROPN NNP poss 2
's 's PART POS case 0
office office NOUN NN nsubj 3
told tell VERB VBD ROOT 3
Diaz Diaz PROPN NNP dobj 3
he he PRON PRP nsubj 6
won win VERB VBD ccomp 3
. . PUNCT . punct 3
"""


def test_the_owner_is_not_taken_past_another_person_named_in_between():
    doc = parse(TOLD)
    refs = References(doc, [person(doc, "Novak", 0, 1), person(doc, "Diaz", 4, 5)])
    got = refs.resolve(doc[5])
    assert got is None or got.id != "Novak"


@pytest.mark.parametrize("rows", [MOTHER, CLAIM])
def test_the_owner_is_not_taken_for_a_person_noun_or_inside_the_nouns_own_clause(rows):
    doc = parse(rows)
    refs = References(doc, [person(doc, "Vera", 0, 1)])
    assert refs.resolve(doc[4]) is None


# "Two guards were killed in Kandahar." / "... in a crash in Kandahar."
KILLED = ["Two two NUM nummod 1", "guards guard NOUN nsubjpass 3", "were be AUX auxpass 3",
          "killed kill VERB ROOT 3", "in in ADP prep 3", "Kandahar Kandahar PROPN pobj 4 B-GPE"]
CRASH = KILLED[:5] + ["a a DET det 6", "crash crash NOUN pobj 4", "in in ADP prep 6",
                      "Kandahar Kandahar PROPN pobj 7 B-GPE"]

# "Two guards were killed in Kandahar when men opened fire."
OPENED_FIRE = KILLED + ["when when SCONJ advmod 8", "men man NOUN nsubj 8",
                        "opened open VERB advcl 3", "fire fire NOUN dobj 8"]



def _killed(rows):
    coder = coder_with({"kill": ("ASSAULT", "190", None)})
    doc = build(rows + [". . PUNCT punct 3"])
    article = Article(id="a1", origin="test", text=doc.text, published="2024-12-05")
    people = {"guards": (None, "COP", None)}
    events = extract_events(doc, article, [], [], coder=coder,
                            resolver=lambda t: people.get(t.lower(), (None, None, None)))
    return by_type(events, "ASSAULT")


def test_an_assault_with_no_doer_is_unnamed_attackers_of_the_place_it_struck():
    (ev,) = _killed(KILLED)
    assert [(r.entity, r.country, r.sector) for r in ev.actor] == [(None, "AFG", "UAF")]
    assert "unnamed" in ev.actor[0].text
    # no attacker where the words say it was an accident
    (ev,) = _killed(CRASH)
    assert ev.actor == ()
    # "opened fire" names no fire: the attackers stay
    (ev,) = _killed(OPENED_FIRE)
    assert [(r.country, r.sector) for r in ev.actor] == [("AFG", "UAF")]


# "Syrian rebels say they shelled the base." / "Dutch troops say they shelled the base."
def _say_they(subject_rows):
    rows = subject_rows + ["say say VERB VBP ROOT 2", "they they PRON PRP nsubj 4",
                           "shelled shell VERB VBD ccomp 2", "the the DET DT det 6",
                           "base base NOUN NN dobj 4", ". . PUNCT . punct 2"]
    return parse("\n".join(rows))


def test_they_in_a_clause_a_plural_subject_says_is_that_subject():
    doc = _say_they(["Syrian syrian ADJ JJ amod 1", "rebels rebel NOUN NNS nsubj 2"])
    index = ActorIndex(doc, [], resolver=lambda t: {"Syrian rebels": ("SYR", "REB", None)}
                       .get(t, (None, None, None)))
    assert [r.country for r in index.refs(doc[3])] == ["SYR"]
    # a subject with no country gives "they" none
    index = ActorIndex(doc, [], resolver=lambda t: (None, None, None))
    assert index.refs(doc[3]) == ()
    # one rebel is not "they", though the rebel has a country
    doc = _say_they(["The the DET DT det 1", "rebel rebel NOUN NN nsubj 2"])
    index = ActorIndex(doc, [], resolver=lambda t: {"The rebel": ("SYR", "REB", None),
                                                    "rebel": ("SYR", "REB", None)}
                       .get(t, (None, None, None)))
    assert [r.country for r in index.refs(doc[1])] == ["SYR"]
    assert index.refs(doc[3]) == ()


# "Police in Lyon arrested two men." / "Police arrested two men in Lyon."
POLICE_IN = """
Police police NOUN NNS nsubj 3
in in ADP IN prep 0
Lyon Lyon PROPN NNP pobj 1
arrested arrest VERB VBD ROOT 3
two two NUM CD nummod 5
men man NOUN NNS dobj 3
. . PUNCT . punct 3
"""


def _lyon(doc):
    doc.ents = [doc.char_span(doc.text.index("Lyon"), doc.text.index("Lyon") + 4, "GPE")]
    table = {"Police": (None, "COP", None), "Lyon": ("FRA", None, None),
             "Dutch envoys": ("NLD", "GOV", None), "envoys": (None, "GOV", None),
             "Dutch": ("NLD", None, None)}
    return ActorIndex(doc, [], resolver=lambda t: table.get(t, (None, None, None)))


def test_people_who_act_where_they_serve_take_the_country_of_their_place_phrase():
    doc = parse(POLICE_IN)
    assert [r.country for r in _lyon(doc).refs(doc[0])] == ["FRA"]


def test_unplaced_local_people_take_the_country_where_the_act_happened():
    from newsbrief.records import ActorRef, Location

    doc = parse(POLICE_IN)
    index = _lyon(doc)
    at = Location("Lyon", "FRA", None, None)
    police = ActorRef(None, "Police", None, "COP")
    assert index.placed_at((police,), at)[0].country == "FRA"
    # envoys and people the phrase puts abroad stay unplaced; so does everyone
    # when the place has no country
    for ref in (ActorRef(None, "envoys", None, "GOV"), ActorRef(None, "Dutch envoys", None, "GOV"),
                ActorRef(None, "foreign officials", None, "GOV")):
        assert index.placed_at((ref,), at)[0].country is None
    assert index.placed_at((police,), Location("Lyon", None, None, None))[0].country is None
    # a reference with no words is placed, not a crash
    assert index.placed_at((ActorRef(None, "", None, "COP"),), at)[0].country == "FRA"


# "Peruvian minister Ana Ruiz spoke."
RUIZ = """
Peruvian peruvian ADJ JJ amod 2
minister minister NOUN NN compound 3
Ana Ana PROPN NNP compound 3
Ruiz Ruiz PROPN NNP nsubj 4
spoke speak VERB VBD ROOT 4
. . PUNCT . punct 4
"""


def test_an_unplaced_person_takes_the_one_nationality_word_of_their_phrase():
    doc = parse(RUIZ)
    doc.ents = [doc.char_span(0, 8, "NORP"), doc.char_span(doc.text.index("Ana"),
                                                           doc.text.index(" spoke"), "PERSON")]
    table = {"Peruvian": ("PER", None, None)}
    index = ActorIndex(doc, [person(doc, "Ruiz", 2, 4)],
                       resolver=lambda t: table.get(t, (None, None, None)))
    (ref,) = index.refs(doc[3])
    assert (ref.entity, ref.country) == ("Ruiz", "PER")


# "North Korean minister Pak Su spoke."
PAK = """
North North PROPN NNP compound 1
Korean korean ADJ JJ amod 2
minister minister NOUN NN compound 4
Pak Pak PROPN NNP compound 4
Su Su PROPN NNP nsubj 5
spoke speak VERB VBD ROOT 5
. . PUNCT . punct 5
"""


def test_a_nationality_of_several_words_is_read_whole():
    doc = parse(PAK)
    doc.ents = [doc.char_span(0, len("North Korean"), "NORP"),
                doc.char_span(doc.text.index("Pak"), doc.text.index(" spoke"), "PERSON")]
    table = {"North Korean": ("PRK", None, None), "Korean": ("KOR", None, None)}
    index = ActorIndex(doc, [person(doc, "Su", 3, 5)],
                       resolver=lambda t: table.get(t, (None, None, None)))
    (ref,) = index.refs(doc[4])
    assert (ref.entity, ref.country) == ("Su", "PRK")


# "Lawyers for Vera Ruiz sued." / "Police and lawyers for Vera Ruiz sued."
def _lawyers(rows):
    doc = parse(rows)
    first = next(t.i for t in doc if t.text == "Vera")
    ents = [person(doc, "Ruiz", first, first + 2, country="PER")]
    sectors = {"Police": (None, "COP", None)}
    return doc, ActorIndex(doc, ents,
                           resolver=lambda t: sectors.get(t, (None, None, None)))


def test_people_who_act_for_someone_take_that_ones_country():
    doc, index = _lawyers("""
Lawyers lawyer NOUN NNS nsubj 5
for for ADP IN prep 0
Vera Vera PROPN NNP compound 3
Ruiz Ruiz PROPN NNP pobj 1
. . PUNCT . punct 5
sued sue VERB VBD ROOT 5
""")
    assert [r.country for r in index.refs(doc[0])] == ["PER"]
    # coordinated: the phrase is the last conjunct's, not the first's
    doc, index = _lawyers("""
Police police NOUN NNS nsubj 7
and and CCONJ CC cc 0
lawyers lawyer NOUN NNS conj 0
for for ADP IN prep 0
Vera Vera PROPN NNP compound 5
Ruiz Ruiz PROPN NNP pobj 3
. . PUNCT . punct 7
sued sue VERB VBD ROOT 7
""")
    assert [r.country for r in index.refs(doc[0])] == [None]


# "North Korea warned South Korea . The North fired rockets . The South protested ."
HALVES = """
North North PROPN NNP compound 1
Korea Korea PROPN NNP nsubj 2
warned warn VERB VBD ROOT 2
South South PROPN NNP compound 4
Korea Korea PROPN NNP dobj 2
. . PUNCT . punct 2
The the DET DT det 7 S
North North PROPN NNP nsubj 8
fired fire VERB VBD ROOT 8
rockets rocket NOUN NNS dobj 8
. . PUNCT . punct 8
The the DET DT det 12 S
South South PROPN NNP nsubj 13
protested protest VERB VBD ROOT 13
. . PUNCT . punct 13
"""


def _state(doc, name: str, i: int, j: int, country: str) -> Entity:
    span = doc[i:j]
    return Entity(id=name, name=name, kind="state", country=country,
                  mentions=(Mention(span.start_char, span.end_char, span.text),))


def test_the_north_and_the_south_are_the_halves_the_text_names():
    doc = parse(HALVES)
    ents = [_state(doc, "North Korea", 0, 2, "PRK"), _state(doc, "South Korea", 3, 5, "KOR")]
    index = ActorIndex(doc, ents)
    assert [r.country for r in index.refs(doc[7])] == ["PRK"]
    assert [r.country for r in index.refs(doc[12])] == ["KOR"]


def test_the_south_stays_a_region_without_a_divided_country_named():
    doc = parse(HALVES)
    # only "South Korea" named, without its other half or a bare "Korea"
    index = ActorIndex(doc, [_state(doc, "South Korea", 3, 5, "KOR")])
    assert [r.country for r in index.refs(doc[12])] == [None]
    assert [r.country for r in index.refs(doc[7])] == [None]


# "Gunfire struck two guards in Kandahar." / "Gunfire struck him in Kandahar." (no one
# named before: "him" stands for nobody the text names)
def _struck(target_rows, resolver):
    rows = ["Gunfire gunfire NOUN nsubj 1", "struck strike VERB ROOT 1"] + target_rows
    n = len(rows)
    rows += ["in in ADP prep 1", f"Kandahar Kandahar PROPN pobj {n} B-GPE", ". . PUNCT punct 1"]
    doc = build(rows)
    verb = doc[1]
    # as the pipeline asks it: no doer named ("gunfire" is nobody), the object acted on
    args = Arguments(actor=(), recipient=(doc[n - 1],))
    index = ActorIndex(doc, [], resolver=resolver)
    return index.implied_actor(verb, args, None, "ASSAULT")


def test_unnamed_attackers_need_a_recipient_the_text_names():
    guards = {"two guards": (None, "COP", None), "guards": (None, "COP", None)}
    resolver = lambda t: guards.get(t.lower(), (None, None, None))
    got = _struck(["two two NUM nummod 3", "guards guard NOUN dobj 1"], resolver)
    assert [(r.country, r.sector) for r in got] == [("AFG", "UAF")]
    # the same assault, same place, but no one on the receiving end the text names:
    # no attackers are implied
    assert _struck(["him he PRON dobj 1"], resolver) == ()
