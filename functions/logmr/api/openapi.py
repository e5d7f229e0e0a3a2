"""The OpenAPI 3.1 document of the job API: the routes and shapes written in api/openapi.json, with
what the code knows filled in, so the two cannot disagree: the options of every analysis this API
runs (from their Options structs, as `GET /analyses` shows them) and the input formats."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

import msgspec

from ..analyses import ANALYSES
from ..formats import AUTO, FORMAT_NAMES
from ..job import REGISTRY

REF = "#/components/schemas/{name}"


def openapi_document() -> dict[str, Any]:
    """The document `GET /openapi.json` answers."""
    document = json.loads(_written())
    schemas = document["components"]["schemas"]
    request = schemas["JobRequest"]["properties"]
    request["format"]["enum"] = [AUTO, *FORMAT_NAMES]
    refs = []
    for name, cls in {**ANALYSES, **REGISTRY.names()}.items():
        component = re.sub(r"[^A-Za-z0-9._-]", "_", name) + "-options"
        try:
            (_,), components = msgspec.json.schema_components([cls.Options], ref_template=REF)
        except (TypeError, ValueError):  # a registered job's option type JSON Schema cannot describe
            components = {cls.Options.__name__: {"type": "object"}}
        main = components.pop(cls.Options.__name__)
        main["title"] = f"options of {name}"
        schemas[component] = main
        for nested, schema in components.items():
            schemas.setdefault(nested, schema)
        refs.append({"$ref": REF.format(name=component)})
    request["options"]["anyOf"] = refs
    return document


@cache
def _written() -> str:
    return resources.files(__package__).joinpath("openapi.json").read_text()
