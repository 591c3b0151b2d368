// Builds the add-in into dist/ in two compilations: the task pane, command page, help page,
// manifest and assets (ES2020), then the custom functions and functions.json (ES2016). A
// production build swaps the dev URL for the deployment URL in both.

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

/**
 * Excel reads error cells into a function's range arguments only when functions.json sets the
 * top-level `allowErrorForDataTypeAny` ("Manually create JSON metadata for custom functions":
 * a top-level property the metadata plugin cannot emit). Without it one #N/A in a column fails
 * the whole spilled result; with it each row returns its own input's error.
 */
class AllowErrorInputsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AllowErrorInputsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "AllowErrorInputsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (asset === undefined) return;
          const { functions, ...flags } = JSON.parse(asset.source.source().toString());
          const metadata = { ...flags, allowErrorForDataTypeAny: true, functions };
          compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(metadata, null, 2)));
        },
      );
    });
  }
}

const tsRule = (configFile) => ({
  test: /\.ts$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { configFile: path.resolve(__dirname, configFile), onlyCompileBundledFiles: true } },
});

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const outputPath = path.resolve(__dirname, env.outputPath || "dist");
  const replaceUrl = dev ? [] : [new ReplaceUrlPlugin(DEV_URL, productionUrl(env))];

  // The pane, the command page and the help page run in the Office browser control (WebView2,
  // Safari's WKWebView, or the browser for Excel on the web): ES2020, as tsconfig.json says.
  const app = {
    name: "app",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      help: "./src/help/help.ts",
    },
    output: { path: outputPath, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule("tsconfig.json")] },
    plugins: [
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
      ...replaceUrl,
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: outputPath },
      headers: { "Access-Control-Allow-Origin": "*" },
      host: "localhost",
      port: DEV_PORT,
      server: { type: "https", options: await httpsOptions() },
    },
  };

  // The custom functions run, on Windows desktop, in Excel's JavaScript-only runtime, which is
  // ECMAScript 2016 (Microsoft, office-js-docs-pr #4496): the TypeScript target and lib are
  // ES2016 (tsconfig.functions.json), webpack's own runtime code is ES2016, and the bundle
  // imports nothing from node_modules. test/functions/runtime.test.ts loads the built file in
  // an ES2016 stand-in. Built after `app`, whose clean would otherwise delete it.
  // That runtime has no DOM either, so the bundle must not need one in development: the dev
  // server injects no client into it (`devServer: false`: no hot reload, overlay or WebSocket,
  // which need a document; it is still rebuilt and served on change), and the public path is
  // explicit, as webpack's automatic one reads document.currentScript (PLATFORM.md; the bundle
  // as `npm start` serves it is loaded in the stand-in by test/build/start.test.ts).
  const functions = {
    name: "functions",
    dependencies: ["app"],
    target: ["web", "es2016"],
    devtool: dev ? "source-map" : false,
    entry: { functions: "./src/functions/functions.ts" },
    output: { path: outputPath, filename: "[name].js", clean: false, publicPath: "" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [tsRule("tsconfig.functions.json")] },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new AllowErrorInputsPlugin(),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
      ...replaceUrl,
    ],
    performance: { hints: false },
    devServer: false,
  };
  return [app, functions];
};

/** The dev server's certificate, made once and reused (scripts/devCerts.js). */
async function httpsOptions() {
  if (process.env.WEBPACK_SERVE !== "true") return {};
  return require("./scripts/devCerts").httpsOptions();
}
