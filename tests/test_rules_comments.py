"""chrome.comments: a reader-comment thread below the article goes, heading, signatures, prose and
buttons; the article above it, a forum's posts and a dated listing stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalizer import Config, clean
from normalizer.rules.comments import buttons, signature

from test_rules_classifier import SETTINGS, check_order_kept

#: chrome.phrases finds the headings this rule starts from.
RULES = Config(only={"chrome.phrases", "chrome.comments"})

ARTICLE = [
    "The harbour board approved the new winter timetable for the island ferry on Tuesday evening. "
    "Two early crossings will run on weekdays from November, and the last boat will leave the pier "
    "half an hour later than it does now.",
    "Commuters had asked for the change for several years. The board said the extra crossings would "
    "cost about forty thousand pounds a season, most of it for crew overtime and fuel.",
    "Residents of the island welcomed the decision but said the fares were still too high for "
    "families. A return ticket for an adult costs nine pounds, and a car costs thirty-two.",
    "The new timetable will be reviewed in the spring, when the board expects figures on how many "
    "people used the early boats. Tickets can be bought at the pier or on board.",
]

WORDPRESS = ["12 thoughts on “Ferry timetable approved”",
             "Anna Fischer says:", "March 14, 2025 at 8:12 am",
             "About time too, the early boat has been full every day since January.", "Reply",
             "Tom Price says:", "March 14, 2025 at 9:40 am",
             "Nine pounds is still a lot for a family of four. I hope they look at the fares next.",
             "Reply",
             "Leave a Reply"]

TABLOID = ["Comments 48", "Have your say on this story",
           "harbourgirl, Kirkwall, United Kingdom, 2 hours ago",
           "Same thing happened to the bus. Half the seats are empty at that hour.",
           "Rate this comment +112 Reply Report",
           "ferryfan, Stromness, United Kingdom, 3 hours ago",
           "Forty thousand a season is a bargain, let's be honest.",
           "Rate this comment -9 Reply Report"]

DATED = ["COMMENTS", "July 25, 2025", "Rob Smith",
         "We took the early boat last week and it was on time both ways. Great news for the island.",
         "July 26, 2025", "Kristin",
         "Does anyone know if bicycles go free on the early crossings?"]


def page(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part) + "\n"


def dropped(result) -> list[str]:
    return [r.text.strip() for r in result.removed if r.rule == "chrome.comments"]


@pytest.mark.parametrize("text", ["Anna Fischer says:", "amara_brown says:", "Jean Dupont a écrit :",
                                  "March 14, 2025 at 8:12 am", "14 March 2025", "Dec. 19, 2025",
                                  "harbourgirl, Kirkwall, United Kingdom, 2 hours ago", "an hour ago",
                                  "MK 1 year ago", "ijsbol commented Dec 18, 2025",
                                  "Abdul Majeed 3/12/2021 at 1:48am", "hace 3 horas", "il y a 2 jours",
                                  "vor 5 Stunden", "há 2 horas", "2 ore fa", "3 uur geleden",
                                  "Jan Jansen 12 maart 2025 om 14:05"])
def test_signatures(text):
    assert signature(text)


@pytest.mark.parametrize("text", ["Residents said the fares were too high for families.",
                                  "He left 2 hours ago.", "Opening hours", "2025 in review",
                                  "Tickets can be bought at the pier or on board.", "Why now?",
                                  "The board met on March 14, 2025 and said the fares would not change "
                                  "before the spring review of the timetable"])
def test_not_signatures(text):
    assert not signature(text)


@pytest.mark.parametrize("text", ["Reply", "Rate this comment +388 Reply Report", "Like Reply 12",
                                  "Responder", "Répondre Signaler", "Antworten Melden", "Comment"])
def test_buttons(text):
    assert buttons(text)


@pytest.mark.parametrize("text", ["Reply to Anna", "Reports from the island", "12", "Share the burden"])
def test_not_buttons(text):
    assert not buttons(text)


@pytest.mark.parametrize("thread", [WORDPRESS, TABLOID, DATED], ids=["wordpress", "tabloid", "dated"])
def test_threads_below_the_article_go(thread):
    text = page(ARTICLE, thread)
    result = clean(text, RULES)
    assert result.rebuild() == text
    for para in ARTICLE:
        assert para in result.text
    gone = "\n".join(r.text for r in result.removed)
    for line in thread:
        assert line in gone, line
    assert any("signatures" in r.evidence for r in result.removed if r.rule == "chrome.comments")


@pytest.mark.parametrize("thread", [
    ["Kommentare (3)", "Lena Berger", "vor 3 Stunden", "Endlich fährt das erste Boot früher, danke.",
     "Antworten", "Jonas Weber", "vor 5 Stunden", "Und warum bleibt der Preis gleich?", "Antworten"],
    ["12 commentaires", "Claire M.", "il y a 2 jours", "Enfin un bateau plus tôt le matin !", "Répondre",
     "Paul R.", "il y a 3 jours", "Et les tarifs, on en parle ?", "Répondre"],
    ["Comentarios (5)", "Lucía Gómez", "hace 2 horas", "Por fin una lancha temprano, gracias.", "Responder",
     "Martín Díaz", "hace 4 horas", "¿Y las tarifas para familias?", "Responder"],
], ids=["de", "fr", "es"])
def test_threads_in_other_languages_go(thread):
    result = clean(page(ARTICLE, thread), RULES)
    for para in ARTICLE:
        assert para in result.text
    assert thread[3] in dropped(result) and thread[-2] in dropped(result)


def test_no_heading_no_thread():
    # a list of dated teasers after the article has no discussion heading: not this rule's
    teasers = ["More from the islands", "March 12, 2025",
               "Lighthouse keepers remember the storm of the decade and the boats that came home.",
               "March 9, 2025", "New bus link to the ferry terminal will run from the station in May."]
    assert dropped(clean(page(ARTICLE, teasers), RULES)) == []


def test_a_page_of_posts_is_not_judged():
    # a forum thread: the posts above the heading carry signatures too; the comments are the text
    posts = ["harbourgirl, 2 hours ago", ARTICLE[0], "ferryfan, 3 hours ago", ARTICLE[1],
             "islander, 4 hours ago", ARTICLE[2]]
    result = clean(page(posts, TABLOID), RULES)
    assert dropped(result) == []


def test_too_little_prose_above_is_not_judged():
    result = clean(page(["Ferry timetable approved."], WORDPRESS), RULES)
    assert dropped(result) == []


def test_one_signature_is_no_thread():
    thread = ["Comments 1", "Anna Fischer says:",
              "About time too, the early boat has been full every day since January."]
    assert dropped(clean(page(ARTICLE, thread), RULES)) == []


@pytest.mark.parametrize("section", [
    ["Commentaires (12)", "Les commentaires sont réservés aux abonnés et modérés selon notre charte.",
     "marin22 il y a 2 h", "Bravo à eux. Le jour où il n’y a plus de glace, il n’y a plus de port."],
    ["Comments", "Only subscribers can comment. Log in or see our plans.",
     "Nine pounds is still a lot for a family of four. I hope they look at the fares next."],
    ["I commenti dei lettori", "Possono commentare gli abbonati al Corriere. I messaggi vengono letti da "
     "un moderatore prima della pubblicazione.",
     "Finalmente una corsa più presto la mattina, era ora. Speriamo che non aumentino i biglietti."],
], ids=["fr-one-signature", "en-no-signature", "it-can"])
def test_a_gated_section_goes_to_the_end(section):
    # the section's gate right under its heading: all below goes, with one signature or none
    text = page(ARTICLE, section)
    result = clean(text, RULES)
    assert result.rebuild() == text
    assert all(para in result.text for para in ARTICLE)
    gone = [r.text.strip() for r in result.removed if r.rule in ("chrome.comments", "chrome.phrases")]
    assert gone == section
    assert dropped(result) and all("gated by" in r.evidence for r in result.removed if r.rule == "chrome.comments")


def test_a_gate_far_below_the_heading_is_no_section():
    section = ["Comments", ARTICLE[0], ARTICLE[1], ARTICLE[2], "Only subscribers can comment."]
    assert dropped(clean(page(ARTICLE, section), RULES)) == []


def test_a_gated_section_longer_than_the_article_stays():
    # more prose below the gate than the article above it: the text may follow a comment widget
    section = ["Comments", "Only subscribers can comment.", *ARTICLE, ARTICLE[0]]
    assert dropped(clean(page(ARTICLE, section), RULES)) == []


def test_what_follows_the_thread_stays():
    footer = ["The Island Courier is published every weekday by the harbour press cooperative. "
              "Letters to the editor are welcome at the pier office."]
    result = clean(page(ARTICLE, TABLOID, ["Leave a Reply"], footer), RULES)
    assert footer[0] in result.text


def test_switchable():
    text = page(ARTICLE, WORDPRESS)
    assert dropped(clean(text, Config(only={"chrome"}, skip={"chrome.comments"}))) == []
    assert clean(text, Config(only={"chrome"})).stats.get("chrome.comments", 0) > 0


# -- properties ---------------------------------------------------------------------------------

NAMES = ["Anna Fischer", "tom_p", "Kristin", "harbourgirl, Kirkwall", "Jonas W."]
STAMPS = ["2 hours ago", "March 14, 2025 at 8:12 am", "14 March 2025", "3 days ago", "says:"]
COMMENTS = ["About time too, the early boat has been full every day since January.",
            "Nine pounds is still a lot for a family of four.", "Great news!",
            "Does anyone know if bicycles go free on the early crossings? I would like to bring mine."]


@st.composite
def comment(draw) -> list[str]:
    name, stamp = draw(st.sampled_from(NAMES)), draw(st.sampled_from(STAMPS))
    head = [f"{name} {stamp}"] if stamp == "says:" or draw(st.booleans()) else [stamp, name]
    body = draw(st.lists(st.sampled_from(COMMENTS), min_size=1, max_size=3))
    return head + body + draw(st.sampled_from([[], ["Reply"], ["Like Reply Report"]]))


thread = st.tuples(st.sampled_from(["Comments", "12 Comments", "Leave a Reply", "Comments 48"]),
                   st.lists(comment(), min_size=2, max_size=5))


@SETTINGS
@given(parts=thread, cut=st.integers(0, len(ARTICLE) - 1))
def test_the_article_above_a_thread_always_stays(parts, cut):
    heading, comments = parts
    lines = [line for c in comments for line in c]
    text = page(ARTICLE, [heading], lines)
    result = clean(text, RULES)
    assert result.rebuild() == text
    assert all(para in result.text for para in ARTICLE)
    # every comment's prose goes: the thread ends with its last comment
    assert not any(c in result.text for c in COMMENTS)
    check_order_kept(text, RULES)
