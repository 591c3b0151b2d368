# A register as colleagues save it from Python's openpyxl (Debian's python3-openpyxl): the register
# on its own sheet (a header row, or an Excel table with "table" as the second argument) among
# what real workbooks hold: a chart, notes, a table, defined names, validation, merged and hidden
# cells, protection, hyperlinks, print settings and the 1904 date system.
import json
import sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

# Arguments: the output file, "range" or "table", and the register's rows as JSON (7 cells each).
out, variant, rows = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
last = 3 + len(rows)
wb = Workbook()
wb.epoch = CALENDAR_MAC_1904
wb.security.lockStructure = False
ws = wb.active
ws.title = "Register"
ws["A1"] = "Supplier review, team B"
ws["A1"].font = Font(bold=True, size=16)
ws.merge_cells("A1:D1")
header = ["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model", "Notes"]
for c, h in enumerate(header, start=1):
    ws.cell(row=3, column=c, value=h)
for r, line in enumerate(rows, start=4):
    for c, v in enumerate(line, start=1):
        ws.cell(row=r, column=c, value=v)
ws["G4"].fill = PatternFill("solid", fgColor="FFFF00")
ws["A4"].comment = Comment("check with team", "Dana")
ws["A5"].hyperlink = "https://example.com/beta"
ws.row_dimensions[last].hidden = True
ws.freeze_panes = "A4"
ws.print_title_rows = "3:3"
ws.page_setup.orientation = "landscape"
dv = DataValidation(type="list", formula1='"OEM,ODM,JDM"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("F4:F%d" % last)
if variant == "table":
    t = Table(displayName="Review", ref="A3:G%d" % last)
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(t)

summary = wb.create_sheet("Summary")
summary.append(["Team", "Projects"])
for team, n in [("A", 4), ("B", 6), ("C", 3)]:
    summary.append([team, n])
chart = BarChart()
chart.add_data(Reference(summary, min_col=2, min_row=1, max_row=4), titles_from_data=True)
chart.set_categories(Reference(summary, min_col=1, min_row=2, max_row=4))
summary.add_chart(chart, "D2")
teams = Table(displayName="Teams", ref="A1:B4")
summary.add_table(teams)
summary.protection.sheet = True
summary["B6"] = "=SUM(B2:B4)"
wb.defined_names.append(DefinedName("ProjectCount", attr_text="Summary!$B$6"))
wb.save(out)
