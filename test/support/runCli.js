// Runs a compiled mfgmodel (its path first, then its arguments) as bin/mfgmodel.js does. Started
// through bench/measure.js, which reports the run's peak resident memory on stderr at exit.

const [compiled, ...args] = process.argv.slice(2);
const { main } = require(compiled);
main(args, { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) }).then((code) => {
  process.exitCode = code;
});
