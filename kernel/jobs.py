"""Background jobs: work that must not run inside a request, done by a worker process.

A job is a row (its kind, parameters, status, progress). The work of each kind is a handler a
domain registers with :func:`job_handler`; :func:`spawn` starts the worker process
(``python -m twin.worker JOB_ID``, the app's entry point that imports every domain and so
every handler) beside the server, so a large IFC model parses in its own process and never
blocks the server; the worker runs the handler
in one transaction as the user who asked for it and reports progress through a separate
connection, so the API and the CLI see it while the work's own transaction is still open.
A handler that raises leaves nothing of its work behind: the job is marked failed with the
error's message.

The kernel knows no domain: handlers register themselves; the kernel only looks them up.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import DateTime, Engine, Integer, Text, Uuid, func, select, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, Session, mapped_column

from kernel.auth.service import Principal, load_principal
from kernel.database import Base, database_url, session_scope, set_actor
from kernel.errors import NotFound, PortTwinError
from kernel.ids import new_id
from kernel.settings import Settings, get_settings

log = logging.getLogger("porttwin.jobs")
PROGRESS_EVERY_S = 0.3


class Job(Base):
    __tablename__ = "job"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(Text)
    handler: Mapped[str] = mapped_column(Text)
    port_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    params: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    status: Mapped[str] = mapped_column(Text, default="queued")
    stage: Mapped[str | None] = mapped_column(Text)
    done: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int | None] = mapped_column(Integer)
    message: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    worker_pid: Mapped[int | None] = mapped_column(Integer)
    worker_host: Mapped[str | None] = mapped_column(Text)


class JobPublic(BaseModel):
    id: uuid.UUID
    kind: str
    port_id: uuid.UUID | None
    status: str
    stage: str | None
    done: int
    total: int | None
    percent: float | None
    message: str | None
    result: dict[str, Any] | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @classmethod
    def of(cls, job: Job) -> JobPublic:
        percent = None
        if job.status == "done":
            percent = 100.0
        elif job.total:
            percent = round(100.0 * min(job.done, job.total) / job.total, 1)
        return cls(
            id=job.id,
            kind=job.kind,
            port_id=job.port_id,
            status=job.status,
            stage=job.stage,
            done=job.done,
            total=job.total,
            percent=percent,
            message=job.message,
            result=job.result,
            created_at=job.created_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
        )


Handler = Callable[[Session, Principal, Job, "JobProgress"], dict[str, Any]]
_HANDLERS: dict[str, Handler] = {}


def job_handler(*kinds: str) -> Callable[[Handler], Handler]:
    """Register the function doing the work of jobs of ``kinds``:

    >>> @job_handler("survey")
    ... def survey_job(session, who, job, progress): ...
    """

    def register(fn: Handler) -> Handler:
        for kind in kinds:
            if _HANDLERS.get(kind, fn) is not fn:
                raise ValueError(f"two handlers for job kind {kind!r}")
            _HANDLERS[kind] = fn
        return fn

    return register


def handler_for(kind: str) -> Handler:
    try:
        return _HANDLERS[kind]
    except KeyError:
        raise PortTwinError(
            f"no handler is registered for jobs of kind '{kind}' in this process"
        ) from None


def create_job(
    session: Session,
    who: Principal,
    kind: str,
    port_id: uuid.UUID | None,
    params: dict[str, Any],
) -> Job:
    """A queued job; the caller commits, then starts it with :func:`spawn` or :func:`run_job`."""
    job = Job(
        id=new_id(),
        kind=kind,
        handler=kind,
        port_id=port_id,
        params=params,
        status="queued",
        created_by=who.user_id,
        done=0,
    )
    session.add(job)
    session.flush()
    session.refresh(job)
    return job


WORKER_GONE = "the worker process stopped before finishing (killed or out of memory)"


def get_job(session: Session, who: Principal, job_id: uuid.UUID) -> JobPublic:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound("job not found")
    if job.created_by != who.user_id and (job.port_id is None or not who.can_read(job.port_id)):
        raise NotFound("job not found")
    if _worker_gone(job):
        job.status, job.finished_at, job.message = "failed", func.now(), WORKER_GONE
        session.flush()
        session.refresh(job)
    return JobPublic.of(job)


def reap_dead_workers(engine: Engine) -> int:
    """Mark running jobs whose worker process on this machine is gone as failed (the server
    calls it periodically, so nobody has to read the job first); returns how many."""
    with session_scope(engine) as session:
        running = session.scalars(
            select(Job).where(Job.status == "running", Job.worker_host == socket.gethostname())
        ).all()
        dead = [job for job in running if _worker_gone(job)]
        for job in dead:
            job.status, job.finished_at, job.message = "failed", func.now(), WORKER_GONE
    return len(dead)


def _worker_gone(job: Job) -> bool:
    """A running job whose worker process on this machine no longer exists."""
    if job.status != "running" or job.worker_pid is None:
        return False
    if job.worker_host != socket.gethostname():
        return False  # another machine's worker: it cannot be checked from here
    try:
        os.kill(job.worker_pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def list_jobs(session: Session, who: Principal, limit: int = 50) -> list[JobPublic]:
    query = (
        select(Job)
        .where((Job.created_by == who.user_id) | who.port_scope(Job.port_id))
        .order_by(Job.created_at.desc())
        .limit(limit)
    )
    return [JobPublic.of(j) for j in session.scalars(query)]


class JobProgress:
    """Progress of a running job, written outside the job's transaction (throttled); with no
    engine (a job run inside its caller's transaction) it only tells its listeners."""

    def __init__(self, engine: Engine | None, job_id: uuid.UUID) -> None:
        self.engine = engine
        self.job_id = job_id
        self.done = 0
        self.total: int | None = None
        self.stage: str | None = None
        self._written = 0.0
        self._listeners: list[Callable[[str | None, int, int | None], None]] = []

    def listen(self, fn: Callable[[str | None, int, int | None], None]) -> None:
        """Also tell ``fn(stage, done, total)`` (the CLI's progress bar)."""
        self._listeners.append(fn)

    def start(self, stage: str, total: int | None) -> None:
        self.stage, self.total, self.done = stage, total, 0
        self._write(force=True)

    def advance(self, n: int = 1) -> None:
        self.done += n
        self._write()

    def _write(self, force: bool = False) -> None:
        for fn in self._listeners:
            fn(self.stage, self.done, self.total)
        now = time.monotonic()
        if self.engine is None or (not force and now - self._written < PROGRESS_EVERY_S):
            return
        self._written = now
        with self.engine.begin() as conn:
            conn.execute(
                update(Job)
                .where(Job.id == self.job_id)
                .values(stage=self.stage, done=self.done, total=self.total)
            )


def _finish(engine: Engine, job_id: uuid.UUID, **values: Any) -> None:
    with engine.begin() as conn:
        conn.execute(update(Job).where(Job.id == job_id).values(finished_at=func.now(), **values))


def run_job(engine: Engine, job_id: uuid.UUID, progress: JobProgress | None = None) -> JobPublic:
    """Do a queued job here and now (the worker process, or the CLI in the foreground)."""
    with engine.begin() as conn:
        claimed = conn.execute(
            update(Job)
            .where(Job.id == job_id, Job.status == "queued")
            .values(
                status="running",
                started_at=func.now(),
                worker_pid=os.getpid(),
                worker_host=socket.gethostname(),
            )
            .returning(Job.id)
        ).first()
    if claimed is None:
        raise NotFound(f"job {job_id} is not waiting to run")
    progress = progress or JobProgress(engine, job_id)
    try:
        with session_scope(engine) as session:
            job = session.get(Job, job_id)
            assert job is not None
            who = load_principal(session, job.created_by)
            set_actor(session, who.name)
            result = handler_for(job.kind)(session, who, job, progress)
    except PortTwinError as exc:
        details = {k: v for k, v in exc.details.items() if v is not None}
        _finish(engine, job_id, status="failed", message=exc.message, result=details or None)
    except Exception as exc:  # a bug or a library crash: keep the job honest, log the trace
        log.error("job %s failed:\n%s", job_id, traceback.format_exc())
        _finish(engine, job_id, status="failed", message=f"internal error: {exc}")
    else:
        _finish(engine, job_id, status="done", result=result, done=progress.total or 0)
    with session_scope(engine) as session:
        job = session.get(Job, job_id)
        assert job is not None
        return JobPublic.of(job)


def run_inline(session: Session, who: Principal, job: Job) -> dict[str, Any]:
    """Do a job inside the caller's transaction (the demo loader): done when it commits."""
    result = handler_for(job.kind)(session, who, job, JobProgress(None, job.id))
    job.status, job.result, job.started_at, job.finished_at = "done", result, func.now(), func.now()
    session.flush()
    return result


def spawn(job_id: uuid.UUID, settings: Settings | None = None) -> None:
    """Start a worker process for the job; it outlives the request that asked for it. A
    worker still running after ``job_time_limit_s`` is killed and its job marked failed; a
    worker that exits without finishing its job has the job marked failed at once."""
    settings = settings or get_settings()
    env = {
        **os.environ,
        "PORTTWIN_DATABASE_URL": database_url(settings),
        "PORTTWIN_DATA_DIR": str(settings.resolved_data_dir),
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", settings.job_worker_module, str(job_id)],
        env=env,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = env["PORTTWIN_DATABASE_URL"]
    limit = settings.job_time_limit_s
    threading.Thread(target=_watch, args=(worker, job_id, url, limit), daemon=True).start()


def _watch(worker: subprocess.Popen[bytes], job_id: uuid.UUID, url: str, limit: float) -> None:
    """Wait for a worker (so it leaves no zombie that looks alive); kill it past the time
    limit; mark its job failed if it did not finish it."""
    message = WORKER_GONE
    try:
        worker.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()
        message = f"the job took longer than {limit:g} s and was stopped"
    from kernel.database import make_engine

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                update(Job)
                .where(Job.id == job_id, Job.status.in_(("queued", "running")))
                .values(status="failed", finished_at=func.now(), message=message)
            )
    except Exception:
        log.exception("could not mark job %s failed", job_id)
    finally:
        engine.dispose()
