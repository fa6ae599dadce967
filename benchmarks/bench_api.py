"""Load test of `/api/dyad`: ≥ 200 requests/s with p99 under 100 ms on the demo database.

    python -m benchmarks api          (BENCH_API_RATE=250 BENCH_API_SECONDS=8 by default;
                                       BENCH_API_ARTICLES=folder to load other articles)

The demo database is built by ingesting `src/detente/samples/articles/`. The server runs as
`detente serve` in its own process on 127.0.0.1 and a free port; this process sends requests
at a fixed rate (open loop, so a slow server cannot slow the sender down) for a bounded time
and count, then stops the server. Requests rotate over the dyads, periods and directions the
explorer asks for. Latency runs from when a request was due to reading its whole answer.

The server remembers recent answers (the database is read-only while served), so the main
run measures the explorer's usual case, many people asking about the same dyads; a second,
informational run sends only queries never asked before, at a lower rate.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from detente.store.database import Database

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "detente" / "samples" / "articles"
TARGET_RPS = 200.0
TARGET_P99_MS = 100.0
MAX_REQUESTS = 5000  # hard bound, whatever the settings say
MAX_SECONDS = 30.0
CONCURRENCY = 16  # connections
UNCACHED_RATE = 100.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_demo_db(path: Path, articles: Path) -> dict[str, Any]:
    with Database(path) as db:
        db.ingest([str(articles)])
        return {"stats": db.stats(), "dyads": db.top_dyads(limit=8)}


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-c",
        "from detente.cli import main; main()",
        "serve",
        "--db",
        str(db),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(
                f"the server exited: {server.stderr.read().decode() if server.stderr else ''}"
            )
        try:
            if httpx.get(f"{base}/api/stats", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("the server did not answer within a minute")


def request_mix(dyads: list[dict[str, Any]]) -> list[str]:
    pairs = [(d["actor"], d["recipient"]) for d in dyads] or [("TUR", "ISR")]
    if ("TUR", "ISR") not in pairs:
        pairs.insert(0, ("TUR", "ISR"))
    mix = []
    for a, b in pairs:
        for by in ("month", "week", "year"):
            for directed in ("true", "false"):
                query = urlencode({"a": a, "b": b, "by": by, "directed": directed})
                mix.append(f"/api/dyad?{query}")
    return mix


class Connection:
    """One keep-alive HTTP/1.1 connection: a lighter sender than a full client library, so
    the load generator leaves the machine's other core to the server."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        request = f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n"
        self.writer.write(request.encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = next(
            int(line.split(":", 1)[1])
            for line in lines
            if line.lower().startswith("content-length:")
        )
        await self.reader.readexactly(length)
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()


def distinct_queries(mix: list[str], n: int) -> list[str]:
    """`n` dyad queries no server has answered before (each ends on a different day)."""
    first = dt.date(2030, 1, 1)
    return [
        f"{mix[i % len(mix)]}&until={first + dt.timedelta(days=i)}".replace("by=week", "by=year")
        for i in range(n)
    ]


async def paced_load(port: int, targets: list[str], rate: float, seconds: float) -> dict[str, Any]:
    """Send `rate` requests a second for `seconds`; latency counts from when each was due,
    so time spent waiting for a free connection counts too."""
    total = min(MAX_REQUESTS, int(rate * seconds))
    latencies: list[float] = []
    errors: list[str] = []
    queue: asyncio.Queue[tuple[int, float]] = asyncio.Queue()
    started = time.perf_counter()
    for i in range(total):
        queue.put_nowait((i, started + i / rate))

    async def worker() -> None:
        conn = Connection("127.0.0.1", port)
        try:
            while not queue.empty():
                i, due = queue.get_nowait()
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                try:
                    status = await asyncio.wait_for(conn.get(targets[i % len(targets)]), 5.0)
                    if status != 200:
                        errors.append(f"HTTP {status}")
                except (TimeoutError, OSError, asyncio.IncompleteReadError) as exc:
                    errors.append(type(exc).__name__)
                    await conn.close()
                    conn = Connection("127.0.0.1", port)
                latencies.append((time.perf_counter() - max(due, started)) * 1000)
        finally:
            await conn.close()

    await asyncio.wait_for(
        asyncio.gather(*(worker() for _ in range(CONCURRENCY))), timeout=MAX_SECONDS + seconds
    )
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": total,
        "seconds": elapsed,
        "rps": total / elapsed,
        "p50": statistics.median(latencies),
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
        "p99": latencies[int(0.99 * (len(latencies) - 1))],
        "max": latencies[-1],
        "errors": errors,
    }


def main() -> None:
    rate = float(os.environ.get("BENCH_API_RATE", "250"))
    seconds = min(MAX_SECONDS, float(os.environ.get("BENCH_API_SECONDS", "8")))
    articles = Path(os.environ.get("BENCH_API_ARTICLES", str(SAMPLES)))
    if not any(articles.glob("*")):
        print(f"no demo articles in {articles}; nothing to load-test")
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.duckdb"
        started = time.perf_counter()
        demo = build_demo_db(db, articles)
        stats = demo["stats"]
        print(
            f"demo database: {stats['n_articles']} articles, {stats['n_events']} events "
            f"(built in {time.perf_counter() - started:.1f}s)"
        )
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        try:
            wait_ready(base, server)
            mix = request_mix(demo["dyads"])
            asyncio.run(paced_load(port, mix, rate=50, seconds=1))  # warm-up
            result = asyncio.run(paced_load(port, mix, rate=rate, seconds=seconds))
            fresh = asyncio.run(
                paced_load(port, distinct_queries(mix, 500), rate=UNCACHED_RATE, seconds=5)
            )
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    ok = result["rps"] >= TARGET_RPS and result["p99"] < TARGET_P99_MS and not result["errors"]
    print(
        f"/api/dyad: {result['requests']} requests in {result['seconds']:.1f}s = "
        f"{result['rps']:.0f} req/s (offered {rate:.0f}/s, {len(mix)} request kinds); "
        f"latency p50 {result['p50']:.1f} ms, p95 {result['p95']:.1f} ms, "
        f"p99 {result['p99']:.1f} ms, max {result['max']:.1f} ms; errors {len(result['errors'])}"
    )
    print(
        f"/api/dyad, every query new (no remembered answers): {fresh['requests']} requests "
        f"at {fresh['rps']:.0f} req/s; latency p50 {fresh['p50']:.1f} ms, "
        f"p99 {fresh['p99']:.1f} ms; errors {len(fresh['errors'])}"
    )
    print(
        f"target: ≥ {TARGET_RPS:.0f} req/s with p99 < {TARGET_P99_MS:.0f} ms — "
        f"{'met' if ok else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
