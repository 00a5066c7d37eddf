"""Sports play and business news told in the words of events (events.genre): sentences
made up for the test, parsed by hand (tests/parses.py), with the record's parties as
ActorRefs."""

from __future__ import annotations

from parses import make_doc

from newsbrief.events.genre import Page, business_news, genre_of, genre_words, sports_play
from newsbrief.records import ActorRef

PLAIN = Page()
SPORTS = Page(sports=True)
BUSINESS = Page(business=True)


def ref(text, country=None, sector=None, entity=None):
    return ActorRef(entity=entity, text=text, country=country, sector=sector)


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


# "Lions beat Tigers 2-1 on Saturday ."
RESULT = ("Lions/Lions/PROPN/NNPS/1/nsubj beat/beat/VERB/VBD/1/ROOT Tigers/Tigers/PROPN/NNPS/1/dobj "
          "2-1/2-1/NUM/CD/1/npadvmod on/on/ADP/IN/1/prep Saturday/Saturday/PROPN/NNP/4/pobj "
          "././PUNCT/./1/punct")
# "Lions beat Tigers in the final ."
FINAL = ("Lions/Lions/PROPN/NNPS/1/nsubj beat/beat/VERB/VBD/1/ROOT Tigers/Tigers/PROPN/NNPS/1/dobj "
         "in/in/ADP/IN/1/prep the/the/DET/DT/5/det final/final/NOUN/NN/3/pobj ././PUNCT/./1/punct")
# "The senate voted 52-48 to beat the bill ."
VOTE = ("The/the/DET/DT/1/det senate/senate/NOUN/NN/2/nsubj voted/vote/VERB/VBD/2/ROOT "
        "52-48/52-48/NUM/CD/2/npadvmod to/to/PART/TO/5/aux beat/beat/VERB/VB/2/xcomp "
        "the/the/DET/DT/7/det bill/bill/NOUN/NN/5/dobj ././PUNCT/./2/punct")
# "Police beat fans after the semifinal ."
POLICE = ("Police/police/NOUN/NNS/1/nsubj beat/beat/VERB/VBD/1/ROOT fans/fan/NOUN/NNS/1/dobj "
          "after/after/ADP/IN/1/prep the/the/DET/DT/5/det semifinal/semifinal/NOUN/NN/3/pobj "
          "././PUNCT/./1/punct")
# "Vela won 6-3 6-4 ."
TENNIS = ("Vela/Vela/PROPN/NNP/1/nsubj won/win/VERB/VBD/1/ROOT 6-3/6-3/NUM/CD/1/dobj "
          "6-4/6-4/NUM/CD/2/appos ././PUNCT/./1/punct")


def test_a_result_with_a_score_is_play():
    doc = make_doc(RESULT)
    parties = (ref("Lions", entity="e1"), ref("Tigers", entity="e2"))
    assert sports_play(_tok(doc, "beat"), parties, doc[:], PLAIN)
    assert genre_of(_tok(doc, "beat"), "ASSAULT", parties[:1], parties[1:], {}, PLAIN) == "sports"


def test_a_run_of_set_scores_is_play():
    doc = make_doc(TENNIS)
    assert sports_play(_tok(doc, "won"), (ref("Vela"),), doc[:], PLAIN)


def test_a_word_with_other_senses_marks_play_only_in_a_sports_report():
    doc = make_doc(FINAL)
    parties = (ref("Lions"), ref("Tigers"))
    assert not sports_play(_tok(doc, "beat"), parties, doc[:], PLAIN)
    assert sports_play(_tok(doc, "beat"), parties, doc[:], SPORTS)


def test_a_vote_tally_is_no_score():
    doc = make_doc(VOTE)
    assert not sports_play(_tok(doc, "beat"), (ref("The senate", "USA", "LEG"),), doc[:], PLAIN)
    assert not sports_play(_tok(doc, "beat"), (ref("The house"),), doc[:], PLAIN)


def test_policing_at_a_match_stays_an_event():
    doc = make_doc(POLICE)
    assert not sports_play(_tok(doc, "beat"), (ref("Police", sector="COP"),), doc[:], SPORTS)
    # the sentence's own words tell it, whoever the parties were read to be
    assert not sports_play(_tok(doc, "beat"), (ref("them"),), doc[:], SPORTS)


