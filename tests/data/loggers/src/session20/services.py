#!/usr/bin/env python3
"""logmr's service for the AWS access logs, written into their expected files (run after readers.py).

The readers give `service: null` (the logs have no logger or app name). logmr names a record's
service where the log names what served it (README, "Access logs of named columns"): an ALB's
or a Classic ELB's `elb` field, an S3 log's `bucket`, CloudFront's `cs(Host)` (the
distribution). This copies that column of each record's line, so the expected value is the
log's own text, not logmr's reading of it. Session 19's AWS files get the same.
"""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/data/loggers
# file -> (the column's index, separator: None for spaces)
COLUMNS = {
    "aws_alb.log": (2, None),
    "aws_alb_access.log": (2, None),
    "aws_elb_classic.log": (1, None),
    "aws_s3_server_access.log": (1, None),
    "aws_s3_access.log": (1, None),
    "aws_cloudfront.log": (6, "\t"),
    "aws_cloudfront_standard.log": (6, "\t"),
}

for name, (column, separator) in COLUMNS.items():
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    path = os.path.join(HERE, name.replace(".log", ".expected.jsonl"))
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    for row in rows:
        row["service"] = lines[row["line"] - 1].split(separator)[column]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    print(f"{name}: {len(rows)} records")
