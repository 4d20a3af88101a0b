"""Encoding rules: mojibake (ftfy), letters lost to `?` / U+FFFD, apostrophes, dashes.

Run with `Config(only={"encoding"})` (layout runs as well) so only this family acts.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer import Config, clean
from normalizer.rules.encoding import _ftfy, _ftfy_window

ENC = Config(only={"encoding"})
#: Enough English for the language guess to say "en".
EN = " The officials said that the new rules would be in place by the end of the year, and that they were ready for it."


def enc(text: str):
    result = clean(text, ENC)
    assert result.rebuild() == text
    for e in result.edits:
        assert text[e.start:e.end] == e.before
    return result


def as_cp1252(text: str) -> str:
    """`text` as UTF-8 bytes read as cp1252 (bytes cp1252 leaves undefined become C1 controls,
    as browsers and ftfy's sloppy codec do): the commonest mojibake."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def pairs(result) -> list[tuple[str, str, str]]:
    return sorted(((e.rule, e.before, e.after) for e in result.edits), key=str)


# -- mojibake -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want, edits", [
    ("The caf\u00c3\u00a9 is open.", "The café is open.", [("Ã©", "é")]),
    ("She doesn\u00e2\u20ac\u2122t know.", "She doesn’t know.", [("â€™", "’")]),
    ("He said \u00e2\u20ac\u0153yes\u00e2\u20ac\u009d and left.", "He said “yes” and left.",
     [("â€œyesâ€\x9d", "“yes”")]),
    ("na\u00c3\u00afve r\u00c3\u00a9sum\u00c3\u00a9 jalape\u00c3\u00b1o", "naïve résumé jalapeño",
     [("Ã¯", "ï"), ("Ã©sumÃ©", "ésumé"), ("Ã±", "ñ")]),
    ("Mexico\u00e2\u20ac\u2122s \u00e2\u20ac\u201d and", "Mexico’s — and",
     [("â€™", "’"), ("â€”", "—")]),
])
def test_mojibake(text, want, edits):
    result = enc(text)
    assert result.text == want
    assert sorted((e.before, e.after) for e in result.edits) == sorted(edits)
    assert {e.rule for e in result.edits} == {"encoding.mojibake"}


def test_mojibake_only_on_damaged_lines():
    text = "Caf\u00e9 S\u00e3o Paulo \u2014 \u201cquoted\u201d na\u00efve \u00a3 \u00a9 \u00ae \u00b0C \u00bd\n\ncaf\u00c3\u00a9"
    result = enc(text)
    assert result.text == "Café São Paulo — “quoted” naïve £ © ® °C ½\n\ncafé"
    assert [(e.before, e.after) for e in result.edits] == [("Ã©", "é")]


@pytest.mark.parametrize("text", [
    "Caf\u00e9 na\u00efve \u00fcber S\u00e3o \u2014 \u2013 \u201cok\u201d \u2018ok\u2019 \u2026 \u20ac5 \u00a35",
    "\u00c9cole \u00c0 la carte \u00d1and\u00fa \u00c5ngstr\u00f6m \u00d8resund",
    "Stra\u00dfe \u0141\u00f3d\u017a \u010cesk\u00fd \u0130stanbul \u00c2ge",
    "\u041c\u043e\u0441\u043a\u0432\u0430 \u0391\u03b8\u03ae\u03bd\u03b1 \u6771\u4eac \u0627\u0644\u0642\u0627\u0647\u0631\u0629",
])
def test_mojibake_leaves_good_text_alone(text):
    result = enc(text)
    assert result.text == text
    assert result.edits == []


@pytest.mark.parametrize("good", ["€20", "→ next", "★ rated", "עברית", "日本語"])
def test_mojibake_with_other_leads(good):
    text = f"It costs {as_cp1252(good)} today."
    assert enc(text).text == f"It costs {good} today."


def test_terminal_escapes_are_removed_whole():
    assert clean("Text with \x1b[31mred\x1b[0m words.").text == "Text with red words."


def test_terminal_escape_sequences_are_removed():
    assert clean("Text with \x1b[31mred\x1b[0m words.").text == "Text with red words."


def test_lone_escape_is_dropped():
    assert clean("A lone \x1b escape.").text == "A lone  escape."


@pytest.mark.xfail(strict=True, reason="ftfy's restore_byte_a0 reads `â€ ` (a right quote whose 0x9D "
                   "byte was dropped) as `†` and swallows the space: `everyone,†she`")
def test_right_quote_without_its_last_byte():
    text = "\u00e2\u20ac\u0153People know everyone,\u00e2\u20ac she said on Monday."
    out = enc(text).text
    assert "\u2020" not in out and "everyone,” she" in out


# -- lost letters ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("He met Pe?a." + EN, "He met Peña." + EN),
    ("Pe?a spoke first." + EN, "Peña spoke first." + EN),
    ("PRESIDENT ENRIQUE PE?A NIETO SPOKE." + EN, "PRESIDENT ENRIQUE PEÑA NIETO SPOKE." + EN),
    ("Claudia Mu?oz and Thomas M?ller met in D?sseldorf." + EN,
     "Claudia Muñoz and Thomas Müller met in Düsseldorf." + EN),
    ("The Pe\ufffda family." + EN, "The Peña family." + EN),
    ("The Pe\ufffd\ufffda family." + EN, "The Peña family." + EN),  # a run of U+FFFD is one letter
])
def test_lost_letters_from_lexicon(text, want):
    result = enc(text)
    assert result.text == want
    assert {e.rule for e in result.edits} == {"encoding.lost_letters"}
    assert all(e.evidence and e.evidence.startswith("lexicon") for e in result.edits)


def test_lost_letters_from_the_document():
    text = "Ingrid Gu\u00f0mundsd\u00f3ttir leads it. Gu?mundsd?ttir said so." + EN
    result = enc(text)
    assert result.text == "Ingrid Guðmundsdóttir leads it. Guðmundsdóttir said so." + EN
    assert sorted((e.before, e.after, e.evidence) for e in result.edits) == [
        ("?", "ð", "document"), ("?", "ó", "document")]


def test_document_spelling_wins_over_the_lexicon():
    text = "The caf\u00e9 and the Caf? are both open." + EN
    assert enc(text).text == "The café and the Café are both open." + EN


def test_unresolved_lost_letter_stays_and_is_counted():
    text = "His deputy, J?rgen Weber, spoke." + EN  # Jürgen or Jørgen: no clear winner
    result = enc(text)
    assert result.text == text
    assert result.edits == []
    assert result.stats.get("encoding.lost_letters.unresolved") == 1


@pytest.mark.parametrize("text", [
    "Why? Because nobody asked." + EN,
    "So what? the critics asked." + EN,
    "He asked: why? and nobody answered." + EN,
    "Is it true? Yes. What? he asked. Really?!" + EN,
    "Visit https://example.com/page?id=3&x=y for more." + EN,
    "The ?? marks stay, and a lone ? stays." + EN,
    "x?y and H? and 3?" + EN,
    "Who? What? Where?",
    "x \ufffd y." + EN,  # a lone U+FFFD is no word
])
def test_question_marks_stay(text):
    result = enc(text)
    assert result.text == text
    assert result.edits == []


# -- apostrophes --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("They said they don?t want to go there and it?s not clear why.",
     "They said they don’t want to go there and it’s not clear why."),
    ("The company?s plan." + EN, "The company’s plan." + EN),
    ("We?re sure, they?ve said, I?m told, we?ll see, he?d know." + EN,
     "We’re sure, they’ve said, I’m told, we’ll see, he’d know." + EN),
    # A lost apostrophe was not ASCII (a straight one survives): ’ even among straight ones,
    # ʼ where the page writes its intact apostrophes so.
    ("It's clear the company?s plan won't work." + EN, "It's clear the company’s plan won't work." + EN),
    ("Itʼs clear the company?s plan." + EN, "Itʼs clear the companyʼs plan." + EN),
    ("It’s clear the company?s plan won’t work." + EN, "It’s clear the company’s plan won’t work." + EN),
])
def test_apostrophes(text, want):
    result = enc(text)
    assert result.text == want
    assert {e.rule for e in result.edits} == {"encoding.apostrophes"}
    assert all(e.before == "?" and len(e.after) == 1 for e in result.edits)


