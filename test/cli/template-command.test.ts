/** `dak template` in-process: writes a new file, never over an existing one without --force. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTemplateCommand } from "../../src/cli/commands/template";

describe("dak template", () => {
  let dir: string;
  let out: string;
  let err: string;
  const io = () => ({
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd: dir,
  });
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
});
