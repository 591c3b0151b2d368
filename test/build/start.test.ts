import { spawn } from "child_process";
import * as https from "https";
import * as path from "path";
import { ROOT } from "../support/build";

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
      expect(out).toContain("Upload My Add-in");
      expect(out).toContain(path.join(ROOT, "manifest.xml"));
    } finally {
      process.kill(-(child.pid as number), "SIGTERM");
    }
  });
});
