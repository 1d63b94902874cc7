#!/usr/bin/python3
# Writes survey.csv: the Noordhaven advice and trust ties as a Microsoft
# Forms export (saved as CSV) would hold them, had about 65% of the people
# answered the two questions. Deterministic (seed 7); run from this folder.
import csv, random

people = list(csv.DictReader(open("../noordhaven/people.csv", encoding="utf-8")))
ties = list(csv.DictReader(open("../noordhaven/ties.csv", encoding="utf-8")))
name = {p["id"]: p["name"] for p in people}
rng = random.Random(7)
respondents = [p for p in people if rng.random() < 0.65]
questions = [("advice", "Bij wie haalt u advies over uw werk?"),
             ("trust", "Wie vertrouwt u met een gevoelige kwestie?")]
with open("survey.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ID", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"]
               + [q for _, q in questions] + ["Opmerkingen"])
    for i, p in enumerate(respondents, 1):
        row = [i, "3-11-2026 09:%02d:00" % (i % 60), "3-11-2026 10:%02d:00" % (i % 60),
               "anoniem", p["name"]]
        for kind, _ in questions:
            named = [name[t["target"]] for t in ties
                     if t["source"] == p["id"] and t["type"] == kind and t["target"] in name]
            row.append("".join(n + ";" for n in named))
        row.append(rng.choice(["", "", "Goede vragen", "Lastig te kiezen"]))
        w.writerow(row)
print(len(respondents), "of", len(people), "answered")
