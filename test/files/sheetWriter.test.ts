// Every sheet the add-in writes whole (the template, the rules and suppliers sheets, the in-memory
// portfolio) holds any text as it was given: a control character (a register's cell may hold
// "_x0007_", which reads as one), a lone surrogate or a literal "_x0041_" is written as OOXML's
// _xHHHH_ escape, so the part stays XML and the text reads back unchanged — in a cell, as a
// formula's cached text, and as a table column's name.

import { newWorkbook } from "../../src/files/newWorkbook";
import { decodeText } from "../../src/files/sheetStream";
import type { CellValue, SheetDescription } from "../../src/workbook";
import { parts, wellFormed } from "../support/packages";
import { sheetValues } from "../support/sheetValues";

const AWKWARD = ["bell \u0007 here", "_x0041_ stays", "lone \uD800 surrogate", "\uFFFE and \uFFFF", "tab\tline\nbreak", "<&>\"'", "emoji 🔋 电池", "_x005F_ too"];
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold are what it looks for
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const sheet: SheetDescription = {
  name: "Awkward",
  blocks: [
    { at: { row: 1, column: 1 }, values: [AWKWARD] },
    // Formulas whose cached values are the awkward texts.
    { at: { row: 2, column: 1 }, values: [AWKWARD], formulas: [AWKWARD.map((_, i) => `=A1&"${i}"`)] },
  ],
  tables: [{ name: "AwkwardTable", at: { row: 4, column: 1 }, headers: AWKWARD, rows: [AWKWARD.map((_, i): CellValue => i)], style: "TableStyleLight9" }],
  columnWidths: [],
  freezeRows: 0,
  freezeColumns: 0,
};

test("awkward text is written as escapes XML can hold, and reads back as given in cells, cached values and table column names", async () => {
  const all = await parts(newWorkbook([sheet]).pkg.save());
  for (const [name, bytes] of all) {
    if (!name.endsWith(".xml")) continue;
    const xml = bytes.toString("utf8");
    expect([name, NOT_XML.test(xml)]).toEqual([name, false]);
    wellFormed(name, xml);
  }
  const xml = (all.get("xl/worksheets/sheet1.xml") as Buffer).toString("utf8");
  const values = sheetValues(xml);
  const row = (r: number) => AWKWARD.map((_, c) => values.get(`${r}:${c + 1}`));
  expect(row(1)).toEqual(AWKWARD);
  expect(row(2)).toEqual(AWKWARD);
  expect(row(4)).toEqual(AWKWARD);
  const table = [...all.entries()].find(([name]) => name.startsWith("xl/tables/"))?.[1].toString("utf8") ?? "";
  const names = [...table.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((m) => decodeText(m[1] as string));
  expect(names).toEqual(AWKWARD);
});
