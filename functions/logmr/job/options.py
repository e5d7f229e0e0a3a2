"""A job's options as its Options struct declares them, read once for everything that shows or
takes them: the command line's flags (cli/job_args.py), `GET /analyses`, the OpenAPI document.

Each field of the struct is an option: its type and default from the annotation, its help and
bounds from `msgspec.Meta`, which msgspec also enforces when the job is built:

    class WordCountOptions(msgspec.Struct, forbid_unknown_fields=True):
        min_length: Annotated[int, Meta(ge=1, description="shortest word counted")] = 1

`Meta(extra={"flag": "--pattern", "short": "-p", "metavar": "NAME=REGEX"})` names the option's flag
where the field's name would read badly on a command line (the default flag is the name with
dashes, `--no-NAME` for a boolean on by default).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec


@dataclass(frozen=True)
class OptionSpec:
    """One option: its name, JSON Schema (type, bounds, description, default) and flag."""

    name: str
    schema: dict[str, Any]
    required: bool
    #: The flag when Meta's extra names one; otherwise see `flag`.
    named_flag: str | None = None
    short: str | None = None
    #: How the flag's value is shown in help (Meta's extra "metavar"), e.g. NAME=REGEX.
    metavar: str | None = None

    @property
    def flag(self) -> str:
        """The command line's flag: `--min-length` for min_length, `--no-mask` for an option on by default."""
        if self.named_flag:
            return self.named_flag
        dashed = self.name.replace("_", "-")
        return f"--no-{dashed}" if self.kind == "negated" else f"--{dashed}"

    @property
    def help(self) -> str:
        return self.schema.get("description", "")

    @property
    def default(self) -> Any:
        return self.schema.get("default")

    @property
    def kind(self) -> str:
        """How the command line takes it: "switch" (a boolean off by default), "negated" (on by
        default: the flag turns it off), "integer", "number", "string", "list" (comma-separated or
        repeated), "map" (NAME=VALUE, repeated), or "json" (anything else, JSON or plain text)."""
        kind = self.schema.get("type")
        if kind == "boolean":
            return "negated" if self.default is True else "switch"
        if kind in ("integer", "number", "string"):
            return kind
        if kind == "array" and self.schema.get("items", {}).get("type") in ("string", "integer", "number"):
            return "list"
        if kind == "object" and self.schema.get("additionalProperties", {}).get("type") == "string":
            return "map"
        return "json"

    def document(self) -> dict[str, Any]:
        """The option as `GET /analyses` shows it."""
        shown = {"name": self.name, "default": self.default, "description": self.help, "schema": self.schema}
        if self.required:
            shown["required"] = True
        return shown


def options_schema(options: type[msgspec.Struct]) -> dict[str, Any]:
    """The JSON Schema of an Options struct, self-contained (nested structs under `$defs`)."""
    try:
        schema = msgspec.json.schema(options)
    except (TypeError, ValueError):  # a user's option type JSON Schema cannot describe
        return {"type": "object"}
    definitions = schema.pop("$defs", {})
    name = schema["$ref"].rsplit("/", 1)[1]
    main = definitions.pop(name)
    main.pop("title", None)
    if definitions:
        main["$defs"] = definitions
    return main


def option_specs(options: type[msgspec.Struct]) -> list[OptionSpec]:
    """Every option of an Options struct, in declaration order."""
    schema = options_schema(options)
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    specs = []
    for field in msgspec.inspect.type_info(options).fields:
        extra = field.type.extra or {} if isinstance(field.type, msgspec.inspect.Metadata) else {}
        specs.append(
            OptionSpec(
                name=field.name,
                schema=properties.get(field.name, {}),
                required=field.name in required,
                named_flag=extra.get("flag"),
                short=extra.get("short"),
                metavar=extra.get("metavar"),
            )
        )
    return specs
