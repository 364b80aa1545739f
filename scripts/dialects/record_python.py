#!/usr/bin/python3
"""Record how python-dotenv reads each dialect case file.

Usage: record_python.py CASES_DIR GOLDEN_DIR

For every CASES_DIR/NN-name.env writes, into GOLDEN_DIR:
  NN-name.python-dotenv.json               dotenv_values(path, interpolate=False)
  NN-name.python-dotenv-interpolated.json  dotenv_values(path, interpolate=True)

Each file is a JSON array of {"key": K, "value": V} objects in the order of
the returned OrderedDict (a key without '=' has value null), or
{"error": "<exception class name>"} if the loader raised.

Interpolated results depend on os.environ; record-dialect-goldens.sh runs this
with a scrubbed environment (see that script).
"""
import json
import logging
import os
import sys

import dotenv.version
from dotenv import dotenv_values

# python-dotenv logs a warning for every statement it cannot parse; the
# goldens capture the effect (the binding is dropped), the log is noise.
logging.disable(logging.CRITICAL)


def read(path, interpolate):
    try:
        values = dotenv_values(dotenv_path=path, interpolate=interpolate)
    except Exception as e:  # noqa: BLE001 - any loader failure is a result
        return {"error": type(e).__name__}
    return [{"key": k, "value": v} for k, v in values.items()]


def write(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(data, indent=2, ensure_ascii=False))
        fh.write("\n")


def main():
    cases_dir, golden_dir = sys.argv[1], sys.argv[2]
    names = sorted(f for f in os.listdir(cases_dir) if f.endswith(".env"))
    for name in names:
        stem = name[: -len(".env")]
        path = os.path.join(cases_dir, name)
        write(os.path.join(golden_dir, stem + ".python-dotenv.json"), read(path, False))
        write(os.path.join(golden_dir, stem + ".python-dotenv-interpolated.json"), read(path, True))
    print("python-dotenv %s: %d cases" % (dotenv.version.__version__, len(names)))


if __name__ == "__main__":
    main()
