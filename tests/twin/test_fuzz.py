"""The API contract, checked by a fuzzer: schemathesis generates requests from our OpenAPI
document (valid ones, invalid ones, and sequences following its links), sends them with an
administrator's token to the app served by uvicorn on a throwaway database holding the demo,
and fails on any 5xx or any answer that does not match what the document says (status,
content type, headers, body schema), or invalid input that is accepted.

Two checks are left out, for reasons of the domain rather than of the contract:
``positive_data_acceptance`` (the schema cannot say that a depth check needs a quay with a
design depth, or that an inspection cannot end before it starts, so schema-valid requests
may rightly get a 422) and ``use_after_free`` (a retired facility's history stays readable:
the registry never forgets).

The run is bounded (``PORTTWIN_FUZZ_EXAMPLES`` examples per operation, 10 by default) and
seeded (``PORTTWIN_FUZZ_SEED``), so CI repeats it exactly; its report is kept under
``test-artifacts/fuzz/``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from conftest import ROOT
from databases import fresh_database
from processes import free_port, serve_app

from kernel.auth.service import create_user
from kernel.database import make_engine, session_scope
from twin.demo import load_demo

SCHEMATHESIS = ROOT / ".venv" / "bin" / "schemathesis"
ARTIFACTS = ROOT / "test-artifacts" / "fuzz"
EXCLUDED = "positive_data_acceptance,use_after_free"


@pytest.fixture(scope="module")
def fuzz_server(test_database) -> Iterator[tuple[str, str]]:
    """The app on its own database (the demo loaded), and an all-ports admin token."""
    db = fresh_database(f"porttwin_fuzz_{os.getpid()}")
    url = db.app
    engine = make_engine(url)
    with session_scope(engine) as session:
        load_demo(session)
        _, token = create_user(session, "fuzzer", "admin", all_ports=True)
    engine.dispose()
    port = free_port()
    proc = serve_app(url, port, PORTTWIN_ENV="test")
    try:
        yield f"http://127.0.0.1:{port}", token
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        db.drop()


def test_the_api_keeps_its_openapi_contract_under_fuzzing(fuzz_server):
    base, token = fuzz_server
    seed = os.environ.get("PORTTWIN_FUZZ_SEED", "20261129")
    examples = os.environ.get("PORTTWIN_FUZZ_EXAMPLES", "10")
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    command = [
        str(SCHEMATHESIS if SCHEMATHESIS.exists() else shutil.which("schemathesis")),
        "run",
        f"{base}/openapi.json",
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        "all",
        "--exclude-checks",
        EXCLUDED,
        "--max-examples",
        examples,
        "--seed",
        seed,
        "--generation-database",
        "none",
        # one worker: under CPython 3.11.7, hypothesis describing strategies in two threads
        # at once can fail inside ast.parse ("AST constructor recursion depth mismatch")
        "--workers",
        "1",
        "--request-timeout",
        "60",
        "--no-color",
        "--report",
        "junit",
        "--report-dir",
        str(ARTIFACTS),
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=900)
    (ARTIFACTS / "output.txt").write_text(done.stdout + done.stderr, encoding="utf-8")
    summary = done.stdout[done.stdout.rfind("SUMMARY") :]
    tested = re.search(r"Tested: (\d+)", summary)
    cases = re.search(r"(\d+) generated", summary)
    print(
        f"fuzz: {tested.group(1) if tested else '?'} operations, "
        f"{cases.group(1) if cases else '?'} cases, seed {seed}; exit {done.returncode}"
    )
    assert done.returncode == 0, done.stdout[-12000:] + done.stderr[-2000:]
