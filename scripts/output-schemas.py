#!/usr/bin/env python3
"""The JSON Schemas of simmap's JSON outputs, written to schema/ from the shapes below.

The shapes mirror the Encodable types in Sources/SIMReport/JSON (AnalysisJSON,
ComparisonJSON, RankingJSON, DiffJSON, ListingJSON, DiagnosticsJSON); a key that is
optional there (nil is left out) is not required here.

  scripts/output-schemas.py            write schema/<name>.schema.json for every output
  scripts/output-schemas.py --check    exit 1 when a committed schema differs from this script
  scripts/output-schemas.py --validate NAME FILE
                                       validate FILE against schema/NAME.schema.json
                                       (needs python3-jsonschema; exit 3 when it is missing)
"""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"


def string(description=None, **extra):
    return with_description({"type": "string", **extra}, description)


def integer(description=None, **extra):
    return with_description({"type": "integer", **extra}, description)


def number(description=None):
    return with_description({"type": "number"}, description)


def boolean(description=None):
    return with_description({"type": "boolean"}, description)


def array(items, description=None):
    return with_description({"type": "array", "items": items}, description)


def ref(name):
    return {"$ref": "#/$defs/" + name}


def with_description(schema, description):
    if description:
        schema["description"] = description
    return schema


def obj(required, optional=None, description=None):
    """An object with exactly these keys: `required` always present, `optional` when known."""
    properties = dict(required)
    properties.update(optional or {})
    return with_description(
        {
            "type": "object",
            "additionalProperties": False,
            "required": sorted(required),
            "properties": properties,
        },
        description,
    )


INTERCEPT = integer("An intercept of the Sequential Intercept Model, 0 to 5", minimum=0, maximum=5)
SEVERITY = string("How serious it is", enum=["note", "warning", "error"])
POSITION = {
    "file": string("The map file, as the user named it"),
    "line": integer("1-based line", minimum=1),
    "column": integer("1-based column", minimum=1),
}
URL = string("An http or https address; other addresses are left out", pattern="^[Hh][Tt][Tt][Pp][Ss]?://")
NOTE = obj({"message": string()}, POSITION, "A related place")

MAP_DEFS = {
    "summary": obj(
        {
            "file": string("The map file"),
            "name": string("The jurisdiction's name"),
            "place": string("The name and state, as headings show it"),
            "kind": string("The jurisdiction kind"),
            "continuum": string(enum=["adult", "juvenile"]),
            "workshopDates": array(string("YYYY-MM-DD, or YYYY-MM when the day is not known")),
        },
        {
            "state": string(),
            "population": integer(minimum=0),
            "populationBand": string(),
        },
        "A map named in a comparison or a diff",
    ),
    "similarity": obj(
        {
            "value": number("The similarity, 0 to 1, rounded to two decimals"),
            "percent": integer(minimum=0, maximum=100),
            "formula": string(),
            "worked": string("The formula with this pair's numbers"),
            "parts": array(
                obj(
                    {
                        "factor": string(
                            enum=["continuum", "jurisdiction-kind", "population-band", "practices"]
                        ),
                        "weight": number(),
                        "counted": boolean("Whether both maps record it, so it counts"),
                        "ours": string(),
                        "theirs": string(),
                        "detail": string(),
                    },
                    {"score": number("0 to 1; left out when not counted")},
                )
            ),
        }
    ),
    "source": obj({"id": string(), "title": string()}, {"url": URL}),
    "exchange": obj(
        {
            "id": string(),
            "intercept": INTERCEPT,
            "from": string(),
            "to": string(),
            "data": array(string()),
            "records": array(string()),
            "status": string(enum=["in-place", "partial", "planned", "gap"]),
            "sources": array(ref("source")),
        }
    ),
    "resource": obj(
        {"id": string(), "name": string(), "status": string()}, {"practice": string()}
    ),
    "gap": obj({"id": string(), "text": string(), "severity": string()}, {"practice": string()}),
}

AGENCY = obj({"id": string(), "name": string()})

