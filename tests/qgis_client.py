"""QGIS as an outside client: Debian's QGIS 3.22 (``python3-qgis``) run headless by Debian's
own Python in a process of its own, with a profile of its own (see :mod:`qgis_worker`).

The setup installs it for ``make test`` (``PORTTWIN_EXTRA_PACKAGES`` in the Makefile); QGIS's
Python bindings are built for the system's Python, not the project's virtualenv.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from geodata import GDAL_WALLS

SYSTEM_PYTHON = "/usr/bin/python3"
WORKER = Path(__file__).with_name("qgis_worker.py")


def run_qgis(task: str, **given: Any) -> dict[str, Any]:
    """What QGIS answered to ``task`` (see :mod:`qgis_worker`)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in GDAL_WALLS and not k.startswith(("GDAL_", "PYTHON", "VIRTUAL_ENV", "QGIS"))
    }
    with tempfile.TemporaryDirectory(prefix="qgis-task-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": tmp}
        asked, answered = Path(tmp) / "task.json", Path(tmp) / "answer.json"
        asked.write_text(json.dumps({"task": task, **given}), encoding="utf-8")
        done = subprocess.run(
            [SYSTEM_PYTHON, str(WORKER), str(asked), str(answered)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            cwd=tmp,
        )
        if done.returncode != 0 or not answered.exists():
            raise RuntimeError(
                f"QGIS task {task} failed ({done.returncode}): {done.stderr.strip()[-3000:]}"
            )
        answer: dict[str, Any] = json.loads(answered.read_text(encoding="utf-8"))
    return answer