def test_a_state_party_keeps_a_play_word_record():
    doc = make_doc(FINAL)
    assert not sports_play(_tok(doc, "beat"), (ref("the ministry", "XYZ", "GOV"),), doc[:], SPORTS)


# "Acme offered $ 45 a share for Zenith ."
OFFER = ("Acme/Acme/PROPN/NNP/1/nsubj offered/offer/VERB/VBD/1/ROOT $/$/SYM/$/1/dobj "
         "45/45/NUM/CD/2/nummod a/a/DET/DT/5/det share/share/NOUN/NN/2/npadvmod "
         "for/for/ADP/IN/1/prep Zenith/Zenith/PROPN/NNP/6/pobj ././PUNCT/./1/punct")
# "The airline cut routes ."
ROUTES = ("The/the/DET/DT/1/det airline/airline/NOUN/NN/2/nsubj cut/cut/VERB/VBD/2/ROOT "
          "routes/route/NOUN/NNS/2/dobj ././PUNCT/./2/punct")
# "The regulator fined the airline over its routes ."
FINED = ("The/the/DET/DT/1/det regulator/regulator/NOUN/NN/2/nsubj fined/fine/VERB/VBD/2/ROOT "
         "the/the/DET/DT/4/det airline/airline/NOUN/NN/2/dobj over/over/ADP/IN/2/prep "
         "its/its/PRON/PRP$/7/poss routes/route/NOUN/NNS/5/pobj ././PUNCT/./2/punct")
# "Workers at the airline struck over routes ."
STRUCK = ("Workers/worker/NOUN/NNS/4/nsubj at/at/ADP/IN/0/prep the/the/DET/DT/3/det "
          "airline/airline/NOUN/NN/1/pobj struck/strike/VERB/VBD/4/ROOT over/over/ADP/IN/4/prep "
          "routes/route/NOUN/NNS/5/pobj ././PUNCT/./4/punct")
# "Beijing agreed to buy shares ."
STATE_BUYS = ("Beijing/Beijing/PROPN/NNP/1/nsubj agreed/agree/VERB/VBD/1/ROOT to/to/PART/TO/3/aux "
              "buy/buy/VERB/VB/1/xcomp shares/share/NOUN/NNS/3/dobj ././PUNCT/./1/punct")


def test_a_firms_offer_for_shares_is_business_news():
    doc = make_doc(OFFER)
    parties = (ref("Acme", entity="o1"), ref("Zenith", entity="o2"))
    kinds = {"o1": "organization", "o2": "organization"}
    assert business_news(_tok(doc, "offered"), parties, kinds, doc[:], PLAIN)
    assert genre_of(_tok(doc, "offered"), "AGREE", parties[:1], parties[1:], kinds,
                    PLAIN) == "business"


def test_a_firm_noun_and_a_business_word():
    doc = make_doc(ROUTES)
    assert business_news(_tok(doc, "cut"), (ref("The airline"),), {}, doc[:], PLAIN)


def test_a_public_party_keeps_the_record():
    doc = make_doc(FINED)
    parties = (ref("The regulator", "USA", "GOV"), ref("the airline"))
    assert not business_news(_tok(doc, "fined"), parties, {}, doc[:], PLAIN)
    # named only by its words, no sector read
    assert not business_news(_tok(doc, "fined"), (ref("The regulator"), ref("the airline")), {},
                             doc[:], PLAIN)
    # and a public act ("fined") keeps it even when both parties are read as firms
    assert not business_news(_tok(doc, "fined"), (ref("Acme", sector="BUS"), ref("the airline")),
                             {}, doc[:], BUSINESS)


def test_a_strike_by_workers_stays_an_event():
    doc = make_doc(STRUCK)
    assert not business_news(_tok(doc, "struck"), (ref("Workers", sector="LAB"),), {}, doc[:],
                             BUSINESS)
    assert genre_of(_tok(doc, "struck"), "PROTEST", (ref("the airline"),), (), {}, BUSINESS) is None


