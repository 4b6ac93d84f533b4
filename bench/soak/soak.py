"""Soak client: submits RUNS runs of a small DAG to a running node over its control socket, at most
PARALLEL at once, and samples the node's RSS (VmRSS of /proc/PID/status) at the given run counts.

    python3 soak.py SOCKET DAG_FILE NODE_PID RUNS PARALLEL SAMPLE_AT...

Prints one line per sample: runs_done rss_kib seconds live_heap_kib (the RSS is read before the\ncollection that measures the live heap).
"""
import json
import os
import re
import subprocess
import socket
import sqlite3
import struct
import sys
import time

HELLO, REQUEST, RESPONSE, ERROR = 1, 2, 3, 4


def frame(kind, obj):
    body = json.dumps(obj).encode()
    return struct.pack(">iB", len(body), kind) + body


def read_exact(s, n):
    buf = b""
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise EOFError("node closed the connection")
        buf += chunk
    return buf


def read_frame(s):
    length, kind = struct.unpack(">iB", read_exact(s, 5))
    return kind, json.loads(read_exact(s, length))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def live_heap_kib(pid):
    """Heap in use right after a full collection (jcmd GC.run, then GC.heap_info), -1 without jcmd."""
    try:
        subprocess.run(["jcmd", str(pid), "GC.run"], check=True, capture_output=True, timeout=60)
        info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], check=True, capture_output=True, text=True,
                              timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return -1
    used = 0
    for m in re.finditer(r"(?:generation|space)\s+total\s+\d+K,\s+used\s+(\d+)K", info):
        used += int(m.group(1))
    return used


def main():
    sock_path, dag_file, pid, runs, parallel = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), \
        int(sys.argv[5])
    samples = sorted(int(a) for a in sys.argv[6:])
    dag_file = os.path.abspath(dag_file)
    text = open(dag_file).read()
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(sock_path)
    s.sendall(frame(HELLO, {"protocol": 1, "minor": 0, "software": "soak"}))
    read_frame(s)
    db = sqlite3.connect(os.path.join(os.path.dirname(os.path.dirname(sock_path)), "cis.db"), timeout=30)
    req = 0
    submitted = []
    done = 0
    started = time.time()

    def finished_count():
        q = "SELECT count(*) FROM runs WHERE status IN ('completed', 'failed', 'cancelled')"
        return db.execute(q).fetchone()[0]

    while done < runs:
        while len(submitted) - done < parallel and len(submitted) < runs:
            req += 1
            s.sendall(frame(REQUEST, {"id": req, "method": "submit",
                                      "params": {"file": dag_file, "text": text, "start": True}}))
            kind, answer = read_frame(s)
            if kind != RESPONSE or not answer["result"].get("run_id"):
                raise RuntimeError(f"submit refused: {answer}")
            submitted.append(answer["result"]["run_id"])
        time.sleep(0.02)
        now_done = finished_count()
        while samples and now_done >= samples[0]:
            rss = rss_kib(pid)
            print(samples[0], rss, round(time.time() - started, 1), live_heap_kib(pid), flush=True)
            if os.environ.get("SOAK_NMT_DIR"):
                nmt = subprocess.run(["jcmd", str(pid), "VM.native_memory", "summary"], capture_output=True, text=True)
                with open(os.path.join(os.environ["SOAK_NMT_DIR"], "nmt-%d.txt" % samples[0]), "w") as f:
                    f.write(nmt.stdout)
            samples.pop(0)
        done = now_done
    failed = db.execute("SELECT count(*) FROM runs WHERE status != 'completed'").fetchone()[0]
    print("runs_not_completed", failed, flush=True)


if __name__ == "__main__":
    main()
