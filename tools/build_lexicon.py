"""Build the lost-character lexicon, `normalizer/data/lexicon.tsv.gz`, from wordfreq.

    .venv/bin/python tools/build_lexicon.py [--threshold 1.5] [--output PATH]

The lexicon lists the words of the Latin-script languages wordfreq knows that carry at least one
non-ASCII letter (``peña``, ``são``, ``münchen``), with their Zipf frequency in every language
where that frequency reaches the threshold. The loader, `normalizer.lexicon`, indexes the words by
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
DEFAULT_OUTPUT = ROOT / "normalizer" / "data" / "lexicon.tsv.gz"

#: Every Latin-script language wordfreq 3.1 has a 'best' list for.
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "ca", "pl", "cs", "sk", "sl", "sh", "hu",
             "ro", "tr", "sv", "da", "nb", "fi", "is", "lt", "lv", "id", "ms", "fil", "vi")

DEFAULT_THRESHOLD = 1.5

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
# wordfreq.zipf_frequency(word, lang) >= {threshold}.
# Format: word<TAB>lang:zipf,lang:zipf,... (lowercase as wordfreq gives it; languages by Zipf
# descending; lines sorted by word).
# Built by: .venv/bin/python tools/build_lexicon.py --threshold {threshold}
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


def collect(languages: tuple[str, ...], threshold: float,
            log=sys.stderr) -> dict[str, dict[str, float]]:
    """word -> {lang: zipf} for every kept (word, lang) pair at or above the threshold."""
    table: dict[str, dict[str, float]] = defaultdict(dict)
    available = wordfreq.available_languages("best")
    for lang in languages:
        if lang not in available:
            raise SystemExit(f"wordfreq {_wordfreq_version()} has no 'best' list for {lang!r}")
        seen = kept = 0
        for word in iter_wordlist(lang, "best"):
            seen += 1
            if not keep(word):
                continue
            zipf = zipf_frequency(word, lang)
            if zipf >= threshold:
                table[word][lang] = zipf
                kept += 1
        print(f"{lang:>3}: {kept:7d} of {seen:7d} words", file=log)
    return table


def render(table: dict[str, dict[str, float]], languages: tuple[str, ...],
           threshold: float) -> str:
    header = HEADER.format(version=_wordfreq_version(), languages=" ".join(languages),
                           threshold=f"{threshold:g}")
    lines = [header.rstrip("\n")]
    for word in sorted(table):
        freqs = sorted(table[word].items(), key=lambda kv: (-kv[1], kv[0]))
        lines.append(word + "\t" + ",".join(f"{lang}:{zipf:.2f}" for lang, zipf in freqs))
    return "\n".join(lines) + "\n"


def _wordfreq_version() -> str:
    from importlib.metadata import version
    return version("wordfreq")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help="minimum Zipf frequency of a word in a language (default %(default)s)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)

    table = collect(LANGUAGES, args.threshold)
    text = render(table, LANGUAGES, args.threshold)
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
