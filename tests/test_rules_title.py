"""Title rules: the headline (with support), its repeats, section labels and head-zone metadata."""

from __future__ import annotations

import pytest

from normalizer import Config, Target, clean
from normalizer.rules.title import _meta

TI = Config(only={"title"})
P1 = "The council voted on Tuesday to approve the new budget for the coming year, officials said."
P2 = "The plan includes more money for schools, roads and the public library system in the city."
H = "Council approves budget after long debate"


def ti(text: str):
    result = clean(text, TI)
    assert result.rebuild() == text
    return result


def test_headline_with_a_repeat():
    result = ti(f"{H}\n\n{H}\n\n{P1}\n\n{P2}")
    assert (result.title, result.text, result.meta) == (H, f"{P1}\n\n{P2}", {})
    assert [(r.target, r.evidence) for r in result.removed if r.group.value == "title"] == [
        (Target.TITLE, "headline (repeat)"), (Target.TITLE, "duplicate title")]


def test_headline_with_a_byline_under_it():
    result = ti(f"{H}\n\nBy Jane Doe\n\n{P1}\n\n{P2}")
    assert (result.title, result.text, result.meta) == (H, f"{P1}\n\n{P2}", {"byline": "Jane Doe"})


@pytest.mark.parametrize("label", ["Politics", "World", "News › World"])
def test_headline_under_a_section_label(label):
    result = ti(f"{label}\n\n{H}\n\n{P1}\n\n{P2}")
    assert (result.title, result.text, result.meta) == (H, f"{P1}\n\n{P2}", {"section": label})


def test_full_head_zone():
    text = (f"World\n\n{H}\n\n3 minutes read time\n\n{H}\n\nPublished: March 3, 2024\n\n"
            f"By Anna Smith and John Doe\n\n{P1}\n\n{P2}")
    result = ti(text)
    assert result.title == H
    assert result.text == f"{P1}\n\n{P2}"
    assert result.meta == {"section": "World", "read_time": "3 minutes read time",
                           "date": "March 3, 2024", "byline": "Anna Smith and John Doe"}
    assert sorted({r.rule for r in result.removed if r.group.value == "title"}) == [
        "title.headline", "title.meta"]


@pytest.mark.parametrize("line, key, value", [
    ("March 3, 2024", "date", "March 3, 2024"),
    ("2024-03-03T10:00:00Z", "date", "2024-03-03T10:00:00Z"),
    ("4 min read", "read_time", "4 min read"),
    ("Reading time: 5 minutes", "read_time", "5 minutes"),
    ("Written by Helen Carter", "byline", "Helen Carter"),
    ("- 11 min read", "read_time", "11 min read"),
    ("September 16th, 2023", "date", "September 16th, 2023"),
    ("• 3rd of March 2024", "date", "3rd of March 2024"),
])
def test_meta_lines(line, key, value):
    result = ti(f"{H}\n\n{line}\n\n{P1}\n\n{P2}")
    assert result.title == H and result.meta == {key: value}
    assert result.text == f"{P1}\n\n{P2}"


def test_question_headline():
    q = "Is the city ready for the storm?"
    result = ti(f"{q}\n\n{q}\n\n{P1}\n\n{P2}")
    assert result.title == q and result.text == f"{P1}\n\n{P2}"


def test_dateline_starts_the_body_and_stays():
    body = f"MEXICO CITY (AP) — {P1}\n\n{P2}"
    result = ti(f"{H}\n\n{H}\n\n{body}")
    assert result.title == H and result.text == body
    assert ti(body).text == body and ti(body).title is None


@pytest.mark.parametrize("text", [
    f"{P1}\n\n{P2}\n\nA third paragraph that is short.",  # the first line is a paragraph
    f"{P1}\n\nBy Jane Doe\n\n{P2}",  # not in the head zone: a byline after prose stays
    f"{H}\n\n{P1}\n\n{P2}",  # a lone headline-shaped line without support may be a subheading
    f"Politics\n\n{P1}\n\n{P2}",  # a label with no headline under it
    "The council met. It voted.\n\nThe council met. It voted.\n\n" + P1,  # two sentences
    f"Budget, schools and roads:\n\nBudget, schools and roads:\n\n{P1}\n\n{P2}",  # a lead-in
    f"{H}\n\n{H}",  # no body after it
])
def test_not_a_title(text):
    result = ti(text)
    assert result.title is None
    assert result.text == text


