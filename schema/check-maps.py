#!/usr/bin/env python3
"""Validates map files against the JSON Schema that `simmap schema` writes.

Usage: schema/check-maps.py SCHEMA [MAP ...]
       schema/check-maps.py --simmap PATH/TO/simmap SCHEMA

With --simmap, checks every .yaml file in Examples/ and Maps/ and a fresh `simmap init`
worksheet for each continuum. Needs python3-jsonschema and python3-yaml (Debian packages).
Exits 0 when every file passes, 1 when one does not, 2 when a module is missing.
"""

import datetime
import json
import os
import subprocess
import sys

try:
    import jsonschema
    import yaml
except ImportError as error:
    print(f"check-maps.py needs python3-jsonschema and python3-yaml: {error}", file=sys.stderr)
    sys.exit(2)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTINUA = ["adult", "juvenile"]


def as_json(value):
    """What an editor's YAML support hands the schema: dates as text, keys as strings."""
    if isinstance(value, dict):
        return {str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def problems(validator, name, text):
    document = as_json(yaml.safe_load(text))
    found = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    return [f"{name}: {'/'.join(map(str, error.path)) or '(root)'}: {error.message}" for error in found]


def main(arguments):
    simmap = None
    if arguments[:1] == ["--simmap"]:
        simmap, arguments = arguments[1], arguments[2:]
    if not arguments:
        print(__doc__, file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    inputs = []
    for path in arguments[1:]:
        inputs.append((path, open(path, encoding="utf-8").read()))
    if simmap:
        for folder in ["Examples", "Maps"]:
            directory = os.path.join(ROOT, folder)
            for name in sorted(os.listdir(directory)):
                if name.endswith(".yaml"):
                    path = os.path.join(directory, name)
                    inputs.append((f"{folder}/{name}", open(path, encoding="utf-8").read()))
        for continuum in CONTINUA:
            text = subprocess.run(
                [simmap, "init", "--continuum", continuum, "-"],
                check=True, capture_output=True, text=True).stdout
            inputs.append((f"simmap init --continuum {continuum}", text))
    failures = []
    for name, text in inputs:
        failures += problems(validator, name, text)
    for line in failures:
        print(line)
    print(f"{len(inputs)} files checked against the schema, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
