#!/usr/bin/env node
// The mfgmodel command. Runs the compiled CLI (npm install builds it; see "prepare").

const path = require("path");
const fs = require("fs");

const compiled = path.join(__dirname, "..", "dist-cli", "cli", "mfgmodel.js");
if (!fs.existsSync(compiled)) {
  console.error("mfgmodel is not built yet: run `npm install` (or `npm run build:cli`) in the project first.");
  process.exit(2);
}
const { main } = require(compiled);
const io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  // A terminal gets a progress bar redrawn in place; a pipe or a log gets plain lines.
  ...(process.stderr.isTTY ? { status: (t) => process.stderr.write(`\r\x1b[K${t}`) } : {}),
};
main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