def test_head_zone_meta_without_a_title():
    result = ti(f"By Jane Doe\n\n{P1}\n\n{P2}")
    assert result.title is None and result.meta == {"byline": "Jane Doe"}
    assert result.text == f"{P1}\n\n{P2}"


def test_title_after_chrome_is_found_with_chrome_on():
    text = f"Skip to content\n\nShare\n\n{H}\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\nLeave a Reply"
    result = clean(text)
    assert result.title == H and result.meta == {"byline": "Jane Doe"}
    assert result.text == f"{P1}\n\n{P2}"
    assert result.rebuild() == text


def test_title_touches_nothing_else():
    text = f"{H}\n\nBy Jane Doe\n\nHe met Pe?a[1].\n\nLeave a Reply\n\n1. ^ x (a.org)\n2. ^ y (b.org)"
    result = ti(text)
    assert result.edits == [] and result.footnotes == [] and result.captions == []
    assert "Leave a Reply" in result.text and "Pe?a[1]" in result.text


@pytest.mark.xfail(strict=True, reason="the head zone is recomputed on a second pass: once the title "
                   "and its byline are gone, a repeated subheading under them has support and is taken "
                   "as a second title (also the 8-line head window shifts): not idempotent")
def test_title_rules_are_idempotent():
    text = (f"{H}\n\nBy Jane Doe\n\nMayor says schools come first\n\n"
            f"Mayor says schools come first\n\n{P1}\n\n{P2}")
    once = clean(text)
    assert once.title == H
    assert clean(once.text).text == once.text


# -- other languages -------------------------------------------------------------------------------

ES_H = "El Gobierno aprueba el presupuesto tras un largo debate"
ES_P1 = "El Consejo de Ministros aprobó el martes el proyecto de presupuestos para el próximo año, según fuentes oficiales."
ES_P2 = "El plan incluye más dinero para escuelas, carreteras y bibliotecas públicas en todo el país."


@pytest.mark.parametrize("line, value", [
    ("Por Ana García", "Ana García"),                         # es
    ("Por: Ana García y Luis Pérez", "Ana García y Luis Pérez"),
    ("Escrito por María López García", "María López García"),
    ("Par Jean Dupont", "Jean Dupont"),                       # fr
    ("Par Jean Dupont et Marie Curie", "Jean Dupont et Marie Curie"),
    ("Von Max Mustermann", "Max Mustermann"),                 # de
    ("Geschrieben von Anna Schmidt und Peter Meier", "Anna Schmidt und Peter Meier"),
    ("Ein Beitrag von Lisa Müller", "Lisa Müller"),
    ("Por Ana Souza e João Silva", "Ana Souza e João Silva"),  # pt
    ("Di Mario Rossi", "Mario Rossi"),                        # it
    ("Scritto da Giulia Bianchi", "Giulia Bianchi"),
    ("Door Jan van der Berg", "Jan van der Berg"),            # nl
    ("Geschreven door Eva de Vries", "Eva de Vries"),
    ("Texto: Ana García", "Ana García"),
    ("Auteur : Jean Dupont", "Jean Dupont"),
])
def test_bylines_of_other_languages(line, value):
    result = ti(f"{ES_H}\n\n{line}\n\n{ES_P1}\n\n{ES_P2}")
    assert result.title == ES_H and result.meta == {"byline": value}
    assert result.text == f"{ES_P1}\n\n{ES_P2}"


@pytest.mark.parametrize("line", ["De Beers Reports Record Profit", "Door County", "Door County Wisconsin",
                                  "de nuevo en casa", "Di Maria scores", "Door To Door Sales Are Back",
                                  "Von der Leyen in Kyiv"])
def test_not_bylines(line):
    assert _meta(line) is None


@pytest.mark.parametrize("line, value", [
    ("3 de marzo de 2024", "3 de marzo de 2024"),
    ("Actualizado: 3 de marzo de 2024", "3 de marzo de 2024"),
    ("lundi 3 mars 2024", "3 mars 2024"),
    ("Montag, 3. März 2024, 10:30 Uhr", "3. März 2024, 10:30 Uhr"),
    ("3 de março de 2024", "3 de março de 2024"),
    ("3 maggio 2024", "3 maggio 2024"),
    ("3 maart 2024", "3 maart 2024"),
    ("5 minutos de lectura", "5 minutos de lectura"),
    ("Lesezeit: 4 Min.", "4 Min."),
])
def test_dates_and_read_times_of_other_languages(line, value):
    assert _meta(line)[1] == value


