#!/usr/bin/env python3
"""Times simmap commands as a user waits for them: whole processes, wall clock.

For each map, every command runs as its own process (spawned with posix_spawn, standard
output and error to /dev/null, no pipes), interleaved: render, dot, validate, analyze,
report, render, dot, … for --runs rounds. `dot` is `dot -Tsvg` on the very DOT that
`simmap render --format dot` writes for the map, so the render/dot ratio compares the same
layout done by the same libgvc. Prints a Markdown table per map with min/median/max in
milliseconds, the peak resident set of the slowest run, and render's ratio to dot.

    scripts/bench-commands.py                              # tutorial + Maps/*.yaml, 15 runs
    scripts/bench-commands.py --runs 31 Examples/tutorial.yaml
    scripts/bench-commands.py --simmap /usr/local/bin/simmap --commands render,dot,validate
    scripts/bench-commands.py --synthetic 10,100,1000,3000,5000 --runs 5

With --synthetic, the maps are synthetic ones of those many resources (written by
`simmap-bench --synthetic`; --bench names it), every command of --commands is timed on each, and a growth table
follows: per-command median ms by size, the growth exponent (slope of log time against log
size between consecutive sizes and overall), and everything but libgvc as a share of the
render: the median of `simmap render MAP --format dot -o FILE` (command `dottext`: start-up, the
map, validation and the DOT text, written to a file, with no Graphviz), over the render's.

No timing is asserted: the figures are for docs/performance.md.
"""

import argparse
import glob
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

COMMANDS = ["render", "dot", "validate", "analyze", "report"]


def spawn(argv, cwd):
    """Runs argv to completion; returns (wall ms, exit status, max RSS KiB)."""
    devnull = os.open(os.devnull, os.O_RDWR)
    try:
        actions = [
            (os.POSIX_SPAWN_DUP2, devnull, 0),
            (os.POSIX_SPAWN_DUP2, devnull, 1),
            (os.POSIX_SPAWN_DUP2, devnull, 2),
        ]
        previous = os.getcwd()
        os.chdir(cwd)
        try:
            start = time.perf_counter_ns()
            pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
            _, status, usage = os.wait4(pid, 0)
            elapsed = time.perf_counter_ns() - start
        finally:
            os.chdir(previous)
    finally:
        os.close(devnull)
    return elapsed / 1e6, os.waitstatus_to_exitcode(status), usage.ru_maxrss


def command_lines(simmap, dot, map_path, dot_file, work, baseline=None):
    """The argv of each command for one map; outputs go to files in `work`."""
    lines = {
        "render": [simmap, "render", map_path, "-o", os.path.join(work, "simmap.svg")],
        "dot": [dot, "-Tsvg", dot_file, "-o", os.path.join(work, "dot.svg")],
        "validate": [simmap, "validate", map_path],
        "analyze": [simmap, "analyze", map_path],
        "report": [simmap, "report", map_path, "-o", os.path.join(work, "report.html")],
        "version": [simmap, "--version"],
        # Everything a render does but libgvc: start-up, the map, validation, the DOT text.
        "dottext": [simmap, "render", map_path, "--format", "dot", "-o", os.path.join(work, "simmap.dot")],
    }
    if baseline:
        for command in ["render", "validate", "analyze", "report", "version", "dottext"]:
            argv = list(lines[command])
            argv[0] = baseline
            if command in ("render", "report", "dottext"):
                argv[-1] = argv[-1].replace(".", "-baseline.", 1)
            lines[command + "@baseline"] = argv
    return lines


def exponent(t0, t1, n0, n1):
    import math
    return math.log(t1 / t0) / math.log(n1 / n0)


