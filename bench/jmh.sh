#!/usr/bin/env bash
# Runs the JMH micro-benchmarks in src/test/java/dev/confguard/bench (ParseBenchmark, LintBenchmark, PlaintextBenchmark, ...).
#
#   bench/jmh.sh                       # all of them: 1 fork, 3 warm-up and 5 measured iterations
#   bench/jmh.sh -p input=mixed-1m     # extra arguments go to JMH (org.openjdk.jmh.Main -h lists them)
#
# Prints JMH's own report, then a summary in MB/s (input bytes per second / 10^6), also written to
# bench/out/jmh.md; the raw results are in bench/out/jmh.json. Needs a JDK 17, Maven and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
mkdir -p "$out"
cd "$root"

echo "jmh.sh: compiling test classes (mvn -B -q test-compile) ..." >&2
mvn -B -q test-compile
if [[ ! -s target/test-classes/META-INF/BenchmarkList ]]; then
  echo "jmh.sh: target/test-classes/META-INF/BenchmarkList is missing: the JMH annotation processor did not run" >&2
  exit 2
fi
echo "jmh.sh: resolving the test classpath ..." >&2
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
cp="$(cat target/jmh-classpath.txt)"

echo "jmh.sh: load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
java -cp "target/test-classes:target/classes:$cp" org.openjdk.jmh.Main dev.confguard.bench \
  -f 1 -wi 3 -i 5 -rf json -rff "$out/jmh.json" "$@"
echo "jmh.sh: load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

python3 - "$out/jmh.json" "$out/jmh.md" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))
rows = ["| benchmark | input | rules | MB/s (median of iterations) | MB/s (mean ± 99.9% CI) | files/s |",
        "| --- | --- | --- | ---: | ---: | ---: |"]
for r in results:
    name = r["benchmark"].rsplit(".", 2)[-2]
    p = r.get("params", {})
    b = r.get("secondaryMetrics", {}).get("bytes")
    if not b:
        continue
    raw = sorted(x for fork in b["rawData"] for x in fork)
    med = raw[len(raw) // 2] if len(raw) % 2 else (raw[len(raw) // 2 - 1] + raw[len(raw) // 2]) / 2
    err = b["scoreError"]
    err = "" if err != err else " ± %.1f" % (err / 1e6)   # NaN with a single iteration
    rows.append("| %s | %s | %s | %.1f | %.1f%s | %.1f |" % (
        name, p.get("input", ""), p.get("rules", "-"), med / 1e6, b["score"] / 1e6, err,
        r["primaryMetric"]["score"]))
text = "\n".join(rows) + "\n"
print()
print(text, end="")
open(sys.argv[2], "w").write(text)
EOF
