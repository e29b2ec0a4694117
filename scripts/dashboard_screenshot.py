"""Make docs/dashboard.png: the dashboard over a small store, with the article reader open.

    python scripts/dashboard_screenshot.py [OUT.png]

Why a script: the README's picture must be reproducible and must not show dev data, so the
store holds the sample article shipped in eventwire/samples/ and a few short news stories
invented for this picture (below). Needs Chromium (/usr/bin/chromium) and the playwright
package; ImageMagick's `convert`, when present, shrinks the PNG to a 256-colour palette.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# invented stories (dated around the sample's December 2018), written for this picture only
STORIES = [
    ("Protesters clash with police in Paris", "2018-12-08",
     "Police fired tear gas at thousands of protesters in Paris on Saturday as demonstrations against fuel "
     "taxes turned violent. More than 1,000 people were arrested, the interior ministry said. President "
     "Emmanuel Macron met union leaders on Monday to discuss the crisis."),
    ("Russia and Ukraine trade accusations over Kerch Strait", "2018-12-03",
     "Ukraine accused Russia of blockading its ports in the Sea of Azov on Monday. Russian Foreign Minister "
     "Sergei Lavrov rejected the accusation and warned Kiev against further provocations. Germany's "
     "chancellor Angela Merkel urged both sides to show restraint."),
    ("China and the US agree a trade truce", "2018-12-02",
     "Chinese President Xi Jinping and US President Donald Trump agreed on Saturday in Buenos Aires to halt new "
     "tariffs for 90 days while their negotiators seek a deal. Trump praised Xi after the dinner."),
    ("Troops deployed after attacks in northern Nigeria", "2018-12-05",
     "Nigeria deployed troops to Borno state on Wednesday after Boko Haram fighters attacked a military base "
     "near Maiduguri, killing at least 16 soldiers. The army said it had repelled the attack."),
    ("India and Pakistan exchange fire in Kashmir", "2018-12-04",
     "Indian and Pakistani troops exchanged fire across the Line of Control in Kashmir on Tuesday, the Indian "
     "army said. Two civilians were wounded. Pakistan summoned India's envoy to protest."),
    ("Aid reaches Venezuelans in Colombia", "2018-12-07",
     "The United Nations sent food and medicine to Venezuelan migrants in Cucuta, Colombia, on Friday. "
     "Colombia's president Ivan Duque called on Venezuela to accept humanitarian aid."),
    ("Brazil's president-elect meets US adviser", "2018-11-29",
     "Brazil's president-elect Jair Bolsonaro met US national security adviser John Bolton in Rio de Janeiro "
     "on Thursday. Bolton praised Bolsonaro and invited him to visit Washington."),
]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def main() -> None:
    import eventwire
    from eventwire.ingest import RawDoc
    from playwright.sync_api import sync_playwright

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "dashboard.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.duckdb"
        sample = (resources.files("eventwire") / "samples" / "sample_article.txt").read_text(encoding="utf-8")
        docs = [RawDoc(source="sample", text=sample)] + [
            RawDoc(source=f"story{i}", title=title, text=text, published=day, outlet="Demo Wire")
            for i, (title, day, text) in enumerate(STORIES)]
        with eventwire.open(db) as st:
            st.add(eventwire.Pipeline().pipe(docs))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port",
                                   str(port)], env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/"
        try:
            for _ in range(300):
                try:
                    urllib.request.urlopen(url + "health", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.2)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1360, "height": 820})
                page.goto(url)
                page.wait_for_selector("body[data-ready='1']", timeout=60_000)
                rows = page.locator("#events tbody tr")
                for i in range(rows.count()):  # open the sample article at its first event with a source
                    cells = rows.nth(i).locator("td").all_inner_texts()
                    if "Sweden" in cells[-1] and cells[1].strip():
                        rows.nth(i).click()
                        break
                page.wait_for_selector("#reader:not([hidden]) .hl-event")
                time.sleep(0.5)
                page.screenshot(path=str(out))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    if shutil.which("convert"):
        subprocess.run(["convert", str(out), "-colors", "256", "-strip", f"PNG8:{out}"], check=False)
    print(f"{out} ({out.stat().st_size / 1000:.0f} kB)")


if __name__ == "__main__":
    main()
