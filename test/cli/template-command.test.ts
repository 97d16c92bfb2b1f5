/** `dak template` in-process: writes a new file, never over an existing one without --force. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTemplateCommand } from "../../src/cli/commands/template";
import type { CliIO } from "../../src/cli/io";
import { run } from "../../src/cli/run";
import { TEMPLATES } from "../../src/core/templates/registry";
import { TEMPLATE_TEXTS } from "../../src/core/templates/texts";

describe("dak template", () => {
  let dir: string;
  let out: string;
  let err: string;
  const io = () => ({
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: dir,
  });
  const cliIo = (): CliIO => ({ ...io(), color: false, cpus: 1, now: () => 0 });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "dak-template-"));
    out = "";
    err = "";
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the workbook, refuses an existing file, replaces it with --force", async () => {
    expect(await runTemplateCommand(["rk", "--out", "rk.xlsx"], io())).toBe(0);
    expect(out).toContain(join(dir, "rk.xlsx"));
    expect(readFileSync(join(dir, "rk.xlsx")).subarray(0, 2).toString()).toBe("PK");

    writeFileSync(join(dir, "rk.xlsx"), "mine");
    expect(await runTemplateCommand(["rk", "--out", "rk.xlsx"], io())).toBe(2);
    expect(err).toContain("berkas sudah ada");
    expect(readFileSync(join(dir, "rk.xlsx"), "utf8")).toBe("mine");

    expect(await runTemplateCommand(["rk", "--out", "rk.xlsx", "--force"], io())).toBe(0);
    expect(readFileSync(join(dir, "rk.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["rk.xlsx"]);
  });

  it("speaks English on --lang en, through run() as through its own entry", async () => {
    expect(await run(["template", "rab", "--out", "rab.xlsx", "--ta", "2020", "--lang", "en"], cliIo())).toBe(0);
    expect(out).toBe(`Template rab (fiscal year 2020) written to ${join(dir, "rab.xlsx")}\n`);
    expect(await runTemplateCommand(["rab", "--out", "rab.xlsx", "--lang", "en"], io())).toBe(2);
    expect(err).toBe(
      `dak: file already exists, not overwritten: ${join(dir, "rab.xlsx")} (use --force to overwrite)\n`,
    );
    out = "";
    expect(await run(["template", "rab", "--out", "rab.xlsx", "--force"], cliIo())).toBe(0);
    expect(out).toBe(`Templat rab (TA 2024) ditulis ke ${join(dir, "rab.xlsx")}\n`);
  });

  it.each([
    [["template", "--help"], "Pemakaian: dak template <id> --out BERKAS.xlsx", "Templat:", "id"],
    [["template", "-h", "--lang", "en"], "Usage: dak template <id> --out FILE.xlsx", "Templates:", "en"],
    [["help", "template", "--lang", "en"], "Usage: dak template <id> --out FILE.xlsx", "Templates:", "en"],
  ] as const)(
    "%j prints the help in the shape of the others, listing every template",
    async (argv, usage, heading, lang) => {
      expect(await run(argv, cliIo())).toBe(0);
      expect(err).toBe("");
      expect(out.startsWith(`${usage} [`)).toBe(true);
      expect(out).toContain(`\n${heading}\n`);
      for (const x of TEMPLATES) {
        expect(out).toMatch(new RegExp(`^  ${x.id} +${escape(TEMPLATE_TEXTS[lang][x.id].title)}$`, "m"));
      }
      expect(out).toMatch(/^ {2}--out /m);
      expect(out).toMatch(/^ {2}--ta /m);
      expect(out).toMatch(/^ {2}--force /m);
      expect(out).toMatch(/^ {2}--lang en /m);
    },
  );

  it("gives the same help through its own entry", async () => {
    expect(await runTemplateCommand(["--help", "--lang", "en"], io())).toBe(0);
    const own = out;
    out = "";
    await run(["template", "--help", "--lang", "en"], cliIo());
    expect(own).toBe(out);
  });

  it.each([
    [["kop", "--out", "x.xlsx"], "templat tidak dikenal: kop (pilihan: rk, rab, kak, sentra, realisasi, alokasi)"],
    [
      ["kop", "--out", "x.xlsx", "--lang", "en"],
      "unknown template: kop (choices: rk, rab, kak, sentra, realisasi, alokasi)",
    ],
    [
      ["rk", "--out", "x.xlsx", "--ta", "1999"],
      "tidak ada aturan bawaan untuk TA 1999 (tersedia: 2020, 2021, 2022, 2023, 2024–2027)",
    ],
    [
      ["rk", "--out", "x.xlsx", "--ta", "1999", "--lang", "en"],
      "no bundled rules for fiscal year 1999 (available: 2020, 2021, 2022, 2023, 2024–2027)",
    ],
    [["rk"], "sebutkan berkas yang akan dibuat dengan --out BERKAS.xlsx"],
    [["rk", "--lang", "en"], "name the file to create with --out FILE.xlsx"],
    [["rk", "--out", "--lang", "en"], "option --out needs a value"],
    [["--out", "x.xlsx"], "sebutkan templat yang akan dibuat"],
    [["rk", "--out", "x.csv", "--lang", "en"], "the output file must end in .xlsx: x.csv"],
    [["rk", "--out", "x.xlsx", "--bogus"], 'opsi tidak dikenal untuk "template": --bogus'],
  ])("refuses %j with exit 2, writing nothing", async (argv, message) => {
    expect(await runTemplateCommand(argv, io())).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(`dak: ${message}\n`);
    expect(err).toMatch(/(Lihat|See) "dak template --help"\.\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("reports a failed write (a missing folder) with exit 2 and leaves nothing behind", async () => {
    expect(await runTemplateCommand(["kak", "--out", "tidak/ada/kak.xlsx", "--lang", "en"], io())).toBe(2);
    expect(err).toContain(`dak: the template could not be written to ${join(dir, "tidak/ada/kak.xlsx")}: `);
    expect(readdirSync(dir)).toEqual([]);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
