#!/usr/bin/env python3
# Edits one expert file of a running `docket serve` five times and prints how long each
# change took to be served (used by scripts/bench-serve).
import re, sys, time, urllib.request
port, slug = sys.argv[1], sys.argv[2]
base = "http://127.0.0.1:%s" % port
path = "content/experts/%s.yml" % slug
text = open(path).read()
results = []
for attempt in range(5):
    name = "Alice Changed%d" % attempt
    new = re.sub(r"^name: .*$", "name: " + name, text, count=1, flags=re.M)
    version = urllib.request.urlopen(base + "/__docket/wait?since=-1").read().decode()
    start = time.perf_counter()
    with open(path, "w") as f:
        f.write(new)
    urllib.request.urlopen(base + "/__docket/wait?since=" + version).read()
    html = urllib.request.urlopen(base + "/experts/%s/" % slug).read().decode()
    elapsed = (time.perf_counter() - start) * 1000
    assert name in html, "new name not served"
    results.append(elapsed)
    time.sleep(0.3)
with open(path, "w") as f:
    f.write(text)
results.sort()
print("change to served page, ms: min %.0f median %.0f max %.0f (n=%d)" % (results[0], results[len(results)//2], results[-1], len(results)))
