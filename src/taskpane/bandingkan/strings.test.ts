/** The Bandingkan tab's counts: grouped the locale's way, and English words in the plural only when they are. */
import { bandingkanStrings } from "./strings";

describe("Bandingkan tab texts", () => {
  const id = bandingkanStrings("id");
  const en = bandingkanStrings("en");

  it("groups every count the locale's way", () => {
    expect(id.summary(1_250, 0, 3)).toBe("1.253 baris berubah: 1.250 baru, 0 dihapus, 3 diubah.");
    expect(en.summary(1_250, 0, 3)).toBe("1,253 lines changed: 1,250 added, 0 removed, 3 changed.");
    expect(id.marked(26_237)).toMatch(/^26\.237 sel ditandai\./);
    expect(en.unmarked(26_237)).toMatch(/^26,237 marks removed;/);
    expect(id.newVersion(3_753, 22_484)).toContain("3.753 kesalahan, 22.484 peringatan");
  });

  it("says one thing in the singular in English", () => {
    expect(en.summary(1, 0, 0)).toBe("1 line changed: 1 added, 0 removed, 0 changed.");
    expect(en.newVersion(1, 1)).toContain("1 error, 1 warning (");
    expect(en.newVersion(2, 0)).toContain("2 errors, 0 warnings (");
    expect(en.marked(1)).toMatch(/^1 cell marked\./);
    expect(en.unmarked(1)).toMatch(/^1 mark removed;/);
    expect(en.approval(1)).toMatch(/^1 change needs renewed approval/);
    expect(en.approval(3)).toMatch(/^3 changes need renewed approval/);
  });
});
