import {
  buildTemplate,
  checkSheetSpec,
  dakFunctionCells,
  TEMPLATE_IDS,
  type SheetSpec,
} from "../../src/core/templates";
import { guardedText, needsTextGuard } from "../../src/core/templates/text-guard";
import { uniqueSheetName, uniqueTableName } from "../../src/core/templates/naming";
import { RK_LINE_COLUMNS, RK_META_LABELS } from "../../src/core/templates/rk";
import { columnLetters, parseRangeA1 } from "../../src/core/grid/a1";
import { ta2020Context } from "./context";

const ctx = ta2020Context();

describe.each(TEMPLATE_IDS.map((id) => [id]))("template %s", (id) => {
  const spec = buildTemplate(id, ctx);

  it("is internally consistent (references, names, dropdown sources, merges, table)", () => {
    expect(checkSheetSpec(spec)).toEqual([]);
  });

  it("prints on A4 (landscape, except the four-column alokasi list), fit to width, with an area and repeated header rows", () => {
    const orientation = id === "alokasi" ? "portrait" : "landscape";
    expect(spec.print).toMatchObject({ paper: "A4", orientation, fitToWidth: true });
    expect(spec.print.area).toMatch(/^A1:[A-Z]+\d+$/);
    expect(spec.print.repeatRows).toBeDefined();
    const area = parseRangeA1(spec.print.area!)!;
    expect(spec.print.repeatRows!.first).toBeGreaterThanOrEqual(1);
    expect(spec.print.repeatRows!.last).toBeLessThanOrEqual(area.end.row + 1);
  });

  it("keeps the dropdowns' source lists out of the print area, unless a list is a headed table", () => {
    const area = parseRangeA1(spec.print.area!)!;
    for (const v of spec.validations) {
      const source = parseRangeA1(v.source.replace(/\$/g, ""))!;
      // RAB's rincian list is also its "subtotal per rincian" table (a header row above it): printed.
      // parseRangeA1 rows are 0-based, so row index r is A1 row r + 1 and `${col}${r}` the row above.
      const headed = spec.cells.some(
        (c) => c.style === "header" && c.ref === `${columnLetters(source.start.col)}${source.start.row}`,
      );
      if (headed) continue;
      const inside = source.start.row <= area.end.row && source.start.col <= area.end.col;
      expect({ source: v.source, insideArea: inside }).toEqual({
        source: v.source,
        insideArea: false,
      });
    }
  });

  it("writes user settings that look like formulas as text, never as formulas", () => {
    const evil = '=HYPERLINK("http://x","klik")';
    const s = buildTemplate(id, ta2020Context({ sentraName: evil, kabKota: "+62 Kota", instansiPelaksana: "@dinas" }));
    const placed = s.cells.filter((c) => c.text === evil || c.text === "+62 Kota" || c.text === "@dinas");
    expect(placed.length).toBeGreaterThan(0);
    expect(s.cells.some((c) => c.formula?.includes("HYPERLINK"))).toBe(false);
  });
});

