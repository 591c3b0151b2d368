// Runs a Node script in this process and reports its peak resident memory on stderr as
// "maxRssKb <n>" when it exits, so the bench needs no /usr/bin/time.

const path = require("path");

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on("exit", () => process.stderr.write(`\nmaxRssKb ${process.resourceUsage().maxRSS}\n`));
require(path.resolve(script));