def test_a_state_buying_is_trade_policy():
    doc = make_doc(STATE_BUYS)
    parties = (ref("Beijing", "CHN", "GOV", entity="s1"),)
    assert not business_news(_tok(doc, "agreed"), parties, {"s1": "state"}, doc[:], BUSINESS)
    assert not business_news(_tok(doc, "agreed"), (ref("Beijing", "CHN", entity="s1"),),
                             {"s1": "state"}, doc[:], BUSINESS)
    # the state keeps the record even with a firm beside it as the other party
    firm = ref("Acme", sector="BUS")
    assert business_news(_tok(doc, "agreed"), (firm,), {}, doc[:], BUSINESS)
    assert not business_news(_tok(doc, "agreed"), parties + (firm,), {"s1": "state"}, doc[:],
                             BUSINESS)


def test_an_organisation_not_named_as_a_firm_needs_two_marks():
    # one business word ("shares"): enough for a firm, not for some organisation
    doc = make_doc(STATE_BUYS)
    assert business_news(_tok(doc, "agreed"), (ref("Acme", sector="BUS"),), {}, doc[:], PLAIN)
    assert not business_news(_tok(doc, "agreed"), (ref("Acme", entity="o1"),),
                             {"o1": "organization"}, doc[:], PLAIN)


# "Acme sold chips ." / "Acme sold chips , software and smartphones ." (firms' and
# products' words, none of money or markets)
SOLD_ONE = ("Acme/Acme/PROPN/NNP/1/nsubj sold/sell/VERB/VBD/1/ROOT chips/chip/NOUN/NNS/1/dobj "
            "././PUNCT/./1/punct")
SOLD_THREE = ("Acme/Acme/PROPN/NNP/1/nsubj sold/sell/VERB/VBD/1/ROOT chips/chip/NOUN/NNS/1/dobj "
              ",/,/PUNCT/,/2/punct software/software/NOUN/NN/2/conj and/and/CCONJ/CC/4/cc "
              "smartphones/smartphone/NOUN/NNS/4/conj ././PUNCT/./1/punct")


def test_one_word_of_firms_marks_business_only_in_a_business_report():
    # (fix13, review) page.business lets one weak word count; elsewhere it does not
    doc = make_doc(SOLD_ONE)
    firm = (ref("Acme", sector="BUS"),)
    assert not business_news(_tok(doc, "sold"), firm, {}, doc[:], PLAIN)
    assert business_news(_tok(doc, "sold"), firm, {}, doc[:], BUSINESS)


def test_three_words_of_firms_mark_business_in_any_report():
    # (fix13, review) three weak words together count as one mark without a business page
    doc = make_doc(SOLD_THREE)
    assert business_news(_tok(doc, "sold"), (ref("Acme", sector="BUS"),), {}, doc[:], PLAIN)


def test_no_firm_no_business_news():
    doc = make_doc(ROUTES)
    assert not business_news(_tok(doc, "cut"), (ref("Smith", "USA"),), {}, doc[:], PLAIN)


def test_word_lists_are_lower_case_and_disjoint_where_it_matters():
    w = genre_words()
    for name in ("play", "sport_strong", "sport_weak", "public", "business", "firm"):
        words = getattr(w, name)
        assert words and all(x == x.lower() for x in words), name
    # A word both marking sport for sure and telling a public act would cancel itself.
    assert not (w.sport_strong & w.public)


# "Seoul welcomed the athletes to the Olympics ."
WELCOME = ("Seoul/Seoul/PROPN/NNP/1/nsubj welcomed/welcome/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
           "athletes/athlete/NOUN/NNS/1/dobj to/to/ADP/IN/1/prep the/the/DET/DT/6/det "
           "Olympics/Olympics/PROPN/NNPS/4/pobj ././PUNCT/./1/punct")
# "Seoul met the champions at the Olympics ."
MET = ("Seoul/Seoul/PROPN/NNP/1/nsubj met/meet/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
       "champions/champion/NOUN/NNS/1/dobj at/at/ADP/IN/1/prep the/the/DET/DT/6/det "
       "Olympics/Olympics/PROPN/NNPS/4/pobj ././PUNCT/./1/punct")


