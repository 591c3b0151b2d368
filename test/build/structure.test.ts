// Limits the design holds to, checked so they fail the next time they are crossed: no src/ file
// over 250 lines, no import cycle among src/ files (type-only imports count: a cycle of types is
// still two concepts that cannot be read apart), one sheet writer per target.

import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "..", "..", "src");
const MAX_LINES = 250;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(full) : e.name.endsWith(".ts") ? [full] : [];
  });
}

const FILES = tsFiles(SRC);
const rel = (file: string) => path.relative(SRC, file).split(path.sep).join("/");

/** The src/ files a file imports (import, import type, export … from), resolved to paths. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const targets: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+"(\.[^"]+)"/gms)) {
    const base = path.resolve(path.dirname(file), m[1] as string);
    const found = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
    if (found !== undefined) targets.push(found);
  }
  return targets;
}

/** Every cycle's files (strongly connected components of more than one file, or a file importing itself). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, order.get(w) as number));
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return cycles;
}

describe("src/", () => {
  test(`no file is over ${MAX_LINES} lines`, () => {
    const long = FILES.map((f) => [rel(f), fs.readFileSync(f, "utf8").split("\n").length - 1] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  test("no import cycle, type-only imports included (a folder's index counts as its files)", () => {
    // An index only re-exports: importing "../workbook" is importing the file that holds the name,
    // so an index is followed through to its files and never counts as a node of its own.
    const graph = new Map<string, string[]>();
    const expand = (f: string, seen = new Set<string>()): string[] => {
      if (!f.endsWith(`${path.sep}index.ts`)) return [f];
      if (seen.has(f)) return [];
      seen.add(f);
      return importsOf(f).flatMap((g) => expand(g, seen));
    };
    for (const f of FILES.filter((f) => !f.endsWith(`${path.sep}index.ts`))) graph.set(rel(f), importsOf(f).flatMap((g) => expand(g)).map(rel));
    expect(importCycles(graph)).toEqual([]);
  });

  test("one sheet writer per target: Office.js in src/excel, the package writer in src/files; no second library writes sheets", () => {
    // ExcelJS drew new workbooks beside the package writer (two writers of one description); it is a
    // test tool now, and the shipped CLI needs no package at run time.
    const importers = FILES.filter((f) => /from\s+"exceljs"|require\("exceljs"\)/.test(fs.readFileSync(f, "utf8"))).map(rel);
    expect(importers).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.resolve(SRC, "..", "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });

  test("the cycle check finds a cycle of types and a longer one", () => {
    expect(importCycles(new Map([["a", ["b"]], ["b", ["a"]], ["c", ["d"]], ["d", ["e"]], ["e", ["c"]], ["f", ["a"]]]))).toEqual([["a", "b"], ["c", "d", "e"]]);
    expect(importCycles(new Map([["a", ["b"]], ["b", []]]))).toEqual([]);
  });
});
