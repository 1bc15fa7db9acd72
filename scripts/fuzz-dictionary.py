#!/usr/bin/env python3
"""Writes a libFuzzer dictionary for map files to standard output.

The entries are every key and every closed value of the map format, read from the JSON Schema
(schema/simmap.schema.json, which simmap generates from the same declarations its loader reads),
and the YAML syntax that has broken parsers before: anchors and aliases, merge keys, tags, flow
collections, document markers and every kind of line break. Generated at fuzz time, so it never
drifts from the format.
"""
import json
import sys

SYNTAX = [
    "&a ", "*a", "<<: *a", "? ", "!!str ", "!!binary ", "!custom ", "{", "}", "[", "]", ", ",
    "---\n", "...\n", "- ", ": ", "'", '"', "|\n", ">\n", "#", "\t", "\r\n", "\r", "\x85",
    "\u2028", "\u2029", "\ufeff", "\x1b[31m", "\x1b]8;;", "\u202e", "javascript:", "<script>",
    "<img src=x onerror=", "simmap: 1\n", "2026-14-04", "64,200", "\u0301" * 8,
]


def walk(node, keys, values):
    if isinstance(node, dict):
        for name, child in node.items():
            if name == "properties" and isinstance(child, dict):
                keys.update(child.keys())
            if name == "enum" and isinstance(child, list):
                values.update(str(value) for value in child)
            walk(child, keys, values)
    elif isinstance(node, list):
        for child in node:
            walk(child, keys, values)


def quoted(text):
    out = []
    for byte in text.encode("utf-8"):
        if 32 <= byte < 127 and chr(byte) not in '"\\':
            out.append(chr(byte))
        else:
            out.append("\\x%02X" % byte)
    return '"' + "".join(out) + '"'


def main():
    schema_path = sys.argv[1] if len(sys.argv) > 1 else "schema/simmap.schema.json"
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    keys, values = set(), set()
    walk(schema, keys, values)
    print("# libFuzzer dictionary for simmap map files; made by scripts/fuzz-dictionary.py")
    for index, key in enumerate(sorted(keys)):
        print(f"key{index}={quoted(key + ': ')}")
    for index, value in enumerate(sorted(values)):
        print(f"value{index}={quoted(value)}")
    for index, token in enumerate(SYNTAX):
        print(f"syntax{index}={quoted(token)}")


if __name__ == "__main__":
    main()
