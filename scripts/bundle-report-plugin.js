/**
 * Prints the size of every emitted JavaScript bundle, raw and gzipped, after a build, and
 * writes the same figures to dist/bundle-report.json so the size targets can be tracked.
 * Measured after emit, on the files as shipped (minified), not on intermediate sources.
 *
 * For each page (options.pages: HTML file -> the entries it loads) the report also lists the
 * scripts the page loads, their total, and every module that sits in more than one of them
 * (`duplicated`: a module downloaded twice on the page); for each entry, the project's own
 * source files it uses (`sources`), so a test can see what a bundle carries.
 */
const path = require("path");
const zlib = require("zlib");

/** A module and, for a concatenated module (production's scope hoisting), the modules inside it. */
function* innerModules(module) {
  if (module.modules) for (const inner of module.modules) yield* innerModules(inner);
  else yield module;
}

function moduleName(module, context) {
  const resource = module.resource ?? module.nameForCondition?.();
  return resource ? path.relative(context, resource).split(path.sep).join("/") : module.identifier();
}

/** Every module of a chunk by name (inner modules of concatenations included). */
function chunkModules(compilation, chunk) {
  const names = new Set();
  for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
    for (const inner of innerModules(module)) names.add(moduleName(inner, compilation.compiler.context));
  }
  return names;
}

function entryChunks(compilation, entry) {
  const entrypoint = compilation.entrypoints.get(entry);
  if (!entrypoint) throw new Error(`bundle report: no entry named ${entry}`);
  return entrypoint.chunks;
}

const jsFiles = (chunk) => [...chunk.files].filter((f) => f.endsWith(".js"));

function pageReport(compilation, page, entries, sizes) {
  const chunks = [...new Set(entries.flatMap((e) => entryChunks(compilation, e)))];
  const seen = new Map();
  for (const chunk of chunks) {
    for (const name of chunkModules(compilation, chunk)) seen.set(name, [...(seen.get(name) ?? []), ...jsFiles(chunk)]);
  }
  const scripts = chunks.flatMap(jsFiles);
  const duplicated = [...seen].filter(([, files]) => files.length > 1).map(([module, files]) => ({ module, files }));
  const sum = (key) => scripts.reduce((total, s) => total + sizes.get(s)[key], 0);
  return { page, entries, scripts, modules: seen.size, duplicated, bytes: sum("bytes"), gzipBytes: sum("gzipBytes") };
}

/** Production's scope hoisting joins modules into one: each joined module -> the module it is in. */
function concatenations(compilation) {
  const containerOf = new Map();
  for (const chunk of compilation.chunks) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
      for (const inner of module.modules ?? []) containerOf.set(inner, module);
    }
  }
  return containerOf;
}

/**
 * The project's own source files an entry really uses: reached from the entry module through
 * imports that survive tree shaking (not merely present in a chunk the entry shares). A joined
 * module counts whole (its parts download together); its imports leave from its parts and itself.
 */
function entryReport(compilation, entry, containerOf) {
  const { chunkGraph, moduleGraph } = compilation;
  const entryChunk = compilation.entrypoints.get(entry).getEntrypointChunk();
  const reached = new Set();
  const queue = [...chunkGraph.getChunkEntryModulesIterable(entryChunk)];
  while (queue.length > 0) {
    const found = queue.pop();
    const module = containerOf.get(found) ?? found;
    if (reached.has(module)) continue;
    reached.add(module);
    for (const part of [module, ...(module.modules ?? [])]) {
      for (const connection of moduleGraph.getOutgoingConnections(part)) {
        if (connection.module && connection.isTargetActive(entryChunk.runtime)) queue.push(connection.module);
      }
    }
  }
  const context = compilation.compiler.context;
  const names = [...reached].flatMap((m) => [...innerModules(m)]).map((m) => moduleName(m, context));
  const sources = [...new Set(names.filter((name) => name.startsWith("src/")))].sort();
  return { entry, scripts: entryChunks(compilation, entry).flatMap(jsFiles), sources };
}

class BundleReportPlugin {
  constructor(options = {}) {
    this.options = { file: "bundle-report.json", pages: {}, ...options };
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
      const sizes = new Map(rows.map((r) => [r.asset, r]));
      const pages = Object.entries(this.options.pages).map(([page, entries]) =>
        pageReport(compilation, page, entries, sizes),
      );
      const containerOf = concatenations(compilation);
      const entries = [...compilation.entrypoints.keys()].sort().map((e) => entryReport(compilation, e, containerOf));
      compiler.outputFileSystem.writeFileSync(
        path.join(outputPath, this.options.file),
        JSON.stringify({ bundles: rows, pages, entries }, null, 2),
      );
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      const line = (name, r) => `  ${name.padEnd(28)} ${kb(r.bytes).padStart(10)}  gzip ${kb(r.gzipBytes).padStart(9)}`;
      const pageLines = pages.map(
        (p) =>
          `${line(p.page, p)}  (${p.scripts.join(" + ")}; ${p.modules} modules, ${p.duplicated.length} in two scripts)`,
      );
      // Printed on purpose: this is the build's size report.
      process.stdout.write(
        `\nBundle sizes (${compiler.options.mode}):\n${rows.map((r) => line(r.asset, r)).join("\n")}\n` +
          `Pages (every script a page loads):\n${pageLines.join("\n")}\n\n`,
      );
    });
  }
}

module.exports = BundleReportPlugin;