describe("rk template", () => {
  const spec = buildTemplate("rk", ctx);
  const at = (ref: string) => spec.cells.find((c) => c.ref === ref);

  it("has the DESIGN §3 header row and meta labels readProposal knows", () => {
    expect(RK_LINE_COLUMNS.map((c) => at(`${c.col}13`)?.text)).toEqual(RK_LINE_COLUMNS.map((c) => c.header));
    expect(RK_META_LABELS.map((_, i) => at(`B${3 + i}`)?.text)).toEqual([...RK_META_LABELS]);
    expect(at("C3")?.number).toBe(2020);
  });

  it("computes jumlah = volume × harga satuan on every line and totals them", () => {
    expect(at("H14")?.formula).toBe('IF(OR(E14="",G14=""),"",E14*G14)');
    expect(at("H63")?.formula).toBe('IF(OR(E63="",G63=""),"",E63*G63)');
    expect(at("H64")?.formula).toBe("SUM(H14:H63)");
  });

  it("checks the pagu and penunjang with the DAK functions and spells the total", () => {
    const used = new Set([...dakFunctionCells(spec).values()].flat());
    expect(used).toEqual(new Set(["DAK.SISA_PAGU", "DAK.CEK_PAGU", "DAK.CEK_PENUNJANG", "DAK.TERBILANG"]));
  });

  it("feeds the menu, rincian, satuan and metode dropdowns from the ruleset's lists", () => {
    const byCol = Object.fromEntries(spec.validations.map((v) => [v.range[0], v.source]));
    expect(Object.keys(byCol).sort()).toEqual(["B", "C", "F", "I"]);
    const listed = (source: string) => {
      const [, col, from, to] = /^\$([A-Z])\$(\d+):\$[A-Z]\$(\d+)$/.exec(source) ?? [];
      return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => at(`${col}${Number(from) + i}`)?.text);
    };
    expect(listed(byCol.B)).toEqual([...ctx.lists.menus]);
    expect(listed(byCol.I)).toEqual(["Swakelola", "Kontraktual"]);
    expect(listed(byCol.F)).toEqual([...ctx.lists.satuan]);
    expect(listed(byCol.C)).toContain("Jasa Pendamping/Fasilitator Non-ASN");
  });

  it("sums penunjang through a list cell holding the penunjang menu", () => {
    const sumif = spec.cells.find((c) => c.formula?.startsWith("SUMIF"));
    const criterion = /SUMIF\([^,]+,\$B\$(\d+),/.exec(sumif?.formula ?? "")?.[1];
    expect(at(`B${criterion}`)?.text).toBe("Kegiatan Penunjang");
  });

  it("has an Excel table over the header and line rows, frozen at the header", () => {
    expect(spec.table?.ref).toBe("A13:P63");
    expect(spec.freeze).toEqual({ rows: 13, cols: 1 });
    expect(spec.print.repeatRows).toEqual({ first: 13, last: 13 });
  });
});

describe("checkSheetSpec finds broken specs", () => {
  const base = buildTemplate("rk", ctx);
  const broken: Array<[string, SheetSpec, RegExp]> = [
    ["an undefined name", { ...base, names: base.names.filter((n) => n.name !== "Pagu") }, /name Pagu is not defined/],
    [
      "a cross-sheet reference",
      { ...base, cells: [...base.cells, { ref: "Z1", formula: "Lain!A1" }] },
      /another sheet/,
    ],
    ["overlapping merges", { ...base, merges: [...base.merges, "B1:C2"] }, /overlap/],
    ["content hidden by a merge", { ...base, merges: [...base.merges, "B3:C3"] }, /hides the content/],
    [
      "an empty dropdown source",
      { ...base, validations: [{ range: "B14:B63", source: "$Z$1:$Z$3", errorMessage: "x" }] },
      /empty cell/,
    ],
    ["a cell defined twice", { ...base, cells: [...base.cells, { ref: "A1", text: "lagi" }] }, /defined twice/],
    ["a bad sheet name", { ...base, sheetName: "RK/2020" }, /not a valid Excel sheet name/],
    [
      "a table over a merge",
      { ...base, merges: [...base.merges, "Q13:Q14"], table: { name: "T", ref: "A13:Q63", style: "x" } },
      /table T/,
    ],
  ];
  it.each(broken)("%s", (_, spec, problem) => {
    expect(checkSheetSpec(spec).join("\n")).toMatch(problem);
  });
});

describe("names for new sheets and tables", () => {
  it.each([
    ["RK", [], "RK"],
    ["RK", ["rk"], "RK (2)"],
    ["RK", ["RK", "RK (2)"], "RK (3)"],
    ["Rencana Kegiatan Pembangunan 2020", ["Rencana Kegiatan Pembangunan 2020"], "Rencana Kegiatan Pembanguna (2)"],
  ])("%s among %j -> %s", (base, taken, expected) => {
    const name = uniqueSheetName(base, taken);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
  it("tables get a number suffix", () => {
    expect(uniqueTableName("RK_Baris", ["rk_baris", "RK_Baris2"])).toBe("RK_Baris3");
  });
});

describe("text guard for hosts that interpret typed input", () => {
  it.each(["=1+1", "+62", "-5", "@SUM(A1)", "25%", "1.500.000", "2020", "12/05/2020", "TRUE"])("%s is guarded", (t) => {
    expect(needsTextGuard(t)).toBe(true);
    expect(guardedText(t)).toBe(`'${t}`);
  });
  it.each(["Sentra IKM Rotan", "Keputusan Bupati Nomor 530/Kep.214/2018", "m2", "Tahap I"])("%s is left alone", (t) => {
    expect(guardedText(t)).toBe(t);
  });
});