def test_apostrophe_in_a_short_text():
    assert enc("I don?t know.").text == "I don’t know."


# -- dashes ------------------------------------------------------------------------------------------

def test_dash_between_digits():
    result = enc("Between 2010?2015 and on pages 10?12." + EN)
    assert result.text == "Between 2010–2015 and on pages 10–12." + EN
    assert pairs(result) == [("encoding.dashes", "?", "–")] * 2


def test_spaced_dash_needs_damage_elsewhere():
    plain = "The fields ? and the roads were flooded." + EN
    assert enc(plain).text == plain
    damaged = "Pe?a said the fields ? and the roads were flooded." + EN
    assert enc(damaged).text == "Peña said the fields — and the roads were flooded." + EN


def test_spaced_dash_follows_the_document_dash_style():
    text = "Pe?a said the fields ? and the roads \u2013 all flooded." + EN
    assert enc(text).text == "Peña said the fields – and the roads – all flooded." + EN


# -- the group as a whole -------------------------------------------------------------------------------

def test_encoding_touches_nothing_else():
    text = "Leave a Reply\n\nHe met Pe?a.[1]" + EN + "\n\nREUTERS/Jane Doe\n\n1. ^ x (a.org)\n2. ^ y (b.org)"
    result = enc(text)
    assert result.text == text.replace("Pe?a", "Peña")
    assert result.removed == [] or {r.group.value for r in result.removed} == {"layout"}
    assert result.title is None and result.captions == [] and result.footnotes == []


@pytest.mark.xfail(strict=True, reason="not idempotent: the second pass restores what the first could not read")
@pytest.mark.parametrize("text", [
    # ftfy may write U+FFFD for a lossy sequence; it sits inside ftfy's atomic edit, so
    # lost_letters restores it only on a second pass
    "\u00e2 \x9dBOGOT\u00e0?\x9d",
], ids=["fffd_written_by_ftfy"])
def test_known_second_pass_restorations(text):
    once = clean(text).text
    assert clean(once).text == once


@pytest.mark.parametrize("text, want", [
    ("?\x08to ", "Što"),
    ("Pe?\x08a Nieto said it was fine." + EN, "Peña Nieto said it was fine." + EN),
])
def test_control_character_inside_a_damaged_word(text, want):
    """layout.invisible cuts the control character first; lost_letters then reads the word whole
    in one pass (it gated on the source, where the character hid the word)."""
    result = clean(text)
    assert result.text == want
    assert clean(result.text).text == want
    assert result.rebuild() == text


# -- issue 3: lost characters at production quality ------------------------------------------------

FR = (" Les habitants de la ville ont dit que le projet est pour les enfants et que nous sommes"
      " dans une situation qui est bonne.")
DE = " Die Leute in der Stadt sagen, dass es nicht mit dem Projekt zu tun hat und dass sie warten."


@pytest.mark.parametrize("text, want", [
    # plural possessives, in a text that lost apostrophes elsewhere
    ("The players? coach said they don?t know." + EN, "The players’ coach said they don’t know." + EN),
    # elisions and Irish names
    ("We met at L?atelier and O?Brien?s pub." + EN, "We met at L’atelier and O’Brien’s pub." + EN),
    ("C?est ce qu?il a dit de l?homme." + FR, "C’est ce qu’il a dit de l’homme." + FR),
    # no quote opens after an elision, whatever lone marks the line holds (`o?`: où)
    ("Sous l??il du ma?tre, partout o? c??tait possible." + FR, "Sous l’œil du maître, partout où c’était possible." + FR),
    # a lost quote or dash clinging to a contraction
    ("He said, ?You?re right,? and settings?we?re fine." + EN,
     "He said, “You’re right,” and settings?we’re fine." + EN),  # an unspaced dash stays lost
    # a contraction tail that is no contraction: a lost letter
    ("The Lumi?re brothers don?t care." + EN, "The Lumière brothers don’t care." + EN),
    # quotes pair up; a `?` inside a quote stays a question mark
    ("?Hello,? he said. ?Why not? Because,? she didn?t say." + EN,
     "“Hello,” he said. “Why not? Because,” she didn’t say." + EN),
    ("The ?Japandi? design isn?t new." + EN, "The “Japandi” design isn’t new." + EN),
    # a quoted question keeps its `?` inside the closing quote
    ("She asked, ?Can I talk to you about it?? and left, it?s said." + EN,
     "She asked, “Can I talk to you about it?” and left, it’s said." + EN),
    # a word-final lost letter before a comma; a name the English lexicon knows
    ("Try a casual caf?, or don?t." + EN, "Try a casual café, or don’t." + EN),
    ("Si?n is a brilliant teacher. We don?t know." + EN, "Siân is a brilliant teacher. We don’t know." + EN),
    # German ß (wordfreq folds it to ss; the lexicon lists the ß spelling again)
    ("Der gro?e Hund f?r die Stra?e." + DE, "Der große Hund für die Straße." + DE),
    # a word-initial lost letter of a name keeps its capital
    ("Founder Stephanie ?zcan says it?s fine." + EN, "Founder Stephanie Özcan says it’s fine." + EN),
    # possessives after a digit, a dot or a bracket, and one an extractor cut off with a space
    ("The CS50?s course, the U.K.?s rules, (USDA)?s plate and Lemire ?s library." + EN,
     "The CS50’s course, the U.K.’s rules, (USDA)’s plate and Lemire ’s library." + EN),
    # years cut to two digits; a lost mark before a price stays
    ("In the late ?80s and in ?99, an MBA ?16 paid ?30 for it." + EN,
     "In the late ’80s and in ’99, an MBA ’16 paid ?30 for it." + EN),
    # possessives of tokens with digits, of acronyms and of domains; one before a lost dash
    ("The n8n?s nodes, MIT?s lab, CableTV.com?s deals and the City?s?for now." + EN,
     "The n8n’s nodes, MIT’s lab, CableTV.com’s deals and the City’s?for now." + EN),
    # listed contractions with longer tails
    ("The dos and don?ts of s?mores, ma?am." + EN, "The dos and don’ts of s’mores, ma’am." + EN),
    # a German word in English text: für is five times as common there as Swedish för
    ("The Museum f?r Kunst opened, they don?t say when." + EN,
     "The Museum für Kunst opened, they don’t say when." + EN),
    # word-initial marks that no later mark could close are no quotes; names keep capitals
    ("Prizes went to Miguel ?ngel Asturias and ?scar Arias, it?s said." + EN,
     "Prizes went to Miguel Ángel Asturias and Óscar Arias, it’s said." + EN),
    # word-final marks with no quote, question or possessive reading: names with rare stems
    ("Thanks to Eduardo Renn?, Michele Patan? and the team, it?s done." + EN,
     "Thanks to Eduardo Rennó, Michele Patanè and the team, it’s done." + EN),
    # a lost space before a capital does not hide the word after it
    ("Her book?Juchit?n de las Mujeres came out, it?s said." + EN,
     "Her book?Juchitán de las Mujeres came out, it’s said." + EN),
    # a hyphen inside a word is no sentence start
    ("Un objet de bien-?tre pour l?hiver, vraiment." + FR,
     "Un objet de bien-être pour l’hiver, vraiment." + FR),
    # a word-final mark after letters that make no word (faberg, macram): a lost letter even
    # before a capital or at the line end, where a rarer accented word would stay a question
    ("Her Faberg? Egg sold at auction, it?s said." + EN, "Her Fabergé Egg sold at auction, it’s said." + EN),
    ("A Guide to Macram?\n\nKnots and cords, it?s easy." + EN,
     "A Guide to Macramé\n\nKnots and cords, it’s easy." + EN),
    # no question mark stands glued to a hyphen and a word: coupé beats the common coup there
    ("The coup?-style roof is low, it?s said." + EN, "The coupé-style roof is low, it’s said." + EN),
    # a plural s after a lost letter: the frequent singular (café, resumé) beats a possessive
    ("The town has three caf?s and a bakery, it?s said." + EN,
     "The town has three cafés and a bakery, it’s said." + EN),
    ("Send us your resum?s today, it?s quick." + EN, "Send us your resumés today, it’s quick." + EN),
    # ... but two lost marks before the s are a letter and an apostrophe
    ("The Caf??s menu is long, it?s said." + EN, "The Café’s menu is long, it’s said." + EN),
    # a lone letter opening a sentence or a line is a capital
    ("C?est beau dehors. ? midi, on mange. On va ? la plage." + FR,
     "C’est beau dehors. À midi, on mange. On va à la plage." + FR),
    ("? midi, on mange ? la maison, c?est bon." + FR, "À midi, on mange à la maison, c’est bon." + FR),
    # an elision's letter is a rival only glued to the next word: standing alone, l? is là
    ("C?est l? que tout a commenc?, et l?homme est l?, dit-elle." + FR,
     "C’est là que tout a commencé, et l’homme est là, dit-elle." + FR),
])

