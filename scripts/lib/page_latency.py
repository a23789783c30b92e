#!/usr/bin/env python3
# Times how long a running `docket serve` takes to answer listing pages (used by
# scripts/bench-serve): each of PAGES expert listing pages once (the first request of a
# build renders it) and then ROUNDS times more (kept from the first), on one kept-alive
# connection, as a browser asks. Prints the medians in ms.
import http.client, statistics, sys, time
port = int(sys.argv[1])
pages = [f"/experts/page/{n}/" for n in range(2, 22)] + ["/experts/level/professional/page/5/", "/experts/country/gb/page/7/"]
rounds = 20
connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

def get(path):
    start = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status == 200 and b"</html>" in body, (path, response.status)
    return elapsed

first = [get(path) for path in pages]
again = [get(path) for _ in range(rounds) for path in pages]
print("expert listing pages, ms: first request median %.1f (max %.1f, n=%d); again median %.2f (max %.1f, n=%d)"
      % (statistics.median(first), max(first), len(first), statistics.median(again), max(again), len(again)))
