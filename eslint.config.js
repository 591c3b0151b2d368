// Lint: typescript-eslint's recommended rules; Microsoft's Office.js rules (eslint-plugin-office-addins,
// what office-addin-lint runs in Microsoft's templates) on the code that talks to Office; and the
// core's purity rule (no Office, no other src/ folder).

const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const officeAddins = require("eslint-plugin-office-addins");

const OFFICE_GLOBALS = ["Office", "Excel", "CustomFunctions", "OfficeRuntime", "OfficeExtension", "document", "window"];

module.exports = tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "docs/**", "node_modules/**", "coverage/**", "test/**/actual*.json", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Excel hands custom functions untyped cells; `any[][]` is their honest signature (the
    // metadata generator reads it). Nowhere else in src/.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Every rule of the plugin, as errors: a load before each read, a sync between them, no sync in
    // a loop, no empty or navigational load, null tests through isNullObject, no Office.initialize.
    files: ["src/excel/**/*.ts", "src/taskpane/**/*.ts", "src/functions/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"])),
  },
  {
    files: ["src/core/**/*.ts", "src/workbook/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...OFFICE_GLOBALS.map((name) => ({ name, message: "src/core is pure: no Office or DOM globals." })),
      ],
      "no-restricted-syntax": [
        "error",
        ...OFFICE_GLOBALS.map((name) => ({
          selector: `TSQualifiedName[left.name='${name}'], TSTypeReference > Identifier[name='${name}']`,
          message: "src/core is pure: no Office types.",
        })),
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../*", "!../core", "../../*"], message: "src/core imports nothing from other src/ folders; src/workbook only the core." },
            { group: ["office-*", "@microsoft/*", "exceljs", "hyperformula"], message: "src/core is pure: no Office or file libraries." },
          ],
        },
      ],
    },
  },
  {
    // A locale module sits one folder below the core: the core is its parent, anything above is not.
    files: ["src/core/locales/**/*.ts", "src/core/translations/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["../../*"], message: "src/core imports nothing from other src/ folders." },
            { group: ["office-*", "@microsoft/*", "exceljs", "hyperformula"], message: "src/core is pure: no Office or file libraries." },
          ],
        },
      ],
    },
  },
  {
    // The two renderers of the register plan never reach into each other, nor into ExcelJS.
    files: ["src/excel/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["../files", "../files/*", "exceljs", "exceljs/*"], message: "src/excel draws with Office.js only; shared decisions live in src/workbook." }] }] },
  },
  {
    files: ["src/files/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["../excel", "../excel/*", "exceljs/*"], message: "src/files uses ExcelJS's public API only and never src/excel; shared decisions live in src/workbook." }] }] },
  },
  {
    files: ["test/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
);
