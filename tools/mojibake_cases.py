"""Write tests/data/mojibake_cases.jsonl (tests/test_mojibake_cases.py): inputs written by hand
after the kinds of damage ftfy's own test suite covers; `want` is ftfy.fix_text with the project's
FTFY_CONFIG, alone and inside a line of prose (`want_in_prose` when it differs). Rows were then
reviewed by eye. Clean rows that ftfy would change keep their input as `want` (our gate keeps them).

    PYTHONPATH=. python tools/mojibake_cases.py tests/data/mojibake_cases.jsonl
"""
import json, sys
from ftfy import fix_text
import ftfy.bad_codecs  # noqa: sloppy-windows-*
from normalizer.rules.encoding import FTFY_CONFIG, _may_be_mojibake

def m(text, enc="sloppy-windows-1252"):
    return text.encode("utf-8").decode(enc)

def twice(text, enc="sloppy-windows-1252"):
    return m(m(text, enc), enc)

CASES = []
def fix(name, text, note=None, xfail=None): CASES.append(("fix", name, text, note, xfail))
def keep(name, text, note=None, xfail=None): CASES.append(("keep", name, text, note, xfail))

# -- UTF-8 read as cp1252 (sloppy: undefined bytes as C1)
fix("cp1252 apostrophe", "doesnâ€™t")
fix("cp1252 e acute", "cafÃ©")
fix("cp1252 u umlaut German", m("Handwerk bringt dich überall hin"))
fix("cp1252 curly double quotes", "â€œyesâ€\x9d")
fix("cp1252 left single quote", m("‘quoted’"))
fix("cp1252 em dash", m("2010 — 2015"))
fix("cp1252 en dash", m("pages 10–12"))
fix("cp1252 ellipsis", m("and so on…"))
fix("cp1252 bullet", m("• item"))
fix("cp1252 euro sign", m("costs €20"))
fix("cp1252 trademark", m("Brand™ product"), "ftfy leaves a lone `â„¢` after a word")
fix("cp1252 Spanish", m("El niño comió jalapeño y piña"))
fix("cp1252 French", m("Le théâtre était fermé à Noël"))
fix("cp1252 Portuguese", m("São Paulo e a região são grandes"))
fix("cp1252 Turkish", m("Hırsızı Büyü Korkuttu"))
fix("cp1252 Istanbul capital dotted I", m("İstanbul"))
fix("cp1252 Latvian Riga", m("Rīga"))
fix("cp1252 German all caps", m("RUF MICH ZURÜCK"))
fix("cp1252 Polish", m("Łódź i Gdańsk"))
fix("cp1252 Czech", m("Dvořák a Smetana"))
fix("cp1252 Icelandic", m("Þórður og Guðrún"))
fix("cp1252 degree sign", m("20 °C today"))
fix("cp1252 pound and section", m("£5 under § 3"))
fix("cp1252 non-breaking space intact", m("100\u00a0km"))
fix("cp1252 multiplication sign", m("3 × 4"))
fix("cp1252 heart low-codepoint emoji", m("Justin❤"))
fix("cp1252 star", m("★★★ rated"))
fix("cp1252 arrow", m("next →"))
# -- UTF-8 read as Latin-1 (C1 controls for the 0x80-0x9F bytes)
fix("latin-1 apostrophe", m("don’t", "latin-1"))
fix("latin-1 e acute", m("résumé", "latin-1"))
fix("latin-1 em dash", m("yes — no", "latin-1"))
fix("latin-1 curly quotes", m("“hello”", "latin-1"))
# -- C1 controls written for cp1252 characters
fix("C1 right quote", "it\x92s")
fix("C1 double quotes", "\x93word\x94")
fix("C1 dash", "a \x97 b")
fix("C1 euro", "\x80 5")
fix("C1 ellipsis", "wait\x85", None, "U+0085 (NEL) is a line break to the document model (str.splitlines): layout drops it before ftfy sees the line")
# -- doubly encoded
fix("double apostrophe", twice("don’t"))
fix("double e acute", twice("café"))
fix("double u umlaut", twice("Müller"))
fix("double em dash", twice("x — y"))
fix("triple e acute", m(twice("café")))
SH="layout.invisible drops the soft hyphen (byte AD of the mojibake) before encoding.mojibake runs, so ftfy gets a broken sequence"
# -- other scripts
fix("Russian via cp1252", m("Привет"))
fix("Russian phrase via cp1252", m("дороге Из-под"))
fix("Greek via cp1252", m("Αθήνα"))
fix("Hebrew via cp1252", m("שלום"))
fix("Arabic via cp1252", m("مرحبا"), None, SH)
fix("Japanese via cp1252", m("東京"))
fix("Chinese via cp1252", m("中文"), None, SH)
fix("Korean via cp1252", m("한국어"), None, SH)
fix("emoji via cp1252", m("👍"))
fix("emoji face via cp1252", m("😍"))
SH="layout.invisible drops the soft hyphen (byte AD of the mojibake) before encoding.mojibake runs, so ftfy gets a broken sequence"
G="the gate looks for cp1252/Latin-1 signatures only (MOJIBAKE_LEADS U+00C2-U+00F4)"
fix("Russian via cp1251", m("Привет мир", "windows-1251"), None, G)
fix("Czech via cp1250", m("Bedřich Smetana", "sloppy-windows-1250"), None, G)
fix("French via MacRoman", m("gâteaux pour un régime équilibré", "macroman"), None, G)
fix("French via cp437", m("café crème", "cp437"), None, G)
# -- mixed good and bad on one line
fix("mixed good accents and mojibake", "Café and also cafÃ©")
fix("mixed curly quote and mojibake", "“Good” and doesnâ€™t")
fix("mixed emoji and mojibake", "👍 and Ã©")
# -- non-breaking space lost to a space / line end
fix("a grave with A0 as space", "voilÃ  le travail")
fix("a grave at line end", "voilÃ", "the A0 is gone with the line end: ftfy has nothing to restore")
fix("A0 lost in a acute quote", "Ã  la carte")
# -- lossy sequences
fix("replacement after lead", "caf\u00c3\ufffd bar", "in prose, encoding.lost_letters then restores ftfy's U+FFFD (café)")
fix("lossy quote", "â€\ufffd end")
# -- terminal escapes
fix("terminal colour", "\x1b[36;44mI'm blue\x1b[0m")
fix("terminal bold", "\x1b[1mbold\x1b[22m text")
fix("terminal with mojibake", "\x1b[31mcafÃ©\x1b[0m")