def test_lost_characters_in_context(text, want):
    assert enc(text).text == want


FR_TYPO = (" Les habitants de la ville ont dit : le projet est pour les enfants ; et nous sommes"
           " dans une situation qui est bonne ! Voil? la ville : elle est belle.")


@pytest.mark.parametrize("text, want", [
    # French typography spaces its ? : a ? glued to a word is a lost letter, at either edge
    ("Le barbecue est bas? en France et ?vite les graisses." + FR_TYPO,
     "Le barbecue est basé en France et évite les graisses." + FR_TYPO.replace("Voil?", "Voilà")),
    # the lone letter à, before a number too; one-letter-known words of French
    ("Pour 8 ? 12 convives, d'?t? comme ?a." + FR_TYPO,
     "Pour 8 à 12 convives, d'été comme ça." + FR_TYPO.replace("Voil?", "Voilà")),
])
def test_french_text(text, want):
    assert enc(text).text == want


def test_spaced_question_mark_of_french_stays():
    text = "Besoin d'aide ? Jetez un coup d'oeil." + FR_TYPO
    assert "aide ? Jetez" in enc(text).text


@pytest.mark.parametrize("text, kept", [
    ("think you got it? check again, it?s easy." + EN, "it? check"),        # it? is a word
    ("How long should I sit? Are there books? It?s hard." + EN, "sit? Are"),  # no Finnish sitä
    ("See viewtopic.php?t=112323 and don?t." + EN, "php?t="),                # a URL query
    ("Use the ? operator and x ? y : z. It?s fine." + EN, "the ? operator and x ? y"),  # symbols
    ("The chest and lungs? the nose? It?s hard." + EN, "lungs? the nose?"),  # no possessive
    ("Which earbuds have the best mics? by Jane Doe. It?s fine." + EN, "mics? by Jane"),
    # a quote opening with a question word: its single `?` is the question's own
    ("Step 6: ?How long should I rest? Step 7: don?t stop." + EN, "rest? Step"),
    # a mark before digits is a lost currency sign more often than an opening quote
    ("Pay ?12m for a card? If you?re in, fine." + EN, "card? If"),
    # after a closing ASCII quote a mark is a lost dash, not an opening quote
    ('It made "sound houses"?places where all? What happens? It?s odd.' + EN, "all? What"),
    ("URLs like page.php?s=1 stay, don?t they." + EN, "php?s=1"),
    # a query right after a scheme (`mailto:?body=`) opens no word: the page's own question stays
    ("[Del på e-post](mailto:?body=https%3A%2F%2Fnak.no)\n\n«Hvem flytter hit nå?» spør hun.",
     "«Hvem flytter hit nå?» spør"),
    # a page that writes about the ? symbol: its other spaced marks are the symbol too
    ("Use the ? operator. We use ? on Option values, and it?s short. The ? ends it." + EN,
     "We use ? on Option"),
    # a quoted question ending in an abbreviation keeps its real ?
    ("The prompt was: ?Does this relate to D.E.I.? Respond briefly.? It?s odd." + EN,
     "D.E.I.? Respond"),
    # a quoted term, then the sentence's own question mark (`??`: the first mark closes)
    ("Who first said ?legacy?? Nobody knows, it?s old." + EN, "“legacy”? Nobody"),
    # a real ? may follow a common word before anything: a bracket, a comma, a bar
    ("What is your goal? (Pick one.) How was it for you?, 16 May | Logic? | It?s fine." + EN,
     "goal? (Pick one.) How was it for you?, 16 May | Logic? |"),
    # a quoted title closes before a parenthesis; the `?` after the parenthesis is the question's
    ("Why can?t I finish ?Kirby and the Forgotten Land? (this one?s a skill issue)? What now?" + EN,
     "“Kirby and the Forgotten Land” (this one’s a skill issue)? What"),
    # a quote whose first possible closers are questions runs on to the closer it leaves spare;
    # the quotes inside it are nested
    ("She grins. ?A bold invitation? A bright scarf? Yes. We wanted it ?loud but kind.? Then"
     " we hung a ?quiet yellow? lamp.? It?s done." + EN,
     "“A bold invitation? A bright scarf? Yes. We wanted it ‘loud but kind.’ Then we hung a"
     " ‘quiet yellow’ lamp.” It’s done."),
    # a mark that opens a long stretch (a lost ellipsis) does not close at a question far away
    ("We had no time? ?then we had ten minutes. " + "It was calm and we did well and it?s fine. " * 20
     + "Why rush, right? Here it is." + EN, "Why rush, right? Here"),
])
def test_real_question_marks_stay_in_damaged_text(text, kept):
    assert kept in enc(text).text


def test_word_final_mark_after_no_word_stays_in_a_question():
    # faberg is no word, but a question word opens the line: the `?` may be the question's
    for text, kept in (("Why is it called a Faberg? It?s a name." + EN, "Faberg? It’s"),
                       ("Who made the Macram?\n\nKnots and cords, it?s easy." + EN, "Macram?\n")):
        assert kept in enc(text).text


def test_word_final_letter_before_a_capital_needs_strong_evidence():
    # café is an English word and caf is rare: restored even before a capital
    assert enc("Visit Caf? Kacao today. It?s fine." + EN).text.startswith("Visit Café Kacao")
    # coup is a common word of its own: a real question mark
    assert enc("Was it a coup? Nobody knows. It?s hard." + EN).text.startswith("Was it a coup? Nobody")


def test_evidence_of_every_restoration():
    result = enc("The players? coach and ?Japandi? at L?atelier, don?t." + EN)
    assert {(e.rule, e.evidence) for e in result.edits} == {
        ("encoding.quotes", "possessive"), ("encoding.quotes", "quote pair"),
        ("encoding.apostrophes", "elision"), ("encoding.apostrophes", "contraction")}


@pytest.mark.parametrize("text", [
    "Postgres names it ?column? when no name is given." + EN,  # no other damage: a real name
    "What are you needing to do?Do you need help? We are here." + EN,  # a lost space, no letter
])
def test_question_marks_in_undamaged_text_stay(text):
    assert enc(text).text == text


# -- ftfy sees only the window of a line that holds non-ASCII characters -------------------------

MOJIBAKE_PIECES = ["Ã©", "Ã ", "â€™", "â€œ", "â€", "SÃ£o", "Ã¼ber", "cafÃ©", "é", "ü", "’", "\u00a0",
                   "\x1b[31m", "\x85", "Ã", "plain", "words", "a", "l'", "é.", ",", "  "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(MOJIBAKE_PIECES), min_size=1, max_size=12),
       st.lists(st.sampled_from(["", " ", "x"]), min_size=1, max_size=12))
