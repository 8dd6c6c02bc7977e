#!/usr/bin/env python3
"""Serve latency: time a full build of DOCSET, start `partnerdocs serve`, then save edits (a topic body, a topic title,
a TOC section title, a topic created, then deleted) and poll the served pages until each shows the change; also times
the search index refresh after the body edit. usage: serve_latency.py CLI DOCSET [--edits 5] [--no-build]. The docset is
a bench/gen_corpus.py one (en-us/topic-NNNNN.md, a heading-link TOC.md); edited files are restored. One line per figure."""
import argparse, os, re, resource, shutil, signal, socket, statistics, subprocess, sys, tempfile, threading, time, urllib.request

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

def wait_until(test, deadline_s=60):
    start = time.perf_counter()
    while time.perf_counter() - start < deadline_s:
        if test():
            return time.perf_counter()
        time.sleep(0.002)
    return None

def shows(urls, marker):
    return lambda: all(marker in (get(u) or "") for u in urls)

def ms(saved, shown):
    return (shown - saved) * 1000 if shown else float("inf")

def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def full_build(cli, docset, out):
    start = time.perf_counter()
    subprocess.run([cli, "build", docset, "-o", os.path.join(out, "site")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli"); ap.add_argument("docset"); ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--no-build", action="store_true", help="skip the full build timed for comparison with start-up")
    a = ap.parse_args()
    # The build's site is deleted only after serve stops: ext4 without a journal (as here) makes every file created soon
    # after a large delete much slower, which would charge serve's start-up for the comparison build.
    built = tempfile.mkdtemp(prefix="serve-latency-build-")
    try:
        measure(a, built)
    finally:
        shutil.rmtree(built, ignore_errors=True)

def measure(a, built):
    build_s, build_mb = (None, None) if a.no_build else full_build(a.cli, a.docset, built)
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
    created = os.path.join(a.docset, "en-us", "bench-created-topic.md")
    original_topic, original_toc = open(topic, encoding="utf-8").read(), open(toc, encoding="utf-8").read()
    try:
        while get(base + "topic-00005.html") is None:
            if proc.poll() is not None:
                sys.exit("serve exited: " + "".join(lines[-12:]))
            time.sleep(0.02)
        startup = time.perf_counter() - t0
        print(f"serve start-up (until the first page is served): {startup:.2f} s" + ("" if build_s is None else f"; full build {build_s:.2f} s (peak {build_mb} MB); start-up/build {startup / build_s:.2f}"))
        indexed = searched.wait(600)
        print(f"search indexes written after start-up: {time.perf_counter() - t0:.2f} s" if indexed else "search indexes: not written within 600 s")
        body, search = [], []
        for i in range(a.edits):
            marker = f"bench-body-marker-{i}-{time.time_ns()}"
            searched.clear()
            write(topic, original_topic + f"\n\n{marker}\n")
            saved = time.perf_counter()
            body.append(ms(saved, wait_until(shows([base + "topic-00005.html"], marker))))
            search.append(ms(saved, time.perf_counter() if searched.wait(120) else None))  # let the refresh finish before the next edit
        print(f"body edit -> page served: median {statistics.median(body):.0f} ms, max {max(body):.0f} ms (runs: {', '.join(f'{b:.0f}' for b in body)})")
        print(f"body edit -> search index refreshed and docset checked: median {statistics.median(search):.0f} ms")

        marker = f"Retitled{time.time_ns()}"
        searched.clear()
        write(topic, re.sub(r'^title: .*$', f'title: "{marker}"', original_topic, count=1, flags=re.M))
        saved = time.perf_counter()
        print(f"topic title edit -> page served: {ms(saved, wait_until(shows([base + 'topic-00005.html'], marker))):.0f} ms")
        searched.wait(120)
        write(topic, original_topic)
        searched.clear()
        searched.wait(120)

        # A section's TOC title shows in the navigation, its children's breadcrumbs and its neighbours' previous/next links.
        section = re.search(r'^## \[[^\]]*\]\((topic-\d+)\.md\)\n### \[[^\]]*\]\((topic-\d+)\.md\)', original_toc.split("\n", 2)[-1], re.M)
        page, child = section.group(1), section.group(2)
        number = int(page.split("-")[1])
        marker = f"Retitled{time.time_ns()}"
        searched.clear()
        write(toc, re.sub(rf'^## \[([^\]]*)\]\({page}\.md\)', rf'## [\1 {marker}]({page}.md)', original_toc, count=1, flags=re.M))
        saved = time.perf_counter()
        urls = [base + "nav.js", base + f"{child}.html", base + f"topic-{number - 1:05d}.html"]
        print(f"TOC section title edit -> navigation, breadcrumbs and previous/next served: {ms(saved, wait_until(shows(urls, marker))):.0f} ms")
        searched.wait(120)

        marker = f"Created{time.time_ns()}"
        searched.clear()
        write(created, f"---\ntitle: {marker}\n---\n# {marker}\n\nA topic created while serving.\n")
        saved = time.perf_counter()
        print(f"topic created -> page served: {ms(saved, wait_until(shows([base + 'bench-created-topic.html'], marker))):.0f} ms")
        searched.wait(120)
        searched.clear()
        os.remove(created)
        saved = time.perf_counter()
        print(f"topic deleted -> page gone (404): {ms(saved, wait_until(lambda: get(base + 'bench-created-topic.html') is None)):.0f} ms")
        searched.wait(120)
        with open(f"/proc/{proc.pid}/status") as status:
            peak = next((l.split()[1] for l in status if l.startswith("VmHWM:")), None)
        if peak:
            print(f"serve peak memory: {int(peak) // 1024} MB")
    finally:
        write(topic, original_topic)
        write(toc, original_toc)
        if os.path.exists(created):
            os.remove(created)
        time.sleep(1)
        proc.send_signal(signal.SIGINT)  # Ctrl+C: serve deletes its work folder
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        print("serve's own update times:\n" + "".join("  " + l for l in lines if l.startswith(("updated", "build failed"))))

if __name__ == "__main__":
    main()
