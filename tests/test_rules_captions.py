"""Caption rules: lines with a credit signature move to `Result.captions`; body lines stay."""

from __future__ import annotations

import pytest

from normalizer import Config, Target, clean

CAP = Config(only={"captions"})
BODY = ("Rescue teams were still searching collapsed buildings on Sunday, two days after a strong "
        "earthquake struck the province.")
#: A caption longer than 16 words (shorter ones: see test_short_caption_keeps_its_text).
LONG = ("Rescue workers search for survivors in the rubble of a collapsed school building in the "
        "provincial capital on Friday, March 1, 2024.")


def cap(text: str):
    result = clean(text, CAP)
    assert result.rebuild() == text
    return result


def caps(result) -> list[tuple[str, str | None]]:
    return [(c.text, c.credit) for c in result.captions]


@pytest.mark.parametrize("credit", [
    "REUTERS/Jane Doe",
    "AP Photo/Eduardo Verdugo",
    "Photo by Jane Doe/Getty Images",
    "Alex Wong/Getty Images",
    "AFP via Getty Images",
    "Image: Shutterstock",
    "Photo: Jane Doe",
])
def test_caption_with_tail_credit(credit):
    result = cap(f"{LONG} {credit}\n\n{BODY}")
    assert result.text == BODY
    assert caps(result) == [(LONG, credit)]
    (removal,) = result.removed[:1]
    assert removal.rule == "captions.credits" and removal.target is Target.CAPTION


@pytest.mark.parametrize("credit, want", [
    ("(Tony Karumba/AFP/Getty Images)", "Tony Karumba/AFP/Getty Images"),
    ("(Photo: Jane Doe)", "Photo: Jane Doe"),
])
def test_caption_with_parenthesised_credit(credit, want):
    result = cap(f"{LONG} {credit}\n\n{BODY}")
    assert result.text == BODY
    assert caps(result) == [(LONG, want)]


def test_source_line_under_a_caption_joins_its_credit():
    result = cap(f"{LONG} REUTERS/Jane Doe\nSource: X123\n\n{BODY}")
    assert result.text == BODY
    assert caps(result) == [(LONG, "REUTERS/Jane Doe; Source: X123")]


def test_source_line_after_a_blank_line_is_its_own_caption():
    result = cap(f"{LONG} REUTERS/Jane Doe\n\nSource: X123\n\n{BODY}")
    assert caps(result) == [(LONG, "REUTERS/Jane Doe"), ("", "Source: X123")]


@pytest.mark.parametrize("line", ["REUTERS/Jane Doe", "Photo: Jane Doe",
                                  "Credit: Jane Doe/The New York Times"])
def test_credit_line_alone(line):
    result = cap(f"{BODY}\n\n{line}\n\n{BODY}")
    assert result.text == f"{BODY}\n\n{BODY}"
    assert caps(result) == [("", line)]


@pytest.mark.parametrize("line", ["Getty Images", "Facebook", "Photos: The snowiest winter in a generation"])
def test_bare_name_or_clause_alone_is_not_a_credit(line):
    # A bare agency/platform name is a share button or menu item as often as a credit, and a
    # `Photos:` headline is a clause, not a name: alone, they stay for the chrome rules.
    result = cap(f"{BODY}\n\n{line}\n\n{BODY}")
    assert result.captions == []
    assert line in result.text


def test_bare_agency_name_under_a_caption_joins_its_credit():
    result = cap(f"{LONG} Photo: Jane Doe\nGetty Images\n\n{BODY}")
    assert result.text == BODY
    assert caps(result) == [(LONG, "Photo: Jane Doe; Getty Images")]


@pytest.mark.parametrize("text", [
    "Officials confirmed the figures to Reuters on Monday and said more data would follow soon.",
    "The AP reported on Monday that the talks had failed, and the negotiators left the city.",
    "Speaking to AP, the minister said the plan would be announced by Friday at the latest.",
    "The prime minister, pictured with Reuters reporters, spoke at length about the budget, officials said.",
    "The photo by Jane Doe was widely shared, the agency said in a statement released on Monday.",
    "Source: the ministry said the numbers were final and would not be revised again this year.",
    "MEXICO CITY (AP) — Mexico says it will send troops to the border, officials said on Thursday.",
    "LONDON (Reuters) - British lawmakers voted on Tuesday to approve the new budget plan.",
    "A spokesperson told Getty Images and AFP that the photographs were authentic and unedited.",
])
def test_body_sentences_naming_agencies_stay(text):
    result = cap(f"{text}\n\n{BODY}")
    assert result.text == f"{text}\n\n{BODY}"
    assert result.captions == []


