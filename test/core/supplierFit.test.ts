import { chosenNotOffered, EN, NO_SUPPLIERS, offeredBy, spreadsheetTrim, supplierFit, supplierFitText, supplierIndex, supplierLookupKey } from "../../src/core";

describe("supplierFit", () => {
  test.each([
    ["OEM", "OEM", "OEM, ODM", "Yes"],
    ["ODM", "JDM", "odm/jdm", "Yes"],
    ["OEM", "OEM", "ODM", "Does not offer OEM (chosen, recommended)"],
    ["ODM", "OEM", "JDM", "Does not offer ODM (chosen), OEM (recommended)"],
    ["JDM", "ODM", "JDM", "Does not offer ODM (recommended)"],
    ["JDM", "ODM", "ODM", "Does not offer JDM (chosen)"],
    [undefined, "JDM", "OEM", "Does not offer JDM (recommended)"],
    ["OEM", undefined, "JDM", "Does not offer OEM (chosen)"],
    [undefined, undefined, "OEM", ""],
    ["OEM", "ODM", "", ""],
  ] as const)("chosen %p, recommended %p, offered %p → %p", (chosen, recommended, offered, shown) => {
    expect(supplierFitText(supplierFit(chosen, recommended, offered), EN.supplier)).toBe(shown);
  });

  test("as codes: not judged, offered, or a gap naming the models not offered", () => {
    expect(supplierFit("OEM", "ODM", "")).toEqual({ code: "not_judged" });
    expect(supplierFit("OEM", "ODM", "OEM, ODM")).toEqual({ code: "offered" });
    expect(supplierFit("OEM", "OEM", "ODM")).toEqual({ code: "gap", chosen: "OEM", recommended: "OEM" });
    expect(supplierFit(undefined, "JDM", "OEM")).toEqual({ code: "gap", chosen: null, recommended: "JDM" });
  });

  test("only a gap naming the chosen model is the red flag", () => {
    const flags = (cases: [string | undefined, string | undefined, string][]) => cases.map(([c, r, o]) => chosenNotOffered(supplierFit(c, r, o)));
    expect(flags([["OEM", "ODM", "ODM"], ["OEM", "OEM", "JDM"], ["ODM", "JDM", "OEM"]])).toEqual([true, true, true]);
    expect(flags([[undefined, "JDM", "OEM"], ["OEM", "OEM", "OEM"], ["OEM", "OEM", ""]])).toEqual([false, false, false]);
  });
});

describe("looking a supplier up as the formula does", () => {
  test("TRIM(CLEAN()): control characters dropped first, then spaces trimmed and collapsed; a no-break space is not a space", () => {
    expect(spreadsheetTrim("  Bolt \t Industries\n ")).toBe("Bolt Industries");
    expect(spreadsheetTrim("Bolt\u00a0Industries")).toBe("Bolt\u00a0Industries");
  });

  test("booleans, errors, blanks and wildcards are not looked up; numbers are, by their text", () => {
    expect([true, "#N/A", "", "   ", null, "Ac*", "A?", "~x"].map(supplierLookupKey)).toEqual([null, null, null, null, null, null, null, null]);
    expect([" ACME ", 100234, "Dyna\n"].map(supplierLookupKey)).toEqual(["acme", "100234", "dyna"]);
  });

  test("the list: names without case, as written (untrimmed never found), the first row wins, supplier numbers by number", () => {
    const index = supplierIndex([
      ["Acme", "OEM"],
      ["ACME", "JDM"],
      [" Flux ", "JDM"],
      [100234, "ODM"],
      ["100235", "JDM"],
      ["Errs", "#N/A"],
      ["#REF!", "OEM"],
      [true, "OEM"],
      ["Hexa", 5],
    ]);
    const offered = (supplier: unknown) => offeredBy(index, supplier);
    expect(["acme", "Flux", " Flux ", 100234, "100234", " 100234 ", 100235, "Errs", "#REF!", true, "TRUE", "Hexa", "Nobody"].map(offered)).toEqual([
      "OEM", "", "", "ODM", "ODM", "ODM", "JDM", "", "", "", "", "5", "",
    ]);
    expect(offeredBy(NO_SUPPLIERS, "Acme")).toBe("");
  });
});
