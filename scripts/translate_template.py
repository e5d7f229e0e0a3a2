"""Print template.yaml as `sam deploy` hands it to CloudFormation (aws-sam-translator; the code URI
and the workflow's definition inlined), for scanners that read plain CloudFormation (checkov).
Arguments NAME=VALUE change parameters' defaults, which scanners take as the deployed values."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class _NoManagedPolicies:
    """The template names no managed policies by name, so the translator never looks one up."""

    def load(self) -> dict[str, str]:
        return {}


def translated(defaults: dict[str, str] | None = None) -> dict:
    from samtranslator.translator.transform import transform
    from samtranslator.yaml_helper import yaml_parse

    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    template = yaml_parse((ROOT / "template.yaml").read_text())
    for name, value in (defaults or {}).items():
        template["Parameters"][name]["Default"] = value
    template["Globals"]["Function"]["CodeUri"] = "s3://artifacts/logmr.zip"
    template["Resources"]["DependenciesLayer"]["Properties"]["ContentUri"] = "s3://artifacts/layer.zip"
    machine = template["Resources"]["MapReduceStateMachine"]["Properties"]
    machine["Definition"] = json.loads((ROOT / machine.pop("DefinitionUri")).read_text())
    return transform(template, {}, _NoManagedPolicies())


if __name__ == "__main__":
    json.dump(translated(dict(arg.split("=", 1) for arg in sys.argv[1:])), sys.stdout, indent=1)
