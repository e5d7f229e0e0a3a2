"""Job state in DynamoDB: one item per job, one marker item per finished task.

Table key: `job_id` (hash) + `item` (range): `job` for the job's document, `map#00012` or
`reduce#00003` for task markers (expired by TTL). A global secondary index `by_created`
(`kind` + `cursor`) lists jobs newest first. A task's counters are added in one transaction
with the creation of its marker, so a retried task that reports again is not counted twice.
"""

from __future__ import annotations

import time
from typing import Any

import msgspec

from .base import (
    COUNTERS,
    PENDING,
    PHASE_TOTALS,
    RUNNING,
    JobExistsError,
    JobRecord,
    JobRecordNotFoundError,
    check_plain,
    cursor_of,
    now,
)


def _botocore_error() -> type[Exception]:
    """botocore's ClientError, looked up when a DynamoDB call fails: a local run loads no botocore."""
    from botocore.exceptions import ClientError

    return ClientError


JOB_ITEM = "job"
INDEX = "by_created"
MARKER_TTL = 14 * 24 * 3600
_JSON_FIELDS = ("inputs", "options", "timings", "summary", "cost", "filter")
_TEXT_FIELDS = (
    "analysis",
    "status",
    "phase",
    "created_at",
    "updated_at",
    "finished_at",
    "error",
    "result_uri",
    "execution_arn",
    "output_format",
)


def _attribute(name: str, value: Any) -> dict[str, Any]:
    if value is None:
        return {"NULL": True}
    if name in _JSON_FIELDS:
        return {"S": msgspec.json.encode(value).decode()}
    return {"S": str(value)}


def job_from_item(item: dict[str, Any]) -> JobRecord:
    doc: dict[str, Any] = {"job_id": item["job_id"]["S"]}
    for name in _TEXT_FIELDS + _JSON_FIELDS:
        value = item.get(name)
        if value is None or "NULL" in value:
            continue
        doc[name] = msgspec.json.decode(value["S"]) if name in _JSON_FIELDS else value["S"]
    doc["counters"] = {k: int(v["N"]) for k, v in item.get("counters", {}).get("M", {}).items()}
    doc["phase_started"] = {k: v["S"] for k, v in item.get("phase_started", {}).get("M", {}).items()}
    return msgspec.convert(doc, JobRecord)


