"""A statement held against its sentence (knowledge/evidence.py). Sentences invented."""

from __future__ import annotations

from newsbrief.knowledge import evidence as ev
from newsbrief.teasers import teaser_start


def test_new_words_are_what_the_sentence_does_not_say():
    sent = "Officials said Lima has agreed to cut tariffs on copper."
    assert ev.novel_words("Lima agreed to cut tariffs on copper", sent) == []
    assert ev.novel_words("Lima will cut tariffs on copper", sent) == ["will"]
    # A name the knowledge base gives is allowed when passed as one.
    assert ev.novel_words("Peru's Lima agreed", sent, ["Peru"]) == []


def test_an_actor_is_named_by_name_surname_or_for_a_pair():
    sent = "Soto met the envoy, and both nations signed the pact."
    assert ev.named_in(sent, "Ana Soto")
    assert not ev.named_in(sent, "he")
    assert not ev.named_in(sent, "Chile")
    assert ev.named_in(sent, "Chile", pair=True)  # "both nations"
    assert ev.named_in("The Chilean envoy and the Peruvian envoy met.", "Luis Rojas",
                       ["Chilean"])


def test_the_speaker_is_not_the_doer():
    sent = "Soto said Rojas sent troops to the border."
    assert ev.speaker_before(sent, "Soto", sent.index("sent"))
    assert not ev.speaker_before(sent, "Rojas", sent.index("sent"))


def test_hedges_before_the_act():
    sent = "Lima would impose tariffs if talks fail."
    assert "would" in ev.hedges_before(sent, sent.index("impose"))
    sent = "Lima signed a bill aimed at blocking imports."
    assert "at" in ev.hedges_before(sent, sent.index("blocking"))
    assert ev.hedges_before("Lima imposed tariffs.", 5) == []
    # A name is no modal: "May" of Theresa May.
    sent = "Prime Minister Theresa May signed the letter."
    assert ev.hedges_before(sent, sent.index("signed")) == []


def test_reported_words_and_the_head_of_the_clause():
    sent = "Rojas sent troops, the ministry said."
    assert ev.reports_words(sent, sent.index("sent"), sent.index("sent") + 4)
    sent = "Rojas warned Lima."
    assert not ev.reports_words(sent, sent.index("warned"), sent.index("warned") + 6)
    sent = "Taliban gains and appeals contributed to the delay."
    assert not ev.name_heads_clause(sent, "Taliban", sent.index("contributed"))
    sent = "Beijing and Washington have agreed."
    assert ev.name_heads_clause(sent, "Beijing", sent.index("agreed"))
    assert ev.possessive_only("China's refusal to buy", "China", 0, 15)


def test_objects_far_cut_or_relative():
    sent = "Rojas spoke by phone with Soto on Tuesday, the first such call."
    assert not ev.object_near(sent, "the first such call", sent.index("spoke") + 5)
    sent = "Police searched the Lima home of the consul."
    assert ev.cut_name(sent, "the Lima")
    assert not ev.cut_name(sent, "the Lima home")
    assert ev.relative_piece(["in which the army fired"])
    assert ev.is_furniture("Watch: pic.twitter.com/abc")


def test_datelines_and_passive_agents():
    assert ev.in_dateline("NAIROBI - Egypt and Ethiopia agreed on Tuesday.", "NAIROBI Egypt")
    assert not ev.in_dateline("NAIROBI - Egypt and Ethiopia agreed on Tuesday.", "Egypt")
    sent = "The project was financed by a loan from the Lima Bank."
    assert not ev.agent_after_by(sent, "the Lima Bank", sent.index("financed") + 8)
    sent = "The pact was approved by Chilean senators and signed by Soto."
    assert ev.agent_after_by(sent, "Chilean senators", sent.index("approved") + 8)
    assert ev.agent_after_by(sent, "Ana Soto", sent.index("signed") + 6)


