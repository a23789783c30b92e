"""Times two commands pairwise: run by run, alternating which goes first, so that a machine
that slows down during the measurement (page-cache writeback, a file system filling with
the previous runs' files) weighs on both alike. hyperfine runs all of one command's runs
before the other's, which at 10k builds put every slow run on the second command.

    pairwise_time.py RUNS 'PREPARE' LABEL_A 'CMD_A' LABEL_B 'CMD_B'

PREPARE runs untimed before every run (remove the output folder, sync). Prints, per
command, the median wall, user and system seconds, and the ratio B/A of each.
"""
import os, shlex, statistics, subprocess, sys, time

runs = int(sys.argv[1])
prepare = sys.argv[2]
commands = [(sys.argv[3], sys.argv[4]), (sys.argv[5], sys.argv[6])]
times = {label: [] for label, _ in commands}


def timed(command):
    start = time.perf_counter()
    process = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"{command} failed with {status}")
    return wall, usage.ru_utime, usage.ru_stime


for run in range(runs + 1):  # the first round warms the caches and is not counted
    order = commands if run % 2 == 0 else commands[::-1]
    for label, command in order:
        subprocess.run(prepare, shell=True, check=True)
        measured = timed(command)
        if run > 0:
            times[label].append(measured)

(a, _), (b, _) = commands
print(f"{'median of ' + str(runs):<14}{'wall':>9}{'user':>9}{'system':>9}")
for label in (a, b):
    wall, user, system = (statistics.median(t[i] for t in times[label]) for i in range(3))
    print(f"{label:<14}{wall:>8.3f}s{user:>8.3f}s{system:>8.3f}s")
ratio = [statistics.median(t[i] for t in times[b]) / statistics.median(t[i] for t in times[a]) for i in range(3)]
print(f"{b + '/' + a:<14}{ratio[0]:>9.3f}{ratio[1]:>9.3f}{ratio[2]:>9.3f}")
