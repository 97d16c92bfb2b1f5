/**
 * The custom functions' metadata is generated from JSDoc at build time. This checks, without a
 * build, that every `@customfunction` tag in src/functions/*.functions.ts really yields a function
 * (the generator silently skips e.g. arrow functions), that ids are unique, and that each has a
 * description in Bahasa Indonesia.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const dir = join(__dirname, "..", "src", "functions");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".functions.ts"))
  .map((f) => join(dir, f));

describe("custom functions metadata", () => {
  let metadata: { functions: Array<{ id: string; name: string; description?: string }> };
  let errors: string[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(files, true);
    errors = result.errors;
    metadata = JSON.parse(result.metadataJson || '{"functions":[]}');
  }, 60_000);

  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it("has one function per @customfunction tag, with unique ids", () => {
    const tagged = files.flatMap((f) =>
      Array.from(readFileSync(f, "utf8").matchAll(/@customfunction\s+([A-Za-z0-9._]+)/g), (m) => m[1]),
    );
    const ids = metadata.functions.map((f) => f.id);
    expect(ids.sort()).toEqual([...tagged].sort());
    expect(new Set(ids.map((id) => id.toUpperCase())).size).toBe(ids.length);
    expect(ids).toContain("TERBILANG");
  });

  it("has exactly the functions of DESIGN.md §6 (ids are stable forever)", () => {
    const DESIGN_IDS = [
      ...["TERBILANG", "RUPIAH", "ANGKA", "RINGKAS"],
      ...["SISA_PAGU", "CEK_PAGU", "BATAS_PENUNJANG", "CEK_PENUNJANG", "TAHAP_SALUR"],
      ...["JUMLAH_BARIS", "CEK_BARIS"],
      ...["PERTUMBUHAN", "PERTUMBUHAN_AGREGAT", "PERTUMBUHAN_RATA", "INDIKATOR_SENTRA"],
      ...["SKOR_KELEMBAGAAN", "LEVEL_PASAR", "KLASIFIKASI_IKM", "SENTRA_LAYAK"],
      ...["MENU", "DAFTAR_MENU", "DAFTAR_RINCIAN"],
    ];
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...DESIGN_IDS].sort());
  });

  it("describes every function", () => {
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const f of metadata.functions) expect(f.description ?? "").not.toBe("");
  });
});