ANALYSIS = obj(
    {
        "file": string(),
        "jurisdiction": string(),
        "continuum": string(enum=["adult", "juvenile"]),
        "asOf": string("The date agreements were checked against", format="date"),
        "errors": integer(minimum=0),
        "warnings": integer(minimum=0),
        "notes": integer(minimum=0),
        "disabledRules": array(string()),
        "coverage": obj(
            {
                "present": integer(minimum=0),
                "total": integer(minimum=0),
                "intercepts": array(
                    obj(
                        {
                            "intercept": INTERCEPT,
                            "title": string(),
                            "present": array(string(), "Practice ids running"),
                            "missing": array(string(), "Core practice ids missing"),
                            "total": integer(minimum=0),
                        }
                    )
                ),
            }
        ),
        "opportunitiesLeftOut": integer(
            "How many more linkage opportunities the map has than the list holds (it keeps the best 100)",
            minimum=0,
        ),
        "opportunities": array(
            obj(
                {
                    "rank": integer(minimum=1),
                    "intercept": INTERCEPT,
                    "justice": AGENCY,
                    "health": AGENCY,
                    "resources": array(string()),
                    "suggestion": obj(
                        {
                            "title": string(),
                            "from": AGENCY,
                            "to": AGENCY,
                            "data": string(),
                            "records": array(string()),
                            "purpose": string(),
                        }
                    ),
                    "legalBases": array(
                        obj({"id": string(), "name": string(), "citation": string()})
                    ),
                    "named": array(obj({"id": string(), "status": string()}, POSITION)),
                },
                {
                    "people": obj(
                        {"unit": string(), "name": string()},
                        {"value": number(), "year": integer()},
                    ),
                    **POSITION,
                },
            )
        ),
        "findings": array(
            obj(
                {"rule": string(), "severity": SEVERITY, "message": string()},
                {
                    "intercept": INTERCEPT,
                    "hint": string(),
                    "notes": array(NOTE),
                    **POSITION,
                },
            )
        ),
    },
    description="simmap analyze --format json",
)

PRACTICE_ROW = obj(
    {
        "id": string(),
        "name": string(),
        "core": boolean(),
        "intercept": INTERCEPT,
        "ours": string(enum=["running", "planned", "absent"]),
        "theirs": string(enum=["running", "planned", "absent"]),
        "difference": string(enum=["both", "only-ours", "only-theirs", "neither"]),
        "ourResources": array(string()),
        "theirResources": array(string()),
    }
)
LACKING = obj({"practices": array(ref("practice")), "exchanges": array(ref("exchange"))})
SIDE = obj(
    {
        "resources": array(ref("resource")),
        "exchanges": array(ref("exchange")),
        "gaps": array(ref("gap")),
        "coverage": obj(
            {"present": array(string()), "missing": array(string()), "total": integer(minimum=0)}
        ),
    }
)
COUNT = obj({"present": integer(minimum=0), "total": integer(minimum=0)})

COMPARISON = obj(
    {
        "ours": ref("summary"),
        "theirs": ref("summary"),
        "similarity": ref("similarity"),
        "coverage": obj({"ours": COUNT, "theirs": COUNT}),
        "theyHave": LACKING,
        "weHave": LACKING,
        "intercepts": array(
            obj(
                {
                    "intercept": INTERCEPT,
                    "title": string(),
                    "practices": array(ref("practice")),
                    "ours": ref("side"),
                    "theirs": ref("side"),
                }
            )
        ),
    },
    description="simmap compare OURS THEIRS --format json",
)

RANKING = obj(
    {
        "ours": ref("summary"),
        "library": string("Where the peers come from"),
        "formula": string(),
        "weights": obj(
            {
                "continuum": number(),
                "jurisdiction-kind": number(),
                "population-band": number(),
                "practices": number(),
            }
        ),
        "peers": array(
            obj(
                {
                    "rank": integer(minimum=1),
                    "map": ref("summary"),
                    "similarity": ref("similarity"),
                }
            )
        ),
        "leftOut": array(obj({"file": string(), "reason": string()})),
        "lessons": array(
            obj(
                {
                    "peer": string("The peer's file"),
                    "rank": integer(minimum=1),
                    "items": array(
                        obj(
                            {
                                "kind": string(enum=["practice", "exchange"]),
                                "intercept": INTERCEPT,
                                "title": string(),
                                "core": boolean(),
                                "plannedByUs": boolean(),
                                "evidence": array(
                                    obj(
                                        {
                                            "name": string(),
                                            "status": string(),
                                            "sources": array(ref("source")),
                                        }
                                    )
                                ),
                            },
                            {"practice": string("The practice id")},
                        )
                    ),
                }
            )
        ),
    },
    description="simmap compare OURS --library --format json",
)

