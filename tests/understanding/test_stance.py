"""Stance toward the question, rule by rule: negation and denial, refusals, questions and their answers,
conditions and wishes, doubt and hedges, who decides, ends and beginnings, and the words that take no
stance (monitor.understand.stance). Rounds 3-20."""

from __future__ import annotations

import pytest

from monitor.understand.stance import assess_stance, stance_of
from tests.understand_fixtures import who


def test_no_cue_means_no_stance() -> None:
    assert stance_of("We filmed in the corridors and the driver was waiting for Finn.") is None


def test_a_denied_core_term_is_negative() -> None:
    text = "“This is not a Defenders show,” Dario Scardapane said of Daredevil: Born Again season 2."
    assert who(text) == [("Dario Scardapane", "negative")]


def test_an_estimate_of_how_often_is_no_doubt() -> None:
    assert stance_of("If they call, I'll be there. I think about it often, maybe every week.") == "positive"
    assert stance_of("Maybe. I keep my phone on.") == "uncertain"


# ------------------------------------------------------------------ stance: not ruling it out


@pytest.mark.parametrize(
    "text",
    [
        "Look, we're not going to rule it out.",
        "I'm not gonna rule anything out at this stage.",
        "The studio won't be ruling it out any time soon.",
        "Nobody at Marvel is going to rule them out, and I'm not going to rule it out either.",
    ],
)
def test_not_going_to_rule_it_out_is_no_answer(text: str) -> None:
    assert stance_of(text) == "uncertain"


# ------------------------------------------------------------------ stance: a denied unwillingness


@pytest.mark.parametrize(
    "text",
    [
        "It's not that we don't want to make it.",
        "It's not that I don't want to go back to Hell's Kitchen, it's the calendar.",
        "Honestly, it's not that they didn't love doing it.",
    ],
)
def test_a_denied_unwillingness_is_a_yes(text: str) -> None:
    assert stance_of(text) == "positive"


def test_an_unwillingness_that_is_not_denied_stays_a_no() -> None:
    assert stance_of("It's that we don't want to do it.") == "negative"


# ------------------------------------------------------------------ stance: yes/no questions


@pytest.mark.parametrize(
    "text",
    [
        "Will it happen? Go and ask the studio.",
        "Would I love to come back? You would have to ask Marvel.",
        "Will they come back to the show? Let's see what the fans say.",
    ],
)
def test_an_open_question_says_nothing(text: str) -> None:
    assert stance_of(text) is None


def test_what_follows_an_open_question_still_counts() -> None:
    # the question drops out, the doubt after it is the answer
    assert stance_of("Will it happen? Ask the studio. I really have no idea.") == "uncertain"


@pytest.mark.parametrize(
    "text",
    [
        "Will it happen? Sure.",
        "Will they come back? Well, yes.",
        "Would I love to come back? God, yes.",
        "But would I love to go back? Hell, yes.",
        "Do I want to come back? Of course.",
    ],
)
def test_a_question_answered_yes_counts_as_asked(text: str) -> None:
    assert stance_of(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Will they come back? No.",
        "Will they come back? Nope.",
        "Would I love to come back? Nope, not at this point in my life.",
        "Do I want to come back? Not really.",
    ],
)
def test_a_question_answered_no_is_turned_round(text: str) -> None:
    assert stance_of(text) == "negative"


def test_a_no_to_a_negative_question_is_a_yes() -> None:
    assert stance_of("Is it dead in the water? No.") == "positive"
    assert stance_of("Is it dead in the water? Yes.") == "negative"


def test_a_no_does_not_turn_doubt_round() -> None:
    assert assess_stance("Is it unclear? No.").stance != "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Wouldn't it be great?",
        "Wouldn't it be great to see all four of them together again? Ask the studio.",
    ],
)
def test_a_negative_question_is_an_assertion(text: str) -> None:
    assert stance_of(text) == "positive"


