"""Render a digest's HTML in headless Chromium and save PNG screenshots at desktop and phone widths.

    .venv/bin/python tools/render_check.py [--html FILE] [--out DIR]

Without --html it renders the test fixture digest (tests/digest_fixture.py: shifts, new voices,
multi-source stories, disputes, failing feeds, hostile text) and its empty-week variant. Needs
Chromium (Debian: ``apt-get install chromium``); the test suite does not. Look at the PNGs after.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTHS = {"desktop": 1200, "phone": 375}
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--hide-scrollbars",
)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("error: no chromium found; install it with: apt-get install -y chromium")


def screenshot(browser: str, html: Path, png: Path, width: int, height: int) -> None:
    with tempfile.TemporaryDirectory(prefix="render-check-") as profile:
        subprocess.run(  # noqa: S603 - a fixed argument list, no shell
            [
                browser,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={width},{height}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    print(f"{png}  ({width}px wide)")


def fixture_pages(out: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from monitor.digest.render import render_html
    from tests.digest_fixture import empty_digest, fixture_digest

    pages = []
    for name, digest in (("fixture", fixture_digest()), ("empty", empty_digest())):
        page = out / f"{name}.html"
        page.write_text(render_html(digest), encoding="utf-8")
        pages.append(page)
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--html", type=Path, help="an HTML file to render (default: the fixture digests)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "render-check")
    parser.add_argument("--height", type=int, default=4000, help="screenshot height in pixels")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    browser = chromium()
    pages = [args.html.resolve()] if args.html else fixture_pages(args.out)
    for page in pages:
        for label, width in WIDTHS.items():
            screenshot(browser, page, args.out / f"{page.stem}-{label}.png", width, args.height)


if __name__ == "__main__":
    main()
