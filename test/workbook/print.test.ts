// The print-area decisions shared by Excel and files (src/workbook/print.ts).

import { singleArea } from "../../src/workbook/print";

describe("singleArea", () => {
  test.each([
    ["Sheet1!A3:K13", { top: 3, left: 1, bottom: 13, right: 11 }],
    ["'Q3 review'!$A$3:$K$13", { top: 3, left: 1, bottom: 13, right: 11 }],
    // A quoted sheet name may hold either separator: it is still one area.
    ["'Team A, B; C'!A1:B2", { top: 1, left: 1, bottom: 2, right: 2 }],
    ["'It''s; mine'!A1:B2", { top: 1, left: 1, bottom: 2, right: 2 }],
  ])("%s is one area", (address, rect) => {
    expect(singleArea(address)).toEqual(rect);
  });

  test.each([
    ["Sheet1!Z1:Z2,Sheet1!A1:I2"],
    // German Excel's list separator (office-js #1167, #1985).
    ["Sheet1!Z1:Z2;Sheet1!A1:I2"],
    ["'Q3 review'!A1:B2;'Q3 review'!D1:E2"],
  ])("%s has several areas", (address) => {
    expect(singleArea(address)).toBeNull();
  });
});