def test_a_question_after_a_comma_where_quoted_parts_were_joined_is_a_question() -> None:
    # "…a great run," he said, "Would I love …?" joined into one text
    assert stance_of("We had a great run, Would I love to come back? Ask the studio.") is None
    assert stance_of("We had a great run, Would I love to come back? Sure.") == "positive"


@pytest.mark.parametrize("answer", ["Absolutely not.", "Of course not."])
def test_an_emphatic_no_turns_the_question_round(answer: str) -> None:
    assert stance_of(f"Will they come back? {answer}") == "negative"


# ------------------------------------------------------------------ stance: doubt about details only


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to do it. I don't know when.",
        "I'm optimistic. I just don't know when.",
        "I'd love to go back. I don't know whose show it would be.",
        "I'm hopeful. I don't know where.",
        "I'd love to do it. I just don't know in what form.",
        "I'd love to do it. I don't know which show.",
    ],
)
def test_doubt_about_the_details_weighs_less_than_a_yes(text: str) -> None:
    assert stance_of(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "I don't know when.",
        "I don't know whose show it would be.",
        "I really don't know in what form.",
    ],
)
def test_doubt_about_the_details_alone_is_still_doubt(text: str) -> None:
    assert stance_of(text) == "uncertain"


def test_doubt_about_whether_still_outweighs_a_yes() -> None:
    assert stance_of("I'd love to do it. I don't know if it will happen.") == "uncertain"


# ------------------------------------------------------------------ stance: eagerness with a negator


@pytest.mark.parametrize(
    "text",
    [
        "I wouldn't hesitate.",
        "If they asked, I wouldn't think twice.",
        "I wouldn't even ask who else was in it.",
        "I wouldn't miss it.",
        "Me? I wouldn't need to think about it.",
    ],
)
def test_eagerness_with_a_negator_is_a_yes(text: str) -> None:
    assert stance_of(text) == "positive"


def test_a_plain_refusal_is_still_a_no() -> None:
    assert stance_of("I wouldn't go back.") == "negative"


# ------------------------------------------------------------------ stance: refusals and other people's words


@pytest.mark.parametrize(
    "text",
    [
        "I won't give you a timeline.",
        "I can't give away anything about it.",
        "We won't give out any details.",
    ],
)
def test_refusing_details_is_no_answer(text: str) -> None:
    assert stance_of(text) == "uncertain"


def test_someone_elses_cant_say_is_no_refusal_of_the_speakers() -> None:
    text = "I'll keep pushing for it so they can't say I didn't try."
    result = assess_stance(text)
    assert result.stance == "positive"
    assert result.scores["uncertain"] == 0.0


def test_the_speakers_own_cant_say_is_still_a_refusal() -> None:
    assert stance_of("I'd love it, but I can't say.") == "uncertain"


# ------------------------------------------------------------------ stance: optimism, "I'd … tomorrow"


@pytest.mark.parametrize(
    "text",
    [
        "I'm more optimistic now than I was a year ago.",
        "Let's say I'm cautiously optimistic.",
        "I'm very hopeful.",
        "I'm optimistic.",
        "I'm more excited than ever.",
        "We'd be shooting it tomorrow.",
        "I'd fly out tomorrow.",
        "Honestly, I'd start tomorrow.",
    ],
)
def test_optimism_and_tomorrow_are_a_yes(text: str) -> None:
    assert stance_of(text) == "positive"


@pytest.mark.parametrize("text", ["I'm not optimistic.", "I'm not very hopeful about it."])
def test_negated_optimism_is_a_no(text: str) -> None:
    assert stance_of(text) == "negative"


def test_tomorrow_without_a_speaker_is_no_cue() -> None:
    assert stance_of("The studio will decide tomorrow.") is None


@pytest.mark.parametrize(
    "text",
    [
        "I'll answer any question you like about the film.",
        "I was terrible at it. Then one day it just clicked.",
        "One day it finally rained, and we shot the scene.",
    ],
)
def test_no_stance_where_nothing_is_said_of_the_story(text: str) -> None:
    assert stance_of(text) is None


