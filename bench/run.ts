/**
 * `npm run bench`: runs every bench/*.bench.ts in name order. Each file exports a default async
 * function that measures one thing and prints its figures; benchmarks print, they never assert.
 * `npm run bench -- money` runs only the files whose name contains "money".
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !filter || f.includes(filter))
    .sort();
  console.log(`Benchmarks on ${process.platform}/${process.arch}, node ${process.version}\n`);
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as { default: () => Promise<void> };
    console.log(`## ${file.replace(/\.bench\.ts$/, "")}`);
    await mod.default();
    console.log("");
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
