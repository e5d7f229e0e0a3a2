#!/usr/bin/env python3
"""Compose the cloud-delivered log files of session 36d (standard library only, deterministic).

Documented example records (docs_examples.py) are copied; further records only vary the values of fields
the same documentation shows. Writes ../out/<name>. See ../README.md for the sources of every file.
"""
import json
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docs_examples as D

OUT = Path(__file__).resolve().parent.parent / "out"
T0 = datetime(2026, 11, 30, 12, 0, 0, tzinfo=UTC)


def uid(n):
    return str(uuid.UUID(int=0x5EED0000000000000000000000000000 + n))


def go_json(o):
    """Go's / CloudTrail's encoding: compact, raw UTF-8, < > & escaped as \\u003c \\u003e \\u0026."""
    s = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def compact(o, ascii_only=False):
    return json.dumps(o, ensure_ascii=ascii_only, separators=(",", ":"))


def write(name, lines, end="\n"):
    (OUT / name).write_bytes("".join(x + end for x in lines).encode("utf-8"))


def iso(dt, digits=0):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if digits:
        s += "." + f"{dt.microsecond:06d}"[:digits].ljust(digits, "0")
    return s + "Z"


# ---------------------------------------------------------------- CloudTrail
def cloudtrail():
    def ident(user, key="AKIAIOSFODNN7EXAMPLE"):
        return {"type": "IAMUser", "principalId": "AIDACKCEVSQ6C2EXAMPLE", "arn": f"arn:aws:iam::123456789012:user/{user}",
                "accountId": "123456789012", "accessKeyId": key, "userName": user}

    def ev(i, t, src, name, ua, req, resp, err=None, user="Mary_Major", ip="192.0.2.0", region="us-east-1"):
        r = {"eventVersion": "1.08", "userIdentity": ident(user), "eventTime": iso(t), "eventSource": src, "eventName": name,
             "awsRegion": region, "sourceIPAddress": ip, "userAgent": ua}
        if err:
            r["errorCode"], r["errorMessage"] = err
        r.update({"requestParameters": req, "responseElements": resp, "requestID": uid(100 + i), "eventID": uid(200 + i),
                  "eventType": "AwsApiCall", "recipientAccountId": "123456789012"})
        return r

    cli = "aws-cli/2.13.5 Python/3.11.4 Linux/6.1.0 exe/x86_64.debian.12 prompt/off command/"
    t = T0
    composed = [
        ev(1, t, "s3.amazonaws.com", "CreateBucket", cli + "s3api.create-bucket", {"bucketName": "shop-café-logs", "Host": "shop-café-logs.s3.amazonaws.com"}, None,
           err=("InvalidBucketName", "The specified bucket is not valid.")),
        ev(2, t + timedelta(seconds=3), "s3.amazonaws.com", "CreateBucket", cli + "s3api.create-bucket", {"bucketName": "shop-cafe-logs", "Host": "shop-cafe-logs.s3.amazonaws.com"}, None),
        ev(3, t + timedelta(seconds=41), "ec2.amazonaws.com", "RunInstances", cli + "ec2.run-instances", {"instanceType": "m5.large"}, None, user="zoë",
           err=("Client.UnauthorizedOperation", 'You are not authorized to perform this operation. User: arn:aws:iam::123456789012:user/zoë is not authorized to perform: ec2:RunInstances on resource: "arn:aws:ec2:us-east-1:123456789012:instance/*"')),
        ev(4, t + timedelta(minutes=2), "iam.amazonaws.com", "DeleteUser", "AWSConsole", {"userName": "Bob"}, None,
           err=("DeleteConflict", "Cannot delete entity, must delete login profile first.")),
        ev(5, t + timedelta(minutes=3, seconds=7), "cloudtrail.amazonaws.com", "StopLogging", "Mozilla/5.0 (X11; Linux x86_64) Café Zoë 東京 <console>", {"name": "myTrail"}, None),
        ev(6, t + timedelta(minutes=5), "sts.amazonaws.com", "GetCallerIdentity", "Boto3/1.34.0 md/Botocore#1.34.0 ua/2.0 os/linux#6.1.0 lang/python#3.11.7", None, None, region="eu-west-1"),
        ev(7, t + timedelta(minutes=6, seconds=30), "kms.amazonaws.com", "Decrypt", "aws-sdk-go-v2/1.21.0 os/linux lang/go#1.21", {"encryptionAlgorithm": "SYMMETRIC_DEFAULT"}, None,
           err=("AccessDenied", "User: arn:aws:iam::123456789012:user/Mary_Major is not authorized to perform: kms:Decrypt because no identity-based policy allows the kms:Decrypt action")),
    ]
    signin = json.loads(D.CLOUDTRAIL_SIGNIN)
    fail = dict(signin[1])
    fail = json.loads(json.dumps(fail))
    fail["eventTime"] = iso(t + timedelta(minutes=8))
    fail["userAgent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0 \"Zoë\""
    fail["userIdentity"]["userName"] = "zoë"
    fail["eventID"] = uid(301)
    objects = [
        {"Records": json.loads(D.CLOUDTRAIL_EC2)},
        {"Records": json.loads(D.CLOUDTRAIL_IAM) + [json.loads(D.CLOUDTRAIL_START_LOGGING)]},
        {"Records": signin},
        {"Records": composed + [fail]},
    ]
    # one delivered object (decompressed) per line
    write("aws_cloudtrail_s3.json", [go_json(o) for o in objects])


# ---------------------------------------------------------------- VPC flow logs
def vpc():
    eni, acct = "eni-0a1b2c3d4e5f60718", "123456789012"
    base = 1796040000  # 2026-11-30T12:00:00Z
    rows = list(D.VPC_DEFAULT)
    flows = [("198.51.100.7", "10.0.1.25", 51234, 443, 6, 12, 5432, "ACCEPT"), ("10.0.1.25", "198.51.100.7", 443, 51234, 6, 10, 9876, "ACCEPT"),
             ("203.0.113.99", "10.0.1.25", 40111, 22, 6, 3, 180, "REJECT"), ("203.0.113.99", "10.0.1.25", 40112, 3389, 6, 2, 120, "REJECT"),
             ("10.0.1.25", "10.0.0.2", 38211, 53, 17, 2, 148, "ACCEPT"), ("10.0.0.2", "10.0.1.25", 53, 38211, 17, 2, 212, "ACCEPT"),
             ("192.0.2.44", "10.0.1.25", 0, 0, 1, 4, 336, "REJECT"), ("10.0.1.25", "52.95.128.179", 34210, 443, 6, 1200, 1843200, "ACCEPT")]
    for i, (s, d, sp, dp, p, pk, by, act) in enumerate(flows):
        st = base + 60 * i
        rows.append(f"2 {acct} {eni} {s} {d} {sp} {dp} {p} {pk} {by} {st} {st + 58} {act} OK")
    rows.append(f"2 {acct} {eni} - - - - - - - {base + 600} {base + 659} - NODATA")
    rows.append(f"2 {acct} eni-0fedcba9876543210 - - - - - - - {base + 600} {base + 659} - SKIPDATA")
    write("aws_vpc_flow_default_s3.log", [D.VPC_DEFAULT_FIELDS] + rows)

    # custom format (v5 fields, the docs' "traffic path" example), as delivered to S3
    rows5 = list(D.VPC_V5)
    v5 = [("10.0.0.71", "52.95.128.179", 34220, 443, 6, "IPv4", 9, 612, "ACCEPT", 3, "-", "S3", "8", "egress"),
          ("52.95.128.179", "10.0.0.71", 443, 34220, 6, "IPv4", 11, 14210, "ACCEPT", 19, "S3", "-", "-", "ingress"),
          ("203.0.113.5", "10.0.0.71", 52211, 22, 6, "IPv4", 1, 40, "REJECT", 2, "-", "-", "-", "ingress"),
          ("2001:db8:1234:a100:8d6e:3477:df66:f105", "2001:db8:1234:a102:3304:8879:34cf:4071", 34892, 22, 6, "IPv6", 54, 8855, "ACCEPT", 2, "-", "-", "-", "ingress"),
          ("10.0.0.71", "10.0.2.15", 45822, 5432, 6, "IPv4", 40, 6120, "ACCEPT", 3, "-", "-", "1", "egress"),
          ("10.0.0.71", "54.239.28.85", 40020, 443, 6, "IPv4", 6, 460, "ACCEPT", 1, "-", "DYNAMODB", "7", "egress"),
          ("198.51.100.200", "10.0.0.71", 61000, 8080, 6, "IPv4", 1, 44, "REJECT", 2, "-", "-", "-", "ingress"),
          ("10.0.0.71", "10.0.0.2", 50500, 53, 17, "IPv4", 1, 74, "ACCEPT", 0, "-", "-", "1", "egress")]
    for i, (s, d, sp, dp, p, ty, pk, by, act, fl, ssvc, dsvc, tp, fd) in enumerate(v5):
        st = base + 60 * i
        rows5.append(f"5 {s} {d} {sp} {dp} {p} {st} {st + 57} {ty} {pk} {by} {acct} vpc-0aa11bb22cc33dd44 subnet-0123456789abcdef0 "
                     f"i-0c50d5961bcb2d47b eni-1235b8ca123456789 us-east-1 use1-az2 - - {act} {fl} {s} {d} {ssvc} {dsvc} {tp} {fd} OK")
    rows5.append(f"5 - - - - - {base + 600} {base + 659} - - - {acct} vpc-0aa11bb22cc33dd44 subnet-0123456789abcdef0 "
                 "i-0c50d5961bcb2d47b eni-1235b8ca123456789 us-east-1 use1-az2 - - - - - - - - - - NODATA")
    write("aws_vpc_flow_custom_s3.log", [D.VPC_V5_FIELDS] + rows5)

    # the same default-format records in CloudWatch Logs, exported with CreateExportTask: "<ISO time> <message>"
    cw = []
    for i, r in enumerate(rows[7:]):
        start = int(r.split()[10])
        ingest = datetime.fromtimestamp(start, UTC) + timedelta(seconds=118 + i, milliseconds=37 * i)
        cw.append(ingest.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ingest.microsecond // 1000:03d}Z " + r)
    write("aws_vpc_flow_cloudwatch_export.log", cw)


# ---------------------------------------------------------------- WAF
def waf():
    recs = json.loads(D.WAF)
    acl = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/shop-acl/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
    alb = "123456789012-app/shop-alb/50dc6c495c0c9188"
    hdr = lambda ua: [{"name": "Host", "value": "shop.example.com"}, {"name": "User-Agent", "value": ua}, {"name": "Accept", "value": "*/*"}]

    def rec(ms, rule, rtype, action, ip, cc, method, uri, args, ua, rid, match=None, nonterm=None):
        return {"timestamp": ms, "formatVersion": 1, "webaclId": acl, "terminatingRuleId": rule, "terminatingRuleType": rtype,
                "action": action, "terminatingRuleMatchDetails": match or [], "httpSourceName": "ALB", "httpSourceId": alb,
                "ruleGroupList": [], "rateBasedRuleList": [], "nonTerminatingMatchingRules": nonterm or [],
                "requestHeadersInserted": None, "responseCodeSent": None,
                "httpRequest": {"clientIp": ip, "country": cc, "headers": hdr(ua), "uri": uri, "args": args,
                                "httpVersion": "HTTP/1.1", "httpMethod": method, "requestId": rid}}
    ms = 1796040000123
    recs += [
        rec(ms, "Default_Action", "REGULAR", "ALLOW", "198.51.100.7", "FR", "GET", "/produits/café", "q=zoë&lang=fr",
            "Mozilla/5.0 (X11; Linux x86_64) Café Zoë 東京", "1-6565c1a0-0001"),
        rec(ms + 1500, "SQLi_Body", "REGULAR", "BLOCK", "203.0.113.99", "US", "POST", "/api/login", "",
            "python-requests/2.31.0", "1-6565c1a1-0002",
            match=[{"conditionType": "SQL_INJECTION", "location": "BODY", "matchedData": ["'", "OR", "1", "=", "1"]}]),
        rec(ms + 2200, "Default_Action", "REGULAR", "ALLOW", "192.0.2.10", "JP", "GET", "/検索", "q=%E6%9D%B1%E4%BA%AC",
            "curl/8.4.0", "1-6565c1a2-0003",
            nonterm=[{"ruleId": "CountBots", "action": "COUNT", "ruleMatchDetails": []}]),
        rec(ms + 3900, "XSS_Query", "REGULAR", "BLOCK", "203.0.113.99", "US", "GET", "/search", 'q=<script>alert("x")</script>',
            "Mozilla/5.0", "1-6565c1a3-0004",
            match=[{"conditionType": "XSS", "location": "QUERY_STRING", "matchedData": ["<", "script"]}]),
        rec(ms + 60000, "Default_Action", "REGULAR", "ALLOW", "198.51.100.7", "FR", "DELETE", "/api/cart/42", "",
            "okhttp/4.12.0", "1-6565c1a4-0005"),
    ]
    write("aws_waf.jsonl", [compact(r) for r in recs])


# ---------------------------------------------------------------- Route 53 Resolver
def route53():
    first = json.loads(D.ROUTE53)
    out = [first]

    def q(t, name, qtype, rcode, answers, ip, port, transport="UDP", inst="i-0c50d5961bcb2d47b"):
        return {"srcaddr": ip, "vpc_id": "vpc-0aa11bb22cc33dd44", "answers": answers, "query_name": name, "query_class": "IN",
                "srcids": {"instance": inst}, "rcode": rcode, "query_type": qtype, "transport": transport, "version": "1.100000",
                "account_id": "123456789012", "srcport": str(port), "query_timestamp": iso(t), "region": "us-east-1"}
    t = T0
    out += [
        q(t, "shop.example.com.", "A", "NOERROR", [{"Rdata": "192.0.2.10", "Type": "A", "Class": "IN"}], "10.0.0.71", 41522),
        q(t + timedelta(seconds=1), "shop.example.com.", "AAAA", "NOERROR", [], "10.0.0.71", 41523),
        q(t + timedelta(seconds=4), "xn--caf-dma.example.", "A", "NXDOMAIN", [], "10.0.0.71", 50111),
        q(t + timedelta(seconds=9), "s3.us-east-1.amazonaws.com.", "A", "NOERROR",
          [{"Rdata": "52.216.0.1", "Type": "A", "Class": "IN"}, {"Rdata": "52.216.0.2", "Type": "A", "Class": "IN"}], "10.0.1.25", 38211),
        q(t + timedelta(seconds=12), "broken.internal.example.", "A", "SERVFAIL", [], "10.0.1.25", 38212, transport="TCP"),
        q(t + timedelta(seconds=30), "www.example.org.", "CNAME", "NOERROR", [{"Rdata": "example.org.", "Type": "CNAME", "Class": "IN"}], "10.0.1.25", 38240),
        q(t + timedelta(minutes=1), "_ldap._tcp.corp.example.", "SRV", "REFUSED", [], "10.0.2.15", 53001, inst="i-01234567890123456"),
    ]
    write("aws_route53_resolver_query.jsonl", [compact(r) for r in out])


# ---------------------------------------------------------------- Network Firewall (alert)
def nfw():
    lines = [D.NFW_ALERT]

    def alert(sec_off, fid, src, sp, dst, dp, proto, action, sid, sig, cat, sev):
        t = T0 + timedelta(seconds=sec_off, microseconds=123456 + sec_off * 1000)
        ev = {"timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%f+0000"), "flow_id": fid, "event_type": "alert", "src_ip": src, "src_port": sp,
              "dest_ip": dst, "dest_port": dp, "proto": proto,
              "alert": {"action": action, "signature_id": sid, "rev": 1, "signature": sig, "category": cat, "severity": sev}}
        return compact({"firewall_name": "shop-fw", "availability_zone": "us-east-1a", "event_timestamp": str(int(t.timestamp())), "event": ev}, ascii_only=True)
    lines += [
        alert(0, 1770453319291727, "10.0.1.25", 40222, "198.51.100.66", 80, "TCP", "blocked", 5, "deny http to bad-domain.example", "Policy Violation", 1),
        alert(2, 1770453319291801, "203.0.113.99", 51000, "10.0.1.25", 22, "TCP", "blocked", 1001, "ET SCAN Potential SSH Scan", "Attempted Information Leak", 2),
        alert(5, 1770453319291902, "10.0.1.25", 53211, "192.0.2.53", 53, "UDP", "allowed", 2001, "alert dns query for café.example", "Misc activity", 3),
        alert(9, 1770453319292003, "10.0.1.25", 44100, "203.0.113.80", 443, "TCP", "allowed", 3001, 'TLS SNI "shop.example.com" Zoë 東京', "Not Suspicious Traffic", 3),
        alert(14, 1770453319292104, "198.51.100.23", 3389, "10.0.1.25", 3389, "TCP", "blocked", 1002, "drop RDP from internet", "Attempted Administrator Privilege Gain", 1),
        alert(20, 1770453319292205, "10.0.1.25", 60000, "10.0.2.15", 5432, "TCP", "allowed", 4001, "", "", 3),
    ]
    write("aws_network_firewall_alert.jsonl", lines)


# ---------------------------------------------------------------- ECS FireLens
def firelens():
    task = "arn:aws:ecs:us-east-1:123456789012:task/shop-cluster/0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    cid = "0f1e2d3c4b5a69788796a5b4c3d2e1f0-2531612879"
    lines = []
    msgs = [("stdout", "shop-api 2.3.1 listening on :8080"), ("stdout", "GET /produits/café 200 12ms user=zoë"),
            ("stderr", "WARNING: cache miss ratio 0.71 above 0.5"), ("stdout", '{"level":"info","msg":"order 1001 placed","total":"12.50 €"}'),
            ("stderr", "ERROR: payment gateway timeout after 5000ms"), ("stderr", "Traceback (most recent call last):"),
            ("stderr", '  File "/app/pay.py", line 42, in charge'), ("stderr", "TimeoutError: upstream 東京 gateway"),
            ("stdout", "GET /health 200 1ms"), ("stdout", "tab\tseparated\tfields and \"quotes\""), ("stdout", "shutting down: SIGTERM")]
    for i, (src, text) in enumerate(msgs):
        rec = {"container_id": cid, "container_name": "shop-worker" if i == 3 else "shop-api", "source": src, "log": text,
               "ecs_cluster": "shop-cluster", "ecs_task_arn": task, "ecs_task_definition": "shop-api:7"}
        lines.append(compact(rec))
    write("aws_ecs_firelens.jsonl", lines)


# ---------------------------------------------------------------- Kubernetes audit (EKS)
def k8s_audit():
    lines = []

    def ev(i, t, level, stage, verb, uri, user, groups, ua, obj=None, code=None, extra=None, dt_ms=3):
        r = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": level, "auditID": uid(400 + i // 2 * 2), "stage": stage,
             "requestURI": uri, "verb": verb, "user": {"username": user, "groups": groups}, "sourceIPs": ["192.0.2.15"], "userAgent": ua}
        if obj:
            r["objectRef"] = obj
        if code is not None:
            r["responseStatus"] = {"metadata": {}, "code": code}
        if extra:
            r.update(extra)
        st = t if stage == "RequestReceived" else t + timedelta(milliseconds=dt_ms, microseconds=417)
        r["requestReceivedTimestamp"] = t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        r["stageTimestamp"] = st.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        r["annotations"] = {"authorization.k8s.io/decision": "allow" if (code or 200) < 400 else "forbid"}
        return go_json(r)
    t = T0 + timedelta(microseconds=105003)
    kubectl = "kubectl/v1.29.0 (linux/amd64) kubernetes/3f7a50f"
    pods = {"resource": "pods", "namespace": "shop", "apiVersion": "v1"}
    lines += [
        ev(0, t, "Metadata", "RequestReceived", "list", "/api/v1/namespaces/shop/pods?limit=500", "admin", ["system:masters", "system:authenticated"], kubectl, pods),
        ev(1, t, "Metadata", "ResponseComplete", "list", "/api/v1/namespaces/shop/pods?limit=500", "admin", ["system:masters", "system:authenticated"], kubectl, pods, 200),
        ev(2, t + timedelta(seconds=2), "Request", "RequestReceived", "create", "/api/v1/namespaces/shop/configmaps?fieldManager=kubectl-client-side-apply",
           "zoë@example.com", ["system:authenticated"], kubectl + " Café Zoë 東京", {"resource": "configmaps", "namespace": "shop", "name": "shop-config", "apiVersion": "v1"},
           extra={"requestObject": {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "shop-config"}, "data": {"greeting": "Café Zoë in 東京 <b>&</b>"}}}),
        ev(3, t + timedelta(seconds=2), "Request", "ResponseComplete", "create", "/api/v1/namespaces/shop/configmaps?fieldManager=kubectl-client-side-apply",
           "zoë@example.com", ["system:authenticated"], kubectl + " Café Zoë 東京", {"resource": "configmaps", "namespace": "shop", "name": "shop-config", "apiVersion": "v1"}, 201,
           extra={"requestObject": {"kind": "ConfigMap", "apiVersion": "v1", "metadata": {"name": "shop-config"}, "data": {"greeting": "Café Zoë in 東京 <b>&</b>"}}}, dt_ms=11),
        ev(4, t + timedelta(seconds=5), "Metadata", "ResponseComplete", "delete", "/api/v1/namespaces/kube-system/secrets/bootstrap-token-abcdef",
           "system:serviceaccount:shop:deployer", ["system:serviceaccounts", "system:serviceaccounts:shop", "system:authenticated"], "Go-http-client/2.0",
           {"resource": "secrets", "namespace": "kube-system", "name": "bootstrap-token-abcdef", "apiVersion": "v1"}, 403,
           extra={"responseStatus": {"metadata": {}, "status": "Failure",
                                     "message": 'secrets "bootstrap-token-abcdef" is forbidden: User "system:serviceaccount:shop:deployer" cannot delete resource "secrets" in API group "" in the namespace "kube-system"',
                                     "reason": "Forbidden", "details": {"name": "bootstrap-token-abcdef", "kind": "secrets"}, "code": 403}}),
        ev(6, t + timedelta(seconds=7), "Metadata", "ResponseStarted", "watch", "/api/v1/namespaces/shop/pods?watch=true&resourceVersion=1201",
           "system:kube-controller-manager", ["system:authenticated"], "kube-controller-manager/v1.29.0 (linux/amd64) kubernetes/3f7a50f/shared-informers", pods, 200),
        ev(8, t + timedelta(seconds=9), "RequestResponse", "ResponseComplete", "patch", "/apis/apps/v1/namespaces/shop/deployments/shop-api?fieldManager=kubectl-edit",
           "admin", ["system:masters", "system:authenticated"], kubectl,
           {"resource": "deployments", "namespace": "shop", "name": "shop-api", "apiGroup": "apps", "apiVersion": "v1"}, 200,
           extra={"requestObject": {"spec": {"replicas": 3}}, "responseObject": {"kind": "Deployment", "apiVersion": "apps/v1", "metadata": {"name": "shop-api", "namespace": "shop"}, "spec": {"replicas": 3}}}, dt_ms=25),
        ev(10, t + timedelta(seconds=12), "Metadata", "ResponseComplete", "get", "/healthz", "system:anonymous", ["system:unauthenticated"], "kube-probe/1.29", None, 200),
        ev(12, t + timedelta(seconds=15), "Metadata", "ResponseComplete", "get", "/api/v1/namespaces/shop/pods/shop-api-7d9f/log?container=shop-api",
           "admin", ["system:masters", "system:authenticated"], kubectl,
           {"resource": "pods", "namespace": "shop", "name": "shop-api-7d9f", "apiVersion": "v1", "subresource": "log"}, 200),
        ev(14, t + timedelta(seconds=20), "Metadata", "Panic", "get", "/api/v1/nodes/ip-10-0-1-25.ec2.internal", "system:node:ip-10-0-1-25.ec2.internal",
           ["system:nodes", "system:authenticated"], "kubelet/v1.29.0 (linux/amd64) kubernetes/3f7a50f",
           {"resource": "nodes", "name": "ip-10-0-1-25.ec2.internal", "apiVersion": "v1"}, 500),
    ]
    write("k8s_audit_eks.jsonl", lines)


