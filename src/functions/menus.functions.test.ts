import ta2020 from "../data/rulesets/ta2020.json";
import { excelError } from "./args";
import { daftarMenu, daftarRincian, menuFn } from "./menus.functions";

const err = (code: string, message?: RegExp) =>
  expect.objectContaining({ code, ...(message ? { message: expect.stringMatching(message) } : {}) });
const NA = excelError("#N/A", "dari sel lain");
/** The error value given as an argument comes back unchanged. */
const PASSED_ON = err("#N/A", /^dari sel lain$/);
const M1 = "Pembangunan dan Revitalisasi Sentra IKM";
/** The rincian names of a menu as the bundled ruleset's data lists them. */
const rincianInData = (menu: string) => ta2020.menus.find((m) => m.name === menu)!.rincian.map((r) => r.name);

describe("DAK.DAFTAR_MENU", () => {
  it("spills the menus, one per row", () => expect(daftarMenu()).toEqual([[M1], ["Kegiatan Penunjang"]]));
});

describe("DAK.MENU", () => {
  it("happy path: the official name of an alias", () => expect(menuFn("revitalisasi sentra ikm")).toEqual([[M1]]));
  it("unknown name: #N/A with the closest names", () =>
    expect(() => menuFn("Pembangunan Sentra Baru")).toThrow(err("#N/A", /Pembangunan dan Revitalisasi Sentra IKM/)));
  it("coercion: a number is read as its text (and is unknown)", () =>
    expect(() => menuFn(2020)).toThrow(err("#N/A", /"2020"/)));
  it("omitted: the list", () => expect(menuFn()).toEqual(daftarMenu()));
  it("error propagation", () => expect(() => menuFn(NA)).toThrow(PASSED_ON));
});

describe("DAK.DAFTAR_RINCIAN", () => {
  it("happy path", () => {
    const penunjang = daftarRincian("kegiatan penunjang").map((r) => r[0]);
    expect(penunjang).toEqual([
      "Desain Perencanaan",
      "Biaya Tender",
      "Jasa Pendamping/Fasilitator Non-ASN",
      "Konsultan Pengawas",
      "Rapat Koordinasi",
      "Perjalanan Dinas",
    ]);
    expect(penunjang).toEqual(rincianInData("Kegiatan Penunjang"));
    expect(daftarRincian(M1).map((r) => r[0])).toEqual(rincianInData(M1));
    expect(rincianInData(M1)).toHaveLength(12);
  });
  it("wrong menu", () => expect(() => daftarRincian("Penunjang Lain")).toThrow(err("#N/A", /Kegiatan Penunjang/)));
  it("coercion of spacing and case, and of an alias", () => {
    expect(daftarRincian("  KEGIATAN   PENUNJANG ").map((r) => r[0])).toEqual(rincianInData("Kegiatan Penunjang"));
    expect(daftarRincian("revitalisasi sentra ikm").map((r) => r[0])).toEqual(rincianInData(M1));
  });
  it("empty", () => expect(() => daftarRincian(null)).toThrow(err("#VALUE!", /wajib/)));
  it("error propagation", () => expect(() => daftarRincian(NA)).toThrow(PASSED_ON));
});