def test_conditions_coordination_and_mixed_case_datelines():
    sent = "Soto promised to leave the coalition if the premier agrees."
    assert ev.condition_after(sent, sent.index("leave") + 5) == "if"
    sent = "Rojas declared that Lima was the capital and ordered the move."
    assert not ev.name_heads_clause(sent, "Lima", sent.index("ordered"))
    assert ev.in_dateline("Lima, Peru - Chile and Peru signed an accord.", "Lima")
    sent = "Two children were killed by an Andean tank shell."
    assert not ev.agent_after_by(sent, "Andean", sent.index("killed") + 6)
    sent = "Soto said he thinks Lima will cut tariffs."
    assert "thinks" in ev.hedges_before(sent, sent.index("cut"))


def test_headlines_are_furniture():
    assert ev.is_furniture("Lima Delays Promised Tariff Cut To Chile")
    assert not ev.is_furniture("Lima delayed the promised tariff cut to Chile.")


def test_a_date_dates_the_act_only_from_its_own_words():
    def problem(sent, words, verb):
        at = sent.index(verb)
        return ev.date_problem(sent, words, at, at + len(verb))

    assert problem("Lima signed the pact in March.", "March", "signed") is None
    assert problem("Lima signed the pact on Tuesday, officials said.", "Tuesday",
                   "signed") is None
    # Another sentence's date, "May" the name or the verb, an anchor of another time.
    assert problem("Lima signed the pact.", "March", "signed")
    assert problem("Prime Minister Theresa May signed the pact.", "May", "signed")
    assert problem("The pact was signed in May.", "May", "signed") is None
    assert problem("Days after March 4, Lima signed the pact.", "March 4", "signed")
    assert problem("Days after Soto's March 4 speech, Lima signed the pact.", "March 4",
                   "signed")
    # The date of someone's words, not of the act they tell.
    assert problem("Soto said on Tuesday that Lima signed the pact.", "Tuesday", "signed")
    assert problem("Lima signed the pact, Soto said on Tuesday.", "Tuesday", "signed")
    assert problem("On Tuesday, Soto said Lima signed the pact.", "Tuesday", "signed")
    assert problem("Soto said on Tuesday that Lima signed", "Tuesday", "said") is None


def test_a_co_doer_joined_to_the_actor():
    sent = "The accord stands after Soto and Rojas met in Lima."
    assert ev.co_doers(sent, "Ana Soto", sent.index("met")) == ["Rojas"]
    assert ev.co_doers(sent, "Luis Rojas", sent.index("met")) == ["Soto"]
    sent = "After Soto and Peruvian envoy Luis Rojas reached a truce, talks resumed."
    assert ev.co_doers(sent, "Luis Rojas", sent.index("reached")) == ["Soto"]
    sent = "Soto met Rojas and Diaz in Lima."
    assert ev.co_doers(sent, "Ana Soto", sent.index("met")) == []


def test_quotation_marks_in_pairs():
    assert ev.unbalanced_quotes("Lima agreed to cut “all” tariffs") is False
    assert ev.unbalanced_quotes("Lima agreed to cut tariffs” on copper")
    assert ev.unbalanced_quotes('Lima agreed to "cut tariffs')


def test_cut_names_needed_objects_and_skipped_words():
    sent = "Soto met Rojas and his longtime rival Ana Diaz on Monday."
    assert ev.cut_name(sent, "Rojas and his longtime rival")
    assert not ev.cut_name("Soto signed the deal Monday.", "the deal")
    # A name skipped between the verb and what follows ("called on Soto to ...").
    sent = "Chile and Peru called on Soto on Thursday to uphold the pact."
    at = sent.index("called on") + len("called on")
    assert ev.gaps_after_act(sent, at, ["to uphold the pact"], "Thursday") == "Soto"
    sent = "Chile and Peru called on Thursday to uphold the pact."
    assert ev.gaps_after_act(sent, at - 3, ["to uphold the pact"], "Thursday") == ""
    # A date in another clause ("for Tuesday's attacks, and Lima has battled").
    sent = "Nobody claimed Tuesday's attacks, and Lima has battled the rebels."
    at = sent.index("battled")
    assert ev.date_problem(sent, "Tuesday", at, at + 7) == "the date of another clause"


