"""`logmr deploy-dashboard`: the dashboard's files (frontend/) uploaded to a deployed stack."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import UsageError

if TYPE_CHECKING:
    from rich.console import Console


def frontend_dir() -> Path:
    """frontend/ of the checkout logmr runs from (also served by `logmr serve`)."""
    return Path(__file__).resolve().parents[3] / "frontend"


def add_parser(commands: Any) -> None:
    dashboard = commands.add_parser(
        "deploy-dashboard",
        help="upload the dashboard to a deployed stack",
        description="Upload frontend/ to the stack's private dashboard bucket (served by CloudFront), "
        "with a config.js naming the stack's HTTP API and WebSocket URLs.",
    )
    dashboard.add_argument("--stack", required=True, help="the CloudFormation stack name")
    dashboard.set_defaults(handler=cmd_deploy_dashboard)


def cmd_deploy_dashboard(args: argparse.Namespace, console: Console) -> int:
    if not (frontend_dir() / "index.html").exists():
        raise UsageError(f"no dashboard files in {frontend_dir()} (run from a checkout of logmr)")
    from ..runners.aws import deploy_dashboard  # (not imported by the other commands)

    url = deploy_dashboard(args.stack, frontend_dir())
    console.print(f"dashboard: {url} (sign in with the API token)", markup=False, soft_wrap=True)
    return 0