def test_ftfy_window_gives_the_whole_line_result(pieces, glue):
    core = "".join(p + g for p, g in zip(pieces, glue * len(pieces))).strip()
    a, b = _ftfy_window(core)
    assert core[:a] + _ftfy(core[a:b]) + core[b:] == _ftfy(core)


def test_a_trailing_mark_after_a_lost_one_is_no_question_for_a_foreign_word():
    # `D?j?` (Déjà): read as a question, `D?j` would be Hungarian díj, a word no English text
    # writes: the trailing mark was a lost letter too (and French déjà, which English borrows,
    # fills both: see SHORT_BORROWED_MIN_ZIPF)
    result = enc("Restore it with D?j? Dup, the backup tool. It?s free." + EN)
    assert "Déjà Dup" in result.text
    assert "D?j?" not in result.text and "Díj" not in result.text


def test_a_short_word_borrowed_from_another_language():
    # two of four letters lost: a word very frequent in its own language that English borrows
    assert enc("The film felt like d?j? vu to me." + EN).text.startswith("The film felt like déjà vu")
    assert enc("We ate at a caf? on the c?t? sud." + EN).text.startswith("We ate at a café on the côté sud")
    # ... but not with a word English never writes (Vietnamese bước, "step", for a name)
    text = "Their guide, B??c, met us at the gate. It?s late." + EN
    assert enc(text).text.startswith("Their guide, B??c, met us")


def test_a_lone_letter_after_an_elided_word():
    # the one-letter word follows an elision's apostrophe, intact or lost (jusqu'à, Italian c'è)
    assert enc("Jusqu'? 11h d'autonomie, c'est id?al pour la terrasse." + FR).text.startswith(
        "Jusqu'à 11h d'autonomie, c'est idéal")
    assert enc("Jusqu?? 11h d?autonomie, c?est id?al pour la terrasse." + FR).text.startswith(
        "Jusqu’à 11h d’autonomie, c’est idéal")
    italian = " Il governo ha detto che la nuova legge sar? pronta entro la fine dell?anno."
    assert enc("Oggi c'? un nuovo museo in citt?, e non c'? niente di meglio." + italian).text.startswith(
        "Oggi c'è un nuovo museo in città, e non c'è niente")


@pytest.mark.parametrize("text, want", [
    # an elision before h needs a vowel after it; one before a single letter needs `a` or `y`
    ("Nous l?avons vu à l?h?tel, il n?y a rien, qu?il dit." + FR,
     "Nous l’avons vu à l’hôtel, il n’y a rien, qu’il dit."),
    ("The band K?hk played, with T?ht on drums and m?r on bass. It?s loud." + EN,
     "The band K?hk played, with T?ht on drums and m?r on bass. It’s loud."),
    ("Mr. Chen said: c?u works too. It?s odd." + EN, "Mr. Chen said: c?u works too. It’s odd."),
])
def test_elision_needs_a_word_after_it(text, want):
    assert enc(text).text.startswith(want)



# -- Spanish inverted marks ----------------------------------------------------------------------

#: Enough Spanish for the language guess to say "es".
ES = " Los vecinos dijeron que el plan de la ciudad no llega a tiempo para el verano y que las obras de los colegios siguen sin fecha."


def test_a_lost_inverted_question_mark_opens_the_question_and_its_own_mark_stays():
    # `¿Y si …?` lost both marks' shapes: the pair is a question, not a quote
    text = "El plan prev? esa posibilidad. ?Y si el calor llega antes de junio?\nNadie lo sabe." + ES
    result = enc(text)
    assert "¿Y si el calor llega antes de junio?\n" in result.text
    assert ("?", "¿", "inverted question mark") in [(e.before, e.after, e.evidence) for e in result.edits]


def test_a_question_word_after_a_lost_inverted_mark_is_restored():
    text = "La delegada habl? con los vecinos. ?Qu? har?n los colegios? Nadie lo sabe. ?Qu? calor hace hoy!" + ES
    result = enc(text)
    assert "¿Qué harán los colegios? Nadie lo sabe. ¡Qué calor hace hoy!" in result.text


def test_a_word_before_a_lost_closing_quote_is_no_elision_in_spanish():
    """`15 d?as?,` is días” (the word read without the closing mark), not an elided `d’` + así."""
    text = "Un vecino dijo: ?Llevamos sin agua m?s de 15 d?as?, y se fue." + ES
    assert "15 días”," in enc(text).text


def test_a_spanish_quote_closed_before_a_comma_stays_a_quote():
    text = "La delegada lleg? tarde. Dijo: ?No queremos que nadie se quede sin sitio?, y se fue." + ES
    result = enc(text)
    assert "¿" not in result.text and "“No queremos que nadie se quede sin sitio”," in result.text


def test_a_spanish_word_final_letter_inside_an_unopened_sentence_is_restored():
    # a Spanish question opens with ¿ (lost, a `?` before a word): none opened these sentences,
    # so `comenzar? en` is no question mark but a lost á (the infinitive is the commoner word)
    text = "El ministro dijo que la obra comenzar? en marzo y que el agua llegar? a todos los barrios." + ES
    assert "comenzará en marzo y que el agua llegará a todos" in enc(text).text


def test_a_spanish_word_final_letter_before_a_period_is_restored():
    # `?.` is no question mark, and no lost mark opened a quote in the sentence
    text = "El portavoz de los vecinos dijo que la obra comenzar?. Tambi?n lo dijo el alcalde." + ES
    assert "la obra comenzará. También" in enc(text).text


@pytest.mark.parametrize("text,kept", [
    # opened by a lost ¿: the mark may end the question (`¿Vienes? dijo`), it stays
    ("?Vas a comenzar? dijo la delegada a los vecinos del barrio." + ES, "comenzar? dijo"),
    # at a sentence's end, or before a digit: a question mark may stand there, whatever the opener
    ("La obra va a comenzar?\nNadie lo sabe." + ES, "comenzar?\n"),
    ("El proyecto costar? 3 millones de pesos, dijo." + ES, "costar? 3"),
])
def test_a_spanish_word_final_mark_that_may_be_a_question_mark_stays(text, kept):
    assert kept in enc(text).text


def test_a_question_word_opens_a_question_whatever_mark_closes_the_pair():
    # `?Qué pasar? con …?`: the pairing closes at `pasar?` (before a lower-case word, a quote's
    # close), but a question word after the opening mark makes it a question, not a quote
    text = "La delegada habl? con los vecinos. ?Qu? pasar? con los fondos? Nadie lo sabe." + ES
    result = enc(text).text
    assert "¿Qué pasar" in result and "“" not in result and "”" not in result


def test_inverted_marks_only_in_spanish():
    text = "The mayor said it did not matter. ?What now?\nNobody knew." + EN
    assert "¿" not in enc(text).text


# -- compounds ------------------------------------------------------------------------------------

#: Enough German for the language guess to say "de".
DE = " Die Stadt hat den Plan am Dienstag vorgestellt, und der Rat soll im Mai über den Entwurf abstimmen, sagte die Verwaltung."


def test_a_german_compound_is_restored_from_its_known_part():
    text = "Die Stadt hat ihren W?rmeplan vorgelegt, und die Fernw?rmekunden warten." + DE
    result = enc(text)
    assert "Wärmeplan" in result.text and "Fernwärmekunden" in result.text
    assert {e.evidence for e in result.edits if e.after == "ä"} == {"lexicon:compound"}


def test_compounds_are_not_tried_outside_compounding_languages():
    # in an English text a word the lexicon lacks stays as it is, whatever parts it may hold
    # (`na?ve` alone is naïve: a compounding language would read `na?veworld` as naïve + world)
    text = "The band called its tour the na?veworld tour." + EN
    assert "na?veworld" in enc(text).text


