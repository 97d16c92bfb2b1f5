import { finding } from "../../runtime/testing/fakes";
import { id } from "../i18n/strings.id";
import { groupBySeverity, groupBySheet, sheetHeading, whereLabel } from "./findingView";

describe("whereLabel", () => {
  it("writes the reference as the findings sheet's hyperlinks do (src/excel/address)", () => {
    expect(whereLabel(finding({ code: "AMOUNT_MISMATCH", sheet: "RK", cell: "H17" }), id)).toBe("RK!H17");
    expect(whereLabel(finding({ code: "AMOUNT_MISMATCH", sheet: "Rencana Kegiatan", cell: "H17" }), id)).toBe(
      "'Rencana Kegiatan'!H17",
    );
    expect(whereLabel(finding({ code: "AMOUNT_MISMATCH", sheet: "Pak Budi's", cell: "" }), id)).toBe("'Pak Budi''s'");
    expect(whereLabel(finding({ code: "AMOUNT_MISMATCH", sheet: "", cell: "" }), id)).toBe(id.noSheet);
  });

  it("quotes a sheet name Excel would read as a cell or a number", () => {
    expect(whereLabel(finding({ code: "AMOUNT_MISMATCH", sheet: "A1", cell: "H17" }), id)).toBe("'A1'!H17");
    expect(whereLabel(finding({ code: "AMOUNT_MISMATCH", sheet: "2020", cell: "H17" }), id)).toBe("'2020'!H17");
  });
});

describe("findings by sheet, with the sheet's kind", () => {
  it("puts each severity's findings of one sheet together under the sheet's name and kind", () => {
    const findings = [
      finding({ code: "RAB_RK_MISMATCH", sheet: "RAB", cell: "G13", severity: "warning" }),
      finding({ code: "PAGU_EXCEEDED", sheet: "Rencana Kegiatan", cell: "C7" }),
      finding({ code: "KAK_RK_MISMATCH", sheet: "KAK-TOR", cell: "C45", severity: "warning" }),
      finding({ code: "PPN_MISMATCH", sheet: "RAB", cell: "G51", severity: "warning" }),
    ];
    const [errors, warnings] = groupBySeverity(findings);
    expect(groupBySheet(errors.findings).map((s) => [s.sheet, s.findings.length])).toEqual([["Rencana Kegiatan", 1]]);
    expect(groupBySheet(warnings.findings).map((s) => [s.sheet, s.findings.map((f) => f.cell)])).toEqual([
      ["KAK-TOR", ["C45"]],
      ["RAB", ["G13", "G51"]],
    ]);
    const kinds = new Map([
      ["RAB", "rab" as const],
      ["KAK-TOR", "kak" as const],
    ]);
    expect(sheetHeading("RAB", kinds, id)).toBe("RAB · RAB");
    expect(sheetHeading("KAK-TOR", kinds, id)).toBe("KAK-TOR · KAK/TOR");
    expect(sheetHeading("Lain", kinds, id)).toBe("Lain");
    expect(sheetHeading("", kinds, id)).toBe(id.noSheet);
  });
});
