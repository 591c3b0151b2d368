// Headless Chromium (Debian's) driven by playwright-core, a static server for the built pages,
// and office.js served from node_modules instead of Microsoft's CDN (no network here).

import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "..", "..");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const CHROMIUM = "/usr/bin/chromium";

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

export interface Server {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 (a free port), files only. */
export async function serve(dir: string): Promise<Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run npm test (it installs Debian's chromium), or apt-get install chromium.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface PageOptions {
  width?: number;
  /** A file served at office.js's address instead of the npm copy (the strict Excel stand-in). */
  officeJs?: string;
  colorScheme?: "light" | "dark";
}

/** Routes Microsoft's office.js CDN to the npm copy and refuses every other outside request. */
export async function offlinePage(browser: Browser, options: number | PageOptions = {}): Promise<Page> {
  const { width = 320, officeJs, colorScheme = "light" } = typeof options === "number" ? { width: options } : options;
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
    const url = new URL(route.request().url());
    if (officeJs !== undefined && url.href === "https://appsforoffice.microsoft.com/lib/1/hosted/office.js") {
      return route.fulfill({ path: officeJs, contentType: "text/javascript" });
    }
    if (url.hostname === "appsforoffice.microsoft.com" && url.pathname.startsWith("/lib/1/hosted/")) {
      const file = path.join(OFFICE_DIST, url.pathname.slice("/lib/1/hosted/".length));
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript" });
    }
    return route.abort();
  });
  return page;
}

/** A browser suite's set-up: the folder served and Chromium launched before its tests, both closed after. */
export function browserSuite(dir: string): { browser(): Browser; url(): string } {
  let browser: Browser | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    server = await serve(dir);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser as Browser, url: () => (server as Server).url };
}