def test_hard_wrapped_first_paragraph_is_not_a_title():
    # The first line of a wrapped paragraph looks like a headline; the next line goes on with it.
    text = ("tech\nAfter reading a post from someone who nearly lost all their data to a\njoint NAS and\n"
            "external hard drive failure I decided to think through my data durability.\n" + P1)
    result = clean(text)
    assert result.title is None
    assert "After reading a post" in result.text


@pytest.mark.parametrize("under", ["by jane doe", "iPhone 16 review"])
def test_line_right_under_a_title_is_no_continuation(under):
    result = ti(f"{H}\n{under}\n{H}\n\n{P1}\n\n{P2}")
    assert result.title == H


# -- headlines that end like a sentence, hold a question or an abbreviation ---------------------

LONG_Q = "What Are the Latest Trends in Urban Transport and How Will They Change Your Commute?"
LONG_P = "The Year in Gardening: Looking Back With Joy (and Looking Ahead With Some Hope Again)"


@pytest.mark.parametrize("title", [LONG_Q, LONG_P])
def test_long_headline_ending_like_a_sentence_with_a_byline(title):
    result = ti(f"{title}\n\nBy Jane Doe\n\n{P1}\n\n{P2}")
    assert (result.title, result.text, result.meta) == (title, f"{P1}\n\n{P2}", {"byline": "Jane Doe"})


def test_long_headline_and_its_repeat():
    result = ti(f"{LONG_Q}\n\n{LONG_Q}\n\n{P1}\n\n{P2}")
    assert (result.title, result.text) == (LONG_Q, f"{P1}\n\n{P2}")


def test_long_question_under_a_caption_alone_is_not_a_title():
    """A first paragraph that is one long question is prose-shaped: a caption under it is not
    enough to call it the title (a byline, a repeat or a section label is)."""
    text = f"{LONG_Q}\n\n{P1} REUTERS/Jane Doe\n\n{P1}\n\n{P2}"
    assert clean(text, Config(only={"title", "captions"})).title is None


def test_paragraph_ending_with_a_period_is_never_a_long_headline():
    first = "What changed in the city this year is the way the council plans its roads and schools."
    result = ti(f"{first}\n\nBy Jane Doe\n\n{P1}")
    assert result.title is None and result.text.startswith(first)


@pytest.mark.parametrize("title", [
    "Top 10 U.S. Manufacturers of Household Appliances",
    "Consulting Firm vs. Insurance Carrier: Key Differences",
    "What Is Project Management? The Complete Guide",
    "Tutoring was supposed to save the schools. The results? 'Sobering'",
    "The Hottest Real Estate Markets in the U.S.",  # an abbreviation's period ends it
    "For Hire Livery Insurance - American Business Insurance Services, Inc.",
])
def test_headline_with_an_abbreviation_or_a_question(title):
    result = ti(f"{title}\n\nBy Jane Doe\n\n{P1}\n\n{P2}")
    assert result.title == title


def test_three_sentences_are_not_a_headline():
    first = "The council met again. Nothing was decided. Members will vote in March"
    assert ti(f"{first}\n\nBy Jane Doe\n\n{P1}").title is None


@pytest.mark.parametrize("label", ["Economia", "Politique", "Wirtschaft", "Esteri", "Ausland"])
def test_section_labels_of_other_languages(label):
    result = ti(f"{label}\n\n{H}\n\n{P1}\n\n{P2}")
    assert (result.title, result.meta) == (H, {"section": label})


@pytest.mark.parametrize("first", [
    "Let us help you find your best fit university! Find your school",
    "This article contains affiliate links. Read our policy for more. Thanks for your support!",
])
def test_calls_to_action_are_not_headlines(first):
    assert ti(f"{first}\n\nBy Jane Doe\n\n{P1}\n\n{P2}").title is None


def test_line_ending_with_a_lower_case_abbreviation_is_not_a_headline():
    first = "Prices for homes rose again in most cities this spring, as in the U.S. and elsewhere etc."
    assert ti(f"{first}\n\nBy Jane Doe\n\n{P1}").title is None


def test_two_sentences_over_a_caption_alone_are_not_a_title():
    first = "Prices rose again this spring. Nobody knows why!"
    text = f"{first}\nPhoto: Jane Doe\n\n{P1}\n\n{P2}"
    assert clean(text, Config(only={"title", "captions"})).title is None
    assert ti(f"{first}\n\nBy Jane Doe\n\n{P1}\n\n{P2}").title == first  # a byline is support enough