class DynamoJobStore:
    """Jobs in a DynamoDB table (see the module docstring for its layout)."""

    def __init__(self, table: str, client: Any | None = None) -> None:
        if client is None:
            import boto3

            client = boto3.client("dynamodb")
        self.table = table
        self.client = client

    def _key(self, job_id: str, item: str = JOB_ITEM) -> dict[str, Any]:
        return {"job_id": {"S": job_id}, "item": {"S": item}}

    def create(self, job: JobRecord) -> JobRecord:
        job.created_at = job.updated_at = job.created_at or now()
        item = {**self._key(job.job_id), "kind": {"S": JOB_ITEM}, "cursor": {"S": cursor_of(job)}}
        for name in _TEXT_FIELDS + _JSON_FIELDS:
            item[name] = _attribute(name, getattr(job, name))
        item["counters"] = {"M": {name: {"N": str(job.counters.get(name, 0))} for name in COUNTERS}}
        item["phase_started"] = {"M": {}}
        try:
            self.client.put_item(TableName=self.table, Item=item, ConditionExpression="attribute_not_exists(job_id)")
        except _botocore_error() as error:
            if error.response["Error"]["Code"] == "ConditionalCheckFailedException":
                raise JobExistsError(f"job {job.job_id!r} exists") from None
            raise
        return job

    def get(self, job_id: str) -> JobRecord:
        item = self.client.get_item(TableName=self.table, Key=self._key(job_id), ConsistentRead=True).get("Item")
        if item is None:
            raise JobRecordNotFoundError(f"no job {job_id!r}")
        return job_from_item(item)

    def list(self, limit: int = 50, before: str | None = None) -> list[JobRecord]:
        answer = self.client.query(
            TableName=self.table,
            IndexName=INDEX,
            KeyConditionExpression="kind = :job AND #cursor < :before",
            ExpressionAttributeNames={"#cursor": "cursor"},
            ExpressionAttributeValues={":job": {"S": JOB_ITEM}, ":before": {"S": before or "\uffff"}},
            ScanIndexForward=False,
            Limit=limit,
        )
        return [job_from_item(item) for item in answer.get("Items", [])]

    def _set(
        self,
        job_id: str,
        fields: dict[str, Any],
        condition: str | None = None,
        extra_values: dict[str, Any] | None = None,
    ) -> bool:
        fields = {**fields, "updated_at": now()}
        names = {f"#f{i}": name for i, name in enumerate(fields)}
        values = {f":v{i}": _attribute(name, value) for i, (name, value) in enumerate(fields.items())}
        request: dict[str, Any] = {
            "TableName": self.table,
            "Key": self._key(job_id),
            "UpdateExpression": "SET " + ", ".join(f"#f{i} = :v{i}" for i in range(len(fields))),
            "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": {**values, **(extra_values or {})},
            "ConditionExpression": "attribute_exists(job_id)" + (f" AND ({condition})" if condition else ""),
        }
        try:
            self.client.update_item(**request)
        except _botocore_error() as error:
            if error.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            self.get(job_id)  # JobRecordNotFoundError when that was the reason
            return False
        return True

    def _active_values(self) -> dict[str, Any]:
        return {":pending": {"S": PENDING}, ":running": {"S": RUNNING}}

    def start_phase(self, job_id: str, phase: str, total: int | None = None) -> None:
        names = {"#status": "status", "#phase": "phase", "#started": phase}
        values = {**self._active_values(), ":phase": {"S": phase}, ":now": {"S": now()}}
        update = [
            "#status = :running",
            "#phase = :phase",
            "updated_at = :now",
            "phase_started.#started = if_not_exists(phase_started.#started, :now)",
        ]
        if phase in PHASE_TOTALS and total is not None:
            update.append("counters.#total = :total")
            names["#total"] = PHASE_TOTALS[phase][0]
            values[":total"] = {"N": str(total)}
        try:
            self.client.update_item(
                TableName=self.table,
                Key=self._key(job_id),
                UpdateExpression="SET " + ", ".join(update),
                ConditionExpression="attribute_exists(job_id) AND #status IN (:pending, :running)",
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=values,
            )
        except _botocore_error() as error:
            if error.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            self.get(job_id)  # JobRecordNotFoundError if that was why; an ended job stays as it is

    def task_done(self, job_id: str, phase: str, task: int, counters: dict[str, int]) -> bool:
        added = {PHASE_TOTALS[phase][1]: 1} if phase in PHASE_TOTALS else {}
        added.update(counters)
        names = {f"#c{i}": name for i, name in enumerate(added)}
        values: dict[str, Any] = {f":c{i}": {"N": str(int(v))} for i, v in enumerate(added.values())}
        values[":now"] = {"S": now()}
        if added:  # DynamoDB refuses placeholders that no expression uses, and empty placeholder maps
            values[":zero"] = {"N": "0"}
        marker = {**self._key(job_id, f"{phase}#{task:05d}"), "expires_at": {"N": str(int(time.time()) + MARKER_TTL)}}
        try:
            self.client.transact_write_items(
                TransactItems=[
                    {
                        "Put": {
                            "TableName": self.table,
                            "Item": marker,
                            "ConditionExpression": "attribute_not_exists(job_id)",
                        }
                    },
                    {
                        "Update": {
                            "TableName": self.table,
                            "Key": self._key(job_id),
                            "UpdateExpression": "SET "
                            + ", ".join(
                                [
                                    f"counters.#c{i} = if_not_exists(counters.#c{i}, :zero) + :c{i}"
                                    for i in range(len(added))
                                ]
                                + ["updated_at = :now"]
                            ),
                            **({"ExpressionAttributeNames": names} if names else {}),
                            "ExpressionAttributeValues": values,
                            "ConditionExpression": "attribute_exists(job_id)",
                        }
                    },
                ]
            )
        except _botocore_error() as error:
            if error.response["Error"]["Code"] != "TransactionCanceledException":
                raise
            reasons = [r.get("Code") for r in error.response.get("CancellationReasons", [])]
            if reasons and reasons[0] == "ConditionalCheckFailed":
                return False
            self.get(job_id)
            raise
        return True

    def finish(self, job_id: str, status: str, **fields: Any) -> None:
        # "status" comes first in the fields, so its placeholder is #f0.
        self._set(
            job_id,
            {"status": status, "phase": "done", "finished_at": now(), **fields},
            condition="#f0 IN (:pending, :running)",
            extra_values=self._active_values(),
        )

    def update(self, job_id: str, **fields: Any) -> None:
        check_plain(fields)
        self._set(job_id, fields)
