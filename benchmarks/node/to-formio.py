#!/usr/bin/env python3
"""Writes the Form.io equivalent of a Loket example form, for the side-by-side benchmark with
@formio/core. Usage: python3 to-formio.py <loket-form.json> > <form.formio.json>

The translation keeps the work comparable (same components, same conditions, same calculations,
same validations) rather than perfectly equal: Form.io has no `loket.age`, so ages are computed in
the year difference, and conditional requirement is a JSON Logic validation (`validate.json`).
"""
import json
import sys

TYPES = {"text": "textfield", "textarea": "textarea", "number": "number", "currency": "currency",
         "email": "email", "phone": "phoneNumber", "postcode": "textfield", "bsn": "textfield",
         "iban": "textfield", "kvk": "textfield", "rsin": "textfield", "time": "time",
         "checkbox": "checkbox", "yesNo": "checkbox", "declaration": "checkbox", "hidden": "hidden",
         "content": "content", "fieldset": "fieldset", "repeat": "editgrid", "file": "file"}


def logic(rule, row=False):
    """Loket JSON Logic to Form.io JSON Logic: variables live under data. (or row.)."""
    if isinstance(rule, list):
        return [logic(r, row) for r in rule]
    if not isinstance(rule, dict):
        return rule
    if "var" in rule:
        name = rule["var"]
        default = None
        if isinstance(name, list):
            name, default = name[0], name[1] if len(name) > 1 else None
        path = name if name.startswith("row.") else "data." + name
        return {"var": [path, default] if default is not None else path}
    if "loket.age" in rule:
        # Form.io has no age operator; json-logic-js has no dates either: use the year difference.
        arg = logic(rule["loket.age"][0], row)
        return {"-": [2026, {"substr": [arg, 0, 4]}]}
    (op, args), = rule.items()
    return {op: logic(args, row)}


def component(c):
    t = c["type"]
    out = {"key": c["key"], "input": t not in ("content", "fieldset"), "tableView": False,
           "label": (c.get("label") or {}).get("nl", c["key"])}
    if t == "date":
        out.update(type="datetime", enableTime=False, format="dd-MM-yyyy")
    elif t == "datetime":
        out.update(type="datetime", enableTime=True)
    elif t in ("radio", "paymentChoice"):
        values = c.get("options") or [{"value": m, "label": {"nl": m}} for m in c.get("methods", [])]
        out.update(type="radio", values=[{"value": o["value"], "label": o["label"]["nl"]} for o in values])
    elif t == "select":
        out.update(type="select", dataSrc="values",
                   data={"values": [{"value": o["value"], "label": o["label"]["nl"]} for o in c["options"]]})
    elif t == "multiCheckbox":
        out.update(type="selectboxes", values=[{"value": o["value"], "label": o["label"]["nl"]} for o in c["options"]])
    elif t == "address":
        out.update(type="container", components=[
            {"type": "textfield", "key": "postcode", "input": True, "validate": {"required": True, "pattern": "[1-9][0-9]{3} ?[A-Za-z]{2}"}},
            {"type": "number", "key": "houseNumber", "input": True, "validate": {"required": True, "min": 1}},
            {"type": "textfield", "key": "street", "input": True},
            {"type": "textfield", "key": "city", "input": True}])
    elif t == "computed":
        out.update(type="hidden", calculateValue=logic(c["compute"]), calculateServer=True)
    else:
        out["type"] = TYPES[t]
    if t == "content" or t == "declaration":
        out["html"] = c["content"]["nl"]
    validate = {}
    required = c.get("required", t == "declaration")
    if t == "yesNo":
        # A Form.io checkbox always has a value, and "required" would refuse "no", which Loket accepts.
        required = False
    if required is True:
        validate["required"] = True
    elif isinstance(required, dict):
        # Form.io has no rule for "required"; the same check as a JSON Logic validation.
        validate["json"] = {"if": [logic(required), {"if": [{"var": "data." + c["key"]}, True, "Vul dit in."]}, True]}
    v = c.get("validation", {})
    for k in ("minLength", "maxLength", "pattern"):
        if k in v:
            validate[k] = v[k]
    for k in ("min", "max"):
        if k in v and isinstance(v[k], (int, float)):
            validate[k] = v[k]
    if t == "postcode":
        validate["pattern"] = "[1-9][0-9]{3} ?[A-Za-z]{2}"
    if t == "bsn":
        validate["pattern"] = "[0-9]{9}"
    if t == "iban":
        validate["pattern"] = "[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}"
    for rule in v.get("rules", []):
        validate["json"] = {"if": [logic(rule["rule"]), True, rule["message"]["nl"]]}
    if validate:
        out["validate"] = validate
    if "visibleWhen" in c:
        out["conditional"] = {"json": logic(c["visibleWhen"])}
    if "default" in c:
        out["defaultValue"] = c["default"]
    if c.get("components"):
        out["components"] = [component(x) for x in c["components"]]
    return out


def main():
    form = json.load(open(sys.argv[1]))
    panels = []
    for step in form["steps"]:
        panel = {"type": "panel", "key": step["key"], "input": False, "title": step["title"]["nl"],
                 "components": [component(c) for c in step["components"]]}
        if "visibleWhen" in step:
            panel["conditional"] = {"json": logic(step["visibleWhen"])}
        panels.append(panel)
    json.dump({"display": "wizard", "title": form["title"]["nl"], "name": form["id"], "path": form["id"],
               "components": panels}, sys.stdout, ensure_ascii=False, indent=1)


main()