def test_a_swedish_text_is_read_as_swedish():
    # the language guess orders a lost letter's candidates (Swedish was read as Dutch before)
    from normalizer.lang import guess_language
    text = ("Vi har bakat bröd på Storgatan i sju år och det är ett arbete som vi gör varje dag, "
            "från tidig morgon till sen eftermiddag, och också på helgerna när det finns tid.")
    assert guess_language(text) == "sv"
    damaged = "".join(ch if ord(ch) < 128 else "?" for ch in text)
    restored = enc(damaged).text
    assert "från tidig morgon" in restored and "också" in restored


# -- one-letter words and `’s` outside English ------------------------------------------------------

PT = (" Os moradores disseram que o projeto da cidade não chega a tempo para o verão e que as obras"
      " das escolas continuam sem data.")
IT = (" Gli abitanti hanno detto che il progetto della città non arriva in tempo per l'estate e che i"
      " lavori delle scuole sono ancora senza data.")
NL = (" De bewoners zeiden dat het plan van de stad niet op tijd klaar is voor de zomer en dat de"
      " werken aan de scholen nog geen datum hebben.")


def test_a_lone_mark_between_two_frequent_one_letter_words_stays():
    # Portuguese é and à are both frequent: neither is sure, and the mark is no dash either
    text = "A aluna pediu ? escola nova do bairro, disse a t?cnica." + PT
    result = enc(text).text
    assert "pediu ? escola" in result and "—" not in result and "técnica" in result


def test_a_lone_mark_before_an_article_is_portuguese_e():
    # à is a + a: before another article the lost one-letter word is é; before a noun it stays
    text = "O ponto central do curso ? o chamado branqueamento, disse a t?cnica. Ela pediu ? escola." + PT
    result = enc(text).text
    assert "curso é o chamado" in result and "pediu ? escola" in result


def test_a_lone_mark_before_the_noun_of_a_fixed_phrase_is_portuguese_a():
    text = "Os terrenos ? volta da mina e o lixo ? entrada da galeria preocupam, disse a t?cnica." + PT
    result = enc(text).text
    assert "terrenos à volta" in result and "lixo à entrada" in result


def test_a_lone_mark_after_a_pronoun_or_before_a_participle_is_portuguese_e():
    text = "Ele disse que ? cedo. O excedente ? vendido a pre?o baixo, e a quota ? de 12 euros." + PT
    result = enc(text).text
    assert "que é cedo" in result and "excedente é vendido" in result and "quota é de" in result


def test_a_lone_mark_after_a_verb_of_motion_is_portuguese_a():
    text = "A equipa chegou ? mina de madrugada e foi ? galeria do norte, disse a t?cnica." + PT
    result = enc(text).text
    assert "chegou à mina" in result and "foi à galeria" in result


def test_a_lone_mark_after_a_noun_of_a_prepositional_phrase_is_portuguese_a():
    text = "A prefeitura fez um mutir?o de combate ? dengue em 14 bairros, disse a t?cnica." + PT
    assert "combate à dengue" in enc(text).text


def test_a_lone_mark_before_an_opening_quote_is_the_letter():
    """`notturna ? ?una misura ponte?`: è, then a quote the page lost too."""
    text = "La direzione fa sapere che la chiusura notturna ? ?una misura ponte? e che durer? poco." + IT
    assert "notturna è «una misura ponte»" in enc(text).text


def test_a_lone_mark_after_an_elision_before_a_capital_is_the_letter():
    text = "Tra loro c’? Niccolò, ingegnere, e la sua famiglia arriv? in agosto." + IT
    assert "c’è Niccolò" in enc(text).text


@pytest.mark.parametrize("text,kept", [
    ("Après deux ?t?s de travaux, les devis?s sont prêts, dit la mairie." + FR, ["?t?s", "devis?s"]),
    ("A temperatura chega a ser tr?s graus menor nas hortas, diz a t?cnica." + PT, ["três graus"]),  # (word_ties.tsv)
    ("Dos tachos ?s tendas de campismo, tudo se empresta, diz a t?cnica." + PT, []),
])
def test_no_apostrophe_s_outside_english_dutch_and_german(text, kept):
    result = enc(text).text
    assert "’s" not in result and all(k in result for k in kept)


def test_no_quote_closes_on_a_piece_of_a_word():
    """`avr?` is no word of Italian with its mark read as a closing quote (avrà and avrò are):
    the quote closes at the sentence's end, and the undecided letter stays `?` (LETTER_BOUND_LEAD);
    `per?` may still close one, per being a word."""
    text = ("La sindaca della citt? ha detto: ?La struttura provvisoria avr? celle frigo. Non lasceremo "
            "nessuno da solo?, e se n’? andata." + IT)
    result = enc(text).text
    assert "«La struttura provvisoria avr? celle frigo. Non lasceremo nessuno da solo»," in result


def test_dutch_plurals_keep_their_apostrophe():
    text = "De auto?s en de foto?s van de stad zijn nu online te zien, zei de gemeente." + NL
    assert "auto’s en de foto’s" in enc(text).text


@pytest.mark.parametrize("text,want", [
    ("Der Bürgermeister sagte: ?Wir k?nnen nicht warten?, und ging." + DE, "„Wir können nicht warten“,"),
    ("La sindaca della citt? ha detto: ?Non torneremo indietro?, e se n’? andata." + IT, "«Non torneremo indietro»,"),
    # Spanish “…”: the web's Spanish press (the Americas', and most of Spain's) prints them
    ("El alcalde dijo: ?No vamos a dar marcha atr?s?, y se fue." + ES, "“No vamos a dar marcha atrás”,"),
    ("Hon sa: ?Vi kan inte v?nta l?ngre?, och gick. Vi har bakat br?d p? Storgatan och det ?r "
     "ett arbete som vi g?r varje dag, fr?n tidig morgon till sen eftermiddag.", "”Vi kan inte vänta längre”,"),
    # a page that kept English curly quotes: its lost ones were those
    ("Er sagte “ja” und dann: ?Wir k?nnen nicht warten?, und ging." + DE, "“Wir können nicht warten”,"),
    # Danish »…«, told from Norwegian by the words only one of them writes (af, mod, blev, noget)
    ("Hun siger: ?Vi har k?bt en andel for at der stadig er liv i byen?, og g?r. Butikken blev "
     "reddet af 212 husstande, og der er noget at komme efter for alle, der bor mod vest og har "
     "brug for mere end et sted at handle efter arbejde.", "»Vi har købt en andel for at der stadig er liv i byen«,"),
])
def test_lost_quotes_take_the_language_marks_when_the_page_kept_none(text, want):
    assert want in enc(text).text


@pytest.mark.parametrize("text,want", [
    ("Der Bauer hat am Ortsrand mehrere ?cker, die er verpachtet." + DE, "mehrere Äcker,"),
    ("Das ist ein kurzer ?berblick ?ber die Lage." + DE, "ein kurzer Überblick über"),
    ("Sie fanden eine ?hnliche L?sung f?r das Dorf." + DE, "eine ähnliche Lösung"),  # an adjective
    ("Die Leute, die ?ndern wollen, kamen gestern." + DE, "die ändern wollen"),  # a relative clause
    ("Der knöcheltiefe ?lbach trat über die Ufer." + DE, "Der knöcheltiefe Ölbach trat"),
    # `chen` inflects an adjective's `lich` here, no diminutive: the adjective keeps its small letter
    ("Der Verkehr für die ?rtlichen Betriebe bleibt möglich." + DE, "die örtlichen Betriebe"),
    # after a comma, `die` opens a noun phrase when a determiner follows the word
    ("Die Stadt schlägt vor, die ?ffnungszeiten der acht Ämter zu bündeln." + DE, "die Öffnungszeiten der acht"),
    # after an attributive adjective, damaged or not, with no determiner before it
    ("Die Verwaltung solle verl?ssliche ?ffnungszeiten schaffen." + DE, "verlässliche Öffnungszeiten schaffen"),
    ("Es gibt ein Papier, über deren ?ffnungszeiten steht nichts." + DE, "deren Öffnungszeiten steht"),
    # right after a preposition, a noun or a name (not an infinitive after `zu`, nor `über`)
    ("Die Versammlung hat in ?hringen einen neuen Vorstand gewählt." + DE, "in Öhringen einen"),
    ("Die Stadt will das Verfahren zu ?ndern versuchen." + DE, "zu ändern versuchen"),
    ("Es kamen mit ?ber fünfzig Leuten mehr als erwartet." + DE, "mit über fünfzig"),
    # a preposition before inflected adjectives opens the phrase too, itself damaged or not
    ("Die Firma spricht von gezieltem ?berbau durch den Konzern." + DE, "von gezieltem Überbau durch"),
    ("Kleine Anbieter hatten sich ?ber ?berbau beschwert." + DE, "über Überbau beschwert"),
    # ... but not before a pronoun that ends as an adjective does
    ("Schon heute ist jeder dritte von ihnen ?lter als sechzig Jahre." + DE, "von ihnen älter als"),
])
def test_a_german_noun_after_a_determiner_takes_its_capital(text, want):
    assert want in enc(text).text


