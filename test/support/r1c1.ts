// R1C1 formulas as A1 at a given cell, so the stand-in's engine (HyperFormula, which reads A1
// only) evaluates what the add-in writes through `formulasR1C1`. Text in double quotes and sheet
// names in single quotes are left as they are.

import { columnLetters } from "../../src/workbook";

const REFERENCE = /(?<![A-Za-z0-9_.$])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

function part(spec: string | undefined, base: number): { index: number; absolute: boolean } {
  if (spec === undefined) return { index: base, absolute: false };
  if (spec.startsWith("[")) return { index: base + Number(spec.slice(1, -1)), absolute: false };
  return { index: Number(spec), absolute: true };
}

/** The formula as Excel shows it in A1 notation in the cell at (row, column), 1-based. */
export function r1c1ToA1(formula: string, row: number, column: number): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const quote = formula[i];
    if (quote === '"' || quote === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === quote && formula[j + 1] !== quote)) j += formula[j] === quote ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < formula.length && formula[j] !== '"' && formula[j] !== "'") j++;
    out += formula.slice(i, j).replace(REFERENCE, (_, r: string | undefined, c: string | undefined) => {
      const rr = part(r, row);
      const cc = part(c, column);
      return `${cc.absolute ? "$" : ""}${columnLetters(cc.index)}${rr.absolute ? "$" : ""}${rr.index}`;
    });
    i = j;
  }
  return out;
}
