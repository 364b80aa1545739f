#!/usr/bin/env bash
# Whole-process benchmarks of confguard: builds the jar if needed, generates the corpora under
# bench/out/ and times each case with hyperfine against its floor (java -version, or cat of the same
# files). Prints a Markdown table and writes it to bench/out/results.md. See bench/README.md.
#
#   bench/run.sh                 # full: corpora of 5, 200 and 2,000 services, and the 1,000,000-line file
#   bench/run.sh --quick         # 3 runs per case, no 2,000-service corpus, 60 s cap on the 1M-line file
#   bench/run.sh --runs N        # N timed runs per hyperfine case (default: 10, or 5 for the big cases)
#   bench/run.sh --big-timeout S # cap on one run over the 1M-line file (default 300 s; 60 s with --quick)
#
# Needs: bash, python3, a JDK 17 and Maven (to build), hyperfine, and GNU time as /usr/bin/time for
# peak RSS (Debian/Ubuntu: apt-get install -y hyperfine time). Without /usr/bin/time RSS is skipped.
set -euo pipefail

quick=0
runs=""
big_timeout=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1 ;;
    --runs) runs="${2:?--runs needs a number}"; shift ;;
    --runs=*) runs="${1#--runs=}" ;;
    --big-timeout) big_timeout="${2:?--big-timeout needs seconds}"; shift ;;
    --big-timeout=*) big_timeout="${1#--big-timeout=}" ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
