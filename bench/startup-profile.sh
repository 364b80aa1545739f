#!/usr/bin/env bash
# Where the start-up time of a one-file `confguard lint` goes, without a profiler: runs the launcher RUNS
# times (default 5) with -Xlog:class+load (uptime in ns, through JAVA_TOOL_OPTIONS), then prints
#  - a timeline: when the JVM, picocli, the lint engine, the parser and the reporter first load a class,
#    as medians over the runs (JDK 17 has no -Xlog:startuptime);
#  - classes loaded per package, and how many did not come from the JDK's CDS archive (those are
#    parsed, verified and linked at run time, or generated: lambda forms, string-concat shapes).
#
#   bench/startup-profile.sh [FILE] [RUNS]     # FILE defaults to a 4 KB file of the 5-service corpus
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out/startup"
mkdir -p "$out"
cd "$root"
./confguard --version >/dev/null    # builds the jar if needed
file="${1:-}"
if [[ -z "$file" ]]; then
  [[ -d "$here/out/corpus-5" ]] || python3 "$here/generate-corpus.py" --services 5 --seed 1 --out "$here/out/corpus-5" >&2
  file="$here/out/corpus-5/services/billing-identity-0000/.env.production"
fi
runs="${2:-5}"
echo "startup-profile: $file, $runs runs, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for ((i = 1; i <= runs; i++)); do
  # the launcher's own java command (flags, AppCDS archive); the JVM's "Picked up" note goes to /dev/null
  CONFGUARD_JAR="$root/target/confguard.jar" JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$out/classload-$i.txt:uptimenanos" \
    ./confguard lint "$file" > /dev/null 2>&1 || true
done
python3 - "$out" "$runs" <<'EOF'
import collections, re, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
marks = [
    ("JVM initialised, first class", "java.lang.Object"),
    ("java launcher starts (LauncherHelper)", "sun.launcher.LauncherHelper"),
    ("main class loaded (dev.confguard.cli.Main)", "dev.confguard.cli.Main"),
    ("lint's arguments read (dev.confguard.cli.LintArgs)", "dev.confguard.cli.LintArgs"),
    ("picocli.CommandLine loaded (only when LintArgs leaves the arguments to it)", "picocli.CommandLine"),
    ("LintCommand.call: LintEngine loaded", "dev.confguard.engine.LintEngine"),
    ("first file parsed: DotenvParser loaded", "dev.confguard.dotenv.DotenvParser"),
    ("lint done, report starts: TextReporter loaded", "dev.confguard.report.TextReporter"),
    ("System.exit: java.lang.Shutdown loaded", "java.lang.Shutdown"),
]
times = collections.defaultdict(list)
loads = []
for i in range(1, runs + 1):
    rows = []
    for line in open("%s/classload-%d.txt" % (out, i)):
        m = re.match(r"\[(\d+)ns\] (\S+) source: (.*)", line)
        if m:
            rows.append((int(m.group(1)) / 1e6, m.group(2), m.group(3)))
    first = {}
    for t, name, _ in rows:
        first.setdefault(name, t)
    for label, cls in marks:
        if cls in first:
            times[label].append(first[cls])
    loads.append(rows)
print("## Timeline (ms since JVM start, median of %d runs)\n" % runs)
print("| event | ms | since previous |\n| --- | ---: | ---: |")
prev = 0.0
for label, _ in marks:
    if times[label]:
        t = statistics.median(times[label])
        print("| %s | %.1f | +%.1f |" % (label, t, t - prev))
        prev = t

def package(name):
    n = name.split("$")[0]
    p = n.split(".")
    if n.startswith("picocli"):
        return "picocli"
    if n.startswith("dev.confguard."):
        return ".".join(p[:3])
    if n.startswith(("java.lang.invoke", "java.lang.reflect", "java.util.concurrent", "java.util.regex",
                     "java.util.stream", "jdk.internal.org", "sun.reflect.generics", "sun.reflect.annotation")):
        return ".".join(p[:3])
    if n.startswith("java.time"):
        return "java.time.*"
    return ".".join(p[:2])

rows = loads[-1]
total = collections.Counter()
dynamic = collections.Counter()
for _, name, src in rows:
    total[package(name)] += 1
    if "shared objects file" not in src:
        dynamic[package(name)] += 1
print("\n## Classes loaded per package (last run): %d in all, %d not from the CDS archive\n"
      % (sum(total.values()), sum(dynamic.values())))
print("| package | classes | not from CDS |\n| --- | ---: | ---: |")
for pkg, n in total.most_common(25):
    print("| %s | %d | %d |" % (pkg, n, dynamic[pkg]))
EOF