def test_one_day_ahead_is_still_a_hedge() -> None:
    assert "one day:uncertain" in assess_stance("I'd love to do it again one day.").cues
    assert stance_of("I won't do it. Just so you know.") == "negative"


def test_if_you_ask_me_is_no_condition() -> None:
    # "if you ask me" is a way of speaking: the rest of the sentence holds no cue
    assert stance_of("If you ask me, the fans deserve an answer.") is None
    # while a condition on being asked stays willingness
    assert stance_of("If they ask me, I'm there.") == "positive"
    assert stance_of("If you ask me to come back, I'm there.") == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "I can't see a thing without my glasses.",
        "I couldn't see the stage from the back row.",
    ],
)
def test_not_seeing_something_is_no_prediction(text: str) -> None:
    assert stance_of(text) is None


def test_a_plain_refusal_of_what_comes_next_is_still_a_no() -> None:
    assert stance_of("I'm not going to do it again.") == "negative"
    assert stance_of("We won't be bringing them back.") == "negative"


def test_i_would_is_no_yes_before_never() -> None:
    assert stance_of("I would never do that to him.") is None


def test_a_speakers_own_earlier_words_weigh_less_than_what_follows() -> None:
    told_again = (
        "I said the team wasn't part of our plans for this season, and that was true. "
        "Season two is a different conversation."
    )
    assert stance_of(told_again) == "uncertain"
    # said now, the same "no" wins
    assert stance_of(
        "The team isn't part of our plans for this season. Season two is a different conversation."
    ) == ("negative")


def test_a_hope_negated_inside_a_condition_is_a_demand() -> None:
    assert stance_of("If they don't bring all four of them back together, I'm writing letters.") == "positive"
    assert stance_of("They don't want to bring them back.") == "negative"


def test_a_refusal_with_without_after_it_is_a_condition() -> None:
    assert stance_of("Well, we wouldn't do it without them. The door is open.") == "positive"
    assert stance_of("Well, we wouldn't do it. The door is open.") == "negative"


def test_words_relayed_in_direct_speech_are_not_the_speakers() -> None:
    assert stance_of("He texted me that night. He said, we'll be back, you watch.") is None


def test_a_show_cancelled_long_ago_is_no_stance() -> None:
    assert stance_of("He texted me the night the show got cancelled.") is None


@pytest.mark.parametrize(
    "text",
    [
        # decoys: the words of a cue, not the cue
        "It's in the script.",
        "Matt's in trouble again this week.",
        "I'm in a trailer in Queens.",
        "The fight ended badly.",
        "I needed the money desperately back then.",
        "We shot on streets people actually live on.",
        "He made his peace with the diner scene.",
        "It felt like no time had passed.",
        "I'd rather talk about it tomorrow.",
        "The network is the inevitable winner of the night.",
        "I want it done right.",
    ],
)
def test_round16_decoys_take_no_stance(text: str) -> None:
    assert stance_of(text) is None, assess_stance(text)


def test_words_stood_by_keep_their_weight() -> None:
    stood = assess_stance("I said it was closer than fans think, and I stand by that.")
    told = assess_stance("I said it was closer than fans think.")
    assert stood.scores["positive"] == 2 * told.scores["positive"]


def test_a_plain_coy_end_is_doubt_and_no_more() -> None:
    assert stance_of("That's all I'll say.") == "uncertain"
    assert stance_of("They are coming back. That's all I'll say.") == "positive"


def test_a_refusal_to_say_when_or_if_is_no_yes() -> None:
    assert stance_of("I can't tell you when or if.") == "uncertain"


def test_a_superlative_comparison_is_no_nearness() -> None:
    assert stance_of("That's the closest I've come to a stunt like that.") is None


def test_an_opening_whether_alone_takes_no_stance() -> None:
    assert stance_of("He thinks he deserves the city, Whether the city agrees, you'll have to watch.") is None


def test_kidding_is_a_way_of_speaking() -> None:
    assert stance_of("I won't kid you, I'd love to go back.") == "positive"


