import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { BUILD_DIR, readBuilt, ROOT, TEST_URL } from "../support/build";

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

/** Parses XML, turning every warning or error of the parser into a failure. */
function parseXml(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
  if (problems.length > 0) throw new Error(`manifest is not well-formed: ${problems.join("; ")}`);
  return doc as unknown as Document;
}

const all = (doc: Document): Element[] => Array.from(doc.getElementsByTagName("*"));
const resourceIds = (doc: Document) =>
  all(doc)
    .filter((e) => e.namespaceURI === BT && ["Image", "Url", "String"].includes(e.localName) && e.hasAttribute("id"))
    .map((e) => e.getAttribute("id") as string);
const urlsOf = (doc: Document) =>
  all(doc)
    .map((e) => e.getAttribute("DefaultValue") ?? (e.localName === "AppDomain" ? e.textContent : null))
    .filter((v): v is string => v !== null && /^[a-z]+:\/\//i.test(v));

describe.each([
  ["source manifest.xml", () => fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")],
  ["built manifest.xml", () => readBuilt("manifest.xml")],
])("%s", (_, read) => {
  const doc = () => parseXml(read());

  test("is well-formed XML with an OfficeApp root of type TaskPaneApp", () => {
    const root = doc().documentElement;
    expect([root.localName, root.getAttribute("xsi:type")]).toEqual(["OfficeApp", "TaskPaneApp"]);
  });

  test("every resid resolves to a resource, and resource ids are unique", () => {
    const d = doc();
    const ids = resourceIds(d);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = all(d)
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null && !ids.includes(r));
    expect(missing).toEqual([]);
  });

  test("control, group and tab ids are unique", () => {
    const ids = all(doc())
      .filter((e) => ["Control", "Group"].includes(e.localName))
      .map((e) => e.getAttribute("id"));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every URL is https", () => {
    const urls = urlsOf(doc());
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  test("the custom functions namespace is PROCURE and valid", () => {
    const d = doc();
    const nsResid = all(d).find((e) => e.localName === "Namespace")?.getAttribute("resid");
    const ns = all(d).find((e) => e.localName === "String" && e.getAttribute("id") === nsResid)?.getAttribute("DefaultValue");
    expect(ns).toBe("PROCURE");
    expect(ns).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
  });

  test("asks for the least permission the Excel API accepts", () => {
    expect(all(doc()).find((e) => e.localName === "Permissions")?.textContent).toBe("ReadWriteDocument");
  });

  test("has a Home-tab button that opens the task pane, with 16/32/80 icons", () => {
    const d = doc();
    const tab = all(d).find((e) => e.localName === "OfficeTab");
    expect(tab?.getAttribute("id")).toBe("TabHome");
    const action = all(d).find((e) => e.localName === "Action");
    expect(action?.getAttribute("xsi:type")).toBe("ShowTaskpane");
    const sizes = all(d)
      .filter((e) => e.localName === "Image" && e.namespaceURI === BT && e.hasAttribute("size"))
      .map((e) => e.getAttribute("size"));
    expect([...new Set(sizes)].sort()).toEqual(["16", "32", "80"]);
  });

  test("the button's pane is the one Office opens with the document (auto-open)", () => {
    // Only this TaskpaneId, with the document setting of the same name saved as true, opens the
    // pane when the workbook opens ("Automatically open a task pane with a document", Microsoft docs).
    const ids = all(doc()).filter((e) => e.localName === "TaskpaneId").map((e) => e.textContent?.trim());
    expect(ids).toEqual(["Office.AutoShowTaskpaneWithDocument"]);
  });
});

describe("production build", () => {
  test("fails, saying what to set, when no deployment URL is given", () => {
    const env = { ...process.env };
    delete env.ADDIN_URL;
    const run = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "outputPath=.tmp/build-no-url"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain("A production build needs the URL the add-in will be served from");
    expect(fs.existsSync(path.join(ROOT, ".tmp", "build-no-url", "manifest.xml"))).toBe(false);
  });

  test("leaves manifest.xml, functions.json, functions.js and the pane page in its output", () => {
    for (const file of ["manifest.xml", "functions.json", "functions.js", "functions.html", "taskpane.html", "taskpane.js", "commands.html", "help.html"]) {
      expect([file, fs.existsSync(path.join(BUILD_DIR, file))]).toEqual([file, true]);
    }
  });

  test("no localhost URL survives in any file", () => {
    const texts = fs.readdirSync(BUILD_DIR, { recursive: true }) as string[];
    const offenders = texts
      .filter((f) => /\.(xml|json|html|js|css)$/.test(f))
      .filter((f) => /localhost|127\.0\.0\.1/.test(fs.readFileSync(path.join(BUILD_DIR, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  test("every manifest URL is under the deployment URL (or Microsoft's) and its file exists in the output", () => {
    const urls = urlsOf(parseXml(readBuilt("manifest.xml")));
    const ours = urls.filter((u) => u.startsWith(TEST_URL));
    expect(ours.length).toBe(urls.length);
    const missing = ours.map((u) => new URL(u).pathname.slice(new URL(TEST_URL).pathname.length)).filter((f) => !fs.existsSync(path.join(BUILD_DIR, f)));
    expect(missing).toEqual([]);
  });

  test("icons are PNGs of 16, 32, 64 and 80 pixels", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(BUILD_DIR, "assets", `icon-${size}.png`));
      expect([size, png.subarray(1, 4).toString("ascii"), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, "PNG", size, size]);
    }
  });

  test("shipped pages load office.js from Microsoft's CDN", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      expect([page, readBuilt(page)]).toEqual([page, expect.stringMatching(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/)]);
    }
    expect(readBuilt("functions.html")).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/custom-functions-runtime\.js"?/);
  });
});
