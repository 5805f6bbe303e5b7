"""The body's fingerprint: a 64-bit SimHash of its words, for near-duplicate detection.

Two bodies that share most of their text get fingerprints that differ in a few bits; the
number of differing bits (the Hamming distance) measures how far apart they are. The
method (Charikar's SimHash over word shingles, as in Manku, Jain and Das Sarma, "Detecting
near-duplicates for web crawling", WWW 2007):

1. the text is normalised (Unicode NFKC, then case-folded);
2. its tokens are the runs of letters and digits, except that each character of a script
   written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) is a token of its own;
3. its features are the runs of :data:`SHINGLE_WORDS` consecutive tokens, joined by one
   space (a text of fewer tokens: all of them, one feature); no token, no fingerprint;
4. each feature is hashed with BLAKE2b (8-byte digest, no key, over its UTF-8 bytes),
   read as a little-endian unsigned 64-bit integer;
5. bit ``i`` of the fingerprint is set when more than half of the features have bit ``i``
   set; the fingerprint is written as 16 lowercase hexadecimal digits.

Every step is fixed (no Python ``hash()``, which is salted per process): the same text
gives the same fingerprint on any machine, in any process, in every release. Changing any
constant here changes every fingerprint: it would be a breaking change (docs/fields.md).
"""

from __future__ import annotations

import re
import unicodedata
from hashlib import blake2b

__all__ = ["SHINGLE_WORDS", "fingerprint_of", "hamming_distance"]

#: Tokens per feature (word 3-shingles: word order counts, not only the words used).
SHINGLE_WORDS = 3
#: Bytes of each feature's hash, and so bits of the fingerprint.
HASH_BYTES = 8
#: Characters of the scripts written without spaces between words: each is a token.
_UNSPACED = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf"  # CJK Extension A
    "\u4e00-\u9fff"  # CJK Unified Ideographs
    "\uf900-\ufaff"  # CJK Compatibility Ideographs
)
_TOKEN = re.compile(rf"[{_UNSPACED}]|[^\W_{_UNSPACED}]+")
#: Bits counted side by side in one integer: each of a byte's 8 bits gets a lane of
#: ``_LANE`` bits, so one sum over all features counts 8 bit positions at once.
_LANE = 32
_LANE_MASK = (1 << _LANE) - 1
_SPREAD = tuple(sum(1 << (_LANE * i) for i in range(8) if byte >> i & 1) for byte in range(256))


def fingerprint_of(text: str) -> str | None:
    """The SimHash of ``text`` as 16 hex digits, or ``None`` when it holds no word."""
    tokens = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    if not tokens:
        return None
    if len(tokens) < SHINGLE_WORDS:
        features = [" ".join(tokens)]
    else:
        starts = len(tokens) - SHINGLE_WORDS + 1
        features = [" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(starts)]
    digests = b"".join(
        blake2b(feature.encode("utf-8"), digest_size=HASH_BYTES).digest() for feature in features
    )
    half = len(features)  # a bit is set when twice its count exceeds the features
    bits = 0
    for byte_index in range(HASH_BYTES):
        # The counts of the 8 bits of this byte of every digest, one lane each.
        counts = sum(map(_SPREAD.__getitem__, digests[byte_index::HASH_BYTES]))
        for bit in range(8):
            if ((counts >> (_LANE * bit)) & _LANE_MASK) * 2 > half:
                bits |= 1 << (8 * byte_index + bit)
    return f"{bits:016x}"


def hamming_distance(a: str, b: str) -> int:
    """How many bits two fingerprints differ in (0: same text, up to 64)."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
