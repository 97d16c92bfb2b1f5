import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const mockLinkFailure: { code?: string } = {};
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof import("node:fs/promises")>("node:fs/promises");
  return {
    ...actual,
    link: (from: string, to: string) =>
      mockLinkFailure.code
        ? Promise.reject(Object.assign(new Error(mockLinkFailure.code), { code: mockLinkFailure.code }))
        : actual.link(from, to),
  };
});

import { FileExistsError, writeFileAtomic } from "./atomic-write";

describe("writeFileAtomic", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    mockLinkFailure.code = undefined;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const bytes = (s: string) => new TextEncoder().encode(s);

  it("writes a new file and leaves no temporary file", async () => {
    await writeFileAtomic(join(dir, "a.xlsx"), bytes("new"), { overwrite: false });
    expect(readFileSync(join(dir, "a.xlsx"), "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });

  it("never replaces an existing file without overwrite; replaces it with overwrite", async () => {
    const target = join(dir, "a.xlsx");
    writeFileSync(target, "old");
    await expect(writeFileAtomic(target, bytes("new"), { overwrite: false })).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(target, "utf8")).toBe("old");
    await writeFileAtomic(target, bytes("new"), { overwrite: true });
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });

  it("writes on a file system without hard links, still refusing an existing file", async () => {
    mockLinkFailure.code = "EPERM";
    const target = join(dir, "a.xlsx");
    await writeFileAtomic(target, bytes("new"), { overwrite: false });
    expect(readFileSync(target, "utf8")).toBe("new");
    await expect(writeFileAtomic(target, bytes("other"), { overwrite: false })).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["a.xlsx"]);
  });
});