if [[ -n "$runs" && ! "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "run.sh: --runs needs a positive number" >&2; exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
mkdir -p "$out"
cd "$root"

# On a fresh Debian/Ubuntu machine where we may install packages (root), fetch hyperfine and GNU time
# first, so that the benchmark runs from this one command.
if { ! command -v hyperfine >/dev/null || [[ ! -x /usr/bin/time ]]; } && command -v apt-get >/dev/null \
    && [[ $(id -u) == 0 ]]; then
  echo "run.sh: installing hyperfine and GNU time (apt-get)" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine time >&2 \
    || echo "run.sh: could not install them" >&2
fi
for tool in hyperfine python3 java; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required (see bench/README.md)" >&2; exit 2; }
done
gnu_time=/usr/bin/time
if [[ -x "$gnu_time" ]] && "$gnu_time" -v true >/dev/null 2>&1; then
  have_time=1
else
  have_time=0
  echo "run.sh: NOTE: GNU time (/usr/bin/time) not found: peak RSS is not measured (apt-get install -y time)" >&2
fi

if [[ $quick == 1 ]]; then
  fast_runs=${runs:-3}; slow_runs=${runs:-3}; warm=1; rss_runs=1; big_timeout=${big_timeout:-60}
else
  fast_runs=${runs:-10}; slow_runs=${runs:-5}; warm=2; rss_runs=3; big_timeout=${big_timeout:-300}
fi

# ---- build (the launcher rebuilds target/confguard.jar when it is missing or stale) ----
./confguard --version >/dev/null
# The launcher's java command for lint (flags, lint's static AppCDS archive, the jar on the boot class path as
# that archive was made, main class), for the row that bypasses the launcher.
java_flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MaxNewSize=32m -XX:-UsePerfData
  -XX:+ExitOnOutOfMemoryError -Xshare:auto -Xms64m -XX:SharedArchiveFile="$root/target/confguard-lint.jsa" -Xlog:cds=off -Xbootclasspath/a:"$root/target/confguard.jar")

# ---- corpora (regenerated only when the generator or its arguments change) ----
generate() {  # generate DIR ARGS...
  local dir="$1"; shift
  local stamp
  stamp="$(sha256sum "$here/generate-corpus.py" | cut -c1-16) $*"
  if [[ -f "$dir/.stamp" && "$(cat "$dir/.stamp")" == "$stamp" ]]; then
    return
  fi
  rm -rf "$dir"
  python3 "$here/generate-corpus.py" "$@" --out "$dir" >&2
  echo "$stamp" > "$dir/.stamp"
}
sizes=(5 200)
[[ $quick == 1 ]] || sizes+=(2000)
for n in "${sizes[@]}"; do
  generate "$out/corpus-$n" --services "$n" --seed 1
done
generate "$out/big-1m" --big-file 1000000 --seed 1
generate "$out/big-10000" --big-file 10000 --seed 1
generate "$out/big-40000" --big-file 40000 --seed 1
# The .stamp files are not .env files, so confguard never reads them; cat reads only corpus files.
small="$out/corpus-5/services/billing-identity-0000/.env.production"

# ---- measuring ----
rows="$out/rows.tsv"
: > "$rows"
loadavg() { cut -d' ' -f1 /proc/loadavg; }

rss_of() {  # rss_of OUTPUT CMD... -> prints "max_rss_kb exit_status" over $rss_runs runs
  local dest="$1"; shift
  local max=0 status=0 i kb
  if [[ $have_time == 0 ]]; then
    echo "- -"; return
  fi
  for ((i = 0; i < rss_runs; i++)); do
    "$gnu_time" -v -o "$out/time.txt" "$@" > "$dest" 2>/dev/null || true
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
    status=$(awk -F': ' '/Exit status/ {print $2}' "$out/time.txt")
    (( kb > max )) && max=$kb
  done
  echo "$max $status"
}

# measure ID LABEL FLOOR_ID RUNS OUTPUT CMD...
#   OUTPUT: /dev/null; pipe (stdout read through a pipe and discarded: for cat, which GNU coreutils
#   short-cuts when stdout is /dev/null); or a file that receives the command's stdout.
measure() {
  local id="$1" label="$2" floor="$3" n="$4" dest="$5"; shift 5
  local load cmd rss status w
  load=$(loadavg)
  printf -v cmd '%q ' "$@"
  echo "run.sh: [$id] $label (load $load)" >&2
  w=$warm; (( n <= 3 && w > 1 )) && w=1
  local hout=null
  [[ "$dest" != /dev/null ]] && hout="$dest"
  [[ "$dest" == pipe ]] && dest=/dev/null
  hyperfine -N -i --style basic --warmup "$w" --runs "$n" --output "$hout" \
    --export-json "$out/hf-$id.json" --command-name "$label" -- "$cmd" >&2
  read -r rss status < <(rss_of "$dest" "$@")
  python3 - "$out/hf-$id.json" "$id" "$label" "$floor" "$rss" "$status" "$load" "$n" >> "$rows" <<'EOF'
import json, sys
f, id_, label, floor, rss, status, load, n = sys.argv[1:]
r = json.load(open(f))["results"][0]
codes = sorted(set(r.get("exit_codes", [])))
note = "" if all(c in (0, 1) for c in codes) else "exit codes %s" % codes
print("\t".join([id_, label, "%.6f" % r["median"], "%.6f" % r["min"], rss, floor, load, n, note]))
EOF
}

# capped ID LABEL FLOOR_ID CAP RUNS OUTPUT CMD...: for cases that may be pathologically slow. One probe
# run under `timeout CAP` (also measures peak RSS); if it finishes within a minute, hyperfine then times
# RUNS more runs (the probe served as warm-up), else the probe is the only run reported. Prints the
# probe's exit status on stdout so callers can skip dependent cases.
capped() {
  local id="$1" label="$2" floor="$3" cap="$4" n="$5" dest="$6"; shift 6
  local load start end rc=0 wall rss="-" note="" cmd hout=null
  load=$(loadavg)
  echo "run.sh: [$id] $label: probe run, capped at ${cap}s (load $load)" >&2
  start=$(date +%s.%N)
  if [[ $have_time == 1 ]]; then
    "$gnu_time" -v -o "$out/time.txt" timeout "$cap" "$@" > "$dest" 2>"$out/probe-$id.err" || rc=$?
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
  else
    timeout "$cap" "$@" > "$dest" 2>"$out/probe-$id.err" || rc=$?
  fi
  end=$(date +%s.%N)
  wall=$(python3 -c "print('%.6f' % ($end - $start))")
  echo "run.sh: [$id] probe: ${wall}s, exit $rc" >&2
  if [[ $rc == 124 ]]; then
    note="did not finish: killed after ${cap}s"
  elif [[ $rc != 0 && $rc != 1 ]] || grep -q 'Exception in thread\|OutOfMemoryError' "$out/probe-$id.err"; then
    note="failed, exit $rc: $(grep -m1 -o 'java.lang.[A-Za-z]*Error[^)]*' "$out/probe-$id.err" || tail -1 "$out/probe-$id.err")"
  fi
  if [[ -z "$note" ]] && python3 -c "import sys; sys.exit(0 if $wall < 60 else 1)"; then
    printf -v cmd '%q ' "$@"
    [[ "$dest" != /dev/null ]] && hout="$dest"
    hyperfine -N -i --style basic --warmup 0 --runs "$n" --output "$hout" \
      --export-json "$out/hf-$id.json" --command-name "$label" -- "$cmd" >&2
    python3 - "$out/hf-$id.json" "$id" "$label" "$floor" "$rss" "$load" "$n" >> "$rows" <<'EOF2'
import json, sys
f, id_, label, floor, rss, load, n = sys.argv[1:]
r = json.load(open(f))["results"][0]
codes = sorted(set(r.get("exit_codes", [])))
note = "" if all(c in (0, 1) for c in codes) else "exit codes %s" % codes
print("\t".join([id_, label, "%.6f" % r["median"], "%.6f" % r["min"], rss, floor, load, n, note]))
EOF2
  else
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id" "$label" "$wall" "$wall" "$rss" "$floor" "$load" 1 "$note" \
      >> "$rows"
  fi
  echo "$rc"
}

cf=("$root/confguard")
measure jvm "java -version" "" "$fast_runs" /dev/null java -version
measure small "confguard lint, one small file ($(awk -v s="$(stat -c %s "$small")" 'BEGIN {printf "%.1f", s / 1e3}') KB)" jvm "$fast_runs" /dev/null "${cf[@]}" lint "$small"
measure small-jar "java (the launcher's command) lint: same file, no launcher" jvm "$fast_runs" /dev/null \
  java "${java_flags[@]}" dev.confguard.cli.Main lint "$small"
for n in "${sizes[@]}"; do
  dir="$out/corpus-$n"
  files=$(find "$dir" -type f ! -name .stamp | wc -l)
  envs=$(find "$dir" -type f -name '.env*' | wc -l)
  mb=$(find "$dir" -type f ! -name .stamp -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
  envmb=$(find "$dir" -type f -name '.env*' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
  r=$fast_runs; [[ $n -ge 2000 ]] && r=$slow_runs
  measure "cat-$n" "cat all files, $n services ($files files, $mb MB)" "" "$r" pipe \
    find "$dir" -type f ! -name .stamp -exec cat {} +
  measure "lint-$n" "confguard lint, $n services ($envs .env files, $envmb MB)" "cat-$n" "$r" /dev/null \
    "${cf[@]}" lint "$dir"
  # the whole workspace: every file rule, resolution, schemas, builtin:core, secrets against the inventory
  measure "check-$n" "confguard check --secrets inventory, $n services (JSON to a pipe)" "cat-$n" "$r" pipe \
    "${cf[@]}" check --secrets inventory --format json "$dir"
done
# Growth check: 4x the lines should cost about 4x (less, with startup); far more means a quadratic step.
for lines in 10000 40000; do
  measure "grow-$lines" "confguard lint, $((lines / 1000))k-line file ($(awk -v s="$(stat -c %s "$out/big-$lines/.env")" \
    'BEGIN {printf "%.2f", s / 1e6}') MB)" "$( [[ $lines == 40000 ]] && echo grow-10000 || echo jvm )" "$slow_runs" /dev/null \
    "${cf[@]}" lint "$out/big-$lines/.env"
done
big="$out/big-1m/.env"
bigmb=$(awk -v s="$(stat -c %s "$big")" 'BEGIN {printf "%.1f", s / 1e6}')
measure cat-big "cat the 1M-line file ($bigmb MB)" "" "$slow_runs" pipe cat "$big"
rc=$(capped big "confguard lint, 1M-line file, stdout > /dev/null" cat-big "$big_timeout" "$slow_runs" /dev/null \
  "${cf[@]}" lint "$big")
if [[ $rc == 124 ]]; then
  for v in "stdout > file" "-o file"; do
    printf '%s\t%s\t0\t0\t-\t\t%s\t0\t%s\n' "big-skip" "confguard lint, 1M-line file, $v" "$(loadavg)" \
      "skipped: the /dev/null run did not finish" >> "$rows"
  done
else
  capped big-file "confguard lint, 1M-line file, stdout > file" cat-big "$big_timeout" "$slow_runs" \
    "$out/big-report.txt" "${cf[@]}" lint "$big" > /dev/null
  capped big-o "confguard lint, 1M-line file, -o file" cat-big "$big_timeout" "$slow_runs" /dev/null \
    "${cf[@]}" lint -o "$out/big-report-o.txt" "$big" > /dev/null
fi

# ---- report ----
{
  echo "# confguard whole-process benchmarks"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)," \
    "$( [[ $quick == 1 ]] && echo 'bench/run.sh --quick' || echo 'bench/run.sh')${runs:+ --runs $runs}." \
    "$(nproc) cores, $(free -h | awk '/^Mem:/ {print $2}') RAM," \
    "$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)," \
    "$(java -version 2>&1 | head -1), $(hyperfine --version)."
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  python3 - "$rows" <<'EOF'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
by_id = {r[0]: r for r in rows}
def ms(s):
    s = float(s)
    return "%.0f ms" % (s * 1000) if s < 10 else "%.1f s" % s
def mib(kb):
    return "-" if kb in ("-", "") else "%.0f MiB" % (int(kb) / 1024)
print("| what | median wall | min | peak RSS | wall ÷ floor | RSS ÷ floor | floor | runs | load |")
print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
for id_, label, med, mn, rss, floor, load, n, note in rows:
    if n == "0":
        print("| %s **(%s)** | - | - | - | - | - | - | 0 | %s |" % (label, note, load))
        continue
    f = by_id.get(floor)
    wr = "%.1f×" % (float(med) / float(f[2])) if f else "floor"
    rr = "%.1f×" % (int(rss) / int(f[4])) if f and rss not in ("-", "") and f[4] not in ("-", "") else ("floor" if not f else "-")
    what = label + (" **(%s)**" % note if note else "")
    prefix = ">" if "did not finish" in note else ""
    print("| %s | %s%s | %s%s | %s | %s%s | %s | %s | %s | %s |" % (
        what, prefix, ms(med), prefix, ms(mn), mib(rss), prefix, wr, rr, f[1].split(" (")[0] if f else "-", n, load))
EOF
  echo
  echo "Floors: \`java -version\` for the one-file rows, \`cat\` of the same corpus (every file: .env, YAML and"
  echo "JSON; \`find DIR -type f -exec cat {} +\`, output through a pipe) for the corpus rows, \`cat\` of the file"
  echo "for the 1M-line rows. The 40k-line row's floor is the 10k-line row: linear work would give at most 4×."
  echo "confguard rows run the repo's launcher (\`./confguard\`: C1-only JIT, serial GC, its heap flags);"
  echo "median and min over the timed runs after warm-up; peak RSS is the largest of $rss_runs \`/usr/bin/time -v\` run(s)."
  echo "The load column is the 1-minute load average when the case started (2 cores; other builds share the machine)."
} > "$out/results.md"
echo
cat "$out/results.md"
