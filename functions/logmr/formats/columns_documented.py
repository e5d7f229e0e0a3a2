"""Access logs written as named columns: the layouts known from their tools' documentation, each
kind's columns named as its documentation names them (columns_layouts.py says what a layout is).

- `alb`: AWS Application Load Balancer access logs ("Access log entries for your Application
  Load Balancer"); AWS adds fields at the end over the years, so any columns after the user agent
  are optional and any more are kept.
- `elb`: AWS Classic Load Balancer access logs (TCP listeners' entries have `"- - - "` requests).
- `s3`: Amazon S3 server access logs.
- `squid`: Squid's native access.log (`logformat squid`; the elapsed time padded with spaces).
- `envoy`: Envoy's default access log format.
- `vhost_combined`: Apache's `vhost_combined` (`%v:%p` before the combined format's fields: Debian's
  other_vhosts_access.log); the virtual host is the service.
- `php_fpm`: php-fpm's default `access.format` (`%R - %u %t "%m %r" %s`).
- `nginx_stream`: nginx's stream module's `basic` format (`$remote_addr [$time_local] $protocol
  $status $bytes_sent $bytes_received $session_time`): a TCP or UDP session, its columns but the
  client and time its message.
- `xferlog`: the xferlog transfer log of vsftpd, ProFTPD and wu-ftpd (a ctime, the transfer's
  seconds, the client, the size, the file: the message, ...; its service name the service).
- `vpc`, `vpc_export`: AWS VPC Flow Logs' default (version 2) records, as CloudWatch Logs and
  Firehose deliver them, and as a CloudWatch Logs export writes them (each after the time it
  was logged at); the flow's `start` is the time, the whole record the message. An S3 object of
  flow logs opens with a line that names its columns, default or custom (`vpc_header`): that line
  gives the layout (`[["vpc"], [name, ...]]`), and is no record wherever it recurs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from .columns_layouts import Columns, column_name, column_tokens, compiled, w3c, w3c_from, zeek

_ISO = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?"
_NUMBER = r"\d+|-"
_CTIME = r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}"
_CLF_TIME = r"\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}"
# VPC Flow Logs' default (version 2) fields, in their order.
_VPC_DEFAULT = (
    "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"
)
_VPC_TOKENS = r"version:=\d+ account_id interface_id srcaddr dstaddr srcport:=\d+|- dstport:=\d+|- protocol:=\d+|-"
_VPC_TOKENS += r" packets:=\d+|- bytes:=\d+|- start:=\d+ end:=\d+ action:=ACCEPT|REJECT|-"
_VPC_TOKENS += r" log_status:=OK|NODATA|SKIPDATA"
_VPC_ROLES = {"timestamp": ("start",), "bytes": ("bytes",), "message": tuple(map(column_name, _VPC_DEFAULT.split()))}
_AWS_ROLES = {"status": ("elb_status_code",), "request": ("request",), "bytes": ("sent_bytes",)}
# A load balancer's columns as documented: `ip:port` (the target's `-` where none answered),
# seconds (`-1` where none), statuses (`-` where none), byte counts.
_LOAD_BALANCER = r"elb client_port:=\S+:\d+ target_port:=\S+:\d+|- request_processing_time:=-?\d+(?:\.\d+)?"
_LOAD_BALANCER += r" target_processing_time:=-?\d+(?:\.\d+)? response_processing_time:=-?\d+(?:\.\d+)?"
_LOAD_BALANCER += r" elb_status_code:=\d{3}|- target_status_code:=\d{3}|- received_bytes:=\d+ sent_bytes:=\d+"
_ALB_MORE = "ssl_cipher ssl_protocol target_group_arn trace_id domain_name chosen_cert_arn matched_rule_priority"
_ALB_MORE += " request_creation_time actions_executed redirect_url error_reason target_port_list"
_ALB_MORE += " target_status_code_list classification classification_reason conn_trace_id"
_ALB_MORE += " transformed_host transformed_uri request_transform_status"

_S3_MORE = "version_id host_id signature_version cipher_suite authentication_type host_header tls_version"
_S3_MORE += " access_point_arn acl_required"
# An ISO 8601 time's fraction dropped (in Envoy's brackets too): the same second.
_ISO_FRACTION = (r"^(?P<a>\[?[^.]{19})\.[0-9]+(?P<b>(?:[^0-9].*)?)$", r"\1\2")  # (b: no digit first, as the run's end)
DOCUMENTED = {
    "alb": Columns(
        "alb",
        (
            ("type", r"(?:https?|h2|grpcs|wss?)"),
            ("time", _ISO),
            *column_tokens(f"{_LOAD_BALANCER} request:q user_agent:q"),
        ),
        {**_AWS_ROLES, "timestamp": ("time",), "service": ("elb",)}
        | {"latency": ("request_processing_time", "target_processing_time", "response_processing_time")},
        more=tuple(_ALB_MORE.split()),
        scale=1000.0,
        fraction=_ISO_FRACTION,
    ),
    "elb": Columns(
        "elb",
        (
            ("time", _ISO),
            *column_tokens(_LOAD_BALANCER.replace("target_", "backend_") + " request:q"),
        ),
        {**_AWS_ROLES, "timestamp": ("time",), "service": ("elb",)}
        | {"latency": ("request_processing_time", "backend_processing_time", "response_processing_time")},
        more=("user_agent", "ssl_cipher", "ssl_protocol"),
        scale=1000.0,
        fraction=_ISO_FRACTION,
    ),
    "s3": Columns(
        "s3",
        column_tokens(
            r"bucket_owner:=[0-9a-f]{64}|- bucket time:=\[\d\d/\w{3}/\d{4}:[^\]]*\] remote_ip requester request_id"
            r" operation:=[A-Z0-9]+\.[\w.]+|- key request_uri:q-"
            rf" http_status:={_NUMBER} error_code bytes_sent:={_NUMBER} object_size total_time turn_around_time"
            " referer:q- user_agent:q-"
        ),
        {"timestamp": ("time",), "status": ("http_status",), "request": ("request_uri", "operation")}
        | {"bytes": ("bytes_sent",)}
        | {"latency": ("total_time",), "service": ("bucket",)},
        more=tuple(_S3_MORE.split()),
    ),
    "squid": Columns(
        "squid",
        column_tokens(
            r"time:=\d+\.\d+ elapsed:=-?\d+ remotehost code_status:=(?P<code>[A-Z][A-Z_]*)/(?P<status>\d{3})"
            r" bytes:=\d+ method url rfc931 hierarchy type"
        ),
        {"timestamp": ("time",), "status": ("status",), "method": ("method",), "path": ("url",), "bytes": ("bytes",)}
        | {"latency": ("elapsed",)},
        separator=" +",
        fraction=(r"^(?P<a>[0-9]+)\.[0-9]+$", r"\1"),
    ),
    "envoy": Columns(
        "envoy",
        column_tokens(
            rf"start_time:=\[{_ISO}\] request:q response_code:=\d+ response_flags bytes_received:=\d+"
            rf" bytes_sent:=\d+ duration:={_NUMBER} upstream_service_time x_forwarded_for:q user_agent:q"
            " request_id:q authority:q upstream_host:q"
        ),
        {"timestamp": ("start_time",), "status": ("response_code",), "request": ("request",), "bytes": ("bytes_sent",)}
        | {"latency": ("duration",)},
        fraction=_ISO_FRACTION,
    ),
    "vhost_combined": Columns(
        "vhost_combined",
        column_tokens(
            r"server:=(?P<vhost>\S+):(?P<port>\d+) remote_host ident user time:b request:q status:=\d{3}"
            r" bytes:=\d+|- referer:q agent:q"
        ),
        {"timestamp": ("time",), "status": ("status",), "request": ("request",), "bytes": ("bytes",)}
        | {"service": ("vhost",)},
    ),
    "php_fpm": Columns(
        "php_fpm",
        (
            *column_tokens(r"remote_ip dash:=- user:=\S*"),
            ("time", _CLF_TIME),
            ("request", r'"(?:[A-Z]+|-) [^"]*"'),  # (php-src's fpm_log.c: `-` for a request it has no method of)
            ("status", r"\d{3}"),
        ),
        {"timestamp": ("time",), "status": ("status",), "request": ("request",)},
    ),
    "nginx_stream": Columns(
        "nginx_stream",
        column_tokens(
            r"remote_addr time:b protocol:=TCP|UDP status:=\d{3} bytes_sent:=\d+ bytes_received:=\d+"
            r" session_time:=\d+\.\d+"
        ),
        {"timestamp": ("time",), "status": ("status",), "bytes": ("bytes_sent",), "latency": ("session_time",)}
        | {"message": ("protocol", "status", "bytes_sent", "bytes_received", "session_time")},
        scale=1000.0,
    ),
    "xferlog": Columns(
        "xferlog",
        (
            ("current_time", _CTIME),
            *column_tokens(
                r"transfer_time:=\d+ remote_host file_size:=\d+ filename:=.+? transfer_type:=[ab]"
                r" special_action_flag:=[CTU_]+ direction:=[oid] access_mode:=[agr] username service_name"
                r" authentication_method:=[01] authenticated_user_id completion_status:=[ci]"
            ),
        ),
        {"timestamp": ("current_time",), "bytes": ("file_size",), "latency": ("transfer_time",)}
        | {"service": ("service_name",), "message": ("filename",)},
        scale=1000.0,
    ),
    "fast_alert": Columns(
        "fast_alert",
        (
            ("time", r"\d\d/\d\d(?:/\d{4})?-\d\d:\d\d:\d\d\.\d+"),
            # (Suricata's two blanks and IPS action, `[Drop] `, `[wDrop] `; Snort 3's one blank)
            ("rule", r" ?(?:\[(?P<action>w?Drop)\] )?\[\*\*\] \[(?P<gid>\d+):(?P<sid>\d+):(?P<rev>\d+)\]"),
            ("msg", r".*?"),  # (Snort 3's in quotes, read without them)
            ("alert", r"\[\*\*\] (?:\[Classification: (?P<classtype>[^\]]*)\] )?\[Priority: (?P<priority>\d+)\]"),
            # (a flow's protocol and ends; a decoder's alert: the packet's bytes)
            ("flow", r"\{(?P<protocol>[^{}]*)\} (?P<src>\S+) -> (?P<dst>\S+)|\[\*\*\] \[Raw pkt:[^\]]*\].*"),
        ),
        {"timestamp": ("time",), "message": ("msg",), "level": ("priority",)},
        time_keys=("mdy_dash", "md_dash"),
    ),
    "vpc": Columns("vpc", column_tokens(_VPC_TOKENS), _VPC_ROLES),
    "vpc_export": Columns("vpc_export", (("exported", _ISO), *column_tokens(_VPC_TOKENS)), _VPC_ROLES),
}
DOCUMENTED = {kind: replace(columns, wire=((kind,),)) for kind, columns in DOCUMENTED.items()}


def from_wire(layout: list[list[str]] | tuple | None) -> Columns | None:
    """The layout a Split carries, as a Columns (None for none)."""
    if not layout:
        return None
    head = layout[0]
    if head[0] == "w3c":
        return w3c(tuple(layout[1]), *head[1:3])
    if head[0] == "zeek":
        return zeek(tuple(layout[1]))
    if head[0] == "vpc" and len(layout) > 1:
        return vpc(tuple(layout[1]))
    return DOCUMENTED[head[0]]


# VPC Flow Logs' fields (the documentation's "Available fields", versions 2 to 8); a header names
# two of them or more (at least three where it names more), one its own (below), and any others it
# holds are alike (fields AWS adds later).
_VPC_FIELDS = frozenset(
    (
        _VPC_DEFAULT + " vpc-id subnet-id instance-id tcp-flags type pkt-srcaddr pkt-dstaddr region az-id"
        " sublocation-type sublocation-id pkt-src-aws-service pkt-dst-aws-service flow-direction traffic-path"
        " ecs-cluster-arn ecs-cluster-name ecs-container-instance-arn ecs-container-instance-id ecs-container-id"
        " ecs-second-container-id ecs-service-name ecs-task-definition-arn ecs-task-arn ecs-task-id reject-reason"
        " resource-id encryption-status"
    ).split()
)
_FIELD_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# Names no English text holds (`start end action` is no header): one of them is in every header.
_VPC_OWN = frozenset(name for name in _VPC_FIELDS if "-" in name or name.startswith(("src", "dst")))


def vpc_header(line: str) -> tuple[str, ...] | None:
    """The field names a VPC Flow Logs header line gives (None for a line that is none)."""
    names = line.split()
    if len(names) < 2 or len(_VPC_FIELDS.intersection(names)) < min(3, len(names)) or len(set(names)) < len(names):
        return None
    if _VPC_OWN.isdisjoint(names):
        return None
    return tuple(names) if all(_FIELD_NAME.fullmatch(name) for name in names) else None


@cache
def _header_search() -> Any:
    """RE2's search for a line that opens with a VPC field's name and a blank (0.3 ms a 4 MiB
    block of flow records; Python's `re`, 2.8)."""
    import re2

    names = "|".join(sorted(map(re.escape, _VPC_FIELDS), key=len, reverse=True))
    return re2.compile(rb"\n(?:" + names.encode() + rb") [a-z]")


def holds_vpc_header(block: bytes) -> bool:
    """Whether a line of the block may be a VPC Flow Logs header (any: objects joined may name
    other columns), to be read line by line (`vpc_header` tells)."""
    first = block[: block.find(b"\n")] if b"\n" in block else block
    return vpc_header(first.decode("utf-8", "replace")) is not None or _header_search().search(block) is not None


def vpc(names: tuple[str, ...]) -> Columns:
    """A VPC flow log's layout from its header's field names: each column a run of non-blanks (a
    field with no value: `-`), the flow's `start` the time, its `bytes` the bytes, the record the message."""
    groups = tuple(column_name(name) for name in names)
    roles = {"message": groups} | {role: (name,) for role, name in (("timestamp", "start"), ("bytes", "bytes"))}
    roles = {role: columns for role, columns in roles.items() if set(columns) <= set(groups)}
    return Columns(
        "vpc", tuple((group, r"\S+") for group in groups), roles, wire=(("vpc",), names), header=" ".join(names)
    )


def learn(lines: list[str]) -> Columns | None:
    """A file's layout from its first lines: its first `#Fields:` directive, else the documented
    layout most of them fit (None if none fits any)."""
    found = w3c_from(lines, first=True)
    if found is not None:
        return found
    names = vpc_header(lines[0]) if lines else None
    if names is not None:
        return vpc(names)
    best, hits = None, 0
    for columns in DOCUMENTED.values():
        fit = sum(1 for line in lines if compiled(columns).match(line))
        if fit > hits:
            best, hits = columns, fit
    return best


def vpc_fit(lines: list[str]) -> int:
    """How many of a file's first lines are VPC Flow Logs' header lines or fit the first one's
    columns (0 where the first line is no such header)."""
    names = vpc_header(lines[0]) if lines else None
    if names is None:
        return 0
    layout = vpc(names)
    return sum(1 for line in lines if line.rstrip() == layout.header or compiled(layout).match(line))
