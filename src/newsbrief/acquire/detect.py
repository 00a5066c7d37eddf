"""What kind of input a blob of bytes is: decided by its content first.

Extensions and HTTP content types are only hints: a `.txt` file holding a web
page is read as HTML, and a URL served as `text/plain` holding RSS is a feed.
Only the first few kilobytes are looked at, so sniffing is cheap for any size.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib
from typing import Literal

import charset_normalizer

from ..errors import InputError

Kind = Literal["html", "feed", "jsonl", "json", "text"]

_HEAD = 4096
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Magic numbers of formats people drop into a folder by mistake; naming the
# format makes the message actionable ("this is a PDF") instead of "binary".
_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"SQLite format 3": "an SQLite database",
    b"\x7fELF": "an executable",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
}
_XML_DECL = re.compile(rb"^\s*<\?xml\b", re.I)
_FEED_ROOT = re.compile(rb"<(?:[a-z0-9_]+:)?(?:rss|feed|rdf)\b", re.I)
_HTML_MARK = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|meta|title|div|p)\b", re.I)
_STRONG_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.I)
_COMMENTS = re.compile(rb"<!--.*?-->", re.S)
_FEED_EXT = (".rss", ".atom", ".xml", ".rdf")
_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_EXT = (".jsonl", ".ndjson", ".jsonlines")
_FEED_TYPES = ("rss", "atom", "rdf", "/xml")


def gunzip(data: bytes, where: str, max_bytes: int) -> bytes:
    """Transparently open gzip files (web archives are often stored .gz)."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(data, max_bytes + 1)
    except zlib.error as err:
        raise InputError(f"damaged gzip file ({err})", where=where,
                         fix="re-download or decompress it with gunzip to see the problem") from None
    if len(out) > max_bytes:
        raise InputError(f"decompressed size is over the {max_bytes:,}-byte limit", where=where,
                         fix="split it into smaller files, or raise max_bytes in the config")
    return out


def sniff(data: bytes, where: str, *, name: str = "", content_type: str = "") -> Kind:
    """Return the kind of `data`, or raise InputError for empty/binary input."""
    head = data[:_HEAD]
    if not head.strip():
        raise InputError("input is empty", where=where,
                         fix="remove it, or check that the file was written completely")
    for magic, what in _MAGIC.items():
        if head.startswith(magic):
            raise InputError(f"input is {what}, not an article", where=where,
                             fix="give HTML, plain text, JSONL or an RSS/Atom feed")
    if head.startswith(_BOMS[1:]):
        bare = head  # UTF-16: NULs are expected; decode() deals with it
    else:
        if head.startswith(codecs.BOM_UTF8):
            head = head[3:]
        if _looks_utf16(head):
            raise InputError("input looks like UTF-16 text without a byte-order mark",
                             where=where, fix="re-save it as UTF-8, e.g. "
                             "`iconv -f utf-16le -t utf-8 FILE`")
        if b"\x00" in head or _control_ratio(head) > 0.05:
            raise InputError("input is binary data, not text", where=where,
                             fix="give HTML, plain text, JSONL or an RSS/Atom feed")
        bare = head
    if bare.startswith(_BOMS[1:]):
        bare = _utf16_head(bare)
    name = name.lower()
    content_type = content_type.lower()
    stripped = _COMMENTS.sub(b"", bare).lstrip()
    if stripped.startswith(b"<"):
        if _FEED_ROOT.search(stripped[:1024]) and not re.search(rb"<html\b", stripped[:1024], re.I):
            return "feed"
        if _HTML_MARK.search(stripped):
            return "html"
        if _XML_DECL.match(stripped) or name.endswith(_FEED_EXT):
            return "feed"  # some other XML: the feed reader says why it is not a feed
        return "html"
    if name.endswith(_FEED_EXT) or any(t in content_type for t in _FEED_TYPES):
        return "feed"  # claimed to be a feed but is not XML: the feed reader reports it
    if stripped.startswith(b"{") or name.endswith(_JSONL_EXT):
        return "jsonl"
    if stripped.startswith(b"["):
        return "json"  # a JSON array of records, or text opening with "[": decided later
    if name.endswith(_HTML_EXT) or "html" in content_type:
        return "html" if _HTML_MARK.search(bare) else "text"
    if _STRONG_HTML.search(bare[:1024]):
        return "html"  # a page after some stray text (a BOM, a server banner)
    return "text"


