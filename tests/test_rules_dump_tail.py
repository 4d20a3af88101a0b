"""chrome.dump_tail: below a tail marker after a dump's article, the lines that are not prose go."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from normalizer import Config, clean

from test_rules_classifier import (ARTICLE, HEAD, SETTINGS, TAIL, check_order_kept,
                                   check_paragraphs_kept, page, paragraph)

#: chrome.phrases finds the markers; the classifier is left out to see this rule alone.
RULES = Config(only={"chrome.phrases", "chrome.dump_tail"})

#: A sidebar of teasers with excerpts, then a comment thread: prose lines keep the page's last
#: prose line far below the article.
TEASERS = ["Related Articles",
           "Lighthouse keepers remember the storm of the decade", "12 March 2025",
           "Three former keepers describe the night the lamp failed and the boats that came home.",
           "New bus link to the ferry terminal", "9 March 2025",
           "The council has agreed a trial of a shuttle bus from the station to the pier this summer.",
           "Leave a Reply",
           "Anna Fischer", "14 March 2025 at 08:12",
           "About time too, the early boat has been full every day since January.",
           "Reply"]
FOOTER = ["The Morning Ledger is published every weekday by the press cooperative of the "
          "harbour towns.", "Harbour Ferries Ltd", "Pier Road 4, Kirkwall"]


def dropped(result) -> list[str]:
    return [r.text.strip() for r in result.removed if r.rule == "chrome.dump_tail"]


def test_teasers_and_comment_furniture_below_the_article_go_and_their_prose_stays():
    result = clean(page(HEAD, ARTICLE, TEASERS + FOOTER), RULES)
    gone = dropped(result)
    for line in ("Lighthouse keepers remember the storm of the decade", "12 March 2025",
                 "Anna Fischer", "14 March 2025 at 08:12", "Harbour Ferries Ltd"):
        assert line in gone
    for line in (TEASERS[3], TEASERS[6], TEASERS[10], FOOTER[0]):
        assert line in result.text  # a sentence is never removed for its place
    for para in ARTICLE:
        assert para in result.text
    assert result.rebuild() == page(HEAD, ARTICLE, TEASERS + FOOTER)


def test_the_article_resuming_after_an_injected_marker_ends_nothing():
    """`Related Articles` inside the article: the article's own prose (three paragraphs in a
    row) follows further down, so this marker is not the article's end."""
    body = ARTICLE[:3] + ["Related Articles", "Ferry fares rise again", "What changes for passengers"] + ARTICLE[4:]
    result = clean(page(HEAD, body, TAIL), RULES)
    assert dropped(result) == []
    assert "What changes for passengers" in result.text


#: A comment form, then a long list of the site's contributors: no prose for dozens of lines, and
#: only then teasers whose excerpts read as prose.
CONTRIBUTORS = ["Leave a Reply", "Name *"] + [f"{first} {last}" for first in ("Anna", "Ben", "Carla", "Dev",
                                                                            "Elif", "Femi", "Greta")
                                              for last in ("Moreau", "Okafor", "Lindqvist", "Tanaka",
                                                           "Ferreira", "Kowalski")]
EXCERPTS = ["New bus link to the ferry terminal",
            "The council has agreed a trial of a shuttle bus from the station to the pier this summer.",
            "Lighthouse keepers remember the storm of the decade, and the boats that came home that night.",
            "Three former keepers describe the night the lamp failed and how the village kept watch."]


def test_a_marker_far_above_the_next_prose_opens_the_tail_all_the_same():
    """TAIL_GAP_LINES: the teasers' excerpts below would count as the article resuming, but
    forty-odd lines of names between them and the marker show the article ended above it."""
    text = page(HEAD, ARTICLE, CONTRIBUTORS + EXCERPTS + FOOTER)
    result = clean(text, RULES)
    gone = dropped(result)
    assert "Anna Moreau" in gone and "Greta Kowalski" in gone and "Harbour Ferries Ltd" in gone
    for line in ARTICLE + EXCERPTS[1:] + FOOTER[:1]:
        assert line in result.text
    assert result.rebuild() == text


def test_a_short_box_before_resumed_prose_ends_nothing():
    """The same marker with a handful of lines before prose resumes: an injected box, not the
    article's end (the gap is what tells them apart)."""
    body = ARTICLE + CONTRIBUTORS[:8] + ARTICLE[1:3] + ARTICLE[4:]
    result = clean(page(HEAD, body, TAIL), RULES)
    assert dropped(result) == []
    assert "Anna Okafor" in result.text


