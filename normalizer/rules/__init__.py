"""The rule families, one module each. Importing this package registers every rule.

`CHAIN` is the order rules run in. Layout preparation comes first so later rules see clean lines;
encoding repair comes before anything that reads words; structure (footnotes, captions) is
separated before chrome, so a credit line is moved rather than dropped; the title is found once
head chrome with clear phrases is gone, and context chrome (tails, lead-ins) is judged after it;
layout finishing comes last and shapes paragraphs.
"""

from . import captions, chrome, classifier, comments, encoding, footnotes, layout, title  # noqa: F401

CHAIN: tuple[str, ...] = (
    "layout.hard_wraps",
    "layout.line_breaks",
    "layout.invisible",
    "layout.surrogates",
    "encoding.mojibake",
    "encoding.apostrophes",
    "encoding.lost_letters",
    "encoding.quotes",
    "encoding.dashes",
    "footnotes.wiki_tags",
    "footnotes.references",
    "footnotes.endnotes",
    "footnotes.markers",
    "footnotes.markdown",
    "captions.credits",
    "chrome.truncation",
    "chrome.phrases",
    "title.page_title",
    "title.headline",
    "title.meta",
    "chrome.comments",
    "chrome.repeated",
    "chrome.menus",
    "chrome.tail",
    "chrome.symbols",
    "chrome.dangling",
    "chrome.dump_tail",
    "chrome.classifier",
    "footnotes.orphans",
    "layout.trailing_space",
    "layout.blank_lines",
)
