/**
 * Node builds: the `dak` command line tool (dist/cli/dak.js, the package's bin) and the core as
 * a library (dist/lib/index.js, the package's main; declarations come from tsc -p tsconfig.lib.json).
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const common = {
  mode: "production",
  target: "node20",
  devtool: "source-map",
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
};

module.exports = [
  {
    ...common,
    name: "cli",
    // The pool's workers run dak-worker.js: only the checking side, so a worker loads no more than it uses.
    entry: { dak: "./src/cli/main.ts", "dak-worker": "./src/cli/worker-main.ts" },
    output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", clean: true },
    // exceljs stays a runtime dependency rather than being bundled (it is large and has optional native parts).
    externals: { exceljs: "commonjs exceljs" },
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      // npm runs a package's own bin (npx dak) straight from dist/: it must be executable.
      {
        apply: (compiler) =>
          compiler.hooks.afterEmit.tap("MakeBinExecutable", () =>
            fs.chmodSync(path.join(compiler.outputPath, "dak.js"), 0o755),
          ),
      },
    ],
  },
  {
    ...common,
    name: "lib",
    entry: { index: "./src/index.ts" },
    output: {
      path: path.resolve(__dirname, "dist/lib"),
      filename: "[name].js",
      library: { type: "commonjs2" },
      clean: { keep: /types\// },
    },
  },
];