def test_a_put_off_of_anything_else_takes_no_stance() -> None:
    # "a conversation for another day" of itself puts off whatever was asked: no cue of its own
    assert stance_of("The lawsuit? That's a conversation for another day.") is None


def test_an_elliptic_denial_needs_a_yes_just_before_it() -> None:
    # after doubt, "I haven't" adds nothing; with no clause before, it is no cue at all
    assert assess_stance("Nobody knows. I haven't.").cues == ("nobody knows:uncertain",)
    assert stance_of("I haven't.") is None


@pytest.mark.parametrize(
    "text",
    [
        # "could" of the past and of the senses is no modal of what may come
        "That's the best thing that could have happened to the character.",
        "On that roof nobody could feel their fingers.",
        "By the fourth take nobody could hold a sword straight.",
        "We filmed on that pier for a week and you could smell the fish from the trailers.",
        "Back then you could walk from one set to the next without going outside.",
        # an estimate after "maybe"
        "We reshot the ending maybe twelve times.",
        "Maybe too much coffee, honestly.",
        # asides
        "Worth every bruise. Don't tell my agent.",
        "So happy to be here.",
        "Honestly, it's the most alive I feel all year.",
        "I feel so alive on a stage.",
        "The stunt team kept all of us alive for three seasons.",
        "The security guard wouldn't let me keep the mask.",
        "I finally got the mic at a con this size, and I'm not going to waste it.",
        "I didn't want to be the guy who spoils the finale.",
        "It was a rough year. I'm not going to pretend it wasn't.",
        "The second half drags under a romance nobody asked for.",
        "They made a series that had never done anything like it on that channel.",
        "I didn't know how much I missed that set until I walked back on it.",
        "I didn't know what to do with the prop, so I kept it.",
    ],
)
def test_weak_cues_take_no_stance(text: str) -> None:
    assert stance_of(text) is None


def test_could_of_possibility_stays_doubt() -> None:
    # a "could" about what may come, or governed by a verb of thought or a condition, stays doubt
    assert stance_of("The trio could turn up in the third season.") == "uncertain"
    assert stance_of("Back then I always thought we could do another one.") == "uncertain"
    assert stance_of("If we had the time last year, we could have a scene together now.") == "uncertain"


def test_estimate_keeps_maybe_of_whether() -> None:
    assert stance_of("Maybe one day they come back.") == "uncertain"
    assert stance_of("Maybe. Ask me next spring.") == "uncertain"


def test_denied_present_no_stays_yes() -> None:
    # only a past fact, its predicate left out, is no stance; a present one is a denied "no"
    assert stance_of("I'm not going to pretend it doesn't.") == "positive"
    assert stance_of("I can't say we didn't talk about a reunion.") == "positive"


def test_not_just_saying_is_no_hint() -> None:
    # "I'm not just saying that" is no hint of a yes; the doubt before it stands
    assert stance_of("I really don't know, and I'm not just saying that to be polite.") == "uncertain"


def test_weighing_whether_is_not_asserted() -> None:
    result = assess_stance("The network is weighing whether the three will be back next year.")
    assert result.stance == "uncertain"
    assert "positive" not in " ".join(result.cues)


def test_another_refusal_still_negates_what_it_refuses() -> None:
    # "wouldn't let us" weighs nothing, but what it does not let is still denied
    assert stance_of("The network wouldn't let us bring them back.") == "negative"


def test_a_person_dead_is_no_end() -> None:
    # a character's death in the story is no end of a project
    assert stance_of("In the second episode everyone thinks he is dead.") is None


def test_mock_yes_before_right_after_is_a_no() -> None:
    assert stance_of("A revival? Oh, sure. Right after the moon turns to cheese.") == "negative"
    assert stance_of("Absolutely. Just after my cat learns to drive.") == "negative"


def test_yes_before_a_real_right_after_phrase_is_no_mock() -> None:
    # a "right after" with more to its sentence is a time, not a mock
    assert stance_of("Sure. Right after the finale, we sat down and planned it.") != "negative"


