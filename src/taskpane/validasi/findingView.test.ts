import { finding } from "../testing/fakes";
import { id } from "../i18n/strings.id";
import { whereLabel } from "./findingView";

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
