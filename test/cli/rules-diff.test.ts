/** `dak rules --diff YEAR` in-process: the differences in words (id, en), as JSON, and its usage errors. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "../../src/cli/args";
import { run } from "../../src/cli/run";
import { recordingIO, type RecordingIO } from "../helpers/recording-io";
import { getRuleset } from "../../src/core/rules/bundled";
import { diffRulesets } from "../../src/core/rules/changes";

describe("dak rules --diff", () => {
  let dir: string;
  let io: RecordingIO;
  const dak = async (...argv: string[]) => {
    io = recordingIO(dir);
    return run(argv, io);
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "dak-diff-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("parses --diff as a fiscal year beside --ta", () => {
    expect(parseArgs(["rules", "--ta", "2024", "--diff", "2022"])).toMatchObject({
      ok: true,
      args: { command: "rules", ta: 2024, diff: 2022, format: "table" },
    });
    const bad = parseArgs(["rules", "--diff", "22"]);
    expect(bad.ok === false && bad.error.key).toBe("usage.badDiff");
  });

  it("says in Indonesian what TA 2024 changed since TA 2022, grouped, one line per difference", async () => {
    expect(await dak("rules", "--ta", "2024", "--diff", "2022")).toBe(0);
    expect(io.err()).toBe("");
    const lines = io.out().split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "Yang berubah sejak TA 2022, menurut aturan TA 2024",
      "  sejak: DAK Fisik Bidang IKM TA 2022 (Perpres 7/2022; PMK 198/PMK.07/2021)",
      "  kini:  DAK Fisik Bidang IKM TA 2024–2027 (Perpres 57/2024 di bawah PP 37/2023; PMK 25/2024)",
    ]);
    expect(lines).toContain("Penyaluran");
    expect(lines).toContain("    - penyaluran sekaligus sebesar: seluruh pagu → nilai dalam daftar kontrak");
    const cap = lines.indexOf("  Penunjang dalam batas porsi pagu (PENUNJANG_OVER_CAP)");
    expect(lines.slice(cap + 1, cap + 3)).toEqual([
      "    - tingkat: kesalahan → peringatan",
      "    - status: terverifikasi → dilaporkan",
    ]);
    expect(lines).toContain("  Tanpa kegiatan nonfisik (NONFISIK_ITEM)");
    expect(io.out().trimEnd().split("\n").at(-1)).toBe("41 perbedaan.");
  });

  it("says it in English with --lang en", async () => {
    expect(await dak("rules", "--ta", "2022", "--diff", "2020", "--lang", "en")).toBe(0);
    expect(io.out()).toContain("What changed since TA 2022".replace("2022", "2020"));
    expect(io.out()).toContain(
      "  Penunjang within its share of the pagu (PENUNJANG_OVER_CAP)\n    - severity: warning → error\n",
    );
    expect(io.out().trimEnd().split("\n").at(-1)).toBe("24 differences.");
  });

  it("gives the core's list of changes with --format json (or --json)", async () => {
    expect(await dak("rules", "--ta", "2024", "--diff", "2022", "--format", "json")).toBe(0);
    const json = JSON.parse(io.out());
    expect(json).toEqual(JSON.parse(JSON.stringify(diffRulesets(getRuleset(2022)!, getRuleset(2024)!))));
    expect(json.from.id).toBe("ta2022");
    expect(json.changes[0]).toEqual({
      kind: "disbursementChanged",
      field: "lumpSumAmount",
      old: "pagu",
      new: "contract",
    });
    const asJson = io.out();
    expect(await dak("rules", "--ta", "2024", "--diff", "2022", "--json")).toBe(0);
    expect(io.out()).toBe(asJson);
  });

  it("compares an official's ruleset file with a bundled year, numbers written per language", async () => {
    const base = getRuleset(2024)!;
    const custom = {
      ...base,
      thresholds: { ...base.thresholds, penunjangMaxShare: 0.025 },
      disbursement: { ...base.disbursement, lumpSumMaxPagu: 1_500_000_000 },
    };
    writeFileSync(join(dir, "aturan.json"), JSON.stringify(custom));
    expect(await dak("rules", "--rules", "aturan.json", "--diff", "2024")).toBe(0);
    expect(io.out()).toContain("  Batas kegiatan penunjang (bagian dari pagu)\n    - 5% → 2,5%\n");
    expect(io.out()).toContain("disalurkan sekaligus bila pagu paling banyak: Rp1.000.000.000 → Rp1.500.000.000");
    expect(await dak("rules", "--rules", "aturan.json", "--diff", "2024", "--lang", "en")).toBe(0);
    expect(io.out()).toContain("    - 5% → 2.5%\n");
    expect(io.out()).toContain("Rp1,000,000,000 → Rp1,500,000,000");
    expect(io.out()).toContain("2 differences.");
  });

  it("says when both years use the same ruleset", async () => {
    expect(await dak("rules", "--ta", "2026", "--diff", "2024")).toBe(0);
    expect(io.out()).toBe("TA 2024 dan TA 2026 memakai aturan yang sama (ta2024): tidak ada perbedaan.\n");
    expect(await dak("rules", "--ta", "2026", "--diff", "2024", "--format", "json")).toBe(0);
    expect(JSON.parse(io.out()).changes).toEqual([]);
  });

  it("refuses a year no bundled ruleset covers with a clear Indonesian message, exit 2", async () => {
    expect(await dak("rules", "--ta", "2024", "--diff", "2019")).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toBe(
      "dak: --diff: tidak ada aturan bawaan untuk TA 2019 (tersedia: 2020, 2021, 2022, 2023, 2024–2027); " +
        'sebutkan tahun anggaran pembanding, mis. --diff 2022\nLihat "dak rules --help".\n',
    );
    expect(await dak("rules", "--diff", "dua ribu")).toBe(2);
    expect(io.err()).toContain("--diff: tidak ada aturan bawaan untuk TA dua ribu");
  });

  it("documents --diff in the help, in both languages", async () => {
    expect(await dak("rules", "--help")).toBe(0);
    expect(io.out()).toContain("--diff TAHUN");
    expect(io.out()).toContain("dak rules --ta 2024 --diff 2022");
    expect(await dak("--help", "--lang", "en")).toBe(0);
    expect(io.out()).toContain("dak rules [--ta 2024] [--diff 2022]");
  });
});