def test_which_of_them_left_open_is_doubt() -> None:
    text = (
        "Those heroes have fans everywhere, and you should expect to see more of them. "
        "In what combination, I'll leave to the producers."
    )
    assert stance_of(text) == "uncertain"


def test_refusal_to_talk_about_another_teams_work_weighs_nothing() -> None:
    result = assess_stance("I'm not going to talk about another studio's show.")
    assert result.stance is None


def test_refusal_to_talk_about_the_question_is_doubt() -> None:
    assert stance_of("We're not going to discuss the team-up today.") == "uncertain"


def test_a_no_denied_in_the_present_is_a_yes() -> None:
    assert (
        stance_of("I'm not saying no to anything right now, and I'm not saying no to Harlem.") == "positive"
    )
    assert stance_of("Honestly, she wasn't saying no to it.") == "positive"


def test_if_it_were_up_to_me_is_a_wish_not_a_condition() -> None:
    # the yes is not halved as a condition, so it outweighs the "not up to me" after it
    text = "If it were up to me, we'd be filming it tomorrow. It's not up to me."
    assert stance_of(text) == "positive"
    text = "If it was my call, we'd be filming it tomorrow, it's not my call."
    assert stance_of(text) == "positive"


def test_a_real_condition_still_halves_the_yes() -> None:
    # (control) a condition on the event keeps the yes weak against "not up to me"
    text = "If the studio agreed, we'd be filming it tomorrow. It's not up to me."
    assert stance_of(text) == "uncertain"


def test_dont_think_its_up_to_me_is_who_decides_not_a_no() -> None:
    result = assess_stance("I honestly don't think it's up to me.")
    assert result.stance == "uncertain"
    assert stance_of("I'd sign on tomorrow. I just don't think it's up to me.") != "negative"


def test_if_they_asked_is_willingness_like_if_they_called() -> None:
    result = assess_stance("If the producers asked, sure.")
    assert any(cue.startswith("if the producers asked") for cue in result.cues)
    # "if you asked me" is a way of speaking, no condition and no yes
    assert not any(
        cue.startswith("if you asked") for cue in assess_stance("If you asked me, it's over.").cues
    )


def test_a_door_named_and_open_is_a_door_open() -> None:
    assert stance_of("The door to the old precinct is open.") == "positive"


def test_doors_left_open_are_doubt_however_many() -> None:
    assert stance_of("We've left a couple of doors open in the harbour district.") == "uncertain"
    assert stance_of("Fine. We kept some doors open.") == "uncertain"


def test_doubt_about_how_many_is_no_doubt_about_whether() -> None:
    text = "I'm not sure whether it'll be all three, but I'd be stunned if Priya stays on her own."
    assert stance_of(text) == "positive"


def test_surprise_at_one_left_alone_is_a_yes() -> None:
    assert stance_of("I'd be shocked if Okafor remains solo much longer.") == "positive"


def test_a_no_denied_twice_is_a_yes() -> None:
    assert stance_of("If the ratings hold, I can't see why they wouldn't film another run.") == "positive"
    assert stance_of("There's no reason the three of them can't share a stage again.") == "positive"


def test_a_shelf_for_good_denied_is_a_yes() -> None:
    assert stance_of("The crew isn't going to stay in storage forever.") == "positive"
    assert stance_of("Maybe. Those heroes aren't going to gather dust forever.") == "positive"


def test_not_the_last_is_more_to_come() -> None:
    assert stance_of("Okonkwo is on the call sheet, and he won't be the last old ally you meet.") == (
        "positive"
    )
    # (control) the last one, said plainly, is still an end
    assert stance_of("She'll be the last one through that door.") == "negative"


def test_an_end_refused_is_a_yes() -> None:
    assert stance_of("I'm crushed, but I refuse to believe we've seen the last of Vera Lund.") == ("positive")
    assert stance_of("Trust me, you haven't seen the last of the Harbour crew.") == "positive"


