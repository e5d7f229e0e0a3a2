"""The embedded job store of the local runtime: one SQLite file, safe across threads and processes."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import msgspec

from .base import (
    FAILED,
    PENDING,
    PHASE_TOTALS,
    RUNNING,
    TERMINAL,
    JobExistsError,
    JobRecord,
    JobRecordNotFoundError,
    check_plain,
    cursor_of,
    now,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (job_id TEXT PRIMARY KEY, cursor TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS jobs_by_cursor ON jobs (cursor);
CREATE TABLE IF NOT EXISTS tasks (job_id TEXT, phase TEXT, task INTEGER, PRIMARY KEY (job_id, phase, task));
CREATE TABLE IF NOT EXISTS owners (job_id TEXT PRIMARY KEY, host TEXT NOT NULL, pid INTEGER NOT NULL);
"""


def _host() -> str:
    """This machine's name, as socket.gethostname() says it (without importing socket: 2 ms of
    every `logmr run`'s start)."""
    return os.uname().nodename


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


class SqliteJobStore:
    """Jobs as JSON documents in a SQLite file; every change is one IMMEDIATE transaction.

    The file is private (0600: job records hold log samples). Each job also records the process
    that created it (host, pid), so that jobs whose process died can be told from running ones.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._connections = threading.local()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
        os.chmod(self.path, 0o600)  # SQLite gives its -wal and -shm files the database's mode
        # On this thread's connection, kept: closing a connection of its own checkpointed the WAL
        # (a few fsyncs at every `logmr run`'s start).
        self._connection().executescript(_SCHEMA)

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection, opened once (in this process: a connection never crosses a
        fork). Closing one per transaction cost a WAL checkpoint each, most of a small run's
        bookkeeping."""
        opened = getattr(self._connections, "opened", None)
        if opened is not None and opened[0] == os.getpid():
            return opened[1]
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=True)
        db.execute("PRAGMA journal_mode=WAL")
        # WAL with synchronous NORMAL: a commit survives the process's crash, not a power cut, and
        # costs no fsync (one per finished task was most of a small run's bookkeeping).
        db.execute("PRAGMA synchronous=NORMAL")
        self._connections.opened = (os.getpid(), db)
        return db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        finally:
            if db.in_transaction:  # an error, in the body or the commit: the connection stays usable
                db.execute("ROLLBACK")

    @staticmethod
    def _load(db: sqlite3.Connection, job_id: str) -> JobRecord:
        row = db.execute("SELECT doc FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        if row is None:
            raise JobRecordNotFoundError(f"no job {job_id!r}")
        return msgspec.json.decode(row[0], type=JobRecord)

    @staticmethod
    def _save(db: sqlite3.Connection, job: JobRecord) -> None:
        job.updated_at = now()
        db.execute("UPDATE jobs SET doc = ? WHERE job_id = ?", (msgspec.json.encode(job).decode(), job.job_id))

    def create(self, job: JobRecord) -> JobRecord:
        job.created_at = job.updated_at = job.created_at or now()
        with self._transaction() as db:
            try:
                db.execute(
                    "INSERT INTO jobs (job_id, cursor, doc) VALUES (?, ?, ?)",
                    (job.job_id, cursor_of(job), msgspec.json.encode(job).decode()),
                )
            except sqlite3.IntegrityError:
                raise JobExistsError(f"job {job.job_id!r} exists") from None
            db.execute(
                "INSERT OR REPLACE INTO owners (job_id, host, pid) VALUES (?, ?, ?)",
                (job.job_id, _host(), os.getpid()),
            )
        return job

    def fail_orphans(self) -> list[str]:
        """Mark FAILED the unfinished jobs whose process (on this host) is gone: a server or
        `logmr run` that was killed. Returns their ids."""
        host = _host()
        with self._transaction() as db:
            # Only unfinished jobs keep their owner (finish() drops it): this reads a few rows, not
            # every job ever run. Owners of finished jobs (kept by older versions) are dropped here.
            rows = db.execute(
                "SELECT owners.job_id, owners.host, owners.pid, json_extract(jobs.doc, '$.status')"
                " FROM owners LEFT JOIN jobs USING (job_id)"
            ).fetchall()
            unfinished = [row for row in rows if row[3] in (PENDING, RUNNING)]
            finished = [(row[0],) for row in rows if row[3] not in (PENDING, RUNNING)]
            db.executemany("DELETE FROM owners WHERE job_id = ?", finished)
        orphans = [
            job_id for job_id, owner_host, pid, _ in unfinished if owner_host == host and not _process_alive(pid)
        ]
        for job_id in orphans:
            self.finish(job_id, FAILED, error="the process running this job ended before the job did")
        return orphans

    def get(self, job_id: str) -> JobRecord:
        with self._transaction() as db:
            return self._load(db, job_id)

    def list(self, limit: int = 50, before: str | None = None) -> list[JobRecord]:
        with self._transaction() as db:
            rows = db.execute(
                "SELECT doc FROM jobs WHERE cursor < ? ORDER BY cursor DESC LIMIT ?", (before or "\uffff", limit)
            ).fetchall()
        return [msgspec.json.decode(row[0], type=JobRecord) for row in rows]

    def start_phase(self, job_id: str, phase: str, total: int | None = None) -> None:
        with self._transaction() as db:
            job = self._load(db, job_id)
            if job.status in TERMINAL:
                return
            job.status, job.phase = RUNNING, phase
            job.phase_started.setdefault(phase, now())
            if phase in PHASE_TOTALS and total is not None:
                job.counters[PHASE_TOTALS[phase][0]] = total
            self._save(db, job)

    def task_done(self, job_id: str, phase: str, task: int, counters: dict[str, int]) -> bool:
        with self._transaction() as db:
            job = self._load(db, job_id)
            inserted = db.execute(
                "INSERT OR IGNORE INTO tasks (job_id, phase, task) VALUES (?, ?, ?)", (job_id, phase, task)
            ).rowcount
            if not inserted:
                return False
            if phase in PHASE_TOTALS:
                job.counters[PHASE_TOTALS[phase][1]] += 1
            for name, value in counters.items():
                job.counters[name] = job.counters.get(name, 0) + value
            self._save(db, job)
            return True

    def finish(self, job_id: str, status: str, **fields: Any) -> None:
        with self._transaction() as db:
            job = self._load(db, job_id)
            if job.status in TERMINAL:
                return
            job.status, job.phase, job.finished_at = status, "done", now()
            for name, value in fields.items():
                setattr(job, name, value)
            self._save(db, job)
            db.execute("DELETE FROM owners WHERE job_id = ?", (job_id,))

    def update(self, job_id: str, **fields: Any) -> None:
        check_plain(fields)
        with self._transaction() as db:
            job = self._load(db, job_id)
            for name, value in fields.items():
                setattr(job, name, value)
            self._save(db, job)
