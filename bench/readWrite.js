// The floor for `mfgmodel audit`: read a workbook with ExcelJS and write it back unchanged,
// in its own process like the audit, so both pay the same start-up.

const ExcelJS = require("exceljs");

(async () => {
  const [input, output] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(output);
})();
