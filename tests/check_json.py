#!/usr/bin/env python3
"""Validate rolec JSON output against the output schema.

usage: check_json.py SCHEMA FILE...

Each FILE is parsed strictly (UTF-8, no duplicate member names, no NaN or
Infinity, no number too large to be finite) and validated against SCHEMA
with the validator class its "$schema" names; format checking is off.
Every error is printed with its JSON path. The last line is
"N passed, N failed"; the exit status is 1 if any file failed, 0 otherwise,
and 2 for bad usage or an unusable schema.
"""

import json
import math
import sys

try:
    import jsonschema
    from jsonschema.validators import validator_for
except ImportError:  # pragma: no cover
    sys.stderr.write("check_json.py: the jsonschema module is required "
                     "(Debian: python3-jsonschema)\n")
    sys.exit(2)


class StrictJSONError(ValueError):
    pass


def _no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise StrictJSONError("duplicate member name %s" % json.dumps(key))
        obj[key] = value
    return obj


def _no_constant(name):
    raise StrictJSONError("non-finite number %s" % name)


def _finite_float(text):
    value = float(text)
    if not math.isfinite(value):
        raise StrictJSONError("number %s is not finite as a double" % text)
    return value


def load_strict(path):
    """Parse PATH as strict JSON; raise StrictJSONError/ValueError/OSError."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise StrictJSONError("not UTF-8: %s" % e)
    if text.startswith("\ufeff"):
        raise StrictJSONError("starts with a byte order mark")
    return json.loads(text,
                      object_pairs_hook=_no_duplicates,
                      parse_constant=_no_constant,
                      parse_float=_finite_float)


def error_path(err):
    path = getattr(err, "json_path", None)
    if path is None:  # older jsonschema
        path = "$" + "".join("[%d]" % p if isinstance(p, int) else ".%s" % p
                             for p in err.absolute_path)
    return path


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: check_json.py SCHEMA FILE...\n")
        return 2
    try:
        schema = load_strict(argv[1])
        cls = validator_for(schema, default=jsonschema.Draft202012Validator)
        cls.check_schema(schema)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as e:
        sys.stderr.write("check_json.py: %s: unusable schema: %s\n" % (argv[1], e))
        return 2
    validator = cls(schema)  # no format_checker: formats are not asserted

    passed = failed = 0
    for path in argv[2:]:
        try:
            doc = load_strict(path)
        except (OSError, ValueError) as e:
            print("%s: FAIL: cannot parse: %s" % (path, e))
            failed += 1
            continue
        errors = sorted(validator.iter_errors(doc),
                        key=lambda e: (list(map(str, e.absolute_path)), e.message))
        if errors:
            failed += 1
            print("%s: FAIL: %d error%s" % (path, len(errors),
                                            "" if len(errors) == 1 else "s"))
            for err in errors:
                print("  %s: %s" % (error_path(err), err.message))
                # Say which alternative came closest for anyOf/oneOf.
                for sub in sorted(err.context or [], key=lambda e: e.message)[:6]:
                    print("    - %s: %s" % (error_path(sub), sub.message))
        else:
            passed += 1
            print("%s: ok" % path)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
