#!/usr/bin/env bash
# Record the "ground truth" readings of the dialect corpus by two real .env loaders.
#
#   scripts/record-dialect-goldens.sh [--install]
#
# Inputs : src/test/resources/dialects/cases/NN-name.env
# Outputs: src/test/resources/dialects/golden/
#            NN-name.python-dotenv.json               python-dotenv dotenv_values(interpolate=False)
#            NN-name.python-dotenv-interpolated.json  python-dotenv dotenv_values(interpolate=True)
#            NN-name.node-dotenv.json                 npm dotenv parse(Buffer)
#            VERSIONS.txt                             loader/runtime versions used
#
# Tools (override with environment variables):
#   PYTHON          python with python-dotenv importable   (default /usr/bin/python3,
#                   Debian package python3-dotenv)
#   NODE_DOTENV_DIR node_modules dir that contains dotenv  (default /tmp/nodedot/node_modules)
#   NODE            node binary                            (default: node on PATH)
#   NODE_DOTENV_VERSION version --install puts in NODE_DOTENV_DIR (default 18.0.10)
#
# --install installs missing tools: apt-get install python3-dotenv (needs root)
# and npm install dotenv@$NODE_DOTENV_VERSION under $NODE_DOTENV_DIR/..
#
# Interpolation in python-dotenv reads os.environ, so both recorders run under
# `env -i` with only LANG=C.UTF-8 and CONFGUARD_FROM_OS_ENV=os-value set
# (the corpus case *-interpolation-os-environ.env relies on that variable).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
cases="$repo/src/test/resources/dialects/cases"
golden="$repo/src/test/resources/dialects/golden"

PYTHON="${PYTHON:-/usr/bin/python3}"
NODE_DOTENV_DIR="${NODE_DOTENV_DIR:-/tmp/nodedot/node_modules}"
NODE_DOTENV_VERSION="${NODE_DOTENV_VERSION:-18.0.10}"
NODE="${NODE:-$(command -v node || true)}"

install=false
for arg in "$@"; do
  case "$arg" in
    --install) install=true ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

have_python_dotenv() { "$PYTHON" -c 'import dotenv' >/dev/null 2>&1; }
have_node_dotenv() { [ -n "$NODE" ] && [ -f "$NODE_DOTENV_DIR/dotenv/package.json" ]; }

if ! have_python_dotenv && $install; then
  apt-get update && apt-get install -y python3-dotenv
fi
if ! have_node_dotenv && $install; then
  mkdir -p "$(dirname "$NODE_DOTENV_DIR")"
  (cd "$(dirname "$NODE_DOTENV_DIR")" && npm install --no-save "dotenv@$NODE_DOTENV_VERSION")
fi
if ! have_python_dotenv; then
  echo "error: '$PYTHON -c \"import dotenv\"' fails; apt-get install -y python3-dotenv (or rerun with --install)" >&2
  exit 1
fi
if ! have_node_dotenv; then
  echo "error: node or $NODE_DOTENV_DIR/dotenv missing; (cd $(dirname "$NODE_DOTENV_DIR") && npm install dotenv@$NODE_DOTENV_VERSION) (or rerun with --install)" >&2
  exit 1
fi

mkdir -p "$golden"
# Start from a clean slate so goldens of deleted/renamed cases do not linger.
rm -f "$golden"/*.json "$golden/VERSIONS.txt"

clean_env=(env -i LANG=C.UTF-8 CONFGUARD_FROM_OS_ENV=os-value)
"${clean_env[@]}" "$PYTHON" "$here/dialects/record_python.py" "$cases" "$golden"
"${clean_env[@]}" NODE_PATH="$NODE_DOTENV_DIR" "$NODE" "$here/dialects/record_node.js" "$cases" "$golden"

py_version="$("$PYTHON" -c 'import dotenv.version as v; print(v.__version__)')"
py_deb="$(dpkg-query -W -f='${Version}' python3-dotenv 2>/dev/null || echo 'n/a')"
py_runtime="$("$PYTHON" -c 'import sys; print(sys.version.split()[0])')"
py_module="$("$PYTHON" -c 'import dotenv, os; print(os.path.dirname(dotenv.__file__))')"
node_version="$("$NODE" -p "require('$NODE_DOTENV_DIR/dotenv/package.json').version")"
node_runtime="$("$NODE" --version)"

cat > "$golden/VERSIONS.txt" <<EOF
# Written by scripts/record-dialect-goldens.sh; do not edit by hand.
python-dotenv $py_version (Debian package python3-dotenv $py_deb, $py_module)
python $py_runtime ($PYTHON)
  *.python-dotenv.json              = dotenv.dotenv_values(dotenv_path=case, interpolate=False)  [encoding utf-8, universal newlines]
  *.python-dotenv-interpolated.json = dotenv.dotenv_values(dotenv_path=case, interpolate=True)
dotenv (npm) $node_version ($NODE_DOTENV_DIR/dotenv)
node $node_runtime
  *.node-dotenv.json                = require('dotenv').parse(fs.readFileSync(case))  [Buffer, default options]
environment of both recorders: env -i LANG=C.UTF-8 CONFGUARD_FROM_OS_ENV=os-value
EOF
echo "goldens written to $golden"