# ---------------------------------------------------------------- GCP Cloud Audit Logs
def gcp_audit():
    lines = []

    def entry(i, t, kind, sev, svc, method, resname, principal, rtype, labels, code=None, msg=None, ua="google-cloud-sdk gcloud/458.0.1", granted=True, perm=None):
        pp = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog"}
        if code is not None:
            pp["status"] = {"code": code, "message": msg}
        else:
            pp["status"] = {}
        pp["authenticationInfo"] = {"principalEmail": principal}
        pp["requestMetadata"] = {"callerIp": "192.0.2.15", "callerSuppliedUserAgent": ua}
        pp["serviceName"] = svc
        pp["methodName"] = method
        pp["authorizationInfo"] = [{"resource": resname, "permission": perm or "unknown", "granted": granted}]
        pp["resourceName"] = resname
        e = {"protoPayload": pp, "insertId": f"-x{i:02d}a1b2c3d{i:02d}", "resource": {"type": rtype, "labels": labels},
             "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.%f") + f"{(i * 137) % 1000:03d}Z", "severity": sev,
             "logName": f"projects/shop-prod/logs/cloudaudit.googleapis.com%2F{kind}",
             "receiveTimestamp": (t + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%f") + "123Z"}
        return compact(e)
    t = T0 + timedelta(microseconds=512345)
    gce = {"project_id": "shop-prod", "zone": "us-central1-a", "instance_id": "4455667788990011"}
    gcs = {"project_id": "shop-prod", "bucket_name": "shop-café-exports", "location": "us"}
    lines += [
        entry(1, t, "activity", "NOTICE", "compute.googleapis.com", "v1.compute.instances.insert", "projects/shop-prod/zones/us-central1-a/instances/shop-api-1",
              "admin@example.com", "gce_instance", gce, perm="compute.instances.create"),
        entry(2, t + timedelta(seconds=3), "data_access", "INFO", "storage.googleapis.com", "storage.objects.get", "projects/_/buckets/shop-café-exports/objects/orders/東京.csv",
              "zoë@example.com", "gcs_bucket", gcs, perm="storage.objects.get", ua="Mozilla/5.0 Café Zoë"),
        entry(3, t + timedelta(seconds=5), "data_access", "ERROR", "storage.googleapis.com", "storage.objects.delete", "projects/_/buckets/shop-café-exports/objects/orders/2026-11.csv",
              "ci@shop-prod.iam.gserviceaccount.com", "gcs_bucket", gcs, code=7,
              msg='Permission "storage.objects.delete" denied on resource (or it may not exist).', granted=False, perm="storage.objects.delete"),
        entry(4, t + timedelta(minutes=1), "activity", "NOTICE", "iam.googleapis.com", "google.iam.admin.v1.CreateServiceAccountKey",
              "projects/-/serviceAccounts/1234567890", "admin@example.com", "service_account", {"project_id": "shop-prod", "email_id": "ci@shop-prod.iam.gserviceaccount.com", "unique_id": "1234567890"},
              perm="iam.serviceAccountKeys.create"),
        entry(5, t + timedelta(minutes=2), "activity", "ERROR", "compute.googleapis.com", "v1.compute.firewalls.delete", "projects/shop-prod/global/firewalls/allow-ssh",
              "zoë@example.com", "gce_firewall_rule", {"project_id": "shop-prod", "firewall_rule_id": "998877"}, code=5,
              msg="The resource 'projects/shop-prod/global/firewalls/allow-ssh' was not found", perm="compute.firewalls.delete"),
        entry(6, t + timedelta(minutes=3), "system_event", "NOTICE", "compute.googleapis.com", "compute.instances.preempted", "projects/shop-prod/zones/us-central1-a/instances/shop-batch-3",
              "system@google.com", "gce_instance", gce, perm="compute.instances.preempted"),
        entry(7, t + timedelta(minutes=4), "data_access", "INFO", "bigquery.googleapis.com", "google.cloud.bigquery.v2.JobService.InsertJob",
              "projects/shop-prod/jobs/bquxjob_1a2b3c", "analyst@example.com", "bigquery_project", {"project_id": "shop-prod", "location": "US"},
              perm="bigquery.jobs.create"),
        entry(8, t + timedelta(minutes=5), "policy", "WARNING", "storage.googleapis.com", "storage.buckets.get", "projects/_/buckets/shop-café-exports",
              "outsider@example.net", "gcs_bucket", gcs, code=7, msg="Request is prohibited by organization's policy. vpcServiceControlsUniqueIdentifier: ABC123",
              granted=False, perm="storage.buckets.get"),
    ]
    write("gcp_cloud_audit_gcs.jsonl", lines)


# ---------------------------------------------------------------- Azure Activity Log and Key Vault AuditEvent (storage, JSON Lines)
def azure_line(o):
    # the spacing of the documented JSON Lines sample: {"key": value,"key": value}
    return json.dumps(o, ensure_ascii=False, separators=(",", ": "))


def azure_activity():
    first = json.loads(D.AZURE_ACTIVITY)
    out = [first]
    sub = "/subscriptions/s1/resourceGroups/ShopRG/providers/Microsoft.Compute/virtualMachines/shop-vm-1"

    def rec(i, t, op, cat, result, sig, level, props, caller_name="Zoë Café", dur=0):
        return {"time": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(i * 1234567) % 10**7:07d}Z", "resourceId": sub, "operationName": op, "category": cat,
                "resultType": result, "resultSignature": sig, "durationMs": dur, "callerIpAddress": "192.0.2.15", "correlationId": uid(500 + i),
                "identity": {"authorization": {"scope": sub, "action": op, "evidence": {"role": "Contributor"}},
                             "claims": {"name": caller_name, "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn": "zoe@contoso.com"}},
                "level": level, "location": "global", "properties": props}
    t = T0
    out += [
        rec(1, t, "Microsoft.Compute/virtualMachines/write", "Write", "Start", "Started.", "Information", {"statusCode": "Created", "serviceRequestId": uid(601)}),
        rec(2, t + timedelta(seconds=40), "Microsoft.Compute/virtualMachines/write", "Write", "Success", "Succeeded.Created", "Information",
            {"statusCode": "Created", "serviceRequestId": uid(601)}, dur=39876),
        rec(3, t + timedelta(minutes=2), "Microsoft.Compute/virtualMachines/delete", "Delete", "Failure", "Failed.Conflict", "Error",
            {"statusCode": "Conflict", "serviceRequestId": uid(603), "statusMessage": '{"error":{"code":"OperationNotAllowed","message":"Café Zoë: VM \\"shop-vm-1\\" has a lock 東京"}}'}),
        rec(4, t + timedelta(minutes=3), "Microsoft.Authorization/policies/audit/action", "Action", "Success", "Succeeded", "Warning",
            {"statusCode": "OK", "serviceRequestId": uid(604)}),
        rec(5, t + timedelta(minutes=4), "Microsoft.Authorization/policies/deny/action", "Action", "Failure", "Failed.Forbidden", "Error",
            {"statusCode": "Forbidden", "serviceRequestId": uid(605)}),
        rec(6, t + timedelta(minutes=5), "Microsoft.Compute/virtualMachines/restart/action", "Action", "Success", "Succeeded.OK", "Informational",
            {"statusCode": "OK", "serviceRequestId": uid(606)}, dur=1200),
        rec(7, t + timedelta(minutes=6), "Microsoft.Resources/deployments/write", "Write", "Failure", "Failed.InternalServerError", "Critical",
            {"statusCode": "InternalServerError", "serviceRequestId": uid(607)}),
    ]
    write("azure_activity_log_storage.jsonl", [azure_line(r) for r in out])