def test_content_clauses_anchors_and_particles():
    sent = "The surest sign that Lima is preparing to strike came on Sunday."
    assert ev.content_of_noun(sent, "Lima", sent.index("preparing"))
    assert not ev.content_of_noun("Lima is preparing to strike.", "Lima", 8)
    sent = "The region was annexed by Lima after the Six Day War of 1967."
    at = sent.index("annexed")
    assert ev.date_problem(sent, "1967", at, at + 7) == "the date anchors another time"
    # "where the envoys broke [off]": a particle skipped after the verb's object.
    sent = "Soto agreed to pick the talks up where the envoys broke off, under new rules."
    at = sent.index("agreed") + len("agreed")
    assert ev.gaps_after_act(sent, at, ["to pick the talks up where the envoys broke",
                                        "under new rules"]) == "off"
    # The verb's own particle is no skipped word ("shut down the city").
    sent = "Officials shut down the city on Jan. 23."
    at = sent.index("shut") + len("shut")
    assert ev.gaps_after_act(sent, at, ["the city"], "Jan. 23", "shut down") == ""


def test_whose_words_an_act_is_told_in():
    """report_scope: the attribution that governs the act, or the report's own voice, or
    no safe reading (sentences invented)."""
    def scope(sent, word, passive=False):
        at = sent.index(word)
        return ev.report_scope(sent, at, at + len(word), passive)

    # A cue before the act, its own "that", or a trailing ", X said": X's words.
    s = scope("Officials in Quito said on Monday that Lima had closed the border.", "closed")
    assert s.kind == "reported" and "Officials" in s.speaker
    s = scope("Lima closed the border, the Ecuadorean ministry said.", "closed")
    assert s.kind == "reported" and "ministry" in s.speaker
    s = scope("According to the Red Cross, rebels shelled the market.", "shelled")
    assert s.kind == "reported" and "Red Cross" in s.speaker
    # No cue: the report's own voice.
    assert scope("Rebels shelled the market at dawn.", "shelled").kind == "narrator"
    # "X said A after Y did B": the report gives B as a fact, not as X's words.
    s = scope("The mayor said all options were open after rebels shelled the market.",
              "shelled")
    assert s.kind == "narrator"
    # An attribution whose reach is another clause: no safe reading.
    assert scope("Rebels shelled the market, starting a fire that has killed 12 people, "
                 "according to local estimates.", "shelled").kind == "unsafe"
    assert scope("Lima has reportedly closed the border, but the details remain unclear, "
                 "state radio reports indicate.", "closed").kind == "unsafe"
    # The act in a relative clause or a condition under someone's words.
    assert scope("The mayor said that traders who refused to pay would be fined.",
                 "refused").kind == "unsafe"
    assert scope("The army, which recently shelled the market, will pay, he added.",
                 "shelled").kind == "unsafe"
    # The content of a noun is not the cue's "that".
    assert scope("The mayor said he was angered by the admission that police had "
                 "beaten the traders.", "beaten").kind == "unsafe"
    # A participle modifying a noun is the report's given fact, not the speaker's words.
    assert scope("The five traders detained by police were freed, the mayor said.",
                 "detained", passive=True).kind == "narrator"
    # An attribution set between two clauses as an aside.
    assert scope("The raid was the first, according to Col. Ruiz, and the first time "
                 "Lima and Quito have clashed since 1995.", "clashed").kind == "unsafe"
    # A noun of saying with whose words they are.
    s = scope("The talks come amid accusations from Quito and Bogota that Lima has moved "
              "troops to the border.", "moved")
    assert s.kind == "reported" and "Quito" in s.speaker
    # A view or a hint is not an account.
    s = scope("The mayor suggested that Lima will reopen the border.", "reopen")
    assert s.kind == "reported" and ev.view_cue(s.cue)
    assert not ev.view_cue("said")