@pytest.mark.parametrize("text,want", [
    ("Molti viaggiatori temono per? di perdere gli sconti di oggi." + IT, "temono però di perdere"),
    ("So what? he asked, and left the room before anyone could answer him." + EN, "So what? he asked"),
    ("O projeto est? a avan?ar mais devagar do que o previsto." + PT, "O projeto está a avançar"),
])
def test_a_word_final_mark_before_a_lower_case_word_is_a_lost_letter_in_italian(text, want):
    assert want in enc(text).text


@pytest.mark.parametrize("text,want", [
    # a function word after a name is no part of it: its lost first letter stays small
    ("Ela saiu da UBS Jardim Aurora ?s 21h15, com a receita." + PT, "Jardim Aurora às 21h15"),
    ("Prizes went to Miguel ?ngel Asturias, it was said." + EN, "Miguel Ángel Asturias"),
])
def test_a_lost_capital_beside_a_name_is_never_a_function_word(text, want):
    assert want in enc(text).text


def test_a_quote_closes_before_its_comma_not_at_a_lost_letter_on_the_way():
    """Both marks may close (`l? at?`: before a lower-case word; `madrugada?,`: before a comma):
    within one sentence the one punctuation follows is the quote's; `l?` is lá, never `l”`."""
    out = enc("?Se fosse no pronto-socorro, eu estaria l? at? de madrugada?, disse." + PT).text
    assert "madrugada”, disse" in out and "l”" not in out


@pytest.mark.parametrize("text", [
    "La sindaca ha detto: ?Il mezzo resta nella frazione, e l? i tempi sono lunghi. Poi vedremo?, e se n?? andata.",
    "?Eu estaria l? at? de madrugada, sem m?dico?, disse Ros?ngela a uma vizinha da unidade.",
])
def test_a_quote_never_closes_on_a_lone_elided_letter(text):
    """`l?` before a space is lì or lá: a quote does not close on `l` alone (`_after_elided_letter`)."""
    out = enc(text).text
    assert "l»" not in out and "l”" not in out and "l’ " not in out


FR_SPACED = " Les habitants disent : ce n’est pas facile ; mais ils attendent ! Le maire a dit : merci ; à bientôt !"


@pytest.mark.parametrize("text,want", [
    ("Le maire a d?j? dit : ? Nous ne reculerons pas ?, et il est parti." + FR_SPACED,
     "dit : « Nous ne reculerons pas », et"),
    ("? Quand elle a touch? l?eau, j?ai pens? ? mon grand-p?re. Il a navigu? ici. ? Les gens" + FR_SPACED,
     "« Quand elle a touché l’eau, j’ai pensé à mon grand-père. Il a navigué ici. » Les gens"),
    # a real question, spaced as French writes it, and a lost à between two words stay as they were
    ("Pourquoi ? Parce que c?est cher, dit la ma?tresse ? l??cole." + FR_SPACED, "Pourquoi ? Parce que"),
])
def test_spaced_french_quotes_lost_as_question_marks(text, want):
    assert want in enc(text).text


@pytest.mark.parametrize("text,want", [
    # a mark before punctuation closes a quote (no à and no spaced `?` stands there), and the one
    # lone mark of its clause opens it, however like a lost à it looks
    ("Selon la mairie, le dispositif est ? victime de son succ?s ?. Il d?borde." + FR_SPACED,
     "est « victime de son succès »."),
    ("Les sacs, m?me dits ? compostables ?, sont refus?s au composteur." + FR_SPACED, "dits « compostables », sont"),
])
def test_a_sure_spaced_closer_finds_its_opener_in_its_clause(text, want):
    assert want in enc(text).text


def test_a_sure_spaced_closer_with_two_lone_marks_in_its_clause_pairs_none():
    # which of the two opens is unknown (`le projet ? de retour ? la terre ?.`): no quote is made
    text = "Ils parlent du projet ? de retour ? la terre ?. Il d?borde." + FR_SPACED
    assert "«" not in enc(text).text


def test_aujourd_hui_is_an_elision():
    text = "Aujourd?hui, le composteur du quartier re?oit les restes de 140 foyers." + FR
    assert "Aujourd’hui, le composteur du quartier reçoit" in enc(text).text


@pytest.mark.parametrize("text,want", [
    # European Portuguese (`está a ser`, `equipa`) writes the acute where Brazil writes the circumflex
    ("Os olivais est?o a ser abandonados. A equipa fez 40 quil?metros com o agr?nomo." + PT,
     "40 quilómetros com o agrónomo"),
    ("Os olivais est?o sendo abandonados. A equipe fez 40 quil?metros com o agr?nomo." + PT,
     "40 quilômetros com o agrônomo"),
    # the words each variety names a thing with, damaged themselves (camião / caminhão)
    ("A freguesia recebe um cami?o-cisterna. A rede fica a 11 quil?metros, diz Ant?nio." + PT,
     "a 11 quilómetros, diz António"),
    ("O caminh?o-pipa chega pela prefeitura. A rede fica a 11 quil?metros, diz Ant?nio." + PT,
     "a 11 quilômetros, diz Antônio"),
])
def test_portuguese_variety_picks_acute_or_circumflex(text, want):
    assert want in enc(text).text


def test_portuguese_variety_leaves_other_accent_pairs_alone():
    # grandmother and grandfather, `tem` and `têm`: two words, not two spellings of one
    text = "A equipa est? a trabalhar. Eles t?m terra do av? e al?m disso a c?mara ajuda." + PT
    result = enc(text)
    assert "além disso" in result.text
    assert not any(e.evidence == "lexicon:pt:pt-PT" and e.after in "ôó" for e in result.edits)


def test_a_lone_mark_before_que_is_portuguese_e():
    text = "A grande diferen?a, explicam os produtores, ? que cada um leva o azeite para casa." + PT
    assert "produtores, é que cada" in enc(text).text


# -- case of a word-initial lost letter; a verb's person -----------------------------------------------

def test_german_capitalised_neighbours_do_not_make_a_name():
    # German capitalises every noun: `Stadt ?bernimmt` is no name, `die ?bernachtung` a noun
    text = "Die Stadt ?bernimmt die Kosten f?r die ?bernachtung der G?ste, sagte sie." + DE
    result = enc(text).text
    assert "Stadt übernimmt" in result and "die Übernachtung" in result


def test_a_lost_letter_before_does_not_start_a_sentence():
    # `d?j? ?t?`: the mark before `?t?` is déjà's lost à, not a question mark
    text = "Au total, 87 lampes ont d?j? ?t? distribu?es, sur les 120 pr?vues." + FR
    assert "ont déjà été distribuées" in enc(text).text


@pytest.mark.parametrize("text,want", [
    ("Para Laura, que se mud? desde Valencia, el pueblo es tranquilo." + ES, "se mudó desde"),
    ('"Me mud? desde Valencia hace un a?o", dijo Laura en la plaza.' + ES, "Me mud? desde"),
    ("La bottega offrir? una serie di servizi, spiega il sindaco del paese." + IT, "offrirà una"),
])
def test_a_tie_between_persons_takes_the_third_outside_quotes(text, want):
    assert want in enc(text).text


