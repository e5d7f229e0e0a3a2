"""COMPOSED (GitHub Actions cannot run here): a job log as the Actions UI's "Download log archive" gives it, written after
GitHub's documentation: each line prefixed by the runner's UTC timestamp with 7 fractional digits and a space
('2026-12-02T14:32:16.1234567Z '), the workflow-command markers the runner writes into the log
(##[group], ##[endgroup], ##[command], ##[debug], ##[notice], ##[warning], ##[error]) per
https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions and
https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/using-workflow-run-logs ; step output lines as tools print them."""
import os, datetime
out = os.path.join(os.environ["CORPUS"], "raw", "github_actions_job.log")
t = datetime.datetime(2026, 12, 2, 14, 32, 16, 123456, tzinfo=datetime.timezone.utc)
lines = """##[group]Runner Image Provisioner
Hosted Compute Agent
Version: 20261124.170
##[endgroup]
##[group]Operating System
Ubuntu
24.04.3
LTS
##[endgroup]
Current runner version: '2.330.0'
Secret source: Actions
Prepare workflow directory
Prepare all required actions
Getting action download info
Download action repository 'actions/checkout@v4' (SHA:11bd71901bbe5b1630ceea73d27597364c9af683)
Complete job name: test (20.x)
##[group]Run actions/checkout@v4
with:
  repository: shop/frontend
  token: ***
##[endgroup]
Syncing repository: shop/frontend
##[command]/usr/bin/git version
git version 2.51.0
##[debug]Entering FetchRepository: fetchDepth=1
##[notice]Using cached node_modules from key npm-linux-5f1c3e
##[group]Run npm ci && npm test
##[command]npm ci
added 812 packages, and audited 813 packages in 14s
##[warning]npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.
##[command]npm test
> shop-frontend@1.0.0 test
> jest --ci
PASS src/cart.test.js
FAIL src/checkout.test.js
  ● checkout › computes the total in € with "quotes"
    expect(received).toBe(expected) // Object.is equality
    Expected: "99,50 €"
    Received: "99.50 €"
Tests:       1 failed, 41 passed, 42 total
##[endgroup]
##[error]Process completed with exit code 1.
##[group]Post job cleanup.
##[command]/usr/bin/git config --local --name-only --get-regexp core\\.sshCommand
##[endgroup]
Cleaning up orphan processes""".split("\n")
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for i, l in enumerate(lines):
        ts = t + datetime.timedelta(milliseconds=137 * i + (i * i) % 7)
        # 7 fractional digits (100 ns), as the runner writes
        frac = f"{ts.microsecond:06d}" + str(i % 10)
        f.write(ts.strftime("%Y-%m-%dT%H:%M:%S.") + frac + "Z " + l + "\n")
