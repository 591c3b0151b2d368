import { factOf, REGISTER_INPUTS } from "../../src/workbook";
import type { RegisterInput } from "../../src/workbook";
import { readBuilt, TEST_URL } from "../support/build";

interface Parameter {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

const metadata = (): FunctionMetadata[] => (JSON.parse(readBuilt("functions.json")) as { functions: FunctionMetadata[] }).functions;

describe("functions.json", () => {
  test("declares the seven PROCURE functions with their parameters in order", () => {
    expect(metadata().map((f) => [f.id, f.name, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))])).toEqual([
      ["MFGMODEL", "MFGMODEL", ["drawingsComplete", "hasRequirements", "complexity", "[rules]"]],
      ["MFGFIT", "MFGFIT", ["drawingsComplete", "hasRequirements", "complexity", "chosenModel", "[rules]"]],
      ["MFGSTAGE", "MFGSTAGE", ["drawingsComplete", "hasRequirements", "complexity", "[rules]"]],
      ["MFGEXPLAIN", "MFGEXPLAIN", ["drawingsComplete", "hasRequirements", "complexity", "[chosenModel]", "[rules]"]],
      ["MFGMATRIX", "MFGMATRIX", []],
      ["MFGINFO", "MFGINFO", ["model", "attribute"]],
      ["MFGNEXT", "MFGNEXT", ["model", "[topic]"]],
    ]);
  });

  test("every parameter takes a range and every result spills", () => {
    for (const f of metadata()) {
      expect([f.id, f.result.dimensionality]).toEqual([f.id, "matrix"]);
      for (const p of f.parameters) expect([f.id, p.name, p.dimensionality]).toEqual([f.id, p.name, "matrix"]);
    }
  });

  test("every function and parameter has a description for autocomplete", () => {
    for (const f of metadata()) {
      expect([f.id, (f.description ?? "").length > 20]).toEqual([f.id, true]);
      for (const p of f.parameters) expect([f.id, p.name, (p.description ?? "").length > 10]).toEqual([f.id, p.name, true]);
    }
  });

  test("ids and names follow Excel's rules: A–Z, 0–9, _ and ., start with a letter, at least 3 characters", () => {
    for (const f of metadata()) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_.]{2,127}$/);
    }
    expect(new Set(metadata().map((f) => f.id)).size).toBe(metadata().length);
  });

  test("help URLs point at the deployed reference, one anchor per function", () => {
    expect(metadata().map((f) => f.helpUrl)).toEqual(metadata().map((f) => `${TEST_URL}help.html#${f.id.toLowerCase()}`));
  });

  // Excel downloads functions.js for every workbook: it carries the languages' words and spellings
  // (to read a team's rulebook in any language), never the translated why-texts, matrix or next
  // steps. A top-level call in a module the core re-exports once pulled them all in (22 KB gz).
  test("functions.js carries no translated content: no stage, why-text or next step of another language", () => {
    const script = readBuilt("functions.js");
    for (const text of ["Produktionsreif", "Nächste Schritte", "可量产", "量産準備完了", "Vergleich der Fertigungsmodelle"]) expect([text, script.includes(text)]).toEqual([text, false]);
    // Its words are there: a German team's range is read and answered in German.
    expect(script).toContain("Passt nicht");
  });

  test("functions.js registers each function with Excel", () => {
    const script = readBuilt("functions.js");
    for (const f of metadata()) expect(script).toContain(`CustomFunctions.associate("${f.id}"`);
  });

  // The JSDoc the metadata is generated from must be literal text: it cannot read the inputs
  // table, so this test holds every fact's help to the spellings the core accepts.
  test("every fact parameter's help names every spelling the inputs table accepts", () => {
    for (const f of metadata()) {
      for (const p of f.parameters.filter((x) => (REGISTER_INPUTS as readonly string[]).includes(x.name))) {
        const words = new Set((p.description ?? "").split(/[\s,/().;:?]+/).filter(Boolean).map((w) => w.toLowerCase()));
        const missing = factOf(p.name as RegisterInput).vocabulary.accepted.filter((a) => !words.has(a.toLowerCase()));
        expect([f.id, p.name, missing]).toEqual([f.id, p.name, []]);
      }
    }
  });
});

describe("functions.<locale>.json for German, Chinese and Japanese Excel", () => {
  const LOCALES = ["de-DE", "zh-CN", "ja-JP"] as const;
  const localized = (locale: string): FunctionMetadata[] => (JSON.parse(readBuilt(`functions.${locale}.json`)) as { functions: FunctionMetadata[] }).functions;
  const shape = (list: FunctionMetadata[]) => list.map((f) => [f.id, f.name, f.helpUrl, f.result, f.parameters.map((p) => [p.optional ?? false, p.dimensionality])]);

  test.each(LOCALES)("%s: the same functions, ids, names, flags and parameters as the English file, in its words", (locale) => {
    const english = metadata();
    const words = localized(locale);
    expect(shape(words)).toEqual(shape(english));
    const file = JSON.parse(readBuilt(`functions.${locale}.json`)) as Record<string, unknown>;
    expect(file.allowErrorForDataTypeAny).toBe(true);
    words.forEach((f, i) => {
      const en = english[i] as FunctionMetadata;
      // Translated, not copied: no description or parameter help equals the English one.
      expect([f.id, f.description === en.description]).toEqual([f.id, false]);
      const names = f.parameters.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      f.parameters.forEach((p, k) => {
        expect([f.id, p.name, /^\p{L}[\p{L}\p{N}_.]*$/u.test(p.name), p.description === en.parameters[k]?.description]).toEqual([f.id, p.name, true, false]);
      });
    });
  });

  test("the built manifest sends each of those Excel languages to its file, and localizes its texts", () => {
    const manifest = readBuilt("manifest.xml");
    for (const locale of LOCALES) {
      expect(manifest).toContain(`<bt:Override Locale="${locale}" Value="${TEST_URL}functions.${locale}.json"/>`);
      // The description, the ribbon's group and button, the tooltip and the first-run callout.
      expect([locale, (manifest.match(new RegExp(`Override Locale="${locale}"`, "g")) ?? []).length]).toEqual([locale, 7]);
    }
  });
});
