/** `run(argv, io)` in-process (files checked in this thread): dispatch, exit codes and streams. */
import { join } from "node:path";
import { run } from "../../src/cli/run";
import { recordingIO, type RecordingIO } from "../helpers/recording-io";

const SAMPLES = join(__dirname, "../fixtures/samples");

const fakeIO = (): RecordingIO => recordingIO(SAMPLES, { cpus: 2 });

describe("run", () => {
  it("validates the sample folder: exit 1 for the planted errors, results in name order", async () => {
    const io = fakeIO();
    expect(await run(["validate", ".", "--format", "json"], io)).toBe(1);
    const files = JSON.parse(io.out()).files as { file: string; status: string }[];
    expect(files.map((f) => `${f.file} ${f.status}`)).toEqual([
      "rk-datar.xlsx ok",
      "rk-dengan-masalah.xlsx invalid",
      "rk-krisna-bertingkat.xlsx ok",
    ]);
    expect(io.err()).toBe("");
  });

  it("exits 0 for a clean sample, in English on --lang en", async () => {
    const io = fakeIO();
    expect(await run(["validate", "rk-datar.xlsx", "--lang", "en"], io)).toBe(0);
    expect(io.out()).toContain("PASSED: 0 errors, 0 warnings");
  });

  it("reports a missing file as unreadable (exit 2) and a folder without workbooks as a usage problem", async () => {
    const io = fakeIO();
    expect(await run(["validate", "tidak-ada.xlsx"], io)).toBe(2);
    expect(io.out()).toContain("TIDAK TERBACA: berkas tidak ada; periksa nama dan foldernya");
    expect(io.out()).not.toContain("ENOENT");
    const io2 = fakeIO();
    expect(await run(["validate", "rk-datar.xlsx", join(__dirname, "../stubs")], io2)).toBe(2);
    expect(io2.err()).toContain("folder tidak berisi berkas .xlsx");
  });

  it("refuses a recap into a missing folder before checking anything", async () => {
    const io = fakeIO();
    expect(await run(["validate", "rk-datar.xlsx", "--recap", "tidak/ada/rekap.xlsx"], io)).toBe(2);
    expect(io.out()).toBe("");
    expect(io.err()).toContain("folder untuk berkas rekap tidak ada");
  });

  it("prints help (exit 2 without a command) and version on stdout, usage errors on stderr with exit 2", async () => {
    const help = fakeIO();
    expect(await run([], help)).toBe(2);
    expect(help.out()).toContain("dak validate <berkas|folder>");
    const version = fakeIO();
    expect(await run(["--version"], version)).toBe(0);
    expect(version.out()).toMatch(/^dak \d+\.\d+\.\d+\n$/);
    const bad = fakeIO();
    expect(await run(["validate", "--format", "xml", "x.xlsx", "--lang", "en"], bad)).toBe(2);
    expect(bad.err()).toContain('unknown value for --format: "xml"');
    expect(bad.out()).toBe("");
  });
});