def test_a_feminine_word_is_restored_from_its_masculine_form():
    text = "La ge?grafa Marta Sancho y las ge?grafas del equipo lo dijeron ayer en la reuni?n." + ES
    result = enc(text)
    assert "La geógrafa Marta Sancho y las geógrafas" in result.text
    assert "lexicon:gender" in {e.evidence for e in result.edits}


def test_gender_endings_only_in_languages_that_have_them():
    text = "The band called its tour the ge?grafa tour, and nobody knew why." + EN
    assert "ge?grafa" in enc(text).text


def test_a_word_after_a_lost_opening_quote_is_restored():
    # «Há pessoas …» lost both: the `?` before the capital opens the quote, `H?` is Há
    text = "A bibliotec?ria explica tudo. ?H? pessoas que chegam com sacos de coisas?, diz ela." + PT
    assert "Há pessoas" in enc(text).text


@pytest.mark.parametrize("text,want", [
    # a word between two lost quote marks, its own letter lost too
    ("Die Haltestellen ?Bahnhofstra?e? und ?Gartenstra?e? entfallen w?hrend der Bauzeit." + DE,
     "„Bahnhofstraße“ und „Gartenstraße“ entfallen"),
    # a lower-case word after a lost opening quote, its own letter lost too
    ("A autarquia lembra que as obras ?s?o h? muito reclamadas pela cidade?, e pede paci?ncia." + PT,
     "“são há muito reclamadas pela cidade”"),
])
def test_a_word_inside_lost_quote_marks_is_restored(text, want):
    assert want in enc(text).text


def test_a_german_word_ending_in_a_lost_letter_before_a_lower_case_word_is_no_question():
    """German opens a sentence after a question mark with a capital: `zu Fu? während` is Fuß; a
    question before a capital stays a question."""
    text = "Die Geschäfte bleiben zu Fu? während der Bauzeit erreichbar. Kommt er zu Fu? Niemand wei? es." + DE
    result = enc(text).text
    assert "zu Fuß während" in result and "zu Fu? Niemand" in result


def test_a_capitalised_german_word_inside_a_sentence_is_no_verb():
    # German capitalises nouns: `Die H?tte` is Hütte, `er h?tte` hätte; `Hochfeldh?tte` a Hütte too
    text = "Die H?tte auf der Alm hat kein Wasser, und er h?tte gern Regen. Die Hochfeldh?tte auch nicht." + DE
    result = enc(text).text
    assert "Die Hütte auf" in result and "er hätte gern" in result and "Die Hochfeldhütte" in result


@pytest.mark.parametrize("text,want", [
    ("I conti, per?, dovranno tornare in ordine entro l'anno, dice il sindaco." + IT, "I conti, però, dovranno"),
    # English writes a question mark before a comma (`how are you?, 16 May`): it stays
    ("The subject line read: how is it working out for you?, 16 September 2025." + EN, "for you?, 16"),
])
def test_a_mark_before_a_comma_is_a_letter_outside_english(text, want):
    assert want in enc(text).text


# -- accent variants -----------------------------------------------------------------------------

def test_the_standard_accent_wins_over_a_frequent_misspelling():
    """perché and the misspelt perchè are both in the lexicon, close in frequency: the more
    frequent of two accent variants is the standard spelling (ACCENT_VARIANT_LEAD)."""
    text = ("La decisione era necessaria perch? il ponte era vecchio, e poich? nessuno sapeva nulla "
            "non c'era n? acqua n? ghiaccio nel bacino." + IT)
    result = enc(text).text
    assert "perché il ponte" in result and "poiché nessuno" in result and "né acqua né ghiaccio" in result


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeiouéèóòáàíìúùprch", min_size=1, max_size=6),
       st.text(alphabet="aeiouéèóòáàíìúùprch", min_size=1, max_size=6))
