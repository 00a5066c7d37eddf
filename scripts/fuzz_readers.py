"""Fuzz the readers: text, HTML, JSONL, JSON, RSS/Atom, gzip, on generated and
mutated inputs (seeded; no network, no analysis).

    python scripts/fuzz_readers.py --n 100000 --seed 9 [--workers 2]

Every input goes through `acquire.iter_data` as bytes. What counts as a finding:
any exception (the readers must turn every bad input into an InputFailure), an
Article with empty text or a NUL character, or one input taking over 10 s. The
first input of each kind of finding is written to --out for a reproduction.
Prints the counts (inputs, articles, failures by message, findings) as JSON.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
import traceback
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SEED_DIRS = [ROOT / "samples", ROOT / "tests" / "fixtures" / "acquire"]
TOKENS = [b"\x00", b"\n", b"\r\n", b"<", b">", b"{", b"}", b"[", b"]", b'"', b"\\", b"&",
          b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x1f\x8b", b"]]>", b"<![CDATA[",
          b"<!--", b"-->", b"<?xml version=\"1.0\"?>", b"<rss version=\"2.0\">", b"<item>",
          b"<html>", b"<p>", b"</p>", b"<script>", b"&#0;", b"&#x110000;", b"\\u0000",
          b"\\ud800", b"\x80", b"\xc3", b"\xed\xa0\x80", b"\x1b[2J", b'{"text": "',
          b'"text": 1', b"<!ENTITY x \"xx\">", b"%PDF", b"PK\x03\x04"]


def _seeds() -> list[bytes]:
    seeds = []
    for folder in SEED_DIRS:
        for path in sorted(folder.iterdir()):
            data = path.read_bytes()
            seeds.append(data[:20_000])
    seeds += [
        b'{"text": "A short record.", "title": "T", "published": "2024-01-02"}\n' * 3,
        json.dumps([{"text": "In an array."}, {"text": 5}]).encode(),
        gzip.compress(b"Title\n\nSome plain text in a gzip file."),
        "Débat au Sénat\n\nLe Sénat a débattu du budget.".encode("utf-16"),
        b"<html><head><title>T</title></head><body><article><p>" + b"Words in a page. " * 20
        + b"</p></article></body></html>",
    ]
    return seeds


def _generated(rng: random.Random) -> bytes:
    kind = rng.randrange(4)
    words = ["council", "met", "Monday", "the", "budget", "<b>", "&amp;", "é", "\u202e", "\x00"]

    def text(n):
        return " ".join(rng.choice(words) for _ in range(rng.randrange(n)))
    if kind == 0:  # JSONL with odd fields
        lines = []
        for _ in range(rng.randrange(1, 8)):
            rec = {rng.choice(["text", "title", "id", "url", "published", "authors", "x"]):
                   rng.choice([text(30), None, 5, [text(3)], {"a": 1}, "2024-02-30", ""])
                   for _ in range(rng.randrange(4))}
            lines.append(json.dumps(rec, ensure_ascii=rng.random() < 0.5))
        return "\n".join(lines).encode("utf-8", "surrogatepass")
    if kind == 1:  # RSS
        items = "".join(f"<item><title>{text(6)}</title><link>{rng.choice(['/rel', 'urn:x', 'javascript:x', 'http://[::1]/', ''])}</link>"
                        f"<description>{text(20)}</description></item>" for _ in range(rng.randrange(5)))
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode()
    if kind == 2:  # HTML
        body = "".join(f"<{rng.choice(['p', 'div', 'h1', 'li', 'script'])}>{text(25)}</p>"
                       for _ in range(rng.randrange(6)))
        return f"<html><head><title>{text(5)}</title></head><body>{body}</body></html>".encode()
    return text(60).encode()  # plain text


def mutate(data: bytes, rng: random.Random, seeds: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        op = rng.randrange(8)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = rng.choice(TOKENS)
        elif op == 2 and buf:
            del buf[pos:pos + rng.randrange(1, 64)]
        elif op == 3:
            other = rng.choice(seeds)
            start = rng.randrange(len(other) + 1)
            buf[pos:pos] = other[start:start + rng.randrange(1, 512)]
        elif op == 4:
            del buf[pos:]
        elif op == 5 and buf:
            chunk = bytes(buf[pos:pos + rng.randrange(1, 32)])
            buf[pos:pos] = chunk * rng.randrange(2, 50)
        elif op == 6:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        else:
            buf[pos:pos] = rng.choice(TOKENS) * rng.randrange(1, 4)
    return bytes(buf)


def _worker(args: tuple[int, int, int]) -> dict:
    from newsbrief.acquire.inputs import iter_data
    from newsbrief.errors import InputFailure
    from newsbrief.records import Article
    from newsbrief.settings import load_settings

    start, count, seed = args
    settings = load_settings(db=":memory:", follow_feed_links=False, max_bytes=1_000_000,
                             stages=())
    seeds = _seeds()
    stats = Counter()
    failures: Counter = Counter()
    findings: list[dict] = []
    for i in range(start, start + count):
        rng = random.Random(f"{seed}:{i}")
        base = _generated(rng) if rng.random() < 0.3 else rng.choice(seeds)
        data = mutate(base, rng, seeds) if rng.random() < 0.9 else base
        stats["inputs"] += 1
        t0 = time.monotonic()
        try:
            for item in iter_data(data, f"fuzz-{i}", settings):
                if isinstance(item, InputFailure):
                    stats["failures"] += 1
                    failures[re.sub(r"[0-9]+|'[^']*'|\"[^\"]*\"|\(.*", "#", item.what)[:60]] += 1
                elif isinstance(item, Article):
                    stats["articles"] += 1
                    if not item.text.strip() or "\x00" in item.text:
                        findings.append({"input": i, "kind": "bad article",
                                         "detail": repr(item.text[:80])})
                else:
                    findings.append({"input": i, "kind": "unknown item", "detail": repr(item)})
        except Exception as err:  # noqa: BLE001 - a finding, recorded with its input
            stats["exceptions"] += 1
            findings.append({"input": i, "kind": f"{type(err).__name__}",
                             "detail": traceback.format_exc(limit=-3)[-600:], "data": data.hex()})
        took = time.monotonic() - t0
        if took > 10:
            findings.append({"input": i, "kind": "slow", "detail": f"{took:.1f} s",
                             "data": data.hex()})
    return {"stats": stats, "failures": failures, "findings": findings}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", default="bench/fuzz_findings")
    opts = parser.parse_args()
    started = time.time()
    chunk = 2000
    jobs = [(s, min(chunk, opts.n - s), opts.seed) for s in range(0, opts.n, chunk)]
    stats, failures, findings = Counter(), Counter(), []
    with ProcessPoolExecutor(opts.workers) as pool:
        for part in pool.map(_worker, jobs):
            stats.update(part["stats"])
            failures.update(part["failures"])
            findings += part["findings"]
    kinds = Counter(f["kind"] for f in findings)
    out = Path(opts.out)
    if findings:
        out.mkdir(parents=True, exist_ok=True)
        seen = set()
        for f in findings:
            if f["kind"] not in seen:
                seen.add(f["kind"])
                (out / f"{f['kind']}-{f['input']}.json").write_text(json.dumps(f, indent=1))
    print(json.dumps({"seed": opts.seed, "inputs": stats["inputs"], "articles": stats["articles"],
                      "failures": stats["failures"], "exceptions": stats["exceptions"],
                      "findings": dict(kinds), "seconds": round(time.time() - started),
                      "top_failure_messages": failures.most_common(15)}, indent=1))
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