def test_another_subject_nearer_the_act_and_cut_possessives():
    sent = "The ministry has not listed the towns Ruiz plans to visit with the envoy."
    assert ev.other_subject_between(sent, ["the ministry"], sent.index("plans"))
    sent = "Peru's Foreign Minister Ana Soto signed the deal."
    assert not ev.other_subject_between(sent, ["Ana Soto", "Soto"], sent.index("signed"))
    sent = "Lima and Quito signed the deal."
    assert not ev.other_subject_between(sent, ["Lima"], sent.index("signed"))
    # An object that stops before a possessive or "one another".
    sent = "Soto warned Ruiz and Lima's allies to stay out."
    assert ev.cut_name(sent, "Ruiz and Lima")
    sent = "Lima and Quito have fought one another since 1995."
    assert ev.cut_name(sent, "one")
    # A noun's content behind quotation marks: "has “high confidence” that X ...".
    sent = 'The agency has “high confidence” that Ruiz ordered the raid.'
    assert ev.content_of_noun(sent, "Ruiz", sent.index("ordered"))


def test_may_before_a_verb_is_the_name():
    sent = "Pressure on May mounted sharply this week."
    assert ev.date_problem(sent, "May", sent.index("mounted"), sent.index("mounted") + 7)
    sent = "Lima signed the accord on May 5."
    assert ev.date_problem(sent, "May", sent.index("signed"), sent.index("signed") + 6) is None


def test_a_quantified_group_takes_no_possessive_country():
    from newsbrief.knowledge.phrasing import display_name
    from newsbrief.stored import ActorSummary

    ref = ActorSummary(name="several ministers", kind=None, country="PER", sector="GOV",
                       entity_id=None)
    assert display_name(ref, {"PER": "Peru"}) == "several ministers"
    ref = ActorSummary(name="troops", kind=None, country="PER", sector="MIL", entity_id=None)
    assert display_name(ref, {"PER": "Peru"}) == "Peru's troops"


def test_probably_is_a_hedge():
    sent = "Rebels probably fired the shells."
    assert "probably" in ev.hedges_before(sent, sent.index("fired"))


def test_cut_objects_datelines_counts_of_times_and_teasers():
    sent = "The navy shot down a mock nuclear warhead simulating a long-range missile."
    assert ev.cut_before_noun(sent, "a mock nuclear")
    assert not ev.cut_before_noun(sent, "a mock nuclear warhead")
    assert not ev.cut_before_noun("Lima imposed tariffs last week.", "tariffs")
    assert not ev.cut_before_noun("Lima imposed tariffs on copper.", "tariffs")
    sent = "CUZCO, Peru (AP) — Chile's foreign minister issued a warning on Tuesday."
    assert ev.in_dateline(sent, "Peru")
    assert not ev.in_dateline(sent, "Chile")
    sent = "It was to be the first time an elected Peruvian president met a rebel chief."
    assert ev.content_of_noun(sent, "Peruvian president", sent.index("met"))
    assert ev.is_furniture("Story highlights Residents say rebels seized the town hall")
    assert ev.is_furniture("Ana Soto Ana Maria SotoRuiz wins vote: report MORE spoke today.")
    assert not ev.is_furniture("Ana Soto spoke on Tuesday in Lima.")


def test_a_teaser_starts_at_the_name_it_repeats():
    sent = ("Lima closed the border on Monday after President Soto Ana Maria SotoRuiz "
            "wins vote: report MORE said it would.")
    at = teaser_start(sent)
    assert sent[:at].endswith("after ") and teaser_start("Lima closed it.") is None


def test_an_embedded_question_under_someone_s_words_is_unsafe():
    sent = ("Soto has recounted how, as envoy when he was minister in 2016, he pressed Lima "
            "to fire the judge.")
    at = sent.index("pressed")
    assert ev.report_scope(sent, at, at + 7).kind == "unsafe"


def test_word_from_someone_is_their_account():
    sent = "Later there was word from a Reuters correspondent that Soto had signed the deal."
    at = sent.index("signed")
    s = ev.report_scope(sent, at, at + 6)
    assert s.kind == "reported" and "correspondent" in s.speaker


