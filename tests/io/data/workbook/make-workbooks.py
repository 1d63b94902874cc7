#!/usr/bin/python3
# Writes the openpyxl workbooks the tests read (python3-openpyxl 3.0, Debian 12):
#   cd tests/io/data/workbook && /usr/bin/python3 make-workbooks.py
# The files are openpyxl's, not ours: Samenspel only reads them.
import datetime
import openpyxl

# An HR export in Dutch: a Medewerkers sheet and a Relaties sheet.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Medewerkers"
ws.append(["Personeelsnummer", "Naam", "Afdeling", "Functie", "Prestatie", "Potentieel",
           "In dienst", "Leidinggevend"])
ws.append(["M001", "José Müller", "Verkoop", "Directeur", 4, 8.5, datetime.date(2015, 3, 1), True])
ws.append(["M002", "Inge Ørsted", "Verkoop", "Accountmanager", "n.v.t.", 7, datetime.date(2019, 9, 16), False])
ws.append(["M003", "Noël Bakker", "Inkoop", "Inkoper", 3, "#N/A", datetime.date(2021, 1, 4), False])
ws.append(["M004", "Fatma Çelik", "Inkoop", "Inkoper", 5, 9, datetime.date(2010, 6, 30), True])
for row in ws.iter_rows(min_row=2, min_col=7, max_col=7):
    for cell in row:
        cell.number_format = "dd-mm-yyyy"
ties = wb.create_sheet("Relaties")
ties.append(["Van", "Naar", "Soort", "Gewicht"])
ties.append(["M001", "M002", "advies", 2])
ties.append(["M002", "M003", "advies", 1])
ties.append(["M003", "M004", "samenwerking", 3])
ties.append(["M004", "M001", "samenwerking", 1.5])
wb.create_sheet("Toelichting").append(["Export uit het HR-systeem, 1 december 2026"])
wb.save("hr-export.xlsx")

# One sheet of ties, numbers as Excel keeps them.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Blad1"
ws.append(["source", "target", "weight"])
ws.append(["anna", "bert", 1])
ws.append(["bert", "cas", 2.25])
ws.append(["cas", "anna", 1e-07])
wb.save("one-sheet.xlsx")