def test_one_named_played_out_is_an_end() -> None:
    assert stance_of("Truthfully? I think Tobias's done.") == "negative"
    assert stance_of("She's finished, and everybody knows it.") == "negative"
    # (control) what somebody has done is no end
    assert stance_of("Tobias's done a lot of press this month.") is None


def test_no_plans_had_is_a_no() -> None:
    assert stance_of("We don't have any plans at the moment for a sequel to the heist show.") == ("negative")


def test_old_friends_coming_is_a_yes() -> None:
    assert stance_of("Let's just say a few old friends are dropping in.") == "positive"


def test_who_it_may_be_left_open_is_doubt() -> None:
    assert stance_of("Familiar faces could mean anyone. It could be the bartender.") == "uncertain"
    assert stance_of("Faces you already know could mean anybody, honestly.") == "uncertain"


def test_hope_given_up_is_a_no() -> None:
    assert stance_of("Frankly, we gave up hoping years ago.") == "negative"
    assert stance_of("I stopped waiting by the phone.") == "negative"


def test_who_decides_passed_on_is_doubt() -> None:
    result = assess_stance("Glad for Tamsin. As for Rook, ask the studio, not me.")
    assert result.stance == "uncertain"
    assert stance_of("Ask Halvorsen, not me.") == "uncertain"


def test_a_beginning_is_a_yes() -> None:
    assert stance_of("Standing there, it felt like the beginning of something.") == "positive"


def test_not_ruling_anybody_out_is_doubt() -> None:
    assert stance_of("Next year is another beast. I won't rule anybody out.") == "uncertain"
    assert stance_of("We wouldn't rule any of them out at this point.") == "uncertain"


def test_kept_in_the_dark_is_doubt() -> None:
    # a hope, then no news: the speaker does not know
    assert stance_of("I'd like to think the crew rides again, but I honestly don't get told anything.") == (
        "uncertain"
    )
    assert stance_of("Is Vera coming? No one tells the actors anything. I'm always the last to know.") == (
        "uncertain"
    )
    assert stance_of("That's news to me, somebody ring my manager.") == "uncertain"
    # asking on regardless keeps the wish
    assert stance_of("I'd adore that. No one tells me anything, but I keep asking.") == "positive"


def test_a_shrug_both_ways_is_doubt() -> None:
    text = "I'm relaxed about Tobias. If the call comes, lovely. If not, that's fine."
    assert stance_of(text) == "uncertain"
    assert stance_of("I've moved on in a good way. If Vera comes back, brilliant.") == "uncertain"


def test_company_coming_is_a_yes() -> None:
    assert stance_of("I can't say much, but Vera is going to have company.") == "positive"


def test_a_thing_named_not_pretended_absent_is_a_yes() -> None:
    assert stance_of("Tobias is back, and I won't pretend those meetings aren't happening.") == "positive"


def test_the_end_of_the_road_is_an_end() -> None:
    assert stance_of("I think this is the end of the road for the Harbour crew.") == "negative"
    assert stance_of("We had a lovely run, and I'm ready to let it rest.") == "negative"
    # denied, a yes
    assert stance_of("Trust me, this isn't the end of the road for them.") == "positive"


def test_the_happiest_man_is_a_yes() -> None:
    assert stance_of("Honestly? I'd be the happiest woman in Leeds.") == "positive"


def test_answers_put_off_or_refused_are_doubt() -> None:
    assert stance_of("Ask me once somebody calls. I'm a one-day-at-a-time person.") == "uncertain"
    assert stance_of("Tobias and Vera? I've learned not to answer that.") == "uncertain"
    assert stance_of("I'd be lying if I told you the door was closed.") == "uncertain"


def test_who_plays_them_if_they_return_is_a_yes() -> None:
    assert (
        stance_of("If the Sentinel ever comes back, it's going to be Maya Ortiz in the mask.") == "positive"
    )
    assert stance_of("If Tobias returns, Vera returns. Simple as that.") == "positive"
    assert (
        stance_of("If you were to see the Sentinel again, yes, Maya Ortiz would be the actor.") == "positive"
    )
    # what follows the condition is no name: no yes of its own
    assert stance_of("If the show returns, it'll be without me.") != "positive"