@pytest.mark.parametrize("line, want", [
    ("Firefighters battle a wildfire near Pedrogao Grande. REUTERS/Pedro Nunes",
     ("Firefighters battle a wildfire near Pedrogao Grande.", "REUTERS/Pedro Nunes")),
    ("A farmer in a poppy field. (Edro Pardo/AFP/Getty Images)",
     ("A farmer in a poppy field.", "Edro Pardo/AFP/Getty Images")),
])
def test_short_caption_keeps_its_text(line, want):
    assert caps(cap(f"{line}\n\n{BODY}")) == [want]


def test_short_body_sentence_with_slash_credit_stays():
    text = "Images credited REUTERS/Jane Doe were later withdrawn by the agency."
    assert cap(f"{BODY}\n\n{text}\n\n{BODY}").captions == []


def test_captions_keep_input_order():
    text = f"{LONG} REUTERS/A One\n\n{BODY}\n\n{LONG} (B Two/AFP/Getty Images)\n\n{BODY}"
    result = cap(text)
    assert caps(result) == [(LONG, "REUTERS/A One"), (LONG, "B Two/AFP/Getty Images")]
    assert result.text == f"{BODY}\n\n{BODY}"


def test_captions_touch_nothing_else():
    text = f"Leave a Reply\n\nHe met Pe?a[1].\n\n{LONG} REUTERS/Jane Doe\n\n1. ^ x (a.org)\n2. ^ y (b.org)"
    result = cap(text)
    assert result.text == "Leave a Reply\n\nHe met Pe?a[1].\n\n1. ^ x (a.org)\n2. ^ y (b.org)"
    assert result.edits == [] and result.footnotes == [] and result.title is None


@pytest.mark.parametrize("line", ["  Photo: Jane Doe", "\tREUTERS/Jane Doe"])
def test_indented_credit_line(line):
    result = cap(f"{BODY}\n\n{line}\n\n{BODY}")
    assert caps(result) == [("", line.strip())]


@pytest.mark.parametrize("br", ["\r", "\u2028"], ids=["cr", "u2028"])
def test_credit_line_with_other_line_breaks(br):
    result = cap(br.join([BODY, "", "Photo: Jane Doe", "", BODY]))
    assert caps(result) == [("", "Photo: Jane Doe")]


# -- other languages -------------------------------------------------------------------------------

ES_BODY = ("Los equipos de rescate seguían buscando entre los escombros el domingo, dos días después del "
           "fuerte terremoto que sacudió la provincia.")
ES_LONG = ("Rescatistas buscan sobrevivientes entre los escombros de una escuela derrumbada en la capital "
           "provincial el viernes 1 de marzo de 2024.")


@pytest.mark.parametrize("line", [
    "Foto: EFE", "Fotografía: Juan Pérez", "Imagen: Europa Press",          # es
    "Crédit photo : AFP", "Photo : Jean Dupont",                            # fr
    "Bild: dpa/Max Muster", "Foto: Imago", "Bildquelle: picture alliance",  # de
    "Imagem: Agência Brasil", "Foto: Lusa",                                 # pt
    "Foto di Mario Rossi", "Foto: ANSA",                                    # it
    "Beeld: ANP", "Foto: Eva de Vries",                                     # nl
    "(Foto: Juan Pérez)", "Photo by Jane Doe",
])
def test_credit_lines_of_other_languages(line):
    result = cap(f"{ES_BODY}\n\n{line}\n\n{ES_BODY}")
    assert result.text == f"{ES_BODY}\n\n{ES_BODY}"
    assert caps(result) == [("", line)]


