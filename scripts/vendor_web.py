"""Vendor the dashboard's JavaScript libraries and map boundaries from npm.

Why: the dashboard must work offline and install without a build step, so the few files
it needs are copied from the npm packages (fixed versions) into eventwire/web/vendor/,
each with its licence, and listed in vendor/MANIFEST.json (name, version, files, licence,
source, integrity). Run it only to change a version: `python scripts/vendor_web.py`
(needs `npm` and network; nothing at install or run time does).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "eventwire" / "web" / "vendor"

# name, version, files to copy (from the package root), licence file, SPDX licence, note
LIBS = [
    ("leaflet", "1.9.4", ["dist/leaflet.js", "dist/leaflet.css", "dist/images/layers.png",
                          "dist/images/layers-2x.png", "dist/images/marker-icon.png",
                          "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png"],
     "LICENSE", "BSD-2-Clause", "map widget"),
    ("leaflet.markercluster", "1.5.3", ["dist/leaflet.markercluster.js", "dist/MarkerCluster.css",
                                        "dist/MarkerCluster.Default.css"],
     "MIT-LICENCE.txt", "MIT", "clustered markers"),
    ("topojson-client", "3.1.0", ["dist/topojson-client.min.js"], "LICENSE", "ISC", "TopoJSON -> GeoJSON"),
    ("world-atlas", "2.0.2", ["countries-110m.json"], "LICENSE", "ISC",
     "country boundaries 1:110m, Natural Earth 4.1.0 (public domain) as TopoJSON"),
]


def main() -> None:
    manifest = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, version, files, licence_file, licence, note in LIBS:
            out = subprocess.run(["npm", "pack", f"{name}@{version}", "--json"], cwd=tmp,
                                 check=True, capture_output=True, text=True)
            info = json.loads(out.stdout)[0]
            unpack = Path(tmp) / name
            with tarfile.open(Path(tmp) / info["filename"]) as tar:
                tar.extractall(unpack, filter="data")
            root = unpack / "package"
            dest = VENDOR / name
            shutil.rmtree(dest, ignore_errors=True)
            copied = []
            for rel in files + [licence_file]:
                target = dest / rel.removeprefix("dist/")
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(root / rel, target)
                copied.append(str(target.relative_to(VENDOR)))
            manifest.append({"name": name, "version": version, "licence": licence, "note": note,
                             "source": f"https://registry.npmjs.org/{name}/-/{info['filename']}",
                             "integrity": info["integrity"], "files": copied})
    (VENDOR / "MANIFEST.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"vendored {len(manifest)} packages into {VENDOR}")


if __name__ == "__main__":
    main()