def test_headline_over_a_caption_sentence_and_its_credit_line():
    # One block, no blank lines: the caption sentence over its credit line does not end the head.
    text = (f"{H}\nVisitors look at a painting on display at a museum in the old town hall.\n"
            f"Photo: Jane Doe\n{H}\nBy Ann Smith\n\n{P1}\n\n{P2}")
    result = clean(text)
    assert result.title == H
    assert result.meta.get("byline") == "Ann Smith"
    assert "Visitors look at a painting" in result.text  # the caption sentence stays in the body
    assert result.rebuild() == text


def test_headline_over_a_whole_caption_is_judged_as_before():
    # A caption line the captions rule took whole is support under a headline, not a caption
    # sentence over a credit line.
    text = (f"{H}\n\nFILE PHOTO: Commuters wait for a train at a station in Adelaide, May 3, 2013. "
            f"REUTERS/Jane Doe/File Photo\n\nBy Ann Smith\n\n{P1}\n\n{P2}")
    assert clean(text).title == H


@pytest.mark.parametrize("under", ["Reading time: 9 minutes", "By Jane Doe", "Vibe Coding"])
def test_two_word_headline_with_strong_support(under):
    result = ti(f"Vibe Coding\n\n{under}\n\n{P1}\n\n{P2}")
    assert result.title == "Vibe Coding"
    assert result.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("first, under", [
    ("Adam Hamilton", "August 13, 2024"),        # a name over a date is an author box
    ("Vibe Coding", "Politics"),                 # a label under it is no support
    ("hide caption", "hide caption"),            # lower case: no headline
    ("Picture 1", "Picture 1"),                  # a number is no word
])
def test_two_word_lines_without_strong_support_stay(first, under):
    result = ti(f"{first}\n\n{under}\n\n{P1}\n\n{P2}")
    assert result.title is None
    assert result.text.startswith(first)


def test_two_word_headline_under_a_label_alone_stays():
    result = ti(f"Politics\n\nVibe Coding\n\n{P1}\n\n{P2}")
    assert result.title is None and "Vibe Coding" in result.text


def test_headline_over_a_caption_sentence_and_credit_in_one_block():
    text = (f"{H}\nResidents walk past damaged houses in Manila on Wednesday.\nPhoto: Jane Doe\n\n"
            f"{P1}\n\n{P2}")
    result = clean(text, Config(only={"title", "captions"}))
    assert result.rebuild() == text
    assert result.title == H


def test_two_word_headline_between_a_label_and_a_date():
    result = ti(f"Science\n\nBook Reviews\n\nOctober 18, 2005\n\n{P1}\n\n{P2}")
    assert result.title == "Book Reviews"
    assert result.meta["section"] == "Science" and "date" in result.meta


@pytest.mark.parametrize("heading", [f"# {H}", f"#  {H} #"])
def test_markdown_level_one_heading_is_the_title(heading):
    """Markdown marks the page's H1: `# Title` at the head is the title without other support,
    its text without the marks; its repeat goes with it."""
    result = ti(f"{heading}\n\n{H}\n\n{P1}\n\n{P2}")
    assert (result.title, result.text) == (H, f"{P1}\n\n{P2}")
    assert [r.evidence for r in result.removed if r.group.value == "title"] == [
        "headline (markup)", "duplicate title"]


def test_markdown_subheading_or_lone_heading_is_no_title():
    # a level-two heading is a section of the text; a level-one heading with no body under it is none
    for text in (f"## {H}\n\n{P1}\n\n{P2}", f"# {H}\n\n{P1}"):
        result = ti(text)
        assert result.title is None and result.text == text


def test_a_breadcrumb_trail_ending_with_the_headline_supports_it():
    """`Home » News » <headline>` above a headline-shaped line: the site names its page so. The
    trail is chrome (chrome.phrases) and the line under it becomes the title."""
    config = Config(only={"title", "chrome"})
    result = clean(f"Home » News » {H}\n\n{H}\n\n{P1}\n\n{P2}", config)
    assert (result.title, result.text) == (H, f"{P1}\n\n{P2}")
    assert [r.evidence for r in result.removed if r.rule == "title.headline"] == ["headline (breadcrumb)"]
    # a trail ending elsewhere is no support
    result = clean(f"Home » News » City hall\n\n{H}\n\n{P1}\n\n{P2}", config)
    assert result.title is None and result.text == f"{H}\n\n{P1}\n\n{P2}"


