"""Build the lost-character lexicon, `normalizer/data/lexicon.tsv.gz`, from wordfreq.

    .venv/bin/python tools/build_lexicon.py [--threshold 1.5] [--rare-threshold 1.0] [--output PATH]

The lexicon lists the words of the Latin-script languages wordfreq knows that carry at least one
non-ASCII letter (``peña``, ``são``, ``münchen``), with their Zipf frequency in every language
where that frequency reaches the threshold, and a few rarer words that pass the filters of
`admit_rare` (see RARE_THRESHOLD). The loader, `normalizer.lexicon`, indexes the words by
skeleton (``pe?a``) so the encoding rules can restore letters that scraping turned into ``?`` or
U+FFFD.

wordfreq is a build-time dependency only (``pip install normalizer[lexicon]``); the library reads
the generated file with the standard library. The output is deterministic (sorted lines, gzip
mtime 0), so rebuilding with the same wordfreq version gives the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import wordfreq
from wordfreq import iter_wordlist, zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalizer.lexicon import keyed_lines, skeleton  # noqa: E402  (the loader's own keying)
from normalizer.tables import alphabets  # noqa: E402
DEFAULT_OUTPUT = ROOT / "normalizer" / "data" / "lexicon.tsv.gz"

#: Every Latin-script language wordfreq 3.1 has a 'best' list for.
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "ca", "pl", "cs", "sk", "sl", "sh", "hu",
             "ro", "tr", "sv", "da", "nb", "fi", "is", "lt", "lv", "id", "ms", "fil", "vi")

DEFAULT_THRESHOLD = 1.5

#: Per-language thresholds below the default. English text quotes foreign names (Siân, Viñas,
#: saké) that wordfreq's English list knows only rarely; keeping them lets an English page prefer
#: them over a commoner word of a language the page is not in.
LANGUAGE_THRESHOLDS = {"en": 1.0}

#: Rare words: below a language's threshold, down to this Zipf frequency (wordfreq's large lists
#: stop at 1.0; its small ones at 3.0, so only es pt fr de it nl ca pl cs sv nb fi go lower), a
#: word is admitted only when `admit_rare` lets it in: it fills a gap the frequent words leave (no
#: listed word has its skeleton, and it is listed in no language yet), it has at least
#: RARE_MIN_LETTERS letters, every non-ASCII letter of it belongs to the language's alphabet
#: (ALPHABETS: a Japanese ō in a Finnish list is a transliteration, not Finnish), and it has no
#: ASCII rival reading (see `rival_stems`: caf for café, herm for hermès) that is a word in any
#: language. Frequent words keep exactly the languages they had: a rare frequency never turns a
#: clear winner in a document's language into a tie. None turns the admission off.
RARE_THRESHOLD: float | None = 1.0
RARE_MIN_LETTERS = 4

#: The non-ASCII letters of each language's own alphabet (lowercase), for the rare words (see
#: normalizer/data/alphabets.tsv, which encoding.lost_letters reads too).
ALPHABETS = alphabets()

#: Contraction and possessive tails: a lost character before one may be an apostrophe (herm?s:
#: Hermès or herm's), so the ASCII word before it is listed too.
APOSTROPHE_TAILS = frozenset({"s", "t", "d", "m", "ll", "re", "ve"})

#: wordfreq case-folds German "ß" to "ss" (its lists have no ß at all). The German words with "ss"
#: are listed again with one "ss" written "ß" (strasse -> straße): a lost letter there was not
#: ASCII, so where the text lost one, the ß spelling is the one it had.
SHARP_S_LANGUAGES = ("de",)

#: Joiners allowed inside a word (never first or last, always between two letters).
JOINERS = frozenset("'-")

#: Letters whose Unicode name says LATIN but which are phonetic symbols, not orthography: the IPA
#: and phonetic-extension blocks. In wordfreq they are transcriptions and emoticon parts (ʖ, ᴥ, ʕ).
#: Schwa stays: it is a letter of Azerbaijani (Azərbaycan).
_PHONETIC_BLOCKS = ((0x0250, 0x02AF), (0x1D00, 0x1DBF))
_ORTHOGRAPHIC_EXCEPTIONS = frozenset("ə")

HEADER = """\
# Lost-character lexicon for normalizer: words with non-ASCII Latin letters and their Zipf
# frequencies per language, used to restore letters lost as "?" or U+FFFD (Pe?a -> Peña).
# Derived from wordfreq {version} by Robyn Speer et al. (https://github.com/rspeer/wordfreq).
# wordfreq's code is licensed Apache-2.0; its word-frequency data is licensed CC-BY-SA 4.0,
# and so is this derived file (see normalizer/data/LICENSES.md).
# wordfreq aggregates Wikipedia, subtitles (OpenSubtitles, SUBTLEX), news (NewsCrawl,
# GlobalVoices), books (Google Books Ngrams), web text (OSCAR), Twitter and Reddit.
# Languages: {languages}
# Kept: words of only letters (plus inner ' or -), at least one non-ASCII letter, all letters
# Latin script (IPA/phonetic symbols excluded); a language's Zipf frequency is listed where
# wordfreq.zipf_frequency(word, lang) >= {threshold} ({thresholds}).
{rare}# German words with "ss" are listed again with one "ss" as "ß" (wordfreq folds ß to ss), with
# the frequency of the "ss" word.
# Also listed, as ASCII words: the rival readings of a lost letter - a word with one non-ASCII
# letter cut at it when it is the last letter (caf for café), the first (tat for état), or
# before a contraction tail s t d m ll re ve (herm for hermès), with their frequencies.
# Format: skeleton<TAB>letters<TAB>lang:zipf,lang:zipf,... The skeleton is the word (lowercase
# as wordfreq gives it) with each non-ASCII letter as "?", and letters are those letters in
# order: "pe?a<TAB>ñ" is peña, "caf<TAB>" the ASCII word caf. Languages by Zipf descending; lines
# sorted as UTF-8 bytes (by skeleton, then word), so the loader keeps them as they are.
# Built by: .venv/bin/python tools/build_lexicon.py --threshold {threshold}{rare_option}
"""

RARE_HEADER = """\
# Rarer words, down to Zipf {rare}, are listed too when no listed word has their skeleton
# (Pe?a), they are listed in no language yet, they have at least {letters} letters, every
# non-ASCII letter is in the language's alphabet, and their ASCII rival reading (below) is no
# word of any language at Zipf {rare}.
"""


def _is_latin_letter(ch: str) -> bool:
    if ch.isascii():
        return True
    cp = ord(ch)
    if ch not in _ORTHOGRAPHIC_EXCEPTIONS and any(lo <= cp <= hi for lo, hi in _PHONETIC_BLOCKS):
        return False
    return "LATIN" in unicodedata.name(ch, "")


def keep(word: str) -> bool:
    """Letters only (plus inner joiners), all Latin, at least one of them non-ASCII.

    Words must also be lowercase (wordfreq case-folds them): the loader relies on it.
    """
    if not word or word.isascii() or word != word.lower():
        return False
    last = len(word) - 1
    for i, ch in enumerate(word):
        if ch.isalpha():
            if not _is_latin_letter(ch):
                return False
        elif ch in JOINERS:
            if i == 0 or i == last or not (word[i - 1].isalpha() and word[i + 1].isalpha()):
                return False
        else:
            return False
    return any(not ch.isascii() and ch.isalpha() for ch in word)


def threshold_for(lang: str, threshold: float) -> float:
    return min(threshold, LANGUAGE_THRESHOLDS.get(lang, threshold))


def sharp_s_variants(word: str) -> list[str]:
    """`word` with one of its inner "ss" written "ß", for each "ss" (strasse -> straße)."""
    out = []
    i = word.find("ss", 1)
    while i > 0:
        out.append(word[:i] + "ß" + word[i + 2:])
        i = word.find("ss", i + 1)
    return out


def collect(languages: tuple[str, ...], threshold: float, rare_threshold: float | None = None,
            rare_min_letters: int = RARE_MIN_LETTERS, log=sys.stderr) -> dict[str, dict[str, float]]:
    """word -> {lang: zipf} for every kept (word, lang) pair at or above the threshold, then the
    rare words `admit_rare` lets in (at or above `rare_threshold`, if any)."""
    table: dict[str, dict[str, float]] = defaultdict(dict)
    rare: dict[str, dict[str, float]] = defaultdict(dict)
    available = wordfreq.available_languages("best")
    for lang in languages:
        if lang not in available:
            raise SystemExit(f"wordfreq {_wordfreq_version()} has no 'best' list for {lang!r}")
        seen = kept = below = 0
        limit = threshold_for(lang, threshold)
        for word in iter_wordlist(lang, "best"):
            seen += 1
            sharp = lang in SHARP_S_LANGUAGES and "ss" in word[1:] and word.isalpha()
            as_is = keep(word)
            if not as_is and not (sharp and word.isascii()):
                continue
            # (an ASCII "ss" word is listed in its ß spellings only; a word with other non-ASCII
            # letters in both: fussgänger and fußgänger)
            forms = ([word] if as_is else []) + (sharp_s_variants(word) if sharp else [])
            zipf = zipf_frequency(word, lang)
            if zipf < limit:
                if rare_threshold is not None and zipf >= rare_threshold:
                    for form in forms:
                        rare[form].setdefault(lang, zipf)
                        below += 1
                continue
            for form in forms:
                table[form].setdefault(lang, zipf)
                kept += 1
        print(f"{lang:>3}: {kept:7d} of {seen:7d} words" + (f", {below} rarer" if below else ""),
              file=log)
    if rare:
        admitted = admit_rare(table, rare, languages, threshold, rare_threshold, rare_min_letters)
        for word, freqs in admitted.items():
            table[word] = freqs
        print(f"rare: {len(admitted)} of {len(rare)} words admitted", file=log)
    return table


def rival_stem(word: str) -> str | None:
    """The ASCII reading a lost letter in `word` competes with (see the header), or None: with
    one non-ASCII letter, the word cut at it when it is last, first, or before a contraction
    tail (caf for café, tat for état, herm for hermès)."""
    outside = [i for i, ch in enumerate(word) if not ch.isascii()]
    if len(outside) != 1:
        return None
    i = outside[0]
    if i == len(word) - 1 or word[i + 1:] in APOSTROPHE_TAILS:
        stem = word[:i]
    elif i == 0:
        stem = word[1:]
    else:
        return None
    return stem if stem.isalpha() else None


def admit_rare(table: dict[str, dict[str, float]], rare: dict[str, dict[str, float]],
               languages: tuple[str, ...], threshold: float, rare_threshold: float,
               min_letters: int = RARE_MIN_LETTERS) -> dict[str, dict[str, float]]:
    """The rare words (`rare`: word -> {lang: zipf} below the languages' thresholds) worth
    adding to `table` (the words listed at the thresholds): see RARE_THRESHOLD. A word keeps the
    languages whose alphabet holds its letters. A rival stem is a word when a language lists it
    at `rare_threshold` or at that language's threshold, whichever is lower: so the rival stem
    of an admitted word is never a word the lexicon would list, and the stems stay as they were."""
    taken = {skeleton(word) for word in table}
    out: dict[str, dict[str, float]] = {}
    for word in sorted(rare):
        if word in table or skeleton(word) in taken:
            continue
        if sum(ch.isalpha() for ch in word) < min_letters:
            continue
        stem = rival_stem(word)
        if stem is not None and any(
                zipf_frequency(stem, lang) >= min(rare_threshold, threshold_for(lang, threshold))
                for lang in languages):
            continue
        accents = {ch for ch in word if not ch.isascii()}
        freqs = {lang: zipf for lang, zipf in rare[word].items() if accents <= set(ALPHABETS[lang])}
        if freqs:
            out[word] = freqs
    return out


def rival_stems(words) -> set[str]:
    """The ASCII readings a lost letter competes with (see `rival_stem`)."""
    return {stem for stem in map(rival_stem, words) if stem is not None}


def collect_stems(table: dict[str, dict[str, float]], languages: tuple[str, ...], threshold: float,
                  log=sys.stderr) -> dict[str, dict[str, float]]:
    """stem -> {lang: zipf} for the rival stems of `table`'s words (see `rival_stems`)."""
    out: dict[str, dict[str, float]] = {}
    stems = sorted(rival_stems(table))
    for stem in stems:
        freqs = {}
        for lang in languages:
            zipf = zipf_frequency(stem, lang)
            if zipf >= threshold_for(lang, threshold):
                freqs[lang] = zipf
        if freqs:
            out[stem] = freqs
    print(f"stems: {len(out)} of {len(stems)} are words", file=log)
    return out


def render(table: dict[str, dict[str, float]], languages: tuple[str, ...],
           threshold: float, rare_threshold: float | None = None,
           rare_min_letters: int = RARE_MIN_LETTERS) -> str:
    lower = ", ".join(f"{lang}: {threshold_for(lang, threshold):g}" for lang in languages
                      if threshold_for(lang, threshold) != threshold) or "every language"
    if rare_threshold is None:
        rare = rare_option = ""
    else:
        rare = RARE_HEADER.format(rare=f"{rare_threshold:g}", letters=rare_min_letters)
        rare_option = f" --rare-threshold {rare_threshold:g}"
        if rare_min_letters != RARE_MIN_LETTERS:
            rare_option += f" --rare-min-letters {rare_min_letters}"
    header = HEADER.format(version=_wordfreq_version(), languages=" ".join(languages),
                           threshold=f"{threshold:g}", thresholds=lower, rare=rare,
                           rare_option=rare_option)
    lines = []
    for word in sorted(table):
        freqs = sorted(table[word].items(), key=lambda kv: (-kv[1], kv[0]))
        lines.append(word + "\t" + ",".join(f"{lang}:{zipf:.2f}" for lang, zipf in freqs))
    body = keyed_lines(("\n".join(lines) + "\n").encode("utf-8")).decode("utf-8")
    return header + body


def _wordfreq_version() -> str:
    from importlib.metadata import version
    return version("wordfreq")


def _rare_threshold(value: str) -> float | None:
    return None if value.lower() in ("off", "none") else float(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help="minimum Zipf frequency of a word in a language (default %(default)s)")
    parser.add_argument("--rare-threshold", type=_rare_threshold, default=RARE_THRESHOLD,
                        help="admit words this frequent that pass the rare-word filters "
                             "(RARE_THRESHOLD; 'off' for none; default %(default)s)")
    parser.add_argument("--rare-min-letters", type=int, default=RARE_MIN_LETTERS,
                        help="letters a rare word needs at least (default %(default)s)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    rare = args.rare_threshold
    if rare is not None and rare >= args.threshold:
        rare = None

    table = collect(LANGUAGES, args.threshold, rare, args.rare_min_letters)
    table.update(collect_stems(table, LANGUAGES, args.threshold))
    text = render(table, LANGUAGES, args.threshold, rare, args.rare_min_letters)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 and no file name in the gzip header: identical input gives identical bytes.
    with open(args.output, "wb") as raw, \
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    size = args.output.stat().st_size
    print(f"{len(table)} words, {len(text.encode('utf-8'))} bytes of text, "
          f"{size} bytes gzipped -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
