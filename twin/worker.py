"""The worker process of one background job: ``python -m twin.worker JOB_ID``.

Started by :func:`kernel.jobs.spawn`; imports every domain's job handlers (twin.jobs), runs
the job, exits 0 when it is done, 1 when it failed (the job row says why).
"""

from __future__ import annotations

import logging
import sys
import uuid

import twin.jobs  # noqa: F401 (registers every job handler)
from kernel.database import database_url, make_engine
from kernel.jobs import run_job


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO)
    engine = make_engine(database_url())
    try:
        job = run_job(engine, uuid.UUID(argv[0]))
    finally:
        engine.dispose()
    return 0 if job.status == "done" else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
