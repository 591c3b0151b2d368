// Jest runs the TypeScript tests under test/ with ts-jest, type-checked against test/tsconfig.json.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/officeAddinManifest.ts",
  },
  globalSetup: "<rootDir>/test/support/globalSetup.ts",
  setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts"],
  testTimeout: 120000,
};
