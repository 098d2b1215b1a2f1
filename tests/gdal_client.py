"""GDAL as an outside client of our OGC API: pyogrio's GDAL in a process of its own.

The test process imports the app, whose ``geodata`` package walls GDAL off (no network, no
VRT, no OAPIF driver) for every process that reads users' files. A GIS client is another
program on another machine: it runs here as a separate Python process with GDAL's default
configuration, reads the URL with the OAPIF driver and hands the GeoDataFrame back.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import geopandas as gpd

from geodata import GDAL_WALLS

SCRIPT = """
import pickle, sys, warnings
import pyogrio
args = pickle.load(open(sys.argv[1], "rb"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    frame = pyogrio.read_dataframe(args["source"], **args["options"])
pickle.dump(frame, open(sys.argv[2], "wb"))
"""


def read_oapif(url: str, token: str, *, auth: str = "bearer", **options: Any) -> gpd.GeoDataFrame:
    """``pyogrio.read_dataframe("OAPIF:" + url, **options)`` in a clean process, sending the
    token as a Bearer or as the password of HTTP Basic (``auth="basic"``)."""
    env = {
        k: v for k, v in os.environ.items() if k not in GDAL_WALLS and not k.startswith("GDAL_HTTP")
    }
    if auth == "bearer":
        env.update(GDAL_HTTP_AUTH="BEARER", GDAL_HTTP_BEARER=token)
    else:
        env.update(GDAL_HTTP_AUTH="BASIC", GDAL_HTTP_USERPWD=f"gis-user:{token}")
    with tempfile.TemporaryDirectory() as tmp:
        given, taken = Path(tmp) / "args.pickle", Path(tmp) / "frame.pickle"
        given.write_bytes(pickle.dumps({"source": f"OAPIF:{url}", "options": options}))
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(given), str(taken)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"GDAL could not read {url}: {done.stderr.strip()[-2000:]}")
        frame: gpd.GeoDataFrame = pickle.loads(taken.read_bytes())  # noqa: S301 (our own child)
    return frame
