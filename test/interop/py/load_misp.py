"""Loads MISP events with PyMISP strictly and checks them against MISP's own type, category and object rules.

Usage: load_misp.py FILE... ; prints one JSON line per file: {"file", "valid", "attributes", "objects", "errors", "tags"}.
Exit status 0 when every event is valid.
"""
import json
import sys

from pymisp import MISPEvent


def check(path):
    event = MISPEvent(strict_validation=True)
    with open(path, "rb") as f:
        event.load(f)
    errors = []
    mappings = event.describe_types["category_type_mappings"]
    known_types = set(event.describe_types["types"])

    def check_attribute(a, where):
        if a.type not in known_types:
            errors.append(f"{where}: unknown type {a.type}")
        elif a.category not in mappings or a.type not in mappings[a.category]:
            errors.append(f"{where}: type {a.type} not allowed in category {a.category}")
        if not a.uuid:
            errors.append(f"{where}: no uuid")
        if not any(t.name.startswith("tlp:") for t in a.tags):
            errors.append(f"{where}: no TLP tag")

    for a in event.attributes:
        check_attribute(a, f"attribute {a.value}")
    for o in event.objects:
        if not o._known_template:
            errors.append(f"object {o.name}: unknown template")
        try:
            o.to_dict(strict=True)  # validates against the object template (required attributes)
        except Exception as e:  # noqa: BLE001 - report any template violation
            errors.append(f"object {o.name} {o.uuid}: {e}")
        for a in o.attributes:
            check_attribute(a, f"object {o.name} {a.object_relation}")
    tags = [t.name for t in event.tags]
    attribute_tlps = sorted({t.name for a in [*event.attributes, *(x for o in event.objects for x in o.attributes)]
                             for t in a.tags if t.name.startswith("tlp:")})
    if not any(t.startswith("tlp:") for t in tags):
        errors.append("event has no TLP tag")
    # Round-trip through PyMISP's own serialiser must keep every attribute.
    again = MISPEvent(strict_validation=True)
    again.load(event.to_json())
    if len(again.attributes) != len(event.attributes) or len(again.objects) != len(event.objects):
        errors.append("PyMISP round trip lost attributes or objects")
    return {"file": path, "valid": not errors, "uuid": event.uuid, "info": event.info,
            "attributes": len(event.attributes), "attribute_tlps": attribute_tlps,
            "object_attributes": sum(len(o.attributes) for o in event.objects),
            "objects": len(event.objects), "object_names": sorted({o.name for o in event.objects}),
            "attribute_types": sorted({a.type for a in event.attributes}), "tags": tags, "errors": errors[:20]}


def main(paths):
    ok = True
    for path in paths:
        try:
            result = check(path)
        except Exception as e:  # noqa: BLE001 - a load failure is a test failure
            result = {"file": path, "valid": False, "errors": [f"{type(e).__name__}: {e}"]}
        ok = ok and result["valid"]
        print(json.dumps(result))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
