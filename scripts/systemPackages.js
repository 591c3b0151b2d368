// Debian packages the browser and spreadsheet tests drive. Installed with apt-get when running
// as root (as CI does); otherwise a clear message says what to install.

const { spawnSync } = require("child_process");
const fs = require("fs");

/** Each entry: the Debian package, the file that proves it is installed, why the tests need it. */
const PACKAGES = [
  { name: "libreoffice-calc", provides: "/usr/bin/soffice", why: "recalculates the register formulas in a second spreadsheet engine" },
  { name: "chromium", provides: "/usr/bin/chromium", why: "loads the task pane in a real browser (driven by playwright-core)" },
  { name: "poppler-utils", provides: "/usr/bin/pdftotext", why: "reads the pages LibreOffice prints an audited register on (and renders the README's pictures, npm run docs)" },
  { name: "python3-openpyxl", provides: "/usr/lib/python3/dist-packages/openpyxl/__init__.py", why: "saves registers the way colleagues' Python scripts do, for the audit's producer tests" },
];

function missing() {
  return PACKAGES.filter((p) => !fs.existsSync(p.provides));
}

function ensure() {
  const needed = missing();
  if (needed.length === 0) return;
  const names = needed.map((p) => p.name);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `These Debian packages are needed by the tests and are missing:\n${needed.map((p) => `  ${p.name}: ${p.why}`).join("\n")}\n` +
        `Install them with:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${names.join(" ")}`,
    );
    process.exit(2);
  }
  console.log(`\n▶ Installing Debian packages: ${names.join(", ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", ...names]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (result.status !== 0) {
      console.error(`apt-get ${args[0]} failed; install ${names.join(" ")} by hand and run the tests again.`);
      process.exit(2);
    }
  }
}

module.exports = { ensure, PACKAGES };
