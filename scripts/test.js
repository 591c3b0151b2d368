// `npm test`: everything the tests need, then every check. Installs npm packages when they are
// missing (and, as the later suites need them, Debian packages when running as root), runs
// lint and the type check, then Jest, and ends with one plain "N passed, N failed" line.

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const RESULTS = path.join(ROOT, ".tmp", "jest-results.json");

function step(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const node = (script, ...args) => [process.execPath, [path.join(ROOT, "node_modules", ...script.split("/")), ...args]];

function ensureNpmPackages() {
  const marker = path.join(ROOT, "node_modules", ".package-lock.json");
  const lock = path.join(ROOT, "package-lock.json");
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  if (step("Installing npm packages (npm ci)", npm, ["ci", "--no-audit", "--no-fund"]) !== 0) {
    console.error("npm ci failed: see above.");
    process.exit(2);
  }
}

/**
 * The mfgmodel command is compiled at install ("prepare"); the tests run it as installed, so it
 * is compiled again from this tree's source (a copy from an older checkout would be tested instead).
 */
function ensureCli() {
  if (step("Building the mfgmodel command", ...node("typescript/bin/tsc", "-p", "tsconfig.cli.json")) !== 0) process.exit(2);
}

function main() {
  ensureNpmPackages();
  ensureCli();
  require("./systemPackages").ensure();

  const failures = [];
  if (step("Lint (eslint)", ...node("eslint/bin/eslint.js", ".")) !== 0) failures.push("lint");
  if (step("Type check src", ...node("typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json")) !== 0) failures.push("typecheck src");
  if (step("Type check the functions against ES2016", ...node("typescript/bin/tsc", "--noEmit", "-p", "tsconfig.functions.json")) !== 0) failures.push("typecheck functions");
  if (step("Type check tests", ...node("typescript/bin/tsc", "--noEmit", "-p", "test/tsconfig.json")) !== 0) failures.push("typecheck tests");

  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.rmSync(RESULTS, { force: true });
  const jestArgs = ["--json", `--outputFile=${RESULTS}`, ...process.argv.slice(2)];
  if (step("Tests (jest)", ...node("jest/bin/jest.js", ...jestArgs)) !== 0) failures.push("jest");

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (fs.existsSync(RESULTS)) {
    const results = JSON.parse(fs.readFileSync(RESULTS, "utf8"));
    passed = results.numPassedTests;
    failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    skipped = results.numPendingTests + results.numTodoTests;
  }
  failed += failures.filter((f) => f !== "jest").length;
  if (failures.length > 0) console.log(`\nFailed: ${failures.join(", ")}`);
  if (passed === 0 && failures.length === 0) {
    console.log("No test ran.");
    process.exit(1);
  }
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main();
