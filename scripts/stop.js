// `npm stop`: undoes `npm start` (unregisters the sideloaded add-in, or stops the dev server).

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");
const debugging = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");

if ((process.platform === "win32" || process.platform === "darwin") && fs.existsSync(debugging)) {
  const result = spawnSync(debugging, ["stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(result.status ?? 0);
}
if (!fs.existsSync(PID_FILE)) {
  console.log("No dev server started by `npm start` is running.");
  process.exit(0);
}
const pid = Number(fs.readFileSync(PID_FILE, "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Stopped the dev server (pid ${pid}).`);
} catch {
  console.log("The dev server had already stopped.");
}
fs.rmSync(PID_FILE, { force: true });
