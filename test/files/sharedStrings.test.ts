// Shared strings as any writer may put them: comments, CDATA and processing instructions between
// and inside the items, UTF-16 in either byte order. Each item keeps its index: one shifted
// string would change the verdict of every later row.

import { Package } from "../../src/files/opc";
import { readSharedStrings } from "../../src/files/workbookPart";
import { writeZip } from "../../src/files/zipWriter";

const PART = "xl/sharedStrings.xml";
const pkgWith = (bytes: Buffer) => new Package(writeZip([{ kind: "data", name: PART, data: bytes }]));
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe("readSharedStrings", () => {
  test("comments, CDATA and processing instructions do not shift the strings", () => {
    const xml = `<?xml version="1.0"?><!-- written by a script --><sst ${NS}>
      <si><t>Yes</t></si>
      <!-- <si><t>phantom</t></si> -->
      <si><t><![CDATA[No]]></t></si>
      <?custom <si><t>also not a string</t></si>?>
      <si><t><![CDATA[a <si><t>b</t></si> & c]]></t></si>
      <si><t>High</t></si>
    </sst>`;
    expect(readSharedStrings(pkgWith(Buffer.from(xml, "utf8")), PART)).toEqual(["Yes", "No", "a <si><t>b</t></si> & c", "High"]);
  });

  test("UTF-16, little- and big-endian, with their byte-order marks", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><sst ${NS}><si><t>Ja</t></si><si><t>是</t></si></sst>`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xml, "utf16le").swap16()]);
    expect(readSharedStrings(pkgWith(le), PART)).toEqual(["Ja", "是"]);
    expect(readSharedStrings(pkgWith(be), PART)).toEqual(["Ja", "是"]);
  });
});

describe("Package.text of a UTF-16 part", () => {
  test("reads as text whose declaration says UTF-8, the encoding it is written back in", () => {
    const xml = '<?xml version="1.0" encoding="UTF-16" standalone="yes"?><workbook/>';
    const pkg = pkgWith(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]));
    expect(pkg.text(PART)).toBe('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook/>');
  });
});
