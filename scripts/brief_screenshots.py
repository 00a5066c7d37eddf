"""Screenshots of the HTML brief at desktop and phone width, for docs/ and the README.

    PYTHONPATH=src python scripts/brief_screenshots.py [--db FILE] [--about X] [--out DIR]

Without --db, a store is made from the bundled samples (our own texts), so the
pictures hold no third-party article text. The brief is the file `newsbrief
brief --format html` writes, opened from disk (it needs no network), in Debian's
Chromium via Playwright; the phone shot is a 390 px wide viewport with touch.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from webserver import browser  # noqa: E402

SIZES = {"desktop": (1280, 900), "phone": (390, 844)}


def build_store(path: Path) -> None:
    from newsbrief.ingest import ingest
    from newsbrief.settings import load_settings
    from newsbrief.store import Store

    settings = load_settings(db=str(path))
    with Store(settings.db) as store:
        ingest([str(ROOT / "samples")], settings, store)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--about", action="append", default=[])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--name", default="brief")
    args = parser.parse_args()
    from newsbrief.knowledge.brief import BriefQuery, build_brief, render_html
    from newsbrief.store import Store

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "samples.db"
        if not args.db:
            build_store(db)
        with Store(db) as store:
            page = render_html(build_brief(store, BriefQuery(about=tuple(args.about))))
        html = Path(tmp) / "brief.html"
        html.write_text(page, encoding="utf-8")
        with browser() as b:
            for label, (width, height) in SIZES.items():
                ctx = b.new_context(viewport={"width": width, "height": height},
                                    device_scale_factor=1, is_mobile=label == "phone",
                                    has_touch=label == "phone", java_script_enabled=False)
                tab = ctx.new_page()
                tab.goto(html.as_uri())
                target = out / f"{args.name}-{label}.png"
                tab.screenshot(path=str(target), full_page=True)
                ctx.close()
                print(f"wrote {target}")


if __name__ == "__main__":
    main()
