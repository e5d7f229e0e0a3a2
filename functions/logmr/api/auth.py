"""Bearer tokens: no anonymous access to the job API or its WebSocket, on AWS or locally.

Browsers cannot set headers on a WebSocket, so `$connect` takes the token from the query string
(`?token=...`); HTTP requests send `Authorization: Bearer <token>`. Tokens are compared in
constant time and never logged.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping


def new_token() -> str:
    """A fresh random token (URL-safe, 256 bits)."""
    return secrets.token_urlsafe(32)


def bearer_token(headers: Mapping[str, str] | None) -> str | None:
    """The token of an `Authorization: Bearer <token>` header (header names in any case)."""
    for name, value in (headers or {}).items():
        if name.lower() == "authorization" and value[:7].lower() == "bearer ":
            return value[7:].strip() or None
    return None


def token_matches(presented: str | None, expected: str) -> bool:
    """Whether the presented token is the expected one, in time independent of where they differ."""
    if not presented or not expected:
        return False
    return hmac.compare_digest(presented.encode(), expected.encode())
