/** --rules FILE in-process, for `dak rules` and `dak validate`: a good file is used, a bad one is exit 2 with why. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultRuleset } from "../../src/core/rules/bundled";
import { run } from "../../src/cli/run";
import { recordingIO, type RecordingIO } from "../helpers/recording-io";

describe("--rules FILE", () => {
  let dir: string;
  let io: RecordingIO;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "dak-rules-"));
    io = recordingIO(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("lists the ruleset a file gives", async () => {
    const custom = { ...defaultRuleset(), title: "Aturan Dinas Contoh" };
    writeFileSync(join(dir, "aturan.json"), JSON.stringify(custom));
    expect(await run(["rules", "--rules", "aturan.json"], io)).toBe(0);
    expect(io.out()).toContain("Aturan Dinas Contoh");
    expect(io.err()).toBe("");
  });

  it("writes shares the way every other number is written in the chosen language (2,5% / 2.5%)", async () => {
    const base = defaultRuleset();
    const custom = { ...base, thresholds: { ...base.thresholds, penunjangMaxShare: 0.025 } };
    writeFileSync(join(dir, "aturan.json"), JSON.stringify(custom));
    expect(await run(["rules", "--rules", "aturan.json", "--lang", "en"], io)).toBe(0);
    expect(io.out()).toContain("at most 2.5% of the pagu");
  });

  it("reads a file that starts with a UTF-8 byte order mark (Notepad, Excel's UTF-8 export)", async () => {
    const custom = { ...defaultRuleset(), title: "Aturan Dinas BOM" };
    writeFileSync(join(dir, "aturan.json"), `\uFEFF${JSON.stringify(custom, null, 2)}`, "utf8");
    expect(await run(["rules", "--rules", "aturan.json"], io)).toBe(0);
    expect(io.err()).toBe("");
    expect(io.out()).toContain("Aturan Dinas BOM");
  });

  it.each([["rules"], ["validate", "x.xlsx"]])(
    "%s: exit 2 with every problem, or why it cannot be read",
    async (...cmd) => {
      writeFileSync(join(dir, "rusak.json"), '{"ta": "dua ribu"}');
      expect(await run([...cmd, "--rules", "rusak.json", "--lang", "en"], io)).toBe(2);
      expect(io.err()).toContain("the rules file is not valid: rusak.json");
      expect(io.err()).toMatch(/\n {2}\S/);
      expect(io.out()).toBe("");
      io = recordingIO(dir);
      expect(await run([...cmd, "--rules", "hilang.json", "--lang", "en"], io)).toBe(2);
      expect(io.err()).toContain("could not read the rules file: hilang.json");
    },
  );
});
