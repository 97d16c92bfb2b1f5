/**
 * Prints the size of every emitted JavaScript bundle, raw and gzipped, after a build, and
 * writes the same figures to dist/bundle-report.json so the size targets can be tracked.
 */
const zlib = require("zlib");

class BundleReportPlugin {
  constructor(options = {}) {
    this.options = { file: "bundle-report.json", ...options };
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleReportPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleReportPlugin", stage: compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const rows = Object.keys(assets)
            .filter((name) => name.endsWith(".js"))
            .sort()
            .map((name) => {
              const buffer = Buffer.from(assets[name].source());
              return { asset: name, bytes: buffer.length, gzipBytes: zlib.gzipSync(buffer, { level: 9 }).length };
            });
          const json = JSON.stringify({ bundles: rows }, null, 2);
          compilation.emitAsset(this.options.file, new compiler.webpack.sources.RawSource(json));
          const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
          const lines = rows.map((r) => `  ${r.asset.padEnd(28)} ${kb(r.bytes).padStart(10)}  gzip ${kb(r.gzipBytes).padStart(9)}`);
          // Printed on purpose: this is the build's size report.
          process.stdout.write(`\nBundle sizes (${compiler.options.mode}):\n${lines.join("\n")}\n\n`);
        },
      );
    });
  }
}

module.exports = BundleReportPlugin;