def test_without_the_trail_a_lone_headline_line_stays():
    text = f"{H}\n\n{P1}\n\n{P2}"
    assert clean(text, Config(only={"title", "chrome"})).text == text


@pytest.mark.parametrize("line, meta", [
    ("By Jane Doe | 3 min read", {"byline": "Jane Doe", "read_time": "3 min read"}),
    ("By Jane Doe • December 17, 2025 • 11 min read",
     {"byline": "Jane Doe", "date": "December 17, 2025", "read_time": "11 min read"}),
    ("Jun 08, 2023 · 11 Minute Read", {"date": "Jun 08, 2023", "read_time": "11 Minute Read"}),
])
def test_compound_metadata_line_under_the_headline(line, meta):
    result = ti(f"{H}\n\n{line}\n\n{P1}\n\n{P2}")
    assert (result.title, result.text, result.meta) == (H, f"{P1}\n\n{P2}", meta)
    assert [r.evidence for r in result.removed if r.rule == "title.meta"] == ["+".join(meta)]


@pytest.mark.parametrize("line", ["News | Politics | World", "By the river | a poem", "By Jane Doe | Council"])
def test_a_line_with_a_part_that_is_no_metadata_stays(line):
    text = f"{line}\n\n{P1}\n\n{P2}"
    assert ti(text).text == text


def test_compound_metadata_lines_of_a_listing_stay():
    # a listing repeats `date | read time` under each teaser: no article head
    teasers = "\n\n".join(f"Teaser headline number {n} for the list\n\nMar 0{n}, 2026 | {n} min read"
                          for n in range(1, 4))
    text = f"{teasers}\n\n{P1}\n\n{P2}"
    result = ti(text)
    assert result.text == text and result.meta == {}


@pytest.mark.parametrize("line,value", [("7 min read", "7 min read"), ("March 3, 2026 · 6 min read", "6 min read"),
                                        ("Lesezeit: 4 Minuten", "4 Minuten")])
def test_the_one_read_time_line_far_below_the_head_goes_to_meta(line, value):
    """A full-page text's menus keep the read-time line below the head zone: the text's only such
    line is taken wherever it stands."""
    menu = "\n".join(f"Section {n}" for n in range(12))
    result = ti(f"{menu}\n\n{H}\n\n{line}\n\n{P1}\n\n{P2}")
    assert line not in result.text and result.meta["read_time"] == value


@pytest.mark.parametrize("line", ["(Mathematical Contests), by Kan Chu Sen, published in 1721. This book contains",
                                  "Date Topic Lecture Notes Resources", "Published by our engineering team"])
def test_a_date_line_needs_a_date_and_no_sentence_going_on(line):
    text = f"{line}\n\n{P1}\n\n{P2}"
    assert ti(text).text == text


def test_a_sentence_about_reading_stays():
    menu = "\n".join(f"Section {n}" for n in range(12))
    text = f"{menu}\n\n{P1}\n\nIt takes 7 min to read the report.\n\n{P2}"
    assert "It takes 7 min to read the report." in ti(text).text


def test_a_markdown_menu_above_the_title_is_passed_over():
    menu = "\n".join(f"  * [{name}](/{name.lower()})" for name in ("Home", "News", "Sport", "Opinion", "Culture", "Travel"))
    result = clean(f"{menu}\n\n# {H}\n\n{P1}\n\n{P2}", Config(only={"title", "chrome"}))
    assert (result.title, result.text) == (H, f"{P1}\n\n{P2}")


# -- title.page_title: the <title> line of a full-page dump ----------------------------------------

PT = Config(only={"title"})
MENU = ["Home", "News", "Sport", "Weather", "About us", "Contact"]


def dump(first: str, between: list[str], headline: str, after: list[str] | None = None) -> str:
    return "\n\n".join([first, *between, headline, *(after or []), P1, P2])


