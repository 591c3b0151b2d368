// A sheet within Excel's limits: a row past 1,048,576, rows out of order or given twice, a cell
// past XFD or given twice, a row longer than any Excel writes — each refused with a sentence
// naming the part, before anything is written. Made here from a small register, patched.

import * as crypto from "crypto";
import JSZip from "jszip";
import { auditPackage } from "../../src/files/audit";
import { UnusableFileError } from "../../src/files/inspect";
import { MAX_ROW_CHARS } from "../../src/files/sheetStream";
import { smallRegister } from "../support/packages";

const SHEET = "xl/worksheets/sheet1.xml";

const register = () =>
  smallRegister([
    ["A", "Yes", "No", "Low", "OEM"],
    ["B", "No", "Yes", "High", "JDM"],
  ]);

/** The register with its sheet's XML changed by `patch`. */
async function patched(patch: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await register());
  zip.file(SHEET, patch(await zip.file(SHEET)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function refusal(data: Buffer): Promise<string> {
  try {
    await auditPackage(data, "r.xlsx");
  } catch (error) {
    if (error instanceof UnusableFileError) return error.message;
    throw error;
  }
  return "audited";
}

describe("a worksheet in any syntax XML allows reads as the register it is", () => {
  const countsOf = async (data: Buffer) => (await auditPackage(data, "r.xlsx")).counts;

  test("single quotes, spaces around =, a character reference for a value, line breaks in tags", async () => {
    const clean = await countsOf(await register());
    const variant = await patched((xml) =>
      xml
        .replace(/<c r="(\w+)" t="(\w+)"/g, "<c r='$1'\n t = '$2'")
        .replace(/<row r="3"/, "<row r = '3'")
        .replace(/t = 's'/, "t='&#115;'"),
    );
    expect(await patched((xml) => xml)).not.toEqual(variant);
    expect(await countsOf(variant)).toEqual(clean);
    expect(clean).toEqual({ fit: 2, conditional: 0, mismatch: 0, incomplete: 0, "bad input": 0 });
  });

  test("rows of megabytes within the limit are read whole, a comment and CDATA in one of them: audited as written, their text kept", async () => {
    // Longer than many decoded slices (64 KB): the row's end is found however the text arrives.
    const big = crypto.randomBytes(3 << 20).toString("base64");
    const other = crypto.randomBytes(700 << 10).toString("hex");
    const data = await patched((xml) =>
      xml
        .replace('<c r="A2" t="s"><v>5</v></c>', `<c r="A2" t="inlineStr"><is><t>${big}</t></is></c>`)
        .replace('<c r="A3" t="s"><v>10</v></c>', `<c r="A3" t="inlineStr"><is><t>${other}<!-- a note --><![CDATA[&]]></t></is></c>`),
    );
    const audited = await auditPackage(data, "r.xlsx");
    expect(audited.counts).toEqual((await auditPackage(await register(), "r.xlsx")).counts);
    const sheet = await (await JSZip.loadAsync(audited.data)).file(SHEET)!.async("string");
    expect([sheet.split(big).length - 1, sheet.includes(other)]).toEqual([1, true]);
  });
});

describe("a worksheet past Excel's limits is refused with a sentence", () => {
  test("the register as written is audited", async () => {
    expect(await refusal(await register())).toBe("audited");
  });

  test("a row numbered past 1,048,576", async () => {
    const data = await patched((xml) => xml.replace("</sheetData>", '<row r="4000000000"><c r="A4000000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'));
    expect(await refusal(data)).toBe(`r.xlsx: ${SHEET} has a row numbered 4,000,000,000; Excel's sheets end at row 1,048,576.`);
  });

  test("rows out of order, or given twice", async () => {
    const data = await patched((xml) => xml.replace(/<row r="3"/, '<row r="2"'));
    expect(await refusal(data)).toBe(`r.xlsx: ${SHEET} gives row 2 after row 2: rows out of order or given twice. Save the workbook from Excel again.`);
  });

  test("a cell past column XFD, or given twice in its row", async () => {
    const past = await patched((xml) => xml.replace('<c r="A2"', '<c r="XFE2"'));
    expect(await refusal(past)).toBe("r.xlsx: a cell XFE2 lies past column XFD, the last of Excel's sheets.");
    const twice = await patched((xml) => xml.replace(/(<c r="B2"[^>]*>.*?<\/c>)/, "$1$1"));
    expect(await refusal(twice)).toBe("r.xlsx: the cell B2 comes at or before the cell left of it: a cell given twice or out of order. Save the workbook from Excel again.");
  });

  test("a row longer than any Excel writes", async () => {
    // Random text, so the part stays within the zip limits' ratio and the row's length is what is refused.
    const long = crypto.randomBytes(Math.ceil((MAX_ROW_CHARS * 3) / 4) + 16).toString("base64");
    const data = await patched((xml) => xml.replace("</sheetData>", `<row r="9"><c r="A9" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData>`));
    expect(await refusal(data)).toBe(`r.xlsx: a row of ${SHEET} after row 3 is longer than 32 million characters; Excel writes no such row.`);
  });
});
