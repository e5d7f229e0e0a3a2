"""What the generated lines say: services (Zipf-skewed), levels (a production-like mix, with
per-service spellings and error bursts), messages with variable parts, paths, agents, programs,
and the clock that times each chunk's lines."""

from __future__ import annotations

import itertools
import random
import time

START_EPOCH = 1_793_491_200  # 2026-11-01T00:00:00Z
SECONDS_PER_CHUNK = 60

SERVICES = [
    "api-gateway",
    "checkout",
    "payments",
    "auth",
    "search",
    "inventory",
    "orders",
    "users",
    "notifications",
    "recommendations",
    "cart",
    "shipping",
    "billing",
    "catalog",
    "reviews",
    "analytics",
    "media",
    "sessions",
    "pricing",
    "fraud-detection",
    "email",
    "webhooks",
    "scheduler",
    "reporting",
    "geo",
    "ledger",
    "audit",
    "feature-flags",
    "exports",
    "imports",
]
ZIPF = list(itertools.accumulate(1.0 / (rank + 1) ** 1.1 for rank in range(len(SERVICES))))
LEVEL_MIX = {"DEBUG": 8.0, "INFO": 78.0, "WARN": 9.0, "ERROR": 4.5, "FATAL": 0.5}
LEVELS = list(LEVEL_MIX)
LEVEL_CUM = list(itertools.accumulate(LEVEL_MIX.values()))
# Loggers spell levels differently; each service keeps one style.
SPELLINGS = [
    {"DEBUG": "debug", "INFO": "info", "WARN": "warn", "ERROR": "error", "FATAL": "fatal"},
    {"DEBUG": "DEBUG", "INFO": "INFO", "WARN": "WARNING", "ERROR": "ERROR", "FATAL": "CRITICAL"},
    {"DEBUG": "debug", "INFO": "info", "WARN": "warning", "ERROR": "err", "FATAL": "panic"},
]
TABLES = ["orders", "users", "payments", "sessions", "items", "carts", "invoices", "events"]
CLASSES = ["OrderService", "PaymentHandler", "UserRepository", "CartController", "SearchIndex"]
EXCEPTIONS = [
    "java.lang.NullPointerException",
    "java.lang.IllegalStateException",
    "java.sql.SQLTransientConnectionException",
    "java.util.concurrent.TimeoutException",
]
PATHS = [
    "/",
    "/index.html",
    "/api/v1/orders",
    "/api/v1/users/{id}",
    "/api/v1/cart",
    "/api/v1/search",
    "/static/app.js",
    "/static/style.css",
    "/images/logo.png",
    "/api/v1/payments/{id}",
    "/login",
    "/logout",
    "/health",
    "/api/v2/catalog/{id}",
    "/robots.txt",
    "/favicon.ico",
]
AGENTS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "Googlebot/2.1 (+http://www.google.com/bot.html)",
]
SYSLOG_PROGRAMS = ["sshd", "kernel", "systemd", "cron", "sudo", "nginx", "dockerd", "postfix/smtpd"]


def uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ip(rng: random.Random) -> str:
    n = rng.getrandbits(32)
    return f"{10 + (n >> 24) % 200}.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"


def app_message(rng: random.Random, level: str, service: str) -> str:
    r = rng.random()
    if level == "ERROR":
        if r < 0.3:
            return f"request to {rng.choice(SERVICES)} timed out after {rng.randint(1000, 30000)} ms"
        if r < 0.5:
            return f"connection refused by {ip(rng)}:{rng.choice((5432, 6379, 8080, 9092))}"
        if r < 0.7:
            cls = rng.choice(CLASSES)
            return f"{rng.choice(EXCEPTIONS)} at com.example.{cls}.handle({cls}.java:{rng.randint(20, 900)})"
        if r < 0.85:
            return f"database error: deadlock detected on table {rng.choice(TABLES)}"
        return "upstream returned 503 Service Unavailable for order " + str(rng.randint(10000, 99999999))
    if level == "FATAL":
        return f"out of memory: killed process {rng.randint(100, 65000)} ({service})"
    if level == "WARN":
        if r < 0.5:
            return (
                f"slow query took {rng.randint(500, 9000)} ms: SELECT * FROM {rng.choice(TABLES)} "
                f"WHERE id = {rng.randint(1, 10**7)}"
            )
        if r < 0.8:
            return f"retrying request to {rng.choice(SERVICES)} attempt {rng.randint(2, 5)} of 5"
        return f"cache miss rate high: {rng.randint(20, 95)} percent for key prefix session"
    if level == "DEBUG":
        return f"fetched {rng.randint(0, 500)} rows from {rng.choice(TABLES)} in {rng.randint(1, 80)} ms"
    if r < 0.3:
        return f"GET /api/v1/{rng.choice(TABLES)}/{rng.randint(1, 10**6)} completed in {rng.randint(2, 400)} ms"
    if r < 0.5:
        return f"user {rng.randint(1, 500000)} logged in from {ip(rng)}"
    if r < 0.65:
        return f"payment {uuid(rng)} authorized amount={rng.randint(1, 99999) / 100:.2f} currency=USD"
    if r < 0.8:
        return f"processed batch {rng.randint(1, 999)} of {rng.randint(1000, 5000)} records"
    if r < 0.9:
        return f"cache miss for key session:{rng.getrandbits(48):012x}"
    warehouse = rng.choice(("ams", "fra", "iad", "sfo"))
    return f"order {rng.randint(10000, 99999999)} shipped to warehouse {warehouse}"


class Clock:
    """Timestamps for one chunk, formatted once per second."""

    def __init__(self, chunk: int) -> None:
        self.base = START_EPOCH + chunk * SECONDS_PER_CHUNK
        self.cache: dict[int, time.struct_time] = {}

    def at(self, i: int, lines: int) -> tuple[time.struct_time, int]:
        ms_total = i * SECONDS_PER_CHUNK * 1000 // lines
        second = self.base + ms_total // 1000
        tm = self.cache.get(second)
        if tm is None:
            tm = self.cache[second] = time.gmtime(second)
        return tm, ms_total % 1000


def levels_with_burst(rng: random.Random, services: list[str], lines: int) -> list[str]:
    levels = rng.choices(LEVELS, cum_weights=LEVEL_CUM, k=lines)
    if rng.random() < 0.3:  # an error burst: one service fails for a stretch of this chunk
        victim = rng.choice(SERVICES[:10])
        start = rng.randrange(lines)
        for i in range(start, min(lines, start + lines // 5)):
            if services[i] == victim and rng.random() < 0.6:
                levels[i] = "ERROR"
    return levels