def print_growth(results, sizes):
    shown = [c for c in results[0]["samples"]]
    print("#### Growth with map size: median ms per command")
    print()
    def title(c):
        if c.startswith("dot"):
            return "dot -Tsvg" if c == "dot" else "simmap render --format dot" + c[7:]
        return f"simmap {c}"

    header = " | ".join(title(c).replace("@baseline", " (baseline)") for c in shown)
    extra = " | everything but libgvc / render |" if "render" in shown and "dottext" in shown else " |"
    print(f"| resources | {header}{extra}")
    print("| ---: |" + " ---: |" * (len(shown) + (1 if "render" in shown and "dottext" in shown else 0)))
    medians = []
    for size, r in zip(sizes, results):
        m = {c: statistics.median(v) for c, v in r["samples"].items()}
        medians.append(m)
        cells = " | ".join(fmt(m[c]) for c in shown)
        if "render" in shown and "dottext" in shown:
            rest = m.get("dottext", 0)
            cells += f" | {rest / m['render'] * 100:.1f}%"
        print(f"| {size:,} | {cells} |")
    print()
    print("#### Growth exponent (slope of log median time against log size)")
    print()
    names = shown
    print("| sizes | " + " | ".join(title(c).replace("@baseline", " (baseline)") for c in names) + " |")
    print("| --- |" + " ---: |" * len(names))

    def value(i, c):
        if c == "everything but libgvc":
            return medians[i].get("dottext", 0)
        return medians[i][c]

    pairs = [(i, i + 1) for i in range(len(sizes) - 1)] + ([(0, len(sizes) - 1)] if len(sizes) > 2 else [])
    for a, b in pairs:
        cells = []
        for c in names:
            t0, t1 = value(a, c), value(b, c)
            cells.append(f"{exponent(t0, t1, sizes[a], sizes[b]):.2f}" if t0 > 0 and t1 > 0 else "—")
        label = f"{sizes[a]:,} → {sizes[b]:,}" + (" (overall)" if (a, b) == (0, len(sizes) - 1) and len(sizes) > 2 else "")
        print(f"| {label} | " + " | ".join(cells) + " |")
    print()
    if all(c in shown for c in ("validate", "analyze", "report")):
        print("| resources | analyze / validate | report / validate | report / render |")
        print("| ---: | ---: | ---: | ---: |")
        for size, m in zip(sizes, medians):
            by_render = f"{m['report'] / m['render']:.2f}×" if "render" in m else "—"
            print(f"| {size:,} | {m['analyze'] / m['validate']:.2f}× "
                  f"| {m['report'] / m['validate']:.2f}× | {by_render} |")
        print()


def fmt(ms):
    return f"{ms:.1f}" if ms < 100 else f"{ms:.0f}"


