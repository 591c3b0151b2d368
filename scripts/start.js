// `npm start`: sideloads into desktop Excel where office-addin-debugging can (Windows, macOS);
// elsewhere (Linux) builds and serves the add-in over https and says how to load it into
// Excel on the web, instead of failing with "platform not supported".

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { DEV_URL } = require("./urls");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");

function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

/** The dev server a previous `npm start` left running, if it is still alive. */
function running() {
  if (!fs.existsSync(PID_FILE)) return null;
  const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // A recycled pid belongs to some other program: only a webpack dev server counts.
  const cmdline = `/proc/${pid}/cmdline`;
  return !fs.existsSync(cmdline) || fs.readFileSync(cmdline, "utf8").includes("webpack") ? pid : null;
}

const desktop = process.platform === "win32" || process.platform === "darwin";
const previous = desktop ? null : running();
if (previous !== null) {
  // A second server would fail on the port and overwrite the PID file `npm stop` reads.
  console.log(`The dev server is already running (pid ${previous}) at ${DEV_URL}. Stop it with \`npm stop\`, then start again.`);
  process.exit(0);
}
if (desktop && fs.existsSync(bin("office-addin-debugging"))) {
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop"]);
} else {
  if (desktop) {
    console.log("office-addin-debugging is not installed (it is optional): serving for Excel on the web instead.\n");
  }
  console.log(
    [
      `Serving the add-in at ${DEV_URL} (https). To use it in Excel on the web:`,
      `  1. Open ${DEV_URL}taskpane.html once in this browser and accept the certificate if asked.`,
      "  2. Open a workbook at https://www.office.com (Excel on the web).",
      "  3. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in, and choose",
      `     ${path.join(ROOT, "manifest.xml")}`,
      "  4. Type =PROCURE.MFGMODEL(TRUE, TRUE, \"Low\") in a cell, or click Manufacturing model on the Home tab.",
      "Stop with Ctrl+C (or `npm stop` from another terminal).",
      "",
    ].join("\n"),
  );
  const child = run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"]);
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(child.pid));
  const forward = (signal) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
}
