import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as os from "os";
import * as path from "path";
import * as acorn from "acorn";
import { ROOT } from "../support/build";
import { loadInRuntime } from "../support/functionsRuntime";

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

// office-addin-debugging cannot sideload on Linux; `npm start` must serve and explain instead.
(process.platform === "linux" ? describe : describe.skip)("npm start on Linux", () => {
  test("serves the add-in over https on localhost:3000 and prints how to load it in Excel on the web", async () => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.js")], { cwd: ROOT, detached: true });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    try {
      let manifest = { status: 0, body: "" };
      for (let i = 0; i < 120 && manifest.status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 500));
        manifest = await get("https://localhost:3000/manifest.xml").catch(() => ({ status: 0, body: "" }));
      }
      expect(manifest.status).toBe(200);
      expect(manifest.body).toContain("<Namespace resid=\"Functions.Namespace\"/>");
      expect((await get("https://localhost:3000/functions.json")).body).toContain('"id": "MFGMODEL"');
      // npm start sideloads into desktop Excel on Windows, whose JavaScript-only runtime has no
      // DOM (PLATFORM.md): the bundle as served must parse at ES2016, load there and compute.
      const served = (await get("https://localhost:3000/functions.js")).body;
      expect(() => acorn.parse(served, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
      const { byId } = loadInRuntime(served, "https://localhost:3000/functions.js");
      expect(byId.MFGMODEL!([[false]], [[true]], [["High"]])).toEqual([["JDM"]]);
      expect(out).toContain("Upload My Add-in");
      expect(out).toContain(path.join(ROOT, "manifest.xml"));
    } finally {
      process.kill(-(child.pid as number), "SIGTERM");
    }
  });
});

(process.platform === "linux" ? describe : describe.skip)("npm start, twice", () => {
  const PID_FILE = path.join(ROOT, ".tmp", "dev-server.pid");

  test("a second npm start says the server is running and leaves the PID file for npm stop", async () => {
    // A stand-in for the first server: a process whose command line names webpack.
    const first = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)", "webpack-serve-stand-in"], { detached: true });
    fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
    fs.writeFileSync(PID_FILE, String(first.pid));
    try {
      const second = spawnSync(process.execPath, [path.join(ROOT, "scripts", "start.js")], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
      expect([second.status, second.stdout]).toEqual([0, `The dev server is already running (pid ${first.pid}) at https://localhost:3000/. Stop it with \`npm stop\`, then start again.\n`]);
      expect(fs.readFileSync(PID_FILE, "utf8")).toBe(String(first.pid));
      const stop = spawnSync(process.execPath, [path.join(ROOT, "scripts", "stop.js")], { cwd: ROOT, encoding: "utf8" });
      expect(stop.stdout).toContain(`Stopped the dev server (pid ${first.pid}).`);
    } finally {
      first.kill("SIGKILL");
      fs.rmSync(PID_FILE, { force: true });
    }
  });
});

describe("the dev certificate", () => {
  test("is made once and reused by the next start, without trying to install anything", () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "dev-certs-"));
    const run = () =>
      spawnSync(process.execPath, ["-e", "require('./scripts/devCerts').httpsOptions(() => {}).then((o) => process.stdout.write(o.cert.toString('base64')))"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, HOME: home, PATH: "/nonexistent" }, // no sudo, no certutil: nothing to call
        timeout: 60_000,
      });
    const [a, b] = [run(), run()];
    expect([a.status, b.status, a.stderr, b.stderr]).toEqual([0, 0, "", ""]);
    // The library announces a generation on stdout; the second start generates nothing.
    const certOf = (r: { stdout: string }) => r.stdout.trim().split("\n").pop();
    expect([a.stdout.includes("have been generated"), b.stdout.includes("have been generated")]).toEqual([true, false]);
    expect(certOf(b)).toBe(certOf(a));
    expect(fs.existsSync(path.join(home, ".office-addin-dev-certs", "ca.crt"))).toBe(true);
  });
});