def bench_map(map_path, args, work):
    name = os.path.splitext(os.path.basename(map_path))[0]
    dot_file = os.path.join(work, name + ".dot")
    made = subprocess.run(
        [args.simmap, "render", map_path, "--format", "dot", "-o", dot_file],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if made.returncode != 0:
        print(f"{map_path}: simmap render --format dot failed: {made.stderr}", file=sys.stderr)
        return None
    lines = command_lines(args.simmap, args.dot, map_path, dot_file, work, args.baseline)
    chosen = []
    for c in args.commands:
        chosen += [c] if c in lines else []
        if c in args.baseline_commands and c + "@baseline" in lines:
            chosen.append(c + "@baseline")
    samples = {c: [] for c in chosen}
    rss = {c: 0 for c in chosen}
    statuses = {c: set() for c in chosen}
    for _ in range(args.warmup):
        for command in chosen:
            spawn(lines[command], work)
    own = []
    for _ in range(args.runs):
        for command in chosen:
            ms, status, maxrss = spawn(lines[command], work)
            samples[command].append(ms)
            rss[command] = max(rss[command], maxrss)
            statuses[command].add(status)
    same_svg = None
    if "render" in chosen and "dot" in chosen:
        with open(os.path.join(work, "simmap.svg"), "rb") as a:
            with open(os.path.join(work, "dot.svg"), "rb") as b:
                same_svg = a.read() == b.read()
    return {
        "map": map_path,
        "samples": samples,
        "rss": rss,
        "statuses": statuses,
        "same_svg": same_svg,
        "own": own,
    }


def print_table(result):
    samples = result["samples"]
    dot_median = statistics.median(samples["dot"]) if "dot" in samples else None
    print(f"#### {result['map']}")
    print()
    print("| command | min ms | median ms | max ms | max RSS MiB | exit | median / dot |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for command, values in samples.items():
        median = statistics.median(values)
        ratio = f"{median / dot_median:.2f}×" if dot_median else "—"
        exits = ",".join(str(s) for s in sorted(result["statuses"][command]))
        label = "dot -Tsvg (same DOT)" if command == "dot" else f"simmap {command}"
        label = label.replace("simmap dottext", "simmap render --format dot")
        label = label.replace("@baseline", " (baseline)")
        print(
            f"| {label} | {fmt(min(values))} | {fmt(median)} | {fmt(max(values))} "
            f"| {result['rss'][command] / 1024:.0f} | {exits} | {ratio} |"
        )
    if result["same_svg"] is not None:
        same = "byte-identical" if result["same_svg"] else "DIFFERENT"
        print()
        print(f"SVG from simmap render and from dot: {same}.")
    print()


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("maps", nargs="*", help="map files (default: the tutorial and Maps/*.yaml)")
    parser.add_argument("--runs", type=int, default=15, help="interleaved rounds (default 15)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    parser.add_argument(
        "--simmap", default=os.path.join(root, ".build/release/simmap"), help="the simmap binary"
    )
    parser.add_argument(
        "--synthetic",
        help="comma-separated resource counts: time synthetic maps of those sizes and print "
        "the growth table (e.g. 10,100,1000,3000,5000)",
    )
    parser.add_argument(
        "--bench",
        default=os.path.join(root, ".build/release/simmap-bench"),
        help="the simmap-bench binary that writes synthetic maps and times stages",
    )
    parser.add_argument("--dot", default=shutil.which("dot") or "/usr/bin/dot")
    parser.add_argument(
        "--baseline",
        help="another simmap binary (such as a build of main) whose commands run interleaved "
        "with the same ones, for before/after figures from one run",
    )
    parser.add_argument(
        "--baseline-commands",
        default="render,validate,analyze,report,version,dottext",
        help="which commands --baseline also runs (default all of them)",
    )
    parser.add_argument(
        "--commands",
        default=",".join(COMMANDS),
        help="comma-separated, in the order of each round: "
        + ", ".join(COMMANDS + ["version", "dottext"])
        + f" (default {','.join(COMMANDS)})",
    )
    args = parser.parse_args()
    args.simmap = os.path.abspath(args.simmap)
    args.dot = os.path.abspath(args.dot)
    if args.baseline:
        args.baseline = os.path.abspath(args.baseline)
    args.baseline_commands = [c.strip() for c in args.baseline_commands.split(",")]
    args.commands = [c.strip() for c in args.commands.split(",") if c.strip()]
    for program in (args.simmap, args.dot) + ((args.baseline,) if args.baseline else ()):
        if not os.access(program, os.X_OK):
            sys.exit(f"bench-commands: {program} is not an executable (make bench builds simmap)")
    maps = args.maps or [os.path.join(root, "Examples/tutorial.yaml")] + sorted(
        glob.glob(os.path.join(root, "Maps/*.yaml"))
    )
    maps = [os.path.abspath(m) for m in maps]
    sizes = []
    synthetic_dir = None
    if args.synthetic:
        args.bench = os.path.abspath(args.bench)
        sizes = [int(x) for x in args.synthetic.split(",") if x.strip()]
        synthetic_dir = tempfile.mkdtemp(prefix="simmap-synthetic-")
        subprocess.run(
            [args.bench, "--synthetic", synthetic_dir, ",".join(str(n) for n in sizes)],
            stdout=subprocess.DEVNULL, check=True,
        )
        maps = [os.path.join(synthetic_dir, f"synthetic-{n}.yaml") for n in sizes]

    dot_version = subprocess.run([args.dot, "-V"], capture_output=True, text=True).stderr.strip()
    load = os.getloadavg()
    print(f"simmap command benchmark: {args.runs} interleaved runs per command, whole processes")
    print(f"simmap: {args.simmap}")
    print(f"command line: {' '.join(sys.argv)}")
    print(f"{platform.platform()}; {platform.processor() or platform.machine()}")
    print(f"{dot_version}; {os.cpu_count()} cores ({platform.machine()}); "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} at start")
    print()
    results = []
    with tempfile.TemporaryDirectory(prefix="simmap-bench-") as work:
        for map_path in maps:
            result = bench_map(map_path, args, work)
            if result:
                print_table(result)
                results.append(result)
    if synthetic_dir:
        print_growth(results, sizes)
        shutil.rmtree(synthetic_dir, ignore_errors=True)
    elif len(results) > 1 and all("dot" in r["samples"] for r in results):
        print("#### Summary: median ms per map")
        print()
        shown = list(results[0]["samples"])
        print("| map | " + " | ".join(c.replace("@baseline", " (baseline)") for c in shown)
              + " | render / dot |")
        print("| --- |" + " ---: |" * (len(shown) + 1))
        for r in results:
            medians = {c: statistics.median(v) for c, v in r["samples"].items()}
            ratio = (
                f"{medians['render'] / medians['dot']:.2f}×" if "render" in medians else "—"
            )
            cells = " | ".join(fmt(medians[c]) if c in medians else "—" for c in shown)
            print(f"| {os.path.relpath(r['map'], root)} | {cells} | {ratio} |")
        print()
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} at the end")


if __name__ == "__main__":
    main()
