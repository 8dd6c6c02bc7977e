#!/usr/bin/env python3
"""Serve latency: start `partnerdocs serve`, then edit a topic body and a TOC title and poll the served pages until they
show the change. usage: serve_latency.py CLI DOCSET [--edits 5]. Restores the edited files. Prints one line per figure."""
import argparse, os, signal, socket, statistics, subprocess, sys, threading, time, urllib.request

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None

def wait_for(urls, marker, deadline_s=30):
    start = time.perf_counter()
    pending = list(urls)
    while pending and time.perf_counter() - start < deadline_s:
        pending = [u for u in pending if marker not in (get(u) or "")]
        if pending:
            time.sleep(0.002)
    return None if pending else time.perf_counter()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli"); ap.add_argument("docset"); ap.add_argument("--edits", type=int, default=5)
    a = ap.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}/en-us/"
    lines = []
    searched = threading.Event()
    t0 = time.perf_counter()
    proc = subprocess.Popen([a.cli, "serve", a.docset, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    def read():
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("search: updated"):
                searched.set()
    threading.Thread(target=read, daemon=True).start()
    topic = os.path.join(a.docset, "en-us", "topic-00005.md")
    toc = os.path.join(a.docset, "en-us", "TOC.md")
    original_topic, original_toc = open(topic, encoding="utf-8").read(), open(toc, encoding="utf-8").read()
    try:
        while get(base + "topic-00005.html") is None:
            if proc.poll() is not None:
                sys.exit("serve exited: " + "".join(lines[-5:]))
            time.sleep(0.02)
        print(f"serve start-up (until the first page is served): {time.perf_counter() - t0:.2f} s")
        body = []
        for i in range(a.edits):
            marker = f"bench-body-marker-{i}-{time.time_ns()}"
            searched.clear()
            with open(topic, "w", encoding="utf-8") as f:
                f.write(original_topic + f"\n\n{marker}\n")
            saved = time.perf_counter()
            shown = wait_for([base + "topic-00005.html"], marker)
            body.append((shown - saved) * 1000 if shown else float("inf"))
            searched.wait(120)  # the search index refresh follows the page update; let it finish before the next edit
        print(f"serve body edit -> page served: median {statistics.median(body):.0f} ms (runs: {', '.join(f'{b:.0f}' for b in body)})")
        marker = f"Retitled{time.time_ns()}"
        searched.clear()
        with open(toc, "w", encoding="utf-8") as f:
            f.write(original_toc.replace("](topic-00006.md)", f" {marker}](topic-00006.md)", 1))
        saved = time.perf_counter()
        # A TOC title shows in its neighbours' previous/next links and in the locale's navigation script.
        shown = wait_for([base + "topic-00005.html", base + "topic-00007.html", base + "nav.js"], marker)
        print(f"serve TOC title edit -> neighbours and navigation served: {((shown - saved) * 1000) if shown else float('inf'):.0f} ms")
        searched.wait(120)
    finally:
        open(topic, "w", encoding="utf-8").write(original_topic)
        open(toc, "w", encoding="utf-8").write(original_toc)
        time.sleep(1)
        proc.send_signal(signal.SIGINT)  # Ctrl+C: serve deletes its work folder
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()

if __name__ == "__main__":
    main()
