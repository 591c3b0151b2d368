// Bundles test/support/officeStandIn.ts (the strict Excel stand-in, HyperFormula included) for the
// browser tests, which serve it in place of Microsoft's office.js.

const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

module.exports = (env = {}) => ({
  mode: "development",
  devtool: false,
  target: ["web", "es2020"],
  entry: path.join(__dirname, "officeStandIn.ts"),
  output: { path: env.outputPath ?? path.join(ROOT, ".tmp", "office-stand-in"), filename: "office.js" },
  resolve: {
    extensions: [".ts", ".js"],
    // office-addin-mock needs only the OfficeApp enum of office-addin-manifest (a Node package).
    alias: { "office-addin-manifest$": path.join(ROOT, "test", "stubs", "officeAddinManifest.ts") },
  },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "test", "tsconfig.json") } }],
  },
  performance: { hints: false },
});
