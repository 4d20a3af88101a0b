"""chrome.classifier: the jusText-style line classifier that trims full-page dumps."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalizer import Config, clean
from normalizer.rules.classifier import (SHORT_MAX_WORDS, LineClass, classify, is_dump, stopword_set)

ONLY = Config(only={"chrome.classifier"})
EN = stopword_set("the of and to a in is that for it on was with as he be at by this are from")

HEAD = ["Morning Ledger", "Log in", "Register", "Home", "Local news", "Business", "Culture",
        "Opinion", "Weather", "Events", "Search this site", "Menu", "Saturday, 14 March"]
TAIL = ["Popular this week", "Harbour dredging delayed again", "Library opens late on Fridays",
        "About the Ledger", "Advertise with us", "Contact the newsroom", "Careers", "Terms of use",
        "Accessibility", "Follow us", "Back to top", "All content by the Morning Ledger staff"]
ARTICLE = [
    "Harbour Board approves new ferry timetable",
    "The harbour board voted on Thursday to add two early ferries to the island route, a change "
    "that commuters had asked for since the spring. The first boat will now leave at half past five.",
    "Board members said the extra crossings would be paid for by the fuel savings of the new hulls, "
    "which entered service in the autumn and burn a third less diesel than the old boats did.",
    "What changes for passengers",
    "Season tickets stay at the same price, and the timetable printed at the terminal will be "
    "replaced at the end of the month. The late boat on Sundays is moved forward by ten minutes.",
    "Residents of the island welcomed the decision but asked the board to look again at the fares "
    "for families, which have risen twice in three years and are now the highest on the coast.",
    "The board will meet again in June to review the first weeks of the new timetable, and it has "
    "asked the ferry company for a count of passengers on each of the early crossings.",
]


def page(head: list[str], body: list[str], tail: list[str]) -> str:
    return "\n".join(head) + "\n\n" + "\n\n".join(body) + "\n\n" + "\n".join(tail) + "\n"


def removed(result) -> list[str]:
    return [r.text.strip() for r in result.removed if r.rule == "chrome.classifier"]


# -- first pass ---------------------------------------------------------------------------------

def test_classes():
    assert classify(ARTICLE[1], EN) is LineClass.GOOD
    assert classify("Local news", EN) is LineClass.SHORT
    assert classify("   ", EN) is LineClass.BLANK
    assert classify("Harbour Ferries Timetables Tickets Parking Offices Contacts", EN) is LineClass.BAD
    # numbers make a row of data, not a menu: a schedule row or an address stays
    assert classify("Monday 05:30 07:10 09:45 Harbour Island Pier", EN) is LineClass.NEAR
    # several words that read like text (function words) stay as well
    assert classify("Season tickets for the island route are sold at the terminal", EN) is LineClass.NEAR


def test_dump_evidence_needs_both_edges():
    assert is_dump(page(HEAD, ARTICLE, TAIL).split("\n"), EN)
    assert not is_dump(page([], ARTICLE, TAIL).split("\n"), EN)
    assert not is_dump(page(HEAD, ARTICLE, []).split("\n"), EN)
    # a long line without a sentence end at the top does not hide the navigation after it
    notice = "Morning Ledger the independent daily paper of the harbour towns and the islands"
    assert is_dump(page([notice] + HEAD, ARTICLE, TAIL).split("\n"), EN)


# -- second pass on a dump ------------------------------------------------------------------------

def test_dump_head_and_tail_are_trimmed():
    text = page(HEAD, ARTICLE, TAIL)
    result = clean(text, ONLY)
    assert result.rebuild() == text
    gone = removed(result)
    assert "Log in" in gone and "Terms of use" in gone and "Careers" in gone
    assert "Search this site" in gone and "Back to top" in gone
    for para in ARTICLE:
        assert para in result.text  # the headline before the prose and subheadings inside it stay


def test_text_lines_around_the_article_stay():
    head = HEAD + ["Ferry fares 2025: adult 4.50, child 2.20, bicycle 1.00"]
    tail = TAIL + ["The Morning Ledger is published by the harbour trust for the people of the coast."]
    result = clean(page(head, ARTICLE, tail), ONLY)
    assert "Ferry fares 2025: adult 4.50, child 2.20, bicycle 1.00" in result.text
    assert "published by the harbour trust for the people of the coast." in result.text


TEASERS = ["Library opens late on Fridays from the first of May", "Council to vote on the harbour parking plan",
           "Sponsored", "Why the island school is short of teachers this year"]


def test_teaser_lists_in_the_head_go_and_the_title_and_a_table_stay():
    schedule = ["Monday 05:30 07:10 Harbour Island Pier Jane Doe", "Tuesday 05:30 07:10 Harbour Island Pier Jane Doe",
                "Wednesday 05:30 07:10 Harbour Island Pier Jane Doe"]
    dek = ["Two early boats for commuters on the island route"]
    text = page(HEAD + TEASERS + [""] + schedule, dek + ARTICLE, TAIL)
    result = clean(text, ONLY)
    assert result.rebuild() == text
    gone = removed(result)
    assert all(t in gone for t in TEASERS)
    assert all(row in result.text for row in schedule)  # rows of dates and names have no function words
    assert dek[0] in result.text and ARTICLE[0] in result.text  # a title and its dek are no list


def test_good_extractor_output_is_left_alone():
    # an article with a title and a list, but neither navigation before nor a footer after
    text = "\n\n".join(ARTICLE) + "\n\nTimetable\nMonday\nTuesday\nWednesday\nThursday\nFriday\n"
    assert removed(clean(text, ONLY)) == []
    text = page(["Harbour Board approves new ferry timetable", "By a staff reporter"], ARTICLE, TAIL)
    assert removed(clean(text, ONLY)) == []


def test_too_little_prose_is_not_judged():
    text = page(HEAD, ARTICLE[:3], TAIL)  # one paragraph: a listing or product page, not an article
    assert removed(clean(text, ONLY)) == []


def test_switchable():
    text = page(HEAD, ARTICLE, TAIL)
    assert removed(clean(text, Config(only={"chrome"}, skip={"chrome.classifier"}))) == []
    assert clean(text, Config(only={"chrome"})).stats.get("chrome.classifier", 0) > 0


# -- properties ---------------------------------------------------------------------------------

WORDS = ["the", "harbour", "board", "ferry", "island", "said", "would", "boats", "new", "route",
         "passengers", "of", "and", "to", "in", "was", "for", "with", "morning", "fares", "residents"]
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=14).map(
    lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=2, max_size=4).map(" ".join)
short_line = st.sampled_from(HEAD + TAIL)
dump = st.tuples(st.lists(short_line, min_size=0, max_size=20),
                 st.lists(st.one_of(paragraph, short_line), min_size=1, max_size=10),
                 st.lists(short_line, min_size=0, max_size=20))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_paragraphs_kept(text: str, config: Config, parts: list[str]) -> None:
    """The result rebuilds the input and keeps every part of two or more sentences."""
    result = clean(text, config)
    assert result.rebuild() == text
    for para in parts:
        if para.count(". ") >= 1:
            assert para in result.text


def check_order_kept(text: str, config: Config) -> None:
    """The body's lines are a subsequence of the input's: removing never reorders."""
    out = [line for line in clean(text, config).text.split("\n") if line.strip()]
    src = iter([line for line in text.split("\n") if line.strip()])
    assert all(line in src for line in out)


@SETTINGS
@given(parts=dump)
def test_paragraphs_of_two_sentences_are_never_removed(parts):
    check_paragraphs_kept(page(*parts), ONLY, parts[1])


@SETTINGS
@given(parts=dump)
def test_removal_never_reorders(parts):
    check_order_kept(page(*parts), ONLY)


def test_a_paragraph_closing_on_a_straight_quote_is_good():
    """Flemish and British pages close a quotation with a straight `'`: `… zei ze. 'Klaar.'`
    ends a sentence, while a bare `'` after a word does not (a quoted teaser headline)."""
    quoted = ("The mayor defended the plan. 'The hall stands in the middle of a housing estate, "
              "and within two years we would have exactly the same problem again.'")
    assert classify(quoted, EN) is LineClass.GOOD
    assert classify("Chapel gets a new roof after ten years of waiting: 'No more leaks'", EN) \
        is not LineClass.GOOD


def test_quoted_paragraphs_at_the_end_of_the_article_stay():
    closing = [
        "The mayor defended the plan. 'The hall stands in the middle of a housing estate, and "
        "within two years we would have exactly the same problem again,' she said.",
        "Residents of the flats were relieved. 'We have nothing against young people. But I am "
        "glad that I can sleep before midnight on a Saturday again.'",
        "Until the move the club stays open where it is. 'A farewell party in style, but one "
        "that is over by one in the morning.'",
    ]
    result = clean(page(HEAD, ARTICLE + closing, TAIL), ONLY)
    for para in closing:
        assert para in result.text
    assert "Careers" in removed(result)


def test_short_line_between_text_in_the_head_stays():
    # a glossary entry before the article: the part of speech sits between two lines of text
    entry = ["ferry", "Ferry services on the island route since 1921", "noun",
             "a boat that carries people and goods across a stretch of water"]
    result = clean(page(HEAD + entry, ARTICLE, TAIL), ONLY)
    assert "\nnoun\n" in result.text
    assert "Log in" in removed(result)


def test_short_lines_between_text_in_the_tail_go():
    # after the article a teaser list alternates headlines, dates and blurbs: chrome
    teasers = ["Lighthouse keepers remember the storm of the decade", "12 March",
               "Three former keepers remember the night of the storm."]
    result = clean(page(HEAD, ARTICLE, teasers + TAIL), ONLY)
    assert "12 March" not in result.text.split("\n")
    assert teasers[0] not in result.text  # a headline: several words, no sentence end
    assert teasers[2] in result.text  # a sentence stays


def test_hard_wrapped_prose_in_the_tail_stays():
    wrapped = ["Setting the option to true makes the reader skip", "empty records at the end of",
               "each block, as older versions did by default", "Colour Options"]
    result = clean(page(HEAD, ARTICLE, wrapped + TAIL), ONLY)
    for line in wrapped[:3]:
        assert line in result.text
    assert "Colour Options" not in result.text


def test_pages_of_short_items_between_prose_are_not_judged():
    # a service page: each paragraph is followed by its own short items (prices, hours, links)
    items = ["Opening hours", "Prices", "Book a session", "Ask a question"]
    body = [ARTICLE[0]] + [x for para in ARTICLE[1:] for x in [para] + items]
    assert removed(clean(page(HEAD, body, TAIL), ONLY)) == []


def test_a_footer_sentence_other_rules_took_does_not_hide_the_footer():
    """The dump evidence walks back from the end to the last prose line; a copyright sentence
    that chrome.phrases removed is no article prose, so the footer above and below it counts."""
    notice = ("Copyright 2025 the Morning Ledger and its partners, all rights reserved for the "
              "people of the harbour towns.")
    text = page(HEAD, ARTICLE, TAIL[:9] + [notice] + TAIL[9:])
    assert classify(notice, EN) is LineClass.GOOD
    lines = text.split("\n")
    assert not is_dump(lines, EN)
    assert is_dump(lines, EN, removed={lines.index(notice)})
    result = clean(text, Config(only={"chrome"}))
    assert result.rebuild() == text
    assert removed(result) and notice not in result.text
    for para in ARTICLE:
        assert para in result.text


# -- one edge of named site furniture is enough ---------------------------------------------------

# (prose no phrase table knows: `X covers the harbour towns for the Ledger` would be a bio's row)
BIO = ("Dana Whitcombe has followed the harbour towns since she joined the Ledger, and has written about the "
       "ferries, the fishing fleet and the island schools since the spring of 2015.")


def test_one_edge_of_named_furniture_makes_a_dump():
    """A page can end in prose no table knows (the author's bio), so its footer edge is short;
    a head of ten lines, five of them menu entries the phrase tables named, still tells a dump."""
    lines = page(HEAD, ARTICLE, [BIO]).split("\n")
    assert not is_dump(lines, EN, removed=set())
    named = {lines.index(x) for x in ("Log in", "Register", "Home", "Search this site", "Menu")}
    assert is_dump(lines, EN, removed=named, named=named)
    # removed by a rule that names nothing (symbol lines, say), the same lines are no evidence
    assert not is_dump(lines, EN, removed=named, named=set())
    # four named lines are not enough
    four = set(sorted(named)[:4])
    assert not is_dump(lines, EN, removed=four, named=four)


def test_one_named_edge_trims_a_full_page_text():
    """Through the chain: chrome.phrases names the head's login and menu lines, and the
    classifier then trims the head of a page whose last line is the author's bio."""
    head = ["Morning Ledger", "Log in", "Register", "Subscribe", "Home", "Menu", "Search", "Local news",
            "Business", "Culture", "Opinion", "Weather", "Saturday, 14 March"]
    text = page(head, ARTICLE, [BIO])
    result = clean(text, Config(only={"chrome"}))
    assert result.rebuild() == text
    assert removed(result) == ["Saturday, 14 March"]  # the date the menu rule left
    assert result.text.startswith(ARTICLE[0])
    for para in ARTICLE[1:] + [BIO]:
        assert para in result.text
    # alone, without the names the phrase tables give, the classifier does not judge the page
    assert removed(clean(text, ONLY)) == []


def test_a_listing_without_named_furniture_is_no_dump():
    """A good extractor's output that opens with a list of short items (a product or program
    listing) and ends in prose is judged only when site furniture is named at its edge."""
    items = [f"Harbour tour {n}" for n in range(1, 16)]
    text = page(items, ARTICLE, [])
    result = clean(text, Config(only={"chrome"}))
    assert [r.text for r in result.removed if r.group.value == "chrome"] == []


# -- the article's prose in one block, a footer's prose far below it --------------------------------

def test_an_article_block_with_prose_far_below_is_judged():
    """A footer that holds prose (the author's bio) below a long run of links makes the span from
    the first to the last `good` line mostly short lines; the article's own block is text, and
    holds most of the prose, so the page is judged: the head menu and the footer after the bio
    go (the links between stay: the classifier judges only outside the span)."""
    links = [f"Section {n} of the Ledger" if n % 2 else f"Topic {n}" for n in range(30)]
    text = page(HEAD, ARTICLE, links + [BIO] + TAIL)
    result = clean(text, ONLY)
    assert result.rebuild() == text
    gone = removed(result)
    assert "Local news" in gone and "Careers" in gone and "Topic 4" not in gone
    for para in ARTICLE[1:] + [BIO]:
        assert para in result.text


def test_prose_spread_between_short_items_is_not_an_article_block():
    """A service page whose paragraphs each stand among their own runs of items: no block holds
    most of the prose, so nothing is judged."""
    items = [f"Item {n}" for n in range(14)]
    body = [ARTICLE[0]] + [x for para in ARTICLE[1:] for x in [para] + items]
    assert removed(clean(page(HEAD, body, TAIL), ONLY)) == []


def test_a_menu_between_a_tagline_and_the_headline_goes():
    # a site's tagline reads as text, the menu under it does not: more than a byline's few lines
    tagline = ["Notes on riding, fixing and hauling things around town by bike"]
    menu = ["Home", "Commuting", "Repairs", "Gear reviews", "Family riding", "About"]
    dek = ["What a year of school runs on a longtail taught one family about the city"]
    result = clean(page(HEAD + tagline + menu + dek, ARTICLE, TAIL), ONLY)
    for entry in menu:
        assert entry not in result.text.split("\n")


def test_numbered_short_lines_between_text_stay():
    # a version list or product facets carry numbers: the page's own, whatever their run
    versions = ["2.51.0 2025-08-18", "2.50.1 no changes", "2.50.0 2025-06-16", "2.49.1 no changes",
                "2.49.0 2025-03-14"]
    intro = ["Release notes of the reader library and of its command-line tool"]
    after = ["Older releases are listed on the archive page of the project"]
    result = clean(page(HEAD + intro + versions + after, ARTICLE, TAIL), ONLY)
    for line in versions:
        assert line in result.text


# -- a full-page text opens with the page's <title> ------------------------------------------------

PAGE_TITLES = [
    "What is the new ferry timetable of the harbour and how does it work? [Fares + Parking]",
    "Harbour Board approves new ferry timetable – Morning Ledger – News of the harbour towns.",
]


@pytest.mark.parametrize("title", PAGE_TITLES)
def test_the_page_title_on_the_first_line_does_not_hide_the_head_menu(title):
    """A <title> that reads as a sentence (a question, or headline, site and a motto with its
    period) is no good line of the article: the menus below it are still the dump's head."""
    lines = page([title, ""] + HEAD, ARTICLE, TAIL).split("\n")
    assert is_dump(lines, EN)
    result = clean("\n".join(lines), ONLY)
    gone = removed(result)
    assert "Log in" in gone and "Careers" in gone
    assert all(para in result.text for para in ARTICLE)


def test_a_first_line_of_prose_still_counts_as_the_article():
    first = ("The harbour board voted on Thursday to add two early ferries to the island route, a change "
             "that commuters had asked for since the spring.")
    text = "\n\n".join([first] + ARTICLE[1:]) + "\n\n" + "\n".join(TAIL) + "\n"
    assert not is_dump(text.split("\n"), EN)


def test_a_lead_in_ending_with_a_colon_is_no_teaser_headline():
    lead = "Readers have asked us the same thing every week:"
    text = page(HEAD + TEASERS[:2] + [lead], ["“What happens to the late boat on Sundays?”"] + ARTICLE[1:], TAIL)
    result = clean(text, ONLY)
    assert lead in result.text


# -- a site's banner above its navigation -----------------------------------------------------------

BANNER = "The Ledger is hiring a harbour reporter to cover the ferries, the fishing fleet and the island councils."
SITE_MENU = ["Subscribe", "Contact the desk", "555-0142", "Home", "Local news", "Business", "Culture",
             "Opinion", "Weather", "Events", "Obituaries", "Puzzles", "3D Harbour Tour", "Podcasts",
             "Letters", "Archive"]


def test_a_banner_above_the_navigation_does_not_end_the_head():
    """A line of prose that a long run of short lines follows is the site's banner: the head and
    its menu (a phone number and a digit among sixteen entries make no table) go on below it."""
    lines = page(["Harbour Board approves new ferry timetable", BANNER] + SITE_MENU, ARTICLE, TAIL).split("\n")
    assert is_dump(lines, EN)
    result = clean("\n".join(lines), ONLY)
    gone = removed(result)
    assert all(entry in gone for entry in SITE_MENU if entry not in ("Archive",))  # (the line before the lead stays)
    assert BANNER in result.text
    assert all(para in result.text for para in ARTICLE)


def test_a_list_of_short_items_below_the_first_paragraph_of_an_article_stays():
    """In a good extractor's output (no head of navigation) a first paragraph that a list of
    short items follows is the article's: the classifier does not judge the text."""
    items = ["Apple", "Bitbucket", "Discord", "Figma", "GitHub", "GitLab", "Google", "Keycloak",
             "Notion", "Slack", "Spotify", "Zoom"]
    text = "\n\n".join([ARTICLE[1]] + items + ARTICLE[2:]) + "\n"
    result = clean(text, ONLY)
    assert removed(result) == []
    assert all(item in result.text.split("\n") for item in items)


# -- the article's end above the footer's blurbs -----------------------------------------------------

GAP = ["Share this article", "Facebook", "Email", "Ferry fares to rise in spring", "Island school gets new roof",
       "Sign up", "Log in", "Harbour lights", "Weekend tides", "Ferry timetables"]
BLURB = ("The Morning Ledger has covered the harbour towns since 1893 and is owned by a trust that "
         "answers to its readers, not to shareholders.")


def test_short_lines_between_the_article_and_a_footer_blurb_go():
    """A run of site furniture the tables named (a share bar, a login box: two kinds) with only
    a blurb of prose below it ends the article: its short lines go, the blurb stays."""
    result = clean(page(HEAD, ARTICLE + GAP + [BLURB], TAIL), Config())
    kept = result.text.split("\n")
    for line in ("Island school gets new roof", "Harbour lights", "Weekend tides"):
        assert line not in kept
    assert "Ferry timetables" in kept  # (a heading over text: the blurb's, or a last subheading)
    assert BLURB in result.text
    assert all(para in result.text for para in ARTICLE)


def test_a_list_with_one_kind_of_named_entry_before_the_last_paragraph_stays():
    """A list of services whose entries the share table knows (`Facebook`, `LinkedIn`) is one kind
    of named line only: the text after it is still the article's."""
    services = ["Sign in with", "Apple", "Facebook", "GitHub", "Google", "LinkedIn", "Twitter", "Slack",
                "Zoom", "Notion"]
    closing = ("Each of these providers needs its own keys, which the harbour board's developers keep "
               "in the same vault as the ticketing system's.")
    result = clean(page(HEAD, ARTICLE + services + [closing], TAIL), Config())
    kept = result.text.split("\n")
    for line in ("Apple", "GitHub", "Google", "Slack", "Zoom", "Notion"):
        assert line in kept


def test_a_data_table_above_the_named_furniture_stays():
    """The article's last sentence introduces a table of short cells (most with digits); the named
    furniture starts below it. The table's rows are the article's, not the gap's."""
    intro = "Here is the full data table for every harbour town, with the average fare in each of them."
    table = ["Rank", "Town", "Average fare"]
    for n, (town, fare) in enumerate([("Ardmore", "$4.10"), ("Bellport", "$4.35"), ("Carrick", "$4.80"),
                                      ("Dunmore", "$5.05"), ("Easton", "$5.20"), ("Fairhaven", "$5.75")], 1):
        table += [str(n), town, fare]
    result = clean(page(HEAD, ARTICLE + [intro] + table + GAP + [BLURB], TAIL), Config())
    kept = result.text.split("\n")
    assert all(cell in kept for cell in table)
    for line in ("Island school gets new roof", "Harbour lights", "Weekend tides"):
        assert line not in kept


def test_a_language_with_a_short_stoplist_is_measured_with_all_of_them():
    """Danish and Norwegian lists hold only the words that tell the two apart: a Danish line's
    stopword density is measured with every list together (`er`, `en`, `at` count), or its
    paragraphs would read as navigation."""
    danish = ("Økonomisk er købmanden kommet ud af sit første regnskabsår med et lille overskud, og "
              "pengene bliver i selskabet, siger formanden, der har været med fra starten af projektet.")
    words = stopword_set(danish)
    assert {"er", "et", "og", "af"} <= words
    assert classify(danish, words) is LineClass.GOOD
    assert stopword_set("the of and to a in is that for it on was with as he be at by this") == EN


# -- near lines between chrome in the head ------------------------------------------------------

FLATTENED = "Weather and Traffic Local Sport Business Culture Opinion"  # `and`: near, not bad


def test_a_flattened_menu_between_menu_entries_goes():
    head = HEAD[:6] + [FLATTENED] + HEAD[6:]
    result = clean(page(head, ARTICLE, TAIL), ONLY)
    assert FLATTENED in removed(result)
    assert ARTICLE[0] in result.text.split("\n")


def test_near_lines_beside_text_or_numbers_stay():
    # beside the headline: a dek without a full stop; between prices: a listing's product name
    dek = "A change commuters had asked for since the spring and the board"
    product = "Harbour Island ferry season ticket and the family pass"
    head = HEAD + ["Top sellers", "1", "810", product, "£98", "2"] + [dek]
    result = clean(page(head, ARTICLE, TAIL), ONLY)
    lines = result.text.split("\n")
    assert dek in lines and product in lines


def test_a_near_line_ending_a_sentence_between_menu_entries_stays():
    notice = "Our offices are closed on the public holiday, and the ferry desk opens at noon."
    result = clean(page(HEAD[:6] + [notice] + HEAD[6:], ARTICLE, TAIL), ONLY)
    assert notice in result.text.split("\n")


near_line = st.lists(st.sampled_from(WORDS + ["Local", "Sport", "News", "Menu"]), min_size=6,
                     max_size=12).map(" ".join)
head_with_near = st.lists(st.one_of(short_line, near_line, sentence), min_size=10, max_size=25)


@SETTINGS
@given(head=head_with_near)
def test_head_lines_that_end_a_sentence_are_never_removed(head):
    # (a line of fewer than SHORT_MAX_WORDS words is `short` whatever its end, and goes)
    text = page(head, ARTICLE, TAIL)
    result = clean(text, ONLY)
    assert result.rebuild() == text
    lines = result.text.split("\n")
    for line in head:
        if line.endswith(".") and len(line.split()) >= SHORT_MAX_WORDS:
            assert line in lines


# -- the headline under the menus starts the article -------------------------------------------------

PAGE_TITLE = "Harbour Board approves new ferry timetable | Morning Ledger"
PANEL = ["Our services", "Wherever you travel on the coast, the Ledger's travel desk can plan the trip for you.",
         "Plan a trip to the island", "Buy a season ticket online", "Harbour tours", "Island walks",
         "Find the best seafood on the coast", "About", "Contact", "Get started"]
TITLE_AND_HEAD = Config(only={"title.page_title", "chrome.classifier"})


def test_a_menu_panel_above_the_headline_is_the_dumps_head():
    """The page's <title> repeated as the headline below a menu panel: the panel's blurb is
    the first `good` line, but the article starts at the headline, so the panel's links and
    entries above it go. The blurb, a `good` line, stays (precision over recall)."""
    body = ["By Ann Lee", "Published 3 March 2025"] + ARTICLE[1:]
    text = "\n\n".join([PAGE_TITLE] + HEAD + PANEL + [ARTICLE[0]] + body) + "\n\n" + "\n".join(TAIL) + "\n"
    result = clean(text, TITLE_AND_HEAD)
    assert result.rebuild() == text
    assert result.title == ARTICLE[0]
    gone = removed(result)
    for entry in PANEL[2:]:
        assert entry in gone
    assert PANEL[1] in result.text
    assert all(para in result.text for para in ARTICLE[1:])


def test_without_the_headline_the_panel_blurb_still_opens_the_article():
    """Same page, the headline not a repeat of the <title>: the first `good` line starts the
    article as before, and the panel's lines below it stay."""
    body = ["By Ann Lee", "Published 3 March 2025"] + ARTICLE[1:]
    text = "\n\n".join(["Ferry news | Morning Ledger"] + HEAD + PANEL + [ARTICLE[0]] + body) + "\n\n" + "\n".join(TAIL) + "\n"
    result = clean(text, TITLE_AND_HEAD)
    for entry in PANEL[2:]:
        assert entry in result.text


def test_a_title_repeat_below_the_article_does_not_move_its_start():
    """A <title> repeated below much prose (a comment thread's heading under the article) is no
    headline over it: the article's own short lines stay."""
    items = ["Early boats:", "05:30 to the island", "06:10 to the mainland", "Sundays", "Holidays"]
    longer = ARTICLE[1:3] + items + ARTICLE[3:] + ARTICLE[1:3]
    repeat = "Harbour Board approves new ferry timetable"
    comments = ["Ann wrote: the early boats will help the nurses who work the morning shift at the clinic.",
                "Reply", "Bob wrote: I hope the fares for families come down before the summer season starts.",
                "Reply"]
    text = "\n\n".join([PAGE_TITLE] + HEAD + longer + [repeat] + comments) + "\n\n" + "\n".join(TAIL) + "\n"
    result = clean(text, TITLE_AND_HEAD)
    for item in items + [ARTICLE[3]]:
        assert item in result.text.split("\n")


def test_a_button_above_the_headline_is_no_heading_over_the_prose():
    """The line right above the first prose line is kept as its heading, but not when the
    headline the title took stands between them: a notice's button over it is the head's."""
    body = ARTICLE[1:]
    text = "\n\n".join([PAGE_TITLE] + HEAD + ["Dismiss notification", ARTICLE[0]] + body) + "\n\n" + "\n".join(TAIL) + "\n"
    result = clean(text, TITLE_AND_HEAD)
    assert result.title == ARTICLE[0]
    assert "Dismiss notification" in removed(result)
    assert all(para in result.text for para in body)
    kept = clean(text.replace(f"\n\n{ARTICLE[0]}\n\n", "\n\n"), TITLE_AND_HEAD)  # no headline
    assert "Dismiss notification" in kept.text.split("\n")


# -- hard-wrapped prose or a page's blocks (features.wrapped_prose) ---------------------------------

from normalizer.features import WRAPPED_SHARE, wrapped_prose  # noqa: E402


def test_a_list_of_lower_case_items_after_its_lead_in_is_no_wrapped_prose():
    # a page's blocks: headings and paragraphs open in capitals, and a list's items after its
    # lead-in in lower case, each on its own line, with no end mark
    items = ["betaald parkeren alleen invoert van april tot en met september",
             "de eerste vergunning gratis maakt voor huidige bewoners",
             "een aparte regeling treft voor de bedrijfsbussen",
             "eerst onderzoekt of er een parkeergarage kan komen"]
    lines = ["Het comité wil dat de gemeente:", *items, *ARTICLE, "Meer nieuws"]
    assert len(items) - 1 >= WRAPPED_SHARE * len(lines)  # (as pieces, the items after the first would tip it)
    assert not wrapped_prose(lines)


def test_a_hard_wrapped_text_with_a_line_ending_in_a_colon_is_still_wrapped_prose():
    # the lines after the colon read as a list's items, the other paragraphs' pieces still count
    wrapped = ["The committee asked for three things:", "a later start", "for the works, a second",
               "meeting with the residents and", "a report on the costs before", "the vote in May.",
               "Setting the option to true makes the reader skip", "empty records at the end of",
               "each block, as older versions did by default, and", "the new reader follows them."]
    assert wrapped_prose(wrapped)