def test_a_good_extractor_output_is_left_to_the_other_rules():
    # no navigation above the article: not a dump, whatever follows it
    text = page([ARTICLE[0]], ARTICLE[1:], TEASERS)
    assert dropped(clean(text, RULES)) == []


def test_too_little_prose_above_the_marker_is_no_article():
    text = page(HEAD, ARTICLE[:2], TEASERS + FOOTER)
    assert dropped(clean(text, RULES)) == []


def test_hard_wrapped_text_is_no_page_dump():
    wrapped = ["the harbour board voted on Thursday to add", "two early ferries to the island route,",
               "a change that commuters had asked for", "since the spring."] * 6
    text = page(HEAD, ARTICLE + wrapped, TEASERS)
    assert dropped(clean(text, RULES)) == []


def test_a_list_in_lower_case_after_its_lead_in_is_no_hard_wrapped_text():
    """A list whose items open in lower case after a lead-in and after each other (`; `) is the
    article's, not pieces of hard-wrapped paragraphs: the tail below the article still goes."""
    items = ["Members collect from the barn every week:", "a crate of vegetables from the field;",
             "eggs from the neighbouring farm;", "a parcel of beef or pork every other week;",
             "fruit from the young orchard in the summer."]
    text = page(HEAD, ARTICLE[:3] + items + ARTICLE[3:], TEASERS + FOOTER)
    gone = dropped(clean(text, RULES))
    assert "Lighthouse keepers remember the storm of the decade" in gone
    assert not set(items) & set(gone)


def test_switchable():
    text = page(HEAD, ARTICLE, TEASERS + FOOTER)
    assert dropped(clean(text, Config(only={"chrome"}, skip={"chrome.dump_tail"}))) == []
    assert clean(text, Config(only={"chrome"})).stats.get("chrome.dump_tail", 0) > 0


# -- properties ---------------------------------------------------------------------------------

line = st.one_of(paragraph, st.sampled_from(TEASERS + HEAD + TAIL))
tail_page = st.tuples(st.lists(st.sampled_from(HEAD), min_size=8, max_size=16),
                      st.lists(st.one_of(paragraph, st.sampled_from(ARTICLE)), min_size=3, max_size=8),
                      st.lists(line, min_size=1, max_size=25))


@SETTINGS
@given(parts=tail_page)
def test_paragraphs_of_two_sentences_are_never_removed(parts):
    check_paragraphs_kept(page(*parts), RULES, parts[1] + parts[2])


@SETTINGS
@given(parts=tail_page)
def test_removal_never_reorders(parts):
    check_order_kept(page(*parts), RULES)


def test_the_article_end_found_here_is_the_classifiers_footer_evidence():
    """A page whose last lines are prose (a publisher's note) shows no footer to the classifier;
    the tail marker below the article does, and the head's navigation goes too."""
    text = page(HEAD, ARTICLE, TEASERS + FOOTER[1:] + FOOTER[:1])
    chain = Config(only={"chrome.phrases", "chrome.dump_tail", "chrome.classifier"})
    by_classifier = [r.text.strip() for r in clean(text, chain).removed if r.rule == "chrome.classifier"]
    assert "Local news" in by_classifier and "Weather" in by_classifier
    alone = Config(only={"chrome.phrases", "chrome.classifier"})
    assert not [r for r in clean(text, alone).removed if r.rule == "chrome.classifier"]


def test_a_read_also_box_inside_the_article_is_no_end_of_it():
    """`Veja também` (see also) heads a box of links set inside articles as often as below them:
    the article's short lines after it (a subheading, a one-line paragraph between two
    paragraphs, so no three paragraphs in a row) stay."""
    more = ["Fares for the new crossings will match the daytime timetable, the board said in a "
            "statement, and season tickets will cover the early boats from the first week.",
            "Island shops had asked for the change since the spring, when the last boat of the "
            "evening was cut to save fuel during the long works on the northern pier.",
            "The ferry company expects to hire four more crew members before the summer and has "
            "asked the college on the island to run a short course for deckhands."]
    body = ARTICLE + ["Veja também", "Ferry fares rise again", "What changes for passengers", more[0],
                      "The board did not say when.", more[1], "The first weeks", more[2]]
    result = clean(page(HEAD, body, TAIL), RULES)
    assert "The board did not say when." in result.text
    assert "The first weeks" in result.text


