"""Screenshots of every web page at desktop and phone width, for docs/ and the README.

    PYTHONPATH=src python scripts/web_screenshots.py [--db FILE] [--out docs/screenshots]

Without --db, a store is made from the bundled samples (our own texts), so the
pictures hold no third-party article text. Uses Debian's Chromium via Playwright.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from webserver import browser, build_samples_store, serving  # noqa: E402

SIZES = {"desktop": (1280, 860), "phone": (390, 844)}
MAX_HEIGHT = {"desktop": 1600, "phone": 1560}


def pages(base: str, pick) -> list[tuple[str, str]]:
    # the accusation the nile sample tells twice: its second telling's date is carried
    # from the first (the "from the text of another telling" label)
    event = pick("/events?type=ACCUSE&q=speech", "table.events tbody tr td a")
    article = pick(event, "ol.mentions a[href^='/articles/']").split("#")[0]
    return [("home", "/"), ("search", "/search?q=agreement"), ("events", "/events"),
            ("event", event), ("article", article), ("actor", "/actors/Egypt?step=day"),
            ("pair", "/pairs/Egypt/Ethiopia?step=day"), ("map", "/map"),
            ("brief", "/brief?about=Egypt"), ("runs", "/runs")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or build_samples_store(Path(tmp) / "samples.db")
        with serving(db) as base, browser() as b:
            probe = b.new_page()

            def pick(path: str, selector: str) -> str:
                probe.goto(base + path, wait_until="networkidle")
                return probe.locator(selector).first.get_attribute("href")

            for name, path in pages(base, pick):
                for size, (width, height) in SIZES.items():
                    ctx = b.new_context(viewport={"width": width, "height": height},
                                        device_scale_factor=1, is_mobile=size == "phone",
                                        color_scheme="light")
                    pg = ctx.new_page()
                    pg.goto(base + path, wait_until="networkidle")
                    full = pg.evaluate("document.documentElement.scrollHeight")
                    file = out / f"web-{name}-{size}.png"
                    pg.screenshot(path=str(file), full_page=True, clip={
                        "x": 0, "y": 0, "width": width,
                        "height": min(full, MAX_HEIGHT[size])})
                    print(file.relative_to(ROOT) if file.is_relative_to(ROOT) else file)
                    ctx.close()
            # Drag to zoom needs a timeline of many days: a store of invented reports.
            with serving(spread_store(Path(tmp) / "spread.db")) as spread:
                ctx = b.new_context(viewport={"width": 1280, "height": 860},
                                    device_scale_factor=1, color_scheme="light")
                pg = ctx.new_page()
                pg.goto(spread + "/actors/PRK?step=week", wait_until="networkidle")
                drag(pg, out / "web-actor-zoom-desktop.png")
                ctx.close()


def spread_store(path: Path) -> str:
    """Invented reports (no article text of anyone's) spread over a year."""
    from hand_records import analysed, event, state

    from newsbrief.store import Store

    with Store(path) as s:
        for i in range(60):
            day = f"2024-{1 + i // 5:02d}-{2 + 5 * (i % 5):02d}"
            kind, cameo = (("CONSULT", "040"), ("AGREE", "057"), ("ACCUSE", "112"),
                           ("ASSAULT", "190"))[i % 4 if i % 7 else 1]
            s.write(analysed(f"Invented report {i}.", [
                event("e1", kind, [state("PRK")], [state(("RUS", "KOR", "USA")[i % 3])],
                      date=day, cameo=cameo, text=f"Invented report {i}.")], published=day))
    return str(path)


def drag(pg, file: Path) -> None:
    """The actor timeline while a drag selects dates to zoom in on (the mouse is
    held down: the page reloads when it is let go)."""
    canvas = pg.locator("canvas#timeline")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    y = box["y"] + box["height"] / 2
    pg.mouse.move(box["x"] + box["width"] * 0.35, y)
    pg.mouse.down()
    pg.mouse.move(box["x"] + box["width"] * 0.65, y, steps=5)
    section = pg.locator("section:has(canvas#timeline)")
    section.screenshot(path=str(file))
    print(file.relative_to(ROOT) if file.is_relative_to(ROOT) else file)


if __name__ == "__main__":
    main()
