"""normalizer: turn text scraped from the web into clean article text, losslessly.

    from normalizer import clean, Config
    result = clean(text)
    result.text, result.title, result.captions, result.footnotes, result.meta
    result.rebuild() == text
"""

from .config import Config, Group
from . import rules as _rule_modules  # noqa: F401  (first: importing the package later would rebind `rules`)
from .engine import clean, rules, warm_up
from .result import Caption, Edit, Footnote, Removal, Result, Target

__all__ = ["clean", "Config", "Group", "Result", "Removal", "Edit", "Footnote", "Caption", "Target",
           "rules", "warm_up"]
__version__ = "0.1.0"