STEPS = [
    "Step 2: Collect input before the meeting",
    "The best reviews start before anyone joins the call. Open a shared board two days ahead and "
    "ask everyone to add a few cards under three headings.",
    "Collecting input ahead of time gives quieter teammates time to think. It also means the "
    "meeting is spent on talking rather than on writing.",
    "Step 3: Group, vote and pick a topic",
    "Start by spending five minutes grouping similar cards. If three people wrote the same thing "
    "in different words, that is a signal worth following.",
    "Then give everyone three votes to spend on the themes they care about. Pick the one or two "
    "with the most votes and leave the rest for next week.",
    "Step 4: Leave with owned actions",
    "Only one or two people ever add cards.",
]


def test_a_how_to_resuming_in_steps_below_an_injected_marker_keeps_its_steps():
    """`Related reading:` between two steps of a how-to: the steps below it, each a subheading
    over two paragraphs (never three paragraphs in a row), show the article goes on; its
    subheadings and one-line items stay."""
    body = ARTICLE + ["Related reading:", "Nine habits that keep meetings on track"] + STEPS
    result = clean(page(HEAD, body, TAIL), RULES)
    for line in STEPS:
        assert line in result.text
    assert dropped(result) == []


def test_an_introduced_list_whose_items_go_on_with_its_sentence_resumes_the_article():
    """Items that open in lower case after the mark and end without a clause's mark (`* reparar
    la bomba`) go on with the sentence that introduces them: the article's own list, which a
    teaser's headline never is. They stay below an injected box, with the paragraph after them."""
    intro = "After two hours of talks on the quay the operator agreed, in front of the residents, to:"
    items = ["* run a first ferry at half past five", "* add a late boat on Fridays",
             "* review the timetable after one year"]
    body = (ARTICLE + ["Related Articles", "Lighthouse keepers remember the storm of the decade",
                       "The new timetable", intro] + items + [ARTICLE[2]])
    result = clean(page(HEAD, body, TAIL), RULES)
    for line in ["The new timetable"] + items:
        assert line in result.text
    upper = ["* Run a first ferry at half past five", "* Add a late boat on Fridays",
             "* Review the timetable after one year"]
    body = (ARTICLE + ["Related Articles", "Lighthouse keepers remember the storm of the decade",
                       "The new timetable", intro] + upper + [ARTICLE[2]])
    assert "* Add a late boat on Fridays" in dropped(clean(page(HEAD, body, TAIL), RULES))


def test_teaser_excerpts_of_two_sentences_do_not_resume_the_article():
    """A teaser list alternates headlines and excerpts, never two excerpts in a row, however
    long the excerpts: below its marker the headlines still go."""
    teasers = ["Related Articles"]
    for k, step in enumerate(STEPS[1:7:1]):
        if step.startswith("Step"):
            continue
        teasers += [f"Harbour story number {k} of the week", step]
    result = clean(page(HEAD, ARTICLE, teasers + TAIL), RULES)
    assert "Harbour story number 1 of the week" in dropped(result)


def test_an_article_list_introduced_below_a_teaser_box_resumes_the_article():
    """Below an injected `Related Articles` box the article goes on: a subheading, a line that
    introduces a list with a colon, its short items (each ending as a clause does), a paragraph.
    The items count with the article's lines for its resumption, so the subheading and the items
    stay; a teaser list's headlines below such a line, which end no clause, go."""
    intro = "The plan that the board approved at its meeting on Thursday sets out three changes:"
    items = ["* a first ferry at half past five;", "* a late boat on Fridays;",
             "* a review after one year."]
    body = (ARTICLE + ["Related Articles", "Lighthouse keepers remember the storm of the decade",
                       "The new timetable", intro] + items + [ARTICLE[2]])
    result = clean(page(HEAD, body, TAIL), RULES)
    for line in ["The new timetable"] + items:
        assert line in result.text
    headlines = ["Lighthouse keepers remember the storm", "New bus link to the ferry terminal"]
    body = ARTICLE + ["Related Articles", "The new timetable", intro] + headlines + [ARTICLE[2]]
    gone = dropped(clean(page(HEAD, body, TAIL), RULES))
    assert "New bus link to the ferry terminal" in gone and "The new timetable" in gone
