"""Article ids: the same story gives the same id, whichever file or page it came from."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NOISE = re.compile(r"[^\w]+")  # whitespace and punctuation: they differ between copies
# joining the word runs is faster than deleting the noise; common chars first by range
# (a range test is cheaper than \w's Unicode lookup), every other word char by \w
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+|\w+")
# the usual noise, deleted by str.replace (a C scan per char, no match objects) before the
# regex: whatever is left is usually all word chars, which str.isalnum (\w minus "_") proves
_COMMON_NOISE = "，。\n、；“”：（）《》！？ ,"


def article_id(text: str) -> str:
    """`art-<16 hex>` of the clean text (its first line is the title when there is one)."""
    key = text
    for char in _COMMON_NOISE:
        if char in key:
            key = key.replace(char, "")
    if not key.isalnum():  # other noise, or "_": deleting the rest gives the same key
        key = "".join(_WORDS.findall(key))
    if not unicodedata.is_normalized("NFKC", key):  # full-width digits and letters
        key = _NOISE.sub("", unicodedata.normalize("NFKC", key))
    return "art-" + hashlib.sha1(key.encode("utf-8", "replace")).hexdigest()[:16]
