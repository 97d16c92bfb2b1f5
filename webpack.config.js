/**
 * Browser build: the shared-runtime page (task pane + custom functions + ribbon commands in one
 * taskpane.html), the generated functions.json, the manifest with production URLs, and the
 * playground page (the task pane beside an in-memory workbook, for trying the add-in without Excel).
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const BundleReportPlugin = require("./scripts/bundle-report-plugin");
const { readDevCertificates } = require("./scripts/dev-certs");

const DEV_URL = "https://localhost:3000/";
// The office's own HTTPS address where dist/ is hosted; set it when building for deployment.
const PROD_URL = process.env.DAK_ADDIN_URL || "https://dak-ikm.example.org/";

/** Every file that declares @customfunction JSDoc: they are one per family of functions. */
const FUNCTION_FILES = fs
  .readdirSync(path.join(__dirname, "src/functions"))
  .filter((f) => f.endsWith(".functions.ts"))
  .sort()
  .map((f) => `./src/functions/${f}`);

/**
 * The entries the shared-runtime page (taskpane.html) loads together, in order. They share one
 * webpack runtime and one module registry (a module they all use runs once, with one state), and
 * every module two of them use sits once in shared.js: each byte of the page downloads once.
 * functions.js (the manifest's Functions.Script.Url) therefore needs runtime.js and shared.js
 * before it, as the page loads them: it is not a standalone script for a JavaScript-only runtime.
 */
const PAGE_ENTRIES = ["functions", "commands", "taskpane"];

/** Every development URL -> the production URL (all occurrences); bare origins -> its origin. */
function toProductionManifest(xml, prodUrl) {
  return xml.replaceAll(DEV_URL, prodUrl).replaceAll(DEV_URL.slice(0, -1), new URL(prodUrl).origin);
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const prodUrl = PROD_URL.endsWith("/") ? PROD_URL : `${PROD_URL}/`;
  return {
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTION_FILES,
      commands: "./src/ribbon/commands.ts",
      playground: "./src/playground/index.tsx",
    },
    // The Node builds (dist/cli, dist/lib: the package's bin and main) are kept when the add-in is rebuilt.
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: { keep: /^(cli|lib)[\\/]/ } },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    optimization: {
      runtimeChunk: "single",
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // The playground is a page of its own: only the shared-runtime page's entries share.
          shared: {
            name: "shared",
            chunks: (chunk) => PAGE_ENTRIES.includes(chunk.name),
            minChunks: 2,
            minSize: 0,
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    // `npm start` stays quiet: only errors and warnings, no per-module statistics.
    stats: dev ? "errors-warnings" : "normal",
    infrastructureLogging: { level: dev ? "warn" : "info" },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: PAGE_ENTRIES,
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : toProductionManifest(content.toString(), prodUrl)),
          },
        ],
      }),
      // The size report belongs to production builds; the dev server would print it on every rebuild.
      ...(dev
        ? []
        : [new BundleReportPlugin({ pages: { "taskpane.html": PAGE_ENTRIES, "playground.html": ["playground"] } })]),
    ],
    devServer: {
      host: "localhost",
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: (() => {
        const certs = readDevCertificates();
        return certs ? { type: "https", options: certs } : { type: "https" };
      })(),
      static: false,
      // Runtime errors go to the console: an overlay would cover the page that explains, outside
      // Excel, what the task pane is (the custom functions cannot register without Excel).
      client: { overlay: { warnings: false, errors: true, runtimeErrors: false } },
    },
  };
};