@pytest.mark.parametrize("credit, want", [
    ("Foto: EFE", "Foto: EFE"),
    ("(Foto: Juan Pérez)", "Foto: Juan Pérez"),
    ("Foto di Mario Rossi", "Foto di Mario Rossi"),
    ("Crédit photo : Jean Dupont", "Crédit photo : Jean Dupont"),
    ("Bild: dpa", "Bild: dpa"),
])
def test_caption_with_credit_of_other_languages(credit, want):
    result = cap(f"{ES_LONG} {credit}\n\n{ES_BODY}")
    assert result.text == ES_BODY
    assert caps(result) == [(ES_LONG, want)]


@pytest.mark.parametrize("line", ["Fotos de Madrid", "Foto di gruppo", "Imagen de archivo del puerto",
                                  "Photo by photo, the artist tells her life."])
def test_photo_of_is_not_a_credit(line):
    # `Foto de` / `Foto di` also mean "photo of": a place or a clause names no photographer.
    result = cap(f"{ES_BODY}\n\n{line}\n\n{ES_BODY}")
    assert result.captions == [] and line in result.text


def test_credit_after_a_citation_marker_is_idempotent():
    """`….[3] REUTERS/…`: the line is judged without its markers, and the scan knows `] ` as a
    lead, so the first pass takes the caption (a second pass must not find a new one)."""
    text = "Police stand guard outside the court.[3] REUTERS/Jane Doe\n\nThe trial resumes on Monday, officials said in a statement."
    once = clean(text)
    assert once.captions and once.captions[0].credit == "REUTERS/Jane Doe"
    assert clean(once.text).text == once.text


# -- a caption line over its own credit line --------------------------------------------------------

SHORT = "Residents walk past damaged houses in the old town on Monday."


@pytest.mark.parametrize("credit", ["Photo: Jane Doe", "REUTERS/Jane Doe", "Credit: Jane Doe",
                                    "Foto: Ana García", "(Photo: Jane Doe)"])
def test_caption_over_its_credit_line(credit):
    result = cap(f"{BODY}\n\n{SHORT}\n{credit}\n\n{BODY}")
    assert result.text == f"{BODY}\n\n{BODY}"
    assert caps(result) == [(SHORT, credit.strip("()"))]


@pytest.mark.parametrize("text", [
    f"{BODY}\n{SHORT}\nPhoto: Jane Doe\n\n{BODY}",  # the line above is part of a paragraph block
    f"{BODY}\n\n{SHORT}\nPhoto: Jane Doe\n{BODY}",  # the text goes on under the credit
    f"{BODY}\n\n{SHORT} The council met.\nPhoto: Jane Doe\n\n{BODY}",  # two sentences: a paragraph
    f"{BODY}\n\n{LONG} {LONG}\nPhoto: Jane Doe\n\n{BODY}",  # too long for a caption
    f"{BODY}\n\nPrices rose by four per cent in March.\nSource: Statistics Office\n\n{BODY}",  # a data note
    f"{BODY}\n\nThe photos below show the damage:\nPhoto: Jane Doe\n\n{BODY}",  # a lead-in
])
def test_line_over_a_credit_line_that_is_no_caption(text):
    result = cap(text)
    for c in result.captions:
        assert c.text == "", c


@pytest.mark.parametrize("mark", ["*", "_", "**"])
def test_markdown_emphasis_around_a_caption_is_no_part_of_it(mark):
    """Markdown output sets a caption in emphasis (`*… REUTERS/Jane Doe*`): the caption and the
    credit are read without it (the removed line keeps every character for rebuild())."""
    result = cap(f"{mark}{LONG} REUTERS/Jane Doe{mark}\n\n{BODY}")
    assert result.text == BODY
    assert caps(result) == [(LONG, "REUTERS/Jane Doe")]



def test_a_markdown_image_glued_to_its_caption_is_no_part_of_the_caption():
    body = ("The harbour town council voted on Tuesday to approve a two-year subsidy for the island "
            "ferry, officials said.")
    text = f"![The ferry](ferry.jpg)The island ferry leaves the harbour at dawn.\nREUTERS/John Smith\n\n{body}"
    result = clean(text)
    assert [(c.text, c.credit) for c in result.captions] == [
        ("The island ferry leaves the harbour at dawn.", "REUTERS/John Smith")]
    assert result.text == body and result.rebuild() == text