def test_the_rest_wanted_or_anger_promised_is_a_yes() -> None:
    assert stance_of("Tobias got his film back. Now we want the whole gang.") == "positive"
    assert stance_of("Two of them are back. I'm greedy. I want the rest.") == "positive"
    assert stance_of("If they don't put the trio on screen by 2030, I'll be livid.") == "positive"


def test_a_place_or_a_future_for_the_character_is_a_yes() -> None:
    assert stance_of("Vera is home at the studio now, and she's staying.") == "positive"
    assert stance_of("I watch from the sofa these days, but I cheer. Tobias has more to say.") == "positive"
    assert stance_of("Honestly, I think there's more story there.") == "positive"


def test_a_hint_left_to_the_listener_is_a_yes() -> None:
    assert stance_of("We mention Vera in the writers' room a lot. Make of that what you will.") == "positive"
    assert stance_of("I had lunch with the producers last week. Draw your own conclusions.") == "positive"


def test_open_to_it_no_more_is_doubt() -> None:
    assert stance_of("I'd listen to them out. I'm not precious about it.") == "uncertain"
    assert stance_of("If the studio rings, I'd hear them out.") == "uncertain"


def test_the_line_kept_open_is_a_yes() -> None:
    assert stance_of("Tell them my phone's always on.") == "positive"


def test_a_goodbye_said_is_an_end() -> None:
    assert stance_of("We said our goodbye to Vera in the finale. I don't need more.") == "negative"
    assert stance_of("I think that's the farewell, and I'm at peace with it.") == "negative"


def test_one_season_for_one_hero_is_a_no() -> None:
    assert stance_of("Next season is Tobias's story. The others sit it out.") == "negative"
    assert stance_of("The crew will have to wait their turn.") == "negative"
    assert stance_of("A team-up isn't something we're doing this season.") == "negative"


def test_moving_on_from_a_kind_of_thing_is_no_end() -> None:
    assert stance_of("I've moved on from watercolours. I do charcoal now.") is None
    # a role or a show is still an end
    assert stance_of("I've moved on from Vera.") == "negative"
    assert stance_of("Honestly, I've moved on from the show.") == "negative"


def test_maybe_before_a_share_is_an_estimate_not_doubt() -> None:
    # (a tiny change to the stance cues, for oral histories: "I did maybe a third of the stunts")
    assert stance_of("I did maybe a third of the climbing myself; my double did the rest.") is None
    assert stance_of("Maybe we all end up back on that set one day.") == "uncertain"


def test_glad_to_have_someone_back_is_for_the_return() -> None:
    assert stance_of("We're thrilled to have Nora back on the team,") == "positive"
    assert stance_of("I'm so glad to see them back where they belong.") == "positive"


@pytest.mark.parametrize(
    "text",
    [
        # a bare "the door's open", which may be a hedge, stays light (no change here)
        "Never say never. We left a couple of doors open down at the harbour.",
        # the group in one room remembered is no plan
        "The two of us in the same room again after ten years, at the same old table.",
        # "let's get" a thing done is no call for the rest
        "Not this year. Let's get the first show finished.",
    ],
)
def test_r20b_not_a_yes(text: str) -> None:
    assert stance_of(text) != "positive"


@pytest.mark.parametrize(
    "text",
    [
        # who decides after a "but" concedes no more than that: the wish before it stands
        "I'd love to work with Nadia and Theo again, but that's not up to me",
        "I'd happily do a crossover, but that's above my pay grade.",
    ],
)
def test_r20b_who_decides_after_but(text: str) -> None:
    assert stance_of(text) == "positive"


def test_r20b_who_decides_alone_is_doubt() -> None:
    assert stance_of("Honestly, that's not up to me.") == "uncertain"
