// Builds the add-in: custom functions (+ functions.json), the task pane, the command page, the
// manifest and assets into dist/. A production build swaps the dev URL for the deployment URL.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources, Compilation } = require("webpack");
const { DEV_URL, productionUrl } = require("./scripts/urls");

const DEV_PORT = Number(new URL(DEV_URL).port);

/** Replaces the dev URL in every text asset (manifest, functions.json help URLs, pages). */
class ReplaceUrlPlugin {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ReplaceUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ReplaceUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json|html|js|css|txt)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (text.includes(this.from)) {
              compilation.updateAsset(name, new sources.RawSource(text.split(this.from).join(this.to)));
            }
          }
        },
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      help: "./src/help/help.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: path.resolve(__dirname, "tsconfig.json") } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: ["help"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      host: "localhost",
      port: DEV_PORT,
      server: { type: "https", options: await httpsOptions() },
    },
  };
  if (!dev) config.plugins.push(new ReplaceUrlPlugin(DEV_URL, productionUrl(env)));
  return config;
};

/** office-addin-dev-certs makes (and, where it may, trusts) a localhost certificate. */
async function httpsOptions() {
  if (process.env.WEBPACK_SERVE !== "true") return {};
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Trusting the CA needs admin rights (absent on CI and many Linux boxes). Serve with the
    // certificate it generated anyway (the browser asks once), or webpack's own self-signed one.
    const fs = require("fs");
    const { localhostCertificatePath: cert, localhostKeyPath: key, caCertificatePath: ca } = require("office-addin-dev-certs/lib/defaults");
    console.warn(`The localhost certificate is not trusted by this machine (${error.message.split("\n")[0]}).`);
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      console.warn(`Trust ${ca} in your browser, or accept the certificate warning once.`);
      return { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.existsSync(ca) ? fs.readFileSync(ca) : undefined };
    }
    return {};
  }
}
