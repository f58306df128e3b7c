"""Validates documents against JSON Schemas with Python's jsonschema (draft-07), for the schema
agreement tests: argv[1] is a JSON file holding [[schema path, document path], ...]; prints one
line per pair, 'valid' or 'invalid: <first error>'. Exits 3 when jsonschema is missing."""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit(3)

validators = {}
for schema_path, document_path in json.load(open(sys.argv[1])):
    if schema_path not in validators:
        schema = json.load(open(schema_path))
        jsonschema.Draft7Validator.check_schema(schema)
        validators[schema_path] = jsonschema.Draft7Validator(schema)
    document = json.load(open(document_path, encoding="utf-8"))
    error = next(iter(validators[schema_path].iter_errors(document)), None)
    if error is None:
        print("valid")
    else:
        where = "/" + "/".join(str(part) for part in error.absolute_path)
        print("invalid: " + where + ": " + error.message.replace("\n", " ")[:200])