def azure_keyvault():
    lines = list(D.AZURE_KEYVAULT_LINES)
    rid = "/SUBSCRIPTIONS/361DA5D4-A47A-4C79-AFDD-XXXXXXXXXXXX/RESOURCEGROUPS/CONTOSOGROUP/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/CONTOSOKEYVAULT"

    def rec(i, t, op, ver, result, sig, code, dur, uri, upn="zoë@contoso.com", desc=""):
        return {"time": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{(i * 7654321) % 10**7:07d}Z", "resourceId": rid, "operationName": op,
                "operationVersion": ver, "category": "AuditEvent", "resultType": result, "resultSignature": sig, "resultDescription": desc,
                "durationMs": str(dur), "callerIpAddress": "192.0.2.15", "correlationId": uid(700 + i),
                "identity": {"claim": {"http://schemas.microsoft.com/identity/claims/objectidentifier": uid(800),
                                       "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn": upn, "appid": uid(801)}},
                "properties": {"clientInfo": "Python/3.11.7 azure-keyvault-secrets/4.7.0", "requestUri": uri,
                               "id": "https://contosokeyvault.vault.azure.net/", "httpStatusCode": code}}
    base = "https://contosokeyvault.vault.azure.net/secrets/"
    t = T0
    recs = [
        rec(1, t, "SecretGet", "7.4", "Success", "OK", 200, 12, base + "db-password/?api-version=7.4"),
        rec(2, t + timedelta(seconds=5), "SecretGet", "7.4", "Success", "Unauthorized", 401, 2, base + "db-password/?api-version=7.4", upn=""),
        rec(3, t + timedelta(seconds=9), "SecretSet", "7.4", "Success", "Forbidden", 403, 4, base + "café-key/?api-version=7.4",
            desc="Caller is not authorized to perform action on resource. Café Zoë 東京"),
        rec(4, t + timedelta(seconds=20), "KeyCreate", "7.4", "Success", "OK", 200, 140, "https://contosokeyvault.vault.azure.net/keys/shop-key/create?api-version=7.4"),
        rec(5, t + timedelta(minutes=1), "SecretList", "7.4", "Success", "OK", 200, 31, base + "?api-version=7.4"),
        rec(6, t + timedelta(minutes=2), "SecretGet", "7.4", "Success", "NotFound", 404, 3, base + "missing/?api-version=7.4"),
    ]
    write("azure_keyvault_auditevent_storage.jsonl", lines + [azure_line(r) for r in recs])


