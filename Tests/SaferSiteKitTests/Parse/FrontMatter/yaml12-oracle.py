#!/usr/bin/env python3
"""YAML 1.2 oracle for SaferSite's front matter tests.

Reads YAML with ruamel.yaml (a YAML 1.2 parser; install with `python3 -m pip install ruamel.yaml`)
and prints the value as compact JSON in the same canonical form as FrontMatterValue.jsonText:
mappings in written order, dates as ISO 8601 strings (a date-time with no zone is UTC and ends
in Z, fractions without trailing zeros), .inf/-.inf/.nan as the strings ".inf", "-.inf", ".nan".

    python3 yaml12-oracle.py < file.yaml       one document -> one line of JSON (exit 1 on error)
    python3 yaml12-oracle.py --batch           stdin: a JSON array of YAML texts;
                                               stdout: a JSON array of {"json": ...} or {"error": ...}
"""
import datetime
import json
import math
import sys

try:
    from ruamel.yaml import YAML
except ImportError:
    sys.stderr.write("ruamel.yaml is missing: run `python3 -m pip install ruamel.yaml`\n")
    sys.exit(3)


def canonical(value):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        return value
    if isinstance(value, datetime.datetime):
        text = "%04d-%02d-%02dT%02d:%02d:%02d" % (
            value.year, value.month, value.day, value.hour, value.minute, value.second)
        if value.microsecond:
            text += "." + ("%06d" % value.microsecond).rstrip("0")
        offset = value.utcoffset()
        minutes = 0 if offset is None else int(offset.total_seconds() // 60)
        if minutes == 0:
            text += "Z"
        else:
            sign = "+" if minutes > 0 else "-"
            text += "%s%02d:%02d" % (sign, abs(minutes) // 60, abs(minutes) % 60)
        return text
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [canonical(item) for item in value]
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError("non-text key %r" % (key,))
            result[key] = canonical(item)
        return result
    raise ValueError("unexpected value type %s" % type(value).__name__)


def to_json(text):
    yaml = YAML(typ="safe", pure=True)
    yaml.version = (1, 2)
    return json.dumps(canonical(yaml.load(text)), ensure_ascii=False, separators=(",", ":"))


def main():
    if sys.argv[1:] == ["--batch"]:
        results = []
        for text in json.load(sys.stdin):
            try:
                results.append({"json": json.loads(to_json(text))})
            except Exception as error:  # report, so the test shows which input failed
                results.append({"error": "%s: %s" % (type(error).__name__, error)})
        print(json.dumps(results, ensure_ascii=False, separators=(",", ":")))
        return
    try:
        print(to_json(sys.stdin.read()))
    except Exception as error:
        sys.stderr.write("%s: %s\n" % (type(error).__name__, error))
        sys.exit(1)


if __name__ == "__main__":
    main()
