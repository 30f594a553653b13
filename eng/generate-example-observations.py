#!/usr/bin/env python3
"""Generates the example indicator data of docs/examples/observations (made-up figures, seeded):

  province-12-monthly-2025.csv  every commune of Lai Chau (province 12, the units in force from 1 July 2025, as
                                listed in src/VnChildProtection.Domain/Units/Data/units-2025.tsv), each month of 2025:
                                deaths of newborns, under-1s and under-5s over live births (CT3.a-c), children in
                                special circumstances at the end of the month over all children (CT8.a, a stock),
                                all by sex; and child marriages (CT13.a, a total)
  province-12-yearly-2025.csv   the same data given yearly: the flows summed over the months, the stock as in December

Both files are in the canonical form ObservationCsv.Write writes, so reading and writing them again gives the same
bytes. Usage: python3 eng/generate-example-observations.py   (from the repository root; same bytes on every run)
"""
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = ROOT / "src/VnChildProtection.Domain/Units/Data/units-2025.tsv"
OUT = ROOT / "docs/examples/observations"
PROVINCE = "12"
SEXES = ("male", "female")


def communes():
    codes = []
    for line in UNITS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cells = line.split("\t")
        code, valid_to, parent = cells[0], cells[4], cells[5]
        if len(code) == 5 and valid_to == "" and parent == PROVINCE:
            codes.append(code)
    return sorted(codes)


def generate():
    rng = random.Random(20250701)
    monthly, yearly = [], []
    for unit in communes():
        children = {sex: rng.randint(1500, 6000) for sex in SEXES}
        totals = {}
        for month in range(1, 13):
            period = f"2025{month:02d}"
            for sex in SEXES:
                births = rng.randint(8, 45)
                neonatal = rng.randint(0, 1)
                infant = neonatal + rng.randint(0, 1)
                under5 = infant + rng.randint(0, 1)
                for letter, deaths in (("a", neonatal), ("b", infant), ("c", under5)):
                    monthly.append((unit, period, "CT3", letter, deaths, births, "", sex))
                    key = ("CT3", letter, sex)
                    n, d = totals.get(key, (0, 0))
                    totals[key] = (n + deaths, d + births)
                special = round(children[sex] * rng.uniform(0.04, 0.07))
                monthly.append((unit, period, "CT8", "a", special, children[sex], "", sex))
                totals[("CT8", "a", sex)] = (special, children[sex])  # a stock: the last month's figure
                children[sex] += rng.randint(-3, 6)
            marriages = rng.choice((0, 0, 0, 0, 1, 1, 2))
            monthly.append((unit, period, "CT13", "a", "", "", marriages, ""))
            n, _ = totals.get(("CT13", "a", ""), (0, 0))
            totals[("CT13", "a", "")] = (n + marriages, 0)
        for indicator, letter, sex in (("CT3", "a", "male"), ("CT3", "a", "female"), ("CT3", "b", "male"), ("CT3", "b", "female"),
                                       ("CT3", "c", "male"), ("CT3", "c", "female"), ("CT8", "a", "male"), ("CT8", "a", "female"),
                                       ("CT13", "a", "")):
            n, d = totals[(indicator, letter, sex)]
            if indicator == "CT13":
                yearly.append((unit, "2025", indicator, letter, "", "", n, sex))
            else:
                yearly.append((unit, "2025", indicator, letter, n, d, "", sex))
    return monthly, yearly


def write(path, header, rows):
    lines = [header] + [",".join(str(cell) for cell in row) for row in rows]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


monthly, yearly = generate()
write(OUT / "province-12-monthly-2025.csv", "unit_code,period,indicator,measure,numerator,denominator,value,sex", monthly)
write(OUT / "province-12-yearly-2025.csv", "unit_code,year,indicator,measure,numerator,denominator,value,sex", yearly)
print(f"{len(monthly)} monthly rows, {len(yearly)} yearly rows")
