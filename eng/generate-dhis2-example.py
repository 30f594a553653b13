#!/usr/bin/env python3
"""Generates docs/examples/observations/province-12-monthly-2025.mapping.json, the DHIS2 mapping of the monthly example
(docs/examples/observations/province-12-monthly-2025.csv, from eng/generate-example-observations.py): every unit of the
file as organisation unit VN_<code>, the measures it reports as data elements VNCP_<measure>_NUM/_DEN (counts) or
VNCP_<measure> (values), sex as the ADX category SEX (M, F) and the combos COC_TOTAL, COC_M, COC_F; identifiers as codes.

The DHIS2 forms beside it are what `vncp convert` writes from the CSV with this mapping:
  vncp convert province-12-monthly-2025.csv --to dhis2-json --mapping province-12-monthly-2025.mapping.json -o province-12-monthly-2025.dhis2.json
  vncp convert province-12-monthly-2025.dhis2.json --to adx --mapping province-12-monthly-2025.mapping.json --exported 2026-01-05T00:00:00Z -o province-12-monthly-2025.adx.xml
(tests/VnChildProtection.Cli.Tests checks that they still are). Usage: python3 eng/generate-dhis2-example.py
"""
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "docs/examples/observations"
SOURCE = FOLDER / "province-12-monthly-2025.csv"


def main():
    units, measures = set(), {}
    with SOURCE.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            units.add(row["unit_code"])
            measure = row["indicator"] + "." + row["measure"]
            measures[measure] = measures.get(measure) or (row["numerator"] != "")
    elements = {}
    for measure in sorted(measures, key=lambda m: (int(m[2:].split(".")[0]), m)):
        tag = "VNCP_" + measure.replace(".", "").upper()
        if measures[measure]:
            elements[tag + "_NUM"] = {"measure": measure, "part": "numerator"}
            elements[tag + "_DEN"] = {"measure": measure, "part": "denominator"}
        else:
            elements[tag] = {"measure": measure}
    mapping = {
        "dataSet": "VNCP_MONTHLY",
        "periodType": "Monthly",
        "idScheme": "code",
        "orgUnits": {"VN_" + code: code for code in sorted(units)},
        "dataElements": elements,
        "categories": {"SEX": {"category": "sex", "options": {"M": "male", "F": "female"}}},
        "categoryOptionCombos": {"COC_TOTAL": "total", "COC_M": "sex=male", "COC_F": "sex=female"},
    }
    text = json.dumps(mapping, indent=2, ensure_ascii=False) + "\n"
    (FOLDER / "province-12-monthly-2025.mapping.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
