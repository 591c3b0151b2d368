// Runs a Node script in this process and reports its peak resident memory on stderr as
// "maxRssKb <n>" when it exits, so the bench needs no /usr/bin/time.

const path = require("path");

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
/**
 * The peak resident memory of this process image: Linux's VmHWM. Not resourceUsage().maxRSS: the
 * kernel keeps that across fork and exec, so a child of a large parent (jest, the bench) would
 * report the parent's peak (getrusage(2): "preserved across execve").
 */
function peakKb() {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(require("fs").readFileSync("/proc/self/status", "utf8"))[1]);
  } catch {
    return process.resourceUsage().maxRSS;
  }
}
process.on("exit", () => process.stderr.write(`\nmaxRssKb ${peakKb()}\n`));
require(path.resolve(script));
