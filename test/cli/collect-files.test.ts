/**
 * collectFiles never drops a folder silently: a folder that cannot be listed is reported with its
 * reason (root can read every folder here, so the refusal is simulated at readdir).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const refused = new Set<string>();
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return {
    ...actual,
    readdir: (path: string, options: unknown) => {
      if (refused.has(String(path))) {
        return Promise.reject(Object.assign(new Error("permission denied"), { code: "EACCES" }));
      }
      return (actual.readdir as (p: string, o: unknown) => Promise<unknown>)(path, options);
    },
  };
});

import { collectFiles } from "../../src/cli/collect-files";

describe("collectFiles", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "dak-collect-"));
    mkdirSync(join(dir, "usulan", "jabar"), { recursive: true });
    mkdirSync(join(dir, "usulan", "jatim"), { recursive: true });
    writeFileSync(join(dir, "usulan", "jabar", "cirebon.xlsx"), "x");
    writeFileSync(join(dir, "usulan", "jatim", "malang.xlsx"), "x");
    writeFileSync(join(dir, "usulan", "jatim", "~$malang.xlsx"), "lock");
    refused.clear();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("lists the workbooks below a folder, skipping lock files", async () => {
    const result = await collectFiles(["usulan"], dir);
    expect(result.files.map((f) => f.display)).toEqual([
      join("usulan", "jabar", "cirebon.xlsx"),
      join("usulan", "jatim", "malang.xlsx"),
    ]);
    expect(result.unreadableFolders).toEqual([]);
    expect(result.emptyFolders).toEqual([]);
  });

  it("reports a subfolder it cannot list, and still takes the others", async () => {
    refused.add(join(dir, "usulan", "jatim"));
    const result = await collectFiles(["usulan"], dir);
    expect(result.files.map((f) => f.display)).toEqual([join("usulan", "jabar", "cirebon.xlsx")]);
    expect(result.unreadableFolders).toEqual([{ path: join("usulan", "jatim"), reason: "EACCES" }]);
  });

  it("reports a given folder it cannot list as unreadable, not as empty", async () => {
    refused.add(join(dir, "usulan"));
    const result = await collectFiles(["usulan"], dir);
    expect(result.files).toEqual([]);
    expect(result.emptyFolders).toEqual([]);
    expect(result.unreadableFolders).toEqual([{ path: "usulan", reason: "EACCES" }]);
  });
});
