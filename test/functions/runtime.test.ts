// The shipped functions bundle against Excel's ES2016 custom-functions runtime: it parses as
// ES2016, loads with no DOM and no newer built-ins, and associates every function in
// functions.json. (functions.test.ts runs the whole case table through what it associates.)

import * as acorn from "acorn";
import { readBuilt } from "../support/build";
import { loadInRuntime } from "../support/functionsRuntime";
import { IDS } from "../support/functionsUnderTest";

const parse2016 = (code: string) => acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" });
const metadata = () => JSON.parse(readBuilt("functions.json")) as Record<string, unknown> & { functions: { id: string }[] };

describe("dist/functions.js", () => {
  test("parses as ECMAScript 2016", () => {
    expect(() => parse2016(readBuilt("functions.js"))).not.toThrow();
  });

  test("loads in the runtime stand-in and associates every function of functions.json, by id", () => {
    const { ids } = loadInRuntime(readBuilt("functions.js"));
    expect([...ids].sort()).toEqual(metadata().functions.map((f) => f.id).sort());
    expect([...ids].sort()).toEqual(Object.keys(IDS).sort());
  });
});

describe("dist/functions.js in a CustomFunctionsRuntime 1.2 build (the manifest's minimum)", () => {
  // Such a build has no divisionByZero, invalidNumber or nullReference (PLATFORM.md): an input
  // cell holding #DIV/0!, #NUM! or #NULL! gives #VALUE! naming it, never an Error without a code.
  test.each(["#DIV/0!", "#NUM!", "#NULL!"])("an input cell holding %s gives #VALUE! with a message", (code) => {
    const { byId } = loadInRuntime(readBuilt("functions.js"), "functions.js", "1.2");
    const input = new (CustomFunctions.Error as any)(code);
    const result = byId.MFGMODEL!([[input]], [[true]], [["Low"]]);
    expect(result).toEqual([[new (CustomFunctions.Error as any)("#VALUE!", `drawingsComplete holds ${code}, an error in the cell it reads: fix that cell first.`)]]);
  });

  test("the codes 1.2 has still come back as themselves", () => {
    const { byId } = loadInRuntime(readBuilt("functions.js"), "functions.js", "1.2");
    const result = byId.MFGMODEL!([[true]], [[new (CustomFunctions.Error as any)("#N/A")]], [["Low"]]) as { code: string }[][];
    expect(result[0]?.[0]?.code).toBe("#N/A");
  });
});

describe("the runtime stand-in fails where Excel for Windows fails", () => {
  test.each([
    ["optional chaining", "var a = {}; a?.b;"],
    ["nullish coalescing", "var a = null ?? 1;"],
    ["object spread", "var a = { ...{} };"],
    ["async functions (ES2017)", "async function f() {}"],
    ["BigInt literals", "var a = 1n;"],
  ])("%s does not parse at ES2016", (_, code) => {
    expect(() => parse2016(code)).toThrow(SyntaxError);
  });

  test.each([
    ["globalThis", "globalThis.x = 1;"],
    ["BigInt", "BigInt(1);"],
    ["Object.fromEntries", "Object.fromEntries([]);"],
    ["Object.entries", "Object.entries({});"],
    ["Object.values", "Object.values({});"],
    ["Array.prototype.flat", "[[1]].flat();"],
    ["Array.prototype.flatMap", "[1].flatMap(function (x) { return [x]; });"],
    ["Array.prototype.at", "[1].at(0);"],
    ["String.prototype.padStart", "'1'.padStart(2);"],
    ["String.prototype.trimEnd", "' '.trimEnd();"],
    ["String.prototype.replaceAll", "'a'.replaceAll('a', 'b');"],
    ["String.prototype.matchAll", "'a'.matchAll(/a/g);"],
    ["Promise.prototype.finally", "Promise.resolve().finally(function () {});"],
    ["window", "window.x = 1;"],
    ["document", "document.title;"],
  ])("a bundle that uses %s at load fails to load", (_, code) => {
    expect(() => loadInRuntime(code)).toThrow();
  });

  test("ES2016 built-ins are still there", () => {
    const code = "CustomFunctions.associate('T', function () { return [[[1].includes(1), Object.assign({}, { a: 1 }).a, new Map().size, Symbol.iterator !== undefined]]; });";
    expect(loadInRuntime(code).byId.T!()).toEqual([[true, 1, 0, true]]);
  });
});

describe("dist/functions.json", () => {
  test("lets error cells into range arguments and keeps data types on (top-level flags)", () => {
    const { allowErrorForDataTypeAny, allowCustomDataForDataTypeAny } = metadata();
    expect({ allowErrorForDataTypeAny, allowCustomDataForDataTypeAny }).toEqual({
      allowErrorForDataTypeAny: true,
      allowCustomDataForDataTypeAny: true,
    });
  });
});