def test_the_closing_attribution_and_elliptical_passives():
    sent = "The clashes have killed an estimated 90 people, state radio reports."
    at = sent.index("killed")
    s = ev.report_scope(sent, at, at + 6)
    assert s.kind == "reported" and "state radio" in s.speaker
    sent = "At least 5 people have been killed and 40 wounded by police, medics say."
    at = sent.index("wounded")
    assert ev.report_scope(sent, at, at + 7, passive=True).kind == "reported"
    # A preposition opens no clause: "said that, amid the panic, guards had fired".
    sent = "Witnesses said that, amid the panic, guards had fired on the crowd."
    at = sent.index("fired")
    assert ev.report_scope(sent, at, at + 5).kind == "reported"


def test_a_date_of_a_coordinated_verb_and_a_possessive_doer():
    sent = "Soto condemned the attack and declared Sunday a day of mourning."
    at = sent.index("condemned")
    assert ev.date_problem(sent, "Sunday", at, at + 9)
    sent = "The judge heard the case in which Ruiz's lawyer, flanked by aides, announced an appeal."
    assert not ev.name_heads_clause(sent, "Ruiz", sent.index("announced"))


def test_a_clause_of_circumstance_after_the_main_clause():
    """circumstance_clause: an act in an "as"/"while" clause after the sentence's main
    clause is its scene, not its news; comparisons and a clause that opens the sentence
    are not (sentences invented)."""
    def opener(sent, word):
        return ev.circumstance_clause(sent, sent.index(word))

    assert opener("Peru repelled a raid on its border post on Sunday as Chile sent "
                  "another convoy of grain.", "sent") == "as"
    assert opener("The cabinet met in an emergency session today while rebels shelled "
                  "the port.", "shelled") == "while"
    # The main act itself, a comparison, a clause that opens the sentence, a comma.
    assert opener("Peru repelled a raid on Sunday as Chile sent grain.", "repelled") is None
    assert opener("Neighbours such as Chile sent grain to the port.", "sent") is None
    assert opener("Peru as well as Chile sent grain to the port.", "sent") is None
    assert opener("While four sailors were freed in May, the fleet stayed.", "freed") is None
    assert opener("Peru shelled the port as expected, and Chile sent grain.", "sent") is None


def test_a_clause_of_time_inside_past_reported_words_is_the_speakers():
    """report_scope: "X said A had happened when B happened": B is X's account too; after
    words of the future the clause of time is the report's ("X warned Y will pay as Z
    deployed jets")."""
    def scope(sent, word):
        at = sent.index(word)
        return ev.report_scope(sent, at, at + len(word))

    s = scope("A trader said the crowd had been trapped when police withdrew from the "
              "square.", "withdrew")
    assert s.kind == "reported" and "trader" in s.speaker
    assert scope("The mayor warned that any raid will be met with force as Chile "
                 "deployed jets over the border.", "deployed").kind == "narrator"
    assert scope("The mayor said all options were open after rebels shelled the market.",
                 "shelled").kind == "narrator"
    # (review11) a name ending in -ed is no past verb: the words are still of the future
    assert scope("The mayor said Saeed will answer any raid as Chile deployed jets over "
                 "the border.", "deployed").kind == "narrator"
    # (fix13, review) an -ed word in a noun phrase or one that is no verb at all is no
    # past verb either: "two hundred", "their detained sons", "indeed", "so-called"
    assert scope("The mayor said two hundred police will answer any raid as Chile "
                 "deployed jets over the border.", "deployed").kind == "narrator"
    assert scope("The mayor said their detained sons will go home once Chile "
                 "withdrew its jets.", "withdrew").kind == "narrator"
    assert scope("The mayor said indeed any raid will be met with force as Chile "
                 "deployed jets.", "deployed").kind == "narrator"
    # a past verb after them still makes the words past
    assert scope("The mayor said two hundred police arrived when Chile deployed jets.",
                 "deployed").kind == "reported"