def test_a_state_party_needs_a_result_word():
    state = (ref("Seoul", "KOR", entity="s1"),)
    kinds = {"s1": "state"}
    doc = make_doc(MET)
    assert not sports_play(_tok(doc, "met"), state, doc[:], SPORTS, kinds=kinds)
    assert sports_play(_tok(doc, "met"), (ref("Lions", entity="o1"),), doc[:], SPORTS,
                       kinds={"o1": "organization"})
    doc = make_doc(RESULT)  # national sides: "France beat Mexico 2-0"
    assert sports_play(_tok(doc, "beat"), state, doc[:], PLAIN, kinds=kinds)
    doc = make_doc(WELCOME)  # "welcome" is no play word at all
    assert genre_of(_tok(doc, "welcomed"), "SUPPORT", state, (), kinds, SPORTS) is None


# house14: "executive" is an office and a word of public bodies too.
# "Rossi stepped down as chief executive of the city council ."
COUNCIL_CHIEF = ("Rossi/Rossi/PROPN/NNP/1/nsubj stepped/step/VERB/VBD/1/ROOT down/down/ADP/RP/1/prt "
                 "as/as/ADP/IN/1/prep chief/chief/ADJ/JJ/5/amod executive/executive/NOUN/NN/3/pobj "
                 "of/of/ADP/IN/5/prep the/the/DET/DT/9/det city/city/NOUN/NN/9/compound "
                 "council/council/NOUN/NN/6/pobj ././PUNCT/./1/punct")
# "Rossi stepped down as chief executive of Acme ."
FIRM_CHIEF = ("Rossi/Rossi/PROPN/NNP/1/nsubj stepped/step/VERB/VBD/1/ROOT down/down/ADP/RP/1/prt "
              "as/as/ADP/IN/1/prep chief/chief/ADJ/JJ/5/amod executive/executive/NOUN/NN/3/pobj "
              "of/of/ADP/IN/5/prep Acme/Acme/PROPN/NNP/6/pobj ././PUNCT/./1/punct")
# "Rossi signed the measure as an executive order ."
ORDER = ("Rossi/Rossi/PROPN/NNP/1/nsubj signed/sign/VERB/VBD/1/ROOT the/the/DET/DT/3/det "
         "measure/measure/NOUN/NN/1/dobj as/as/ADP/IN/1/prep an/an/DET/DT/7/det "
         "executive/executive/ADJ/JJ/7/amod order/order/NOUN/NN/4/pobj ././PUNCT/./1/punct")
# "Rossi blocked the executive order on shares ."
BLOCKED = ("Rossi/Rossi/PROPN/NNP/1/nsubj blocked/block/VERB/VBD/1/ROOT the/the/DET/DT/4/det "
           "executive/executive/ADJ/JJ/4/amod order/order/NOUN/NN/1/dobj on/on/ADP/IN/4/prep "
           "shares/share/NOUN/NNS/5/pobj ././PUNCT/./1/punct")
ROSSI = {"p1": "person"}


def test_a_public_bodys_chief_executive_is_not_a_firms_officer():
    doc = make_doc(COUNCIL_CHIEF)
    assert not business_news(doc[1], (ref("Rossi", entity="p1"),), ROSSI, doc[:], BUSINESS)
    doc = make_doc(FIRM_CHIEF)  # the same office of a firm stays business news
    assert business_news(doc[1], (ref("Rossi", entity="p1"),), ROSSI, doc[:], BUSINESS)


def test_an_executive_order_is_no_firms_office():
    doc = make_doc(ORDER)
    assert not business_news(doc[1], (ref("Rossi", entity="p1"),), ROSSI, doc[:], BUSINESS)


def test_executive_names_a_firms_people_only_as_the_head_of_the_phrase():
    doc = make_doc(BLOCKED)
    parties = (ref("Rossi", entity="p1"), ref("the executive order"))
    assert not business_news(doc[1], parties, ROSSI, doc[:], BUSINESS)
    for firm_people in ("Acme executives", "the chief executive of Acme",
                        "the chief executive, Ana Rossi", "Acme's executive"):
        parties = (ref("Rossi", entity="p1"), ref(firm_people))
        assert business_news(doc[1], parties, ROSSI, doc[:], BUSINESS), firm_people