# -- must not change
keep("valid French", "Le théâtre était fermé à Noël")
keep("valid German", "Straße über Äpfel")
keep("Portuguese capital A tilde word end", "NÃO")
keep("Portuguese caps sentence", "SÃO PAULO NÃO É AQUI")
keep("Portuguese capital A tilde before S", "IRMÃS E MÃES")
keep("Portuguese capitals A tilde then O", "INFORMAÇÃO E EDUCAÇÃO")
keep("Portuguese lower", "não são irmãs")
keep("Latin-1 words with A circumflex", "Âge d'or")
keep("valid curly quotes", "“Hello,” she said, ‘quietly’.")
keep("valid dashes and ellipsis", "2010–2015 — and so on…")
keep("math symbols", "(-1/2)! = √π, ∀x ∈ ℝ")
keep("math with degree and multiplication", "3 × 4 ÷ 2 ± 1°")
keep("Spanish inverted marks", "¡Hola! ¿Qué tal?")
keep("copyright and registered", "© 2020 Acme® Inc.")
keep("Cyrillic", "Москва")
keep("Greek", "Αθήνα")
keep("CJK", "東京 中文")
keep("emoji", "👍 😍")
keep("Hebrew with NBSP", "עברית\u00a0שלום")
keep("box drawing", "├┤a┼┐a┼┐a")
keep("fractions", "½ cup and ¾ spoon")
keep("Icelandic", "Þórður")
keep("Vietnamese", "Tiếng Việt")
keep("currency", "€20 £5 ¥100")
keep("Spanish ordinals", "1º y 2ª")
keep("A circumflex then micro (ftfy: NBSP)", "Â µ", "ftfy's restore_byte_a0 makes `Â ` a no-break space; the gate keeps the text")
keep("Portuguese caps sister in quotes", "“IRMÃ”", None, "ftfy reads `Ã”` as `Ô` (C3 94) in valid Portuguese capitals; the gate flags Ã + ” and ftfy changes it")
keep("Portuguese caps A tilde before space", "A IRMÃ E O IRMÃO")
keep("Romanian capitals", "ÎN ROMÂNIA")
keep("accent before ellipsis and dash", "l'été… un café—bar", "gate: a 3-byte lead (é) with one continuation (…) still flags the line; ftfy keeps it (cost only)")
keep("accent before guillemet", "« été »")
keep("Guillemets French", "« Bonjour »")

out = []
P, S = "The report was published on Monday, and ", " according to the staff."
for kind, name, text, note, xfail in CASES:
    want = fix_text(text, FTFY_CONFIG)
    prose = fix_text(P + text + S, FTFY_CONFIG)
    assert prose.startswith(P) and prose.endswith(S), prose
    row = {"id": name.replace(" ", "_"), "kind": "damaged" if kind == "fix" else "clean", "input": text,
           "want": want, "want_in_prose": prose[len(P):len(prose) - len(S)], "gate": _may_be_mojibake(text)}
    if kind == "keep" and want != text:  # ftfy changes valid text: we keep it (the gate does)
        row["want"] = row["want_in_prose"] = text
    if note: row["note"] = note
    if row["id"] == "replacement_after_lead": row["want_chain_in_prose"] = "caf\u00e9 bar"
    if kind == "keep" and row["gate"] and not xfail: row["gate_false_positive"] = True
    if xfail: row["xfail"] = xfail
    out.append(row)
for row in out:
    flag = ""
    if row["want"] != row["want_in_prose"]: flag = "!!PROSE-DIFFERS " + repr(row["want_in_prose"])
    if row["kind"] == "damaged" and row["want"] == row["input"]: flag += "!!NOFIX"
    if row["kind"] == "damaged" and not row["gate"]: flag += " !!GATEMISS"
    if row["kind"] == "clean" and row["gate"]: flag += " (gate-hit)"
    if "xfail" in row: flag += " XFAIL"
    print(f'{row["kind"]:4} {row["id"][:40]:40} {row["input"]!r:45} -> {row["want"]!r} {flag}')
print(len(out))
if len(sys.argv) > 1:
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for row in out:
            row = {k: v for k, v in row.items() if k != "gate" and not (k == "want_in_prose" and v == row["want"])}
            f.write(json.dumps(row, ensure_ascii=True) + "\n")