DIFF = obj(
    {
        "old": ref("summary"),
        "new": ref("summary"),
        "sameJurisdiction": boolean(),
        "changeCount": integer(minimum=0),
        "tally": array(string()),
        "resources": array(
            obj(
                {
                    "kind": string(enum=["added", "ended", "renamed", "status-changed", "moved"]),
                    "intercept": INTERCEPT,
                },
                {
                    "old": ref("resource"),
                    "new": ref("resource"),
                    "oldIntercept": INTERCEPT,
                    "matchedBy": string(),
                },
            )
        ),
        "gaps": array(
            obj(
                {
                    "kind": string(enum=["closed", "opened"]),
                    "intercept": INTERCEPT,
                    "gap": ref("gap"),
                    "closedBy": array(string()),
                }
            )
        ),
        "exchanges": array(
            obj(
                {
                    "kind": string(enum=["added", "removed", "status-changed"]),
                    "intercept": INTERCEPT,
                    "nowInPlace": boolean(),
                },
                {"old": ref("exchange"), "new": ref("exchange"), "matchedBy": string()},
            )
        ),
        "priorities": array(
            obj(
                {
                    "kind": string(enum=["continued", "added", "dropped"]),
                    "id": string(),
                    "rank": integer(),
                    "title": string(),
                    "stepsDone": integer(minimum=0),
                    "stepsTotal": integer(minimum=0),
                    "newlyDone": array(string()),
                }
            )
        ),
    },
    description="simmap diff OLD NEW --format json",
)

LISTING = obj(
    {
        "practices": array(
            obj(
                {
                    "id": string(),
                    "name": string(),
                    "intercepts": array(INTERCEPT),
                    "continuum": string(enum=["adult", "juvenile", "both"]),
                    "core": boolean(),
                    "summary": string(),
                    "why": string(),
                    "measures": array(string()),
                    "runBy": array(string()),
                    "aliases": array(string()),
                    "sources": array(obj({"title": string()}, {"url": URL})),
                }
            )
        )
    },
    description="simmap practices --format json",
)

DIAGNOSTICS = obj(
    {
        "files": array(
            obj(
                {
                    "file": string(),
                    "valid": boolean("Whether the file has no errors"),
                    "diagnostics": array(
                        obj(
                            {"severity": SEVERITY, "code": string(), "message": string()},
                            {
                                "path": string("Where in the map, such as intercepts.2.resources[0]"),
                                "hint": string(),
                                "notes": array(NOTE),
                                **POSITION,
                            },
                        )
                    ),
                }
            )
        ),
        "errors": integer(minimum=0),
        "warnings": integer(minimum=0),
    },
    description="simmap validate --format json",
)


def document(name, root, defs):
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "simmap " + name + " output",
        **root,
    }
    if defs:
        schema["$defs"] = defs
    return schema


SCHEMAS = {
    "analysis": document("analysis", ANALYSIS, {}),
    "comparison": document(
        "comparison", COMPARISON, {**MAP_DEFS, "practice": PRACTICE_ROW, "side": SIDE}
    ),
    "ranking": document(
        "ranking", RANKING, {k: MAP_DEFS[k] for k in ("summary", "similarity", "source")}
    ),
    "diff": document(
        "diff", DIFF, {k: MAP_DEFS[k] for k in ("summary", "source", "exchange", "resource", "gap")}
    ),
    "listing": document("listing", LISTING, {}),
    "diagnostics": document("diagnostics", DIAGNOSTICS, {}),
}


def text(schema):
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def path(name):
    return SCHEMA_DIR / (name + ".schema.json")


def write():
    for name, schema in SCHEMAS.items():
        target = path(name)
        if not target.exists() or target.read_text(encoding="utf-8") != text(schema):
            target.write_text(text(schema), encoding="utf-8")
            print("wrote " + str(target.relative_to(ROOT)))


def check():
    stale = [
        name
        for name, schema in SCHEMAS.items()
        if not path(name).exists() or path(name).read_text(encoding="utf-8") != text(schema)
    ]
    for name in stale:
        print(
            "schema/%s.schema.json is out of date; run scripts/output-schemas.py" % name,
            file=sys.stderr,
        )
    return 1 if stale else 0


def validate(name, file):
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed (apt-get install python3-jsonschema)", file=sys.stderr)
        return 3
    if name not in SCHEMAS:
        print("no schema named %s; one of %s" % (name, ", ".join(SCHEMAS)), file=sys.stderr)
        return 2
    instance = json.loads(pathlib.Path(file).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        SCHEMAS[name], format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        print("%s: %s: %s" % (file, where, error.message), file=sys.stderr)
    return 1 if errors else 0


def main(argv):
    if argv == ["--check"]:
        return check()
    if len(argv) == 3 and argv[0] == "--validate":
        return validate(argv[1], argv[2])
    if not argv:
        write()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
