// `npm run bench`: runs bench/bench.ts (TypeScript, transpiled on the fly by ts-node).

const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const result = spawnSync(
  process.execPath,
  ["--expose-gc", "-r", "ts-node/register/transpile-only", "-r", path.join(ROOT, "bench", "stubManifest.js"), path.join(ROOT, "bench", "bench.ts"), ...process.argv.slice(2)],
  { cwd: ROOT, stdio: "inherit", env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, "test", "tsconfig.json") } },
);
process.exit(result.status ?? 1);