@pytest.mark.parametrize("first,site", [
    (f"{H} | The Daily Post", "The Daily Post"),
    (f"{H} – The Daily Post", "The Daily Post"),
    (f"{H} · Local · The Daily Post", "The Daily Post"),
])
def test_page_title_over_a_long_menu_and_its_headline(first, site):
    """The <title> (`Headline | Site`) and the H1 far below it, past more than the head zone of
    menu lines: both go to the title; the logo line that reads as the site's name goes too."""
    text = dump(first, [site, *MENU * 3], H)
    result = ti(text)
    assert result.title == H
    assert result.text == "\n\n".join([*MENU * 3, P1, P2])
    evidence = [(r.target, r.evidence) for r in sorted(result.removed, key=lambda r: r.start)
                if r.rule == "title.page_title"]
    assert evidence == [(Target.TITLE, "page title"), (Target.DROPPED, "site name (page title)"),
                        (Target.TITLE, "headline (page title repeat)")]


def test_page_title_takes_a_breadcrumb_ending_with_the_headline():
    text = dump(f"{H} | The Daily Post", MENU, H, [f"The Daily Post > Politics > {H}"])
    result = ti(text)
    assert result.title == H
    assert f"> {H}" not in result.text and result.text.endswith(f"{P1}\n\n{P2}")


def test_page_title_whole_line_repeated():
    first = f"{H} | The Daily Post"
    result = ti(dump(first, MENU * 2, first))
    assert result.title == first
    assert result.text == "\n\n".join([*MENU * 2, P1, P2])


@pytest.mark.parametrize("first", [
    f"| {H} | The Daily Post |",         # a table row
    "By Jane Doe | March 3, 2024",       # a byline
    "News | Jobs",                       # parts too short to be a headline
    f"The Daily Post - {H}",             # the headline last: the site's name may be taken for it
])
def test_no_page_title(first):
    result = clean(dump(first, MENU * 3, H), Config(only={"title.page_title"}))
    assert not [r for r in result.removed if r.rule == "title.page_title"]


def test_page_title_without_the_sites_name_below_menus():
    """A <title> line without the site's name, repeated as the headline under a dump's menus
    (lines that end no sentence): both go to the title, the menus stay for the chrome rules."""
    result = ti(dump(H, MENU * 2, H))
    assert result.title == H
    assert result.text == "\n\n".join([*MENU * 2, P1, P2])


@pytest.mark.parametrize("between", [
    MENU[:4],                                            # too few lines between: a dek, a byline
    ["What does it cost?", "About 40 dollars a month.", "Who pays?", "The county does.",
     "When does it start?", "In March.", "Who decides?", "The board.", "Is it final?",
     "Not yet."],                                        # a summary box of questions and answers
    [P1, "Background", P2, "Reactions", P1, "Next steps", P2, "Timeline"],  # the article itself
])
def test_page_title_without_the_sites_name_needs_menus_between(between):
    """Without a site's name beside it, a first line repeated below is the <title> only over a
    dump's menus (WHOLE_TITLE_MIN_ENTRIES, WHOLE_TITLE_ENTRY_RATIO): a good extractor's output
    opens with its headline, and its repeat below a summary box or the article is the body's."""
    result = clean(dump(H, between, H), Config(only={"title.page_title"}))
    assert not [r for r in result.removed if r.rule == "title.page_title"]


def test_page_title_repeat_must_be_a_headline():
    """A post whose <title> is its one sentence: the sentence below is the body, not a repeat."""
    sentence = "We are closed on Monday for the holiday and open again on Tuesday morning."
    first = f"{sentence} | The Daily Post"
    result = clean(dump(first, MENU * 3, sentence), Config(only={"title.page_title"}))
    assert not result.removed and result.title is None


def test_page_title_first_line_must_be_the_first():
    """A removed line above it (an earlier rule's chrome) means the line is no <title>."""
    text = "Skip to content\n\n" + dump(f"{H} | The Daily Post", MENU * 3, H)
    result = clean(text, Config(only={"chrome.phrases", "title.page_title"}))
    assert not [r for r in result.removed if r.rule == "title.page_title"]


def test_page_title_can_be_switched_off():
    text = dump(f"{H} | The Daily Post", MENU * 3, H)
    result = clean(text, Config(skip=frozenset({"title.page_title"}), only={"title"}))
    assert not [r for r in result.removed if r.rule == "title.page_title"]
    assert result.stats.get("title.page_title", 0) == 0
    assert clean(text, PT).stats["title.page_title"] == 2  # the <title> and the headline


def test_site_first_title_over_its_logo_is_no_headline():
    """`Site - A much longer headline`: the first part is the site's name, and the logo line
    repeating it is no headline (SITE_FIRST_RATIO)."""
    first = f"The Daily Post - {H} in the old town hall"
    result = clean(dump(first, ["The Daily Post", *MENU * 3], H), Config(only={"title.page_title"}))
    assert not result.removed and result.title is None


