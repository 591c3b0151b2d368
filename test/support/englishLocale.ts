// Every test runs as on a machine whose locale is not one mfgmodel speaks, so the command line
// writes English unless a test passes --lang or sets LANG itself (src/cli/language.ts reads
// LC_ALL, LC_MESSAGES and LANG). A developer's German LANG must not change what tests expect.

process.env.LANG = "C.UTF-8";
delete process.env.LC_ALL;
delete process.env.LC_MESSAGES;
