import { fakeServices, finding } from "../runtime/testing/fakes";
import { validateAndMark } from "./validateWorkbook";

describe("ribbon command validateWorkbook", () => {
  it("validates with the shared runtime's active ruleset and replaces the marks by marks on the findings' cells", async () => {
    const services = fakeServices();
    services.engine.findings = [
      finding({ code: "AMOUNT_MISMATCH", cell: "H17" }),
      finding({ code: "NUMBER_AS_TEXT", cell: "G24", severity: "warning" }),
      finding({ code: "TABLE_NOT_FOUND", cell: "", sheet: "" }),
    ];
    const result = await validateAndMark(services);
    expect(result).toEqual({ ok: true, ruleset: "TA 2020", findings: 3, errors: 2, marked: 2 });
    expect(services.engine.checkedWith).toEqual(["ta2020"]);
    expect(services.adapter.calls).toEqual(["readGrids", "addMarks(2)"]);
  });

  it("returns the Excel error instead of throwing, so the pane can show it", async () => {
    const services = fakeServices();
    const error = Object.assign(new Error("editing"), { code: "CELL_EDIT_MODE" });
    services.adapter.failNext = { method: "readGrids", error };
    expect(await validateAndMark(services)).toEqual({ ok: false, error });
    expect(services.adapter.calls).toEqual(["readGrids"]);
  });
});