# ---------------------------------------------------------------- Azure NSG / VNet flow logs (one PT1H.json blob a line)
def azure_flows():
    nsg_rid = "/SUBSCRIPTIONS/aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e/RESOURCEGROUPS/FABRIKAMRG/PROVIDERS/MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/FABRIAKMVM1-NSG"
    e = 1796040000

    def nsg_rec(t, groups):
        return {"time": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z", "systemId": "66aa66aa-bb77-cc88-dd99-00ee00ee00ee",
                "category": "NetworkSecurityGroupFlowEvent", "resourceId": nsg_rid, "operationName": "NetworkSecurityGroupFlowEvents",
                "properties": {"Version": 2, "flows": [{"rule": r, "flows": [{"mac": "000D3AF87856", "flowTuples": tu}]} for r, tu in groups]}}

    def nsg_hour(h):
        hour = []
        for k in range(4):
            t = T0 + timedelta(hours=h, minutes=k, seconds=35, microseconds=389926 + k)
            s0 = e + 3600 * h + 60 * k
            hour.append(nsg_rec(t, [
                ("DefaultRule_DenyAllInBound", [f"{s0 + 2},203.0.113.{10 + k},10.5.16.4,{40000 + k},22,T,I,D,B,,,,"]),
                ("UserRule_allow-https", [f"{s0 + 5},198.51.100.{20 + k},10.5.16.4,{50000 + k},443,T,I,A,B,,,,",
                                          f"{s0 + 50},198.51.100.{20 + k},10.5.16.4,{50000 + k},443,T,I,A,E,{12 + k},{5400 + k},{10 + k},{18000 + k}"]),
            ]))
        return hour

    # one PT1H.json blob a line: the documented sample, then three hours of the same NSG
    blobs = [{"records": json.loads(D.NSG_V2)}] + [{"records": nsg_hour(h)} for h in range(3)]
    write("azure_nsg_flow_logs.json", [compact(b) for b in blobs])

    fl = "/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/NETWORKWATCHERRG/PROVIDERS/MICROSOFT.NETWORK/NETWORKWATCHERS/NETWORKWATCHER_EASTUS/FLOWLOGS/SHOPVNETFLOWLOG"
    tgt = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ShopRG/providers/Microsoft.Network/virtualNetworks/shopVNet"

    def vnet_hour(h):
        recs = []
        for k in range(3):
            t = T0 + timedelta(hours=h, minutes=k, seconds=52, microseconds=562508 + k)
            ms = (e + 3600 * h + 60 * k) * 1000
            recs.append({"time": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}5Z", "flowLogVersion": 4, "flowLogGUID": uid(900),
                         "macAddress": "00224871C2A7", "category": "FlowLogFlowEvent", "flowLogResourceID": fl, "targetResourceID": tgt,
                         "operationName": "FlowLogFlowEvent",
                         "flowRecords": {"flows": [{"aclID": uid(901), "flowGroups": [
                             {"rule": "DefaultRule_AllowInternetOutBound", "flowTuples": [f"{ms + 11},10.1.0.4,52.239.184.180,{24000 + k},443,6,O,B,NX,0,0,0,0",
                                                                                          f"{ms + 900},10.1.0.4,52.239.184.180,{24000 + k},443,6,O,E,NX,{3 + k},767,2,1580"]},
                             {"rule": "BlockHighRiskTCPPortsFromInternet", "flowTuples": [f"{ms + 333},101.33.218.{150 + k},10.1.0.4,55188,22,6,I,D,NX,0,0,0,0"]}]}]}})
        return recs

    vnet = [{"records": [json.loads(D.VNET)]}] + [{"records": vnet_hour(h)} for h in range(3)]
    write("azure_vnet_flow_logs.json", [compact(b) for b in vnet])


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for f in (cloudtrail, vpc, waf, route53, nfw, firelens, k8s_audit, gcp_audit, azure_activity, azure_keyvault, azure_flows):
        f()
