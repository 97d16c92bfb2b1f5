/**
 * Prints the size of every emitted JavaScript bundle, raw and gzipped, after a build, and
 * writes the same figures to dist/bundle-report.json so the size targets can be tracked.
 * Measured after emit, on the files as shipped (minified), not on intermediate sources.
 */
const path = require("path");
const zlib = require("zlib");

class BundleReportPlugin {
  constructor(options = {}) {
    this.options = { file: "bundle-report.json", ...options };
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap("BundleReportPlugin", (compilation) => {
      const outputPath = compilation.outputOptions.path;
      const rows = compilation
        .getAssets()
        .map((asset) => asset.name)
        .filter((name) => name.endsWith(".js"))
        .sort()
        .map((name) => {
          // After emit the sources are released: read the file back (disk, or the dev server's memory).
          const buffer = Buffer.from(compiler.outputFileSystem.readFileSync(path.join(outputPath, name)));
          return { asset: name, bytes: buffer.length, gzipBytes: zlib.gzipSync(buffer, { level: 9 }).length };
        });
      compiler.outputFileSystem.writeFileSync(
        path.join(outputPath, this.options.file),
        JSON.stringify({ bundles: rows }, null, 2),
      );
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      const lines = rows.map((r) => `  ${r.asset.padEnd(28)} ${kb(r.bytes).padStart(10)}  gzip ${kb(r.gzipBytes).padStart(9)}`);
      // Printed on purpose: this is the build's size report.
      process.stdout.write(`\nBundle sizes (${compiler.options.mode}):\n${lines.join("\n")}\n\n`);
    });
  }
}

module.exports = BundleReportPlugin;
