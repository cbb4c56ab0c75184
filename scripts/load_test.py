"""Load test on loopback: N concurrent clients x M questions against /api/ask; bounded in count and time.

    python scripts/load_test.py                      # starts the app itself (temp index, no query log)
    python scripts/load_test.py --url http://127.0.0.1:7860 --clients 50 --per-client 20
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.metrics import percentile  # noqa: E402

DEADLINE_S = 600  # the whole run stops by itself


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default=None, help="a running server on loopback (default: start one)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--per-client", type=int, default=20)
    args = parser.parse_args()
    if args.clients * args.per_client > 5000:
        parser.error("at most 5000 requests per run")
    server = work = None
    url = args.url
    if url is None:
        server, url, work = _start_server()
    host = urllib.parse.urlparse(url).hostname or ""
    if not (host == "localhost" or host.startswith("127.") or host == "::1"):
        parser.error("load tests only target loopback addresses")
    questions = [
        json.loads(line)["question"] for line in (ROOT / "evaluation" / "questions.jsonl").open(encoding="utf-8")
    ]
    try:
        rows = [_run(url, questions, 1, min(args.per_client, 20)), _run(url, questions, args.clients, args.per_client)]
        peak = _peak_rss_mb(server.pid) if server else None
    finally:
        if server:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'clients':>7} {'requests':>8} {'errors':>6} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'req/s':>6}")
    for r in rows:
        print(f"{r['clients']:>7} {r['requests']:>8} {r['errors']:>6} {r['p50']:>7.0f} {r['p95']:>7.0f} "
              f"{r['max']:>7.0f} {r['rps']:>6.1f}")
    base, loaded = rows
    print(f"p95 under load / single client: {loaded['p95'] / base['p95']:.1f}x; "
          f"throughput under load / single client: {loaded['rps'] / base['rps']:.2f}x")
    if peak is not None:
        print(f"server peak memory (VmHWM): {peak:.0f} MB")
    return 1 if loaded["errors"] else 0


def _run(url: str, questions: list[str], clients: int, per_client: int) -> dict[str, float]:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + DEADLINE_S

    def client(n: int) -> None:
        for i in range(per_client):
            if time.monotonic() > stop_at:
                return
            body = json.dumps({"question": questions[(n * per_client + i) % len(questions)]}).encode()
            request = urllib.request.Request(url.rstrip("/") + "/api/ask", data=body,
                                             headers={"content-type": "application/json"})
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    response.read()
                    ok = response.status == 200
            except urllib.error.HTTPError as exc:  # 400 is a valid answer to a bad question, not an error
                ok = exc.code == 400
            except OSError as exc:
                ok = False
                with lock:
                    errors.append(str(exc))
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                if not ok:
                    errors.append("status")

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {"clients": clients, "requests": len(latencies), "errors": len(errors),
            "p50": percentile(latencies, 50), "p95": percentile(latencies, 95), "max": max(latencies),
            "rps": len(latencies) / wall}


def _start_server() -> tuple[subprocess.Popen[bytes], str, Path]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    work = Path(tempfile.mkdtemp(prefix="policyqa-load-"))
    if (ROOT / "index").exists():
        shutil.copytree(ROOT / "index", work / "index")
    env = dict(os.environ, POLICYQA_INDEX_DIR=str(work / "index"), POLICYQA_QUERY_LOG="off", POLICYQA_PORT=str(port))
    server = subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            with urllib.request.urlopen(url + "/api/health", timeout=2):
                return server, url, work
        except OSError:
            if server.poll() is not None:
                raise SystemExit("the app did not start") from None
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the app did not start within 120 s")


def _peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


if __name__ == "__main__":
    sys.exit(main())
