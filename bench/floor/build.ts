/** Bundles the floor (main.ts) with webpack as dak's own bundle is built: same loader, same target. */
import { join } from "node:path";
import webpack from "webpack";

export function buildFloor(outDir: string): Promise<string> {
  const root = join(__dirname, "../..");
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "production",
        target: "node20",
        context: root,
        entry: { floor: "./bench/floor/main.ts" },
        output: { path: outDir, filename: "[name].js" },
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
      },
      (err, stats) => {
        if (err || !stats || stats.hasErrors()) reject(err ?? new Error(stats?.toString("errors-only")));
        else resolve(join(outDir, "floor.js"));
      },
    );
  });
}
