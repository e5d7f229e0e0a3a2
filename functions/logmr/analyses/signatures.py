"""Built-in error signatures for the patterns analysis: regexes searched in each raw log line."""

from __future__ import annotations

SIGNATURES: dict[str, str] = {
    "exception": r"\b[A-Z][A-Za-z0-9_$.]*(?:Exception|Error)\b|Traceback \(most recent call last\)",
    "timeout": r"(?i)\btimed?[ -]?out\b|deadline exceeded",
    "connection_refused": r"(?i)connection refused|ECONNREFUSED",
    "connection_reset": r"(?i)connection reset|ECONNRESET|broken pipe|EPIPE",
    "out_of_memory": r"(?i)out of memory|OutOfMemoryError|\bOOM\b|cannot allocate memory|oom-killer",
    "http_5xx": r'" 5\d\d (?:\d+|-)|"(?:status|status_code)": ?5\d\d\b|\bstatus=5\d\d\b',
    "auth_failure": (
        r"(?i)authentication fail|auth(?:entication)? failure|failed password|invalid user"
        r"|permission denied|unauthori[sz]ed|access denied|login failed"
    ),
    "disk_full": r"(?i)no space left on device|disk (?:is )?full|quota exceeded",
    "segfault": r"(?i)segmentation fault|segfault|core dumped|SIGSEGV",
    "tls_error": r"(?i)certificate (?:verify failed|has expired|expired)|ssl handshake|tls handshake",
}
