"""parse's side table: each mined (service, masked message) member's template, held compactly,
and the template of any record of a map task found through it.

The mining step writes each template with its members; every map task of the assignment step
reads them once into this table. A member is held as a 16-byte digest of its service and masked
message (not its text: a job may have millions of distinct masked messages), pointing at its
template's index; a member not in the table was not mined (past its group's MAX_MEMBERS most
frequent, or past MAX_CLUSTERS templates) and gets its group's catch-all template, as in the
templates analysis. A task remembers the templates of the members it met (at most CACHED, then
forgotten all at once).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from ..job import KeyValue
from .templates import catch_all, group_of

CACHED = 200_000


def member_digest(service: str | None, masked: str) -> bytes:
    """A member's identity in the table: its service and masked message (None apart from "")."""
    text = ("\x00" if service is None else "\x01" + service) + "\x00" + masked
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class SideTable:
    """Mined members -> their template (the mining step's rows: template, [[masked, service], ...])."""

    def __init__(self, rows: Iterator[KeyValue], template_id: Any) -> None:
        self.templates: list[tuple[str, str]] = []  # (template, its id)
        self.members: dict[bytes, int] = {}
        self.template_id = template_id
        for template, members in rows:
            index = len(self.templates)
            self.templates.append((template, template_id(template)))
            for masked, service in members:
                self.members[member_digest(service, masked)] = index
        self.cache: dict[tuple[str | None, str], tuple[str, str]] = {}
        self.catch_alls: dict[str, tuple[str, str]] = {}

    def template_of(self, service: str | None, masked: str) -> tuple[str, str]:
        """(template, template id) of a record's masked message from its service."""
        key = (service, masked)
        found = self.cache.get(key)
        if found is not None:
            return found
        if len(self.cache) >= CACHED:
            self.cache.clear()
        index = self.members.get(member_digest(service, masked))
        if index is not None:
            found = self.templates[index]
        else:
            first = group_of(masked)
            found = self.catch_alls.get(first)
            if found is None:
                template = catch_all((first,))
                found = self.catch_alls[first] = (template, self.template_id(template))
        self.cache[key] = found
        return found