def _looks_utf16(head: bytes) -> bool:
    """Mostly-ASCII UTF-16 without a BOM: NULs at every other byte, nowhere else."""
    sample = head[:1024]
    if len(sample) < 8 or b"\x00" not in sample:
        return False
    even, odd = sample[0::2], sample[1::2]
    return (odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.05 * len(even)) or (
        even.count(0) > 0.8 * len(even) and odd.count(0) < 0.05 * len(odd))


def _control_ratio(head: bytes) -> float:
    if not head:
        return 0.0
    bad = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(head)


def _utf16_head(head: bytes) -> bytes:
    try:
        return head.decode("utf-16", errors="ignore").encode("utf-8")
    except UnicodeError:
        return head


def decode_text(data: bytes, where: str) -> str:
    """Text, JSONL and feeds must be UTF-8 (a BOM, or a UTF-16 BOM, is accepted)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    elif data.startswith(_BOMS[1:]):
        try:
            return data.decode("utf-16")
        except UnicodeError:
            raise InputError("input has a UTF-16 mark but does not decode as UTF-16", where=where,
                             fix="re-save the file as UTF-8") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise InputError(f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}, "
                         f"line {line})", where=where,
                         fix="convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8 FILE`") from None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)""", re.I)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-z0-9_\-:.]+)", re.I)


def decode_html(data: bytes, where: str, content_type: str = "") -> str:
    """Decode a web page as a browser would, preferring valid UTF-8.

    Order: a BOM; valid UTF-8 (pages labelled latin-1 that are really UTF-8
    are common, while real windows-1252 text with accents is almost never
    valid UTF-8); the charset of the HTTP header or <meta>; else UTF-8 when
    only a few bytes are stray (a bad byte in a script comment); else the
    charset charset-normalizer finds (an unlabelled windows-1251 or Shift JIS
    page), or windows-1252, the browsers' default for unlabelled pages.
    """
    if data.startswith(codecs.BOM_UTF8) or data.startswith(_BOMS[1:]):
        return decode_text(data, where)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _HTTP_CHARSET.search(content_type or "")
    label = m.group(1) if m else None
    if label is None:
        m2 = _META_CHARSET.search(data[:_HEAD * 2])
        label = m2.group(1).decode("ascii", "ignore") if m2 else None
    charset = _known_charset(label)
    if charset and charset != "utf-8":
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            text = data.decode(charset, errors="replace")
            if _mostly_decoded(text):
                return text
            raise InputError(f"page does not decode as its declared {label}", where=where,
                             fix="save it as UTF-8, or correct its <meta charset>") from None
    text = data.decode("utf-8", errors="replace")
    if _mostly_decoded(text):
        return text
    guess = charset_normalizer.from_bytes(data[:_DETECT_BYTES]).best()
    charset = _known_charset(guess.encoding) if guess is not None else None
    if charset and charset != "utf-8":
        text = data.decode(charset, errors="replace")
        # Detection tells scripts apart well, and Latin code pages apart badly
        # (short French reads as Baltic cp1257): a guess is taken for a page in
        # another script; Latin-script text gets the browsers' windows-1252.
        if _mostly_decoded(text) and not _mostly_latin(text):
            return text
    return data.decode("cp1252", errors="replace")


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text if ord(c) > 0x7F and c.isalpha()]
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return not letters or latin * 2 >= len(letters)


# enough text to tell a charset apart; detection time grows with the sample
_DETECT_BYTES = 1 << 16


def _mostly_decoded(text: str) -> bool:
    return text.count("\ufffd") <= max(8, len(text) // 1000)


def _known_charset(name: str | None) -> str | None:
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # Browsers read pages labelled latin-1 as windows-1252; so do we.
    return "cp1252" if info.name in ("latin-1", "iso8859-1", "ascii") else info.name