@pytest.mark.xfail(strict=True, reason="a `Site | Section` <title> over the site's logo: the logo line is taken for the headline")
def test_site_and_section_title_over_its_logo():
    text = "\n\n".join(["Valley Cycling Club | Club news", "Valley Cycling Club", *MENU * 2, "Club news",
                       "Spring audax returns to the old mill route", P1, P2])
    assert clean(text, Config(only={"title.page_title"})).title is None


@pytest.mark.parametrize("line,meta", [
    ("Edited By: Megha Srinivasan", {"editor": "Megha Srinivasan"}),
    ("Published On: Mar 10, 2025 14:32 IST Last Updated On: Mar 10, 2025 18:05 IST",
     {"date": "Mar 10, 2025 14:32 IST"}),
])
def test_editor_and_published_updated_lines_under_the_headline(line, meta):
    result = ti(f"{H}\n\nBy Jane Doe\n\n{line}\n\n{P1}\n\n{P2}")
    assert result.title == H and result.text == f"{P1}\n\n{P2}"
    assert result.meta == {"byline": "Jane Doe", **meta}


def test_edited_by_in_lower_case_words_is_no_metadata():
    assert _meta("Edited by hand in the studio.") is None


@pytest.mark.parametrize("line,meta", [
    ("Par Gaëlle Tanguy (Lorient, correspondante) Publié le 12 mars 2025 à 06h30, modifié à 09h12 Lecture 4 min. Partager",
     {"byline": "Gaëlle Tanguy", "date": "12 mars 2025 à 06h30 modifié à 09h12", "read_time": "4 min."}),
    ("di Francesca Galli 12 marzo 2025 (modifica il 12 marzo 2025 | 09:41) Tempo di lettura: 4 minuti",
     {"byline": "Francesca Galli", "date": "12 marzo 2025", "read_time": "4 minuti"}),
    # a link of the site's of several words at its end (META_TRAILING_CHROME_WORDS)
    ("Ein Bericht von Tobias Rankl 24. März 2026, 10:12 Uhr Zu den Kommentaren: 37 Kommentare",
     {"byline": "Tobias Rankl", "date": "24. März 2026, 10:12 Uhr"}),
    ("Ein Bericht von Tobias Rankl Zu den Kommentaren: 37 Kommentare", {"byline": "Tobias Rankl"}),
])
def test_a_metadata_line_run_together_without_separators(line, meta):
    result = ti(f"{H}\n\n{line}\n\n{P1}\n\n{P2}")
    assert result.title == H and result.text == f"{P1}\n\n{P2}" and result.meta == meta


@pytest.mark.parametrize("line", [
    "The council voted by a large majority",          # a lead word inside a heading
    "Lecture notes by the department",                # a part that is no read time
])
def test_lines_with_lead_words_are_no_run_together_metadata(line):
    assert _meta(line) is None


def test_one_part_before_a_link_is_metadata_only_as_a_byline():
    """A teaser's read time and button (`8-minute read Continue Reading`) is no metadata line."""
    assert _meta("8-minute read Continue Reading") is None
    assert _meta("By Jane Doe Zu den Kommentaren: 37 Kommentare") == ("byline", "Jane Doe")


@pytest.mark.parametrize("extra", ["on Thursday", "late on Tuesday", "Explained"])
def test_page_title_cut_short_for_search_results(extra):
    """An H1 that adds a few words to a <title> of five words or more (`… Hourly Rate` over
    `… Hourly Rate Comparison`) is its headline: the longer H1 is the title."""
    headline = f"{H} {extra}"
    result = ti(dump(f"{H} | The Daily Post", MENU * 3, headline))
    assert result.title == headline
    assert result.text == "\n\n".join([*MENU * 3, P1, P2])


@pytest.mark.parametrize("first,candidate", [
    (f"{H} | The Daily Post", f"{H} in the old town hall"),  # four more words: another line
    ("Budget vote today | The Daily Post", "Budget vote today on Thursday"),  # too short a key
])
def test_page_title_extension_needs_a_long_key_and_few_words(first, candidate):
    result = clean(dump(first, MENU * 3, candidate), Config(only={"title.page_title"}))
    assert not [r for r in result.removed if r.rule == "title.page_title"]