def test_accent_variants_differ_in_one_turned_accent_only(a, b):
    from normalizer.rules.encoding import _accent_variants
    assert _accent_variants(a, b) == _accent_variants(b, a)
    if _accent_variants(a, b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        assert len(a) == len(b) and len(diff) == 1
        assert {diff[0][0], diff[0][1]} in ({"é", "è"}, {"ó", "ò"}, {"á", "à"}, {"í", "ì"}, {"ú", "ù"})


# -- ties the word before settles -----------------------------------------------------------------

SV = (" Det är tisdag morgon och vid pumparna står en timmerbil, en skolskjuts och en traktor i kö. Inne i"
      " butiken brygger hon det första kaffet för dagen medan radion står på. Hon får ingen lön för det.")


def test_a_number_before_a_swedish_tie_makes_it_a_year():
    """`?r` is är (is) by the lexicon's ranking, but år (year) after a number or `i`."""
    text = ("Macken har varit öppen i tre ?r och föreningen ?r nöjd. I ?r går den med vinst, och 12 ?r är lång tid. "
            "Då f?r alla kaffe." + SV)
    result = enc(text).text
    assert "i tre år och föreningen är nöjd" in result and "I år går" in result and "och 12 år är" in result
    assert "Då får alla" in result  # (för by the ranking; får after a pronoun or `då`)


def test_a_swedish_infinitive_marker_or_article_settles_a_tie():
    """`k?ra` is köra (drive) or kära (dear), `r?d` råd (advice) or röd (red): after `att`, `vill`
    or `inte` the verb, after `ett`, `fick` or `bra` the noun."""
    result = enc("Han vill inte k?ra dit i morgon. Hon fick ett r?d av grannen." + SV).text
    assert "vill inte köra dit" in result and "fick ett råd av" in result


def test_a_portuguese_short_word_after_a_word_that_lost_its_first_letter():
    """`?nibus` is ônibus, no opening quote: a word-final mark later in the sentence is still a
    lost letter (só, lá), and a single ASCII letter (`s`, `l`, `p`) is no rival word in
    Portuguese, so `?s 5h30` is às, not a quote that closes on `p?`."""
    text = ("Se perder o primeiro ?nibus, s? consegue embarcar depois das 6h. Ela vai estrear a linha"
            " na segunda-feira, ?s 5h30, e costuma viajar a p? at? o terminal e, de l?, fazer a"
            " integra??o." + PT)
    result = enc(text).text
    assert "ônibus, só consegue" in result and "segunda-feira, às 5h30" in result
    assert "viajar a pé até" in result and "de lá, fazer" in result and "“" not in result


@pytest.mark.parametrize("text, want", [
    ("Ela diz que n?o d? para plantar tudo, disse a t?cnica.", "não dá para"),     # the default
    ("Espero que Deus lhe d? sa?de, disse a t?cnica.", "lhe dê saúde"),           # after lhe
    ("O milho do av? e a horta da av? resistem, disse a t?cnica.", "do avô e a horta da avó"),
    ("Quem chega de c? aprende a mudar uma resist?ncia.", "de cá aprende"),
])
def test_a_portuguese_word_before_settles_a_short_word(text, want):
    assert want in enc(text + PT).text


def test_a_lone_mark_before_an_infinitive_is_portuguese_e():
    text = "A meta ? concluir as obras e o ideal ? plantar agora, disse a t?cnica. Ela foi ? escola." + PT
    result = enc(text).text
    assert "meta é concluir" in result and "ideal é plantar" in result and "foi à escola" in result


@pytest.mark.parametrize("text, want", [
    ("Ancien apprenti m?canicien ? Aurillac, il a d?couvert le m?tier.", "mécanicien à Aurillac, il"),
    # two names joined by `ou` or `et`, each after its own mark
    ("Ses h?ritiers vivent ? Clermont-Ferrand ou ? Paris. Ils n?ont pas envie de vendre.",
     "vivent à Clermont-Ferrand ou à Paris. Ils"),
    ("Les ?lus avaient multipli? les contacts ? Munich et ? Stuttgart d?s l?origine.",
     "contacts à Munich et à Stuttgart dès"),
    # (a name followed by neither punctuation nor a second name keeps its mark)
    ("Les ?lus avaient multipli? les contacts ? Munich d?s l?origine.", "contacts ? Munich dès"),
    # a bracket after the name, past a space
    ("La reprise des Fonderies de la Semoy, ? Bogny-sur-Meuse (Ardennes), a ?t? valid?e.",
     ", à Bogny-sur-Meuse (Ardennes),"),
    ("La piscine des Isles, ? Vennes-sur-Orbe, a f?t? ses septante ans.", "Isles, à Vennes-sur-Orbe,"),
    # a short rhetorical question, and a capital that opens a sentence, keep their `?`
    ("Le vainqueur ? Marseille. La ville a ?t? choisie.", "vainqueur ? Marseille."),
    ("On cherche encore un lieu pour la f?te ? Pour l?instant, rien.", "f?te ? Pour"),
])
def test_a_french_lone_mark_before_a_place_name_is_a(text, want):
    assert want.replace("f?te", "fête") in enc(text + FR).text


def test_a_list_item_keeps_the_case_its_items_open_with():
    """A restored word opening a list item takes the items' case: lower case where the line
    above ends with a colon or semicolon and a neighbouring item opens in lower case; a capital
    after a line that introduces no list."""
    text = ("Nesses hor?rios, podem circular pela faixa:\n- ?nibus do transporte p?blico;\n"
            "- ambul?ncias e viaturas da pol?cia;\n- ?nibus escolares.\nA diarista n?o sabe.\n"
            "?nibus lotados s?o comuns na linha." + PT)
    result = enc(text).text
    assert "- ônibus do transporte" in result and "- ônibus escolares" in result
    assert "\nÔnibus lotados" in result


def test_a_portuguese_tie_goes_to_the_number_unless_a_preposition_of_place_leads():
    text = "A prefeitura fechou a estrada por tr?s meses. O carro ficou para tr?s, disse o prefeito." + PT
    result = enc(text).text
    assert "por três meses" in result and "para trás" in result


# -- one U+FFFD per lost character, and elisions against stray lexicon words ---------------------------

PT_CAMPO = (" Os moradores da cidade disseram que o projeto é para as crianças e que a situação não"
      " é boa para quem trabalha no campo.")


@pytest.mark.parametrize("text, want", [
    # a decoder that replaced characters, not bytes: one mark per lost letter
    ("A produ\ufffd\ufffdo de caf\ufffd cresceu na associa\ufffd\ufffdo." + PT_CAMPO,
     "A produção de café cresceu na associação." + PT_CAMPO),
    # bytes replaced one by one: a run is one letter, read first
    ("O caf\ufffd\ufffd da manh\ufffd\ufffd." + PT_CAMPO, "O café da manhã." + PT_CAMPO),
    # both readings are words: one letter per mark (solução) is far more frequent than one (soluço)
    ("A solu\ufffd\ufffdo chegou para a esta\ufffd\ufffdo." + PT_CAMPO, "A solução chegou para a estação." + PT_CAMPO),
])
def test_a_run_of_fffd_is_one_letter_or_one_per_mark(text, want):
    assert enc(text).text == want


@pytest.mark.parametrize("text, want", [
    ("Elle n?a pas le permis, et elle m?a envoy? un texto." + FR,
     "Elle n’a pas le permis, et elle m’a envoyé un texto." + FR),
    ("C?t? gare, c?est d?j? fini, et le m?me bus repart." + FR,
     "Côté gare, c’est déjà fini, et le même bus repart." + FR),
])
def test_a_one_letter_elision_beats_a_rare_lexicon_word(text, want):
    """n?a is n’a (not the lexicon's stray néa); côté, déjà, même are frequent enough to win."""
    assert enc(text).text == want


def test_spaced_dash_follows_the_language_when_the_document_has_none():
    damaged = "Die Stra?e ? und der Platz waren am Morgen gesperrt." + DE
    assert enc(damaged).text == "Die Straße – und der Platz waren am Morgen gesperrt." + DE


@pytest.mark.parametrize("damaged, want", [
    ("El municipio empezar? a dar turnos el lunes y la charla dar? un descuento.",
     "El municipio empezará a dar turnos el lunes y la charla dará un descuento."),
    ("El intendente lleg? tarde y el concejo necesit? dos horas para votar.",
     "El intendente llegó tarde y el concejo necesitó dos horas para votar."),
])
def test_a_spanish_verb_in_the_articles_voice_takes_the_third_person(damaged, want):
    # future empezará / empezaré and preterite llegó / llegué: both are words, the article narrates
    assert enc("Seg?n la municipalidad, " + damaged[0].lower() + damaged[1:] + ES).text == \
        "Según la municipalidad, " + want[0].lower() + want[1:] + ES


@pytest.mark.parametrize("damaged, want", [
    # più», viabilità»: a lost last letter, then a lost closing guillemet (the page lost other
    # letters too: a page whose only marks end sentences is no damaged page)
    ("Il sindaco ha detto: ?La mattina sono una trentina, il pomeriggio anche di pi??.",
     "il pomeriggio anche di più"),
    ("La citt? ha detto: ?Chiederemo di legare il via libera alla nuova viabilit??.", "alla nuova viabilità"),
])
def test_a_lost_letter_before_a_lost_closing_mark(damaged, want):
    assert want in enc(damaged + IT).text


def test_an_italian_verb_in_the_articles_voice_beats_a_name_with_the_other_accent():
    """andr?: andrà and andrò lead the name andré by less than MIN_ZIPF_LEAD, but by
    NARRATIVE_LEAD; outside quotes the third person is the article's."""
    text = "Se il progetto della cava andr? avanti, i passaggi potrebbero arrivare a novanta al giorno." + IT
    assert "andrà avanti" in enc(text).text
    quoted = '"Se il progetto della cava andr? avanti, i passaggi saranno novanta", ha detto.' + IT
    assert "andr? avanti" in enc(quoted).text or "andrò avanti" in enc(quoted).text


def test_a_word_opening_with_two_lost_letters_is_found_even_alone_on_its_page():
    """`??n` (één): the page's only damage; a run of three marks (a quote's mangled bytes,
    `???Hallo`) or one after a letter (`wat??Dan`) opens no word."""
    nl = " De gemeente zegt dat het plan voor de zomer klaar is en dat de bewoners er nog over kunnen praten."
    assert "maar één keer per uur" in enc("De bus rijdt maar ??n keer per uur, zegt de schepen." + nl).text
    for text in ("Hij zei ???Hallo en ging weg." + nl, "Wat??Dan gaan we maar." + nl):
        assert enc(text).text == text


@pytest.mark.parametrize("text,kept,gone", [
    # a French page's d?gun is no Turkish-looking dögun, a Portuguese page's ru?as no ružas
    ("Il n?y a d?gun pour nous demander notre avis, dit le p?cheur du port." + FR, "d?gun", "dögun"),
    ("As ru?as da aldeia ficaram sem ?gua durante a semana, disse o presidente." + PT, "ru?as", "ružas"),
])
def test_a_reading_from_another_language_needs_the_pages_letters(text, kept, gone):
    """A page in a language with letters of its own (data/alphabets.tsv) lost those: a reading
    found only in another language's words stays unresolved when its letters are not the page's."""
    result = enc(text).text
    assert kept in result and gone not in result


def test_an_english_page_keeps_names_from_everywhere():
    text = "The ferry from Gda?sk to Nyn?shamn was late on Tuesday, the company?s office said." + EN
    assert "Gdańsk to Nynäshamn" in enc(text).text


def test_alphabets_table_matches_the_lexicon_build():
    """One table serves the lexicon build (rare words) and the page's-letters rule."""
    from normalizer.tables import alphabets
    table = alphabets()
    assert table["en"] == "" and set("ñ") <= set(table["es"]) and "ö" not in table["fr"]
    assert all(letters == letters.lower() and not any(ch.isascii() for ch in letters) for letters in table.values())
