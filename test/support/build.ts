// Builds the add-in once per test run (production mode, a test deployment URL, its own folder)
// so the build tests read real output, not a stale dist/.

import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const TEST_URL = "https://addins.contoso.test/procure/";
export const BUILD_DIR = path.join(ROOT, ".tmp", "build-production");

export function productionBuild(): string {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `url=${TEST_URL}`, "--env", `outputPath=${BUILD_DIR}`],
    { cwd: ROOT, stdio: "pipe" },
  );
  return BUILD_DIR;
}

export const readBuilt = (file: string): string => fs.readFileSync(path.join(BUILD_DIR, file), "utf8");

export const STAND_IN_DIR = path.join(ROOT, ".tmp", "office-stand-in");

/** The browser bundle of the strict Excel stand-in (test/support/officeStandIn.ts). */
export function standInBuild(): string {
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--config", path.join(ROOT, "test", "support", "officeStandIn.webpack.js"), "--env", `outputPath=${STAND_IN_DIR}`],
    { cwd: ROOT, stdio: "pipe" },
  );
  return path.join(STAND_IN_DIR, "office.js");
}

export const CLI_DIR = path.join(ROOT, ".tmp", "cli-under-test");

/** The command-line tool compiled as npm install compiles it (tsconfig.cli.json), into its own folder: what ships, run as a process. */
export function cliBuild(): string {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.cli.json"), "--outDir", CLI_DIR], { cwd: ROOT, stdio: "pipe" });
  return path.join(CLI_DIR, "cli", "mfgmodel.js");
}
