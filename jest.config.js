// Jest runs the TypeScript tests under test/ with ts-jest, type-checked against test/tsconfig.json,
// in two projects: `unit` (pure code and the strict stand-ins, seconds) and `integration` (what
// needs the production build, a browser, LibreOffice, openpyxl, the CLI as installed, or ESLint).
// `npm test` runs both; `npm run test:unit` the first alone while working.

/** Test files of the integration project, by path under test/. */
const INTEGRATION = [
  "/test/build/(manifest|metadata|paneBundle|start)\\.test\\.ts$",
  "/test/cli/",
  "/test/core/purity\\.test\\.ts$",
  "/test/files/(hostileCorpus|languages|libreoffice|portfolio|print|producers|teamRules)\\.test\\.ts$",
  "/test/functions/",
  "/test/taskpane/",
];

const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/officeAddinManifest.ts",
  },
  setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts", "<rootDir>/test/support/englishLocale.ts"],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    { ...common, displayName: "unit", testPathIgnorePatterns: ["/node_modules/", ...INTEGRATION] },
    // One production build and the stand-in's browser bundle for every integration test of a run.
    { ...common, displayName: "integration", testRegex: INTEGRATION, testMatch: undefined, globalSetup: "<rootDir>/test/support/globalSetup.ts" },
  ],
};
