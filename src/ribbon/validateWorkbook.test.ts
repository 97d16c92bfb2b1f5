import { paneWillRecalculate } from "../runtime/recalculation";
import { fakeServices, finding, RULESET_2021 } from "../runtime/testing/fakes";
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

  describe("when the run changes the active ruleset (the proposal states another TA)", () => {
    it("has Excel recalculate once, so the DAK functions answer under it, when no task pane is there", async () => {
      const services = fakeServices();
      services.engine.proposalRuleset = RULESET_2021;
      expect(await validateAndMark(services)).toMatchObject({ ok: true, ruleset: "TA 2021" });
      expect(services.adapter.calls).toEqual(["readGrids", "addMarks(0)", "recalculate"]);
      // The same TA again: nothing changed, nothing to recalculate.
      await validateAndMark(services);
      expect(services.adapter.calls.filter((c) => c === "recalculate")).toHaveLength(1);
    });

    it("leaves the recalculation to a task pane that is mounted (it recalculates on the change itself)", async () => {
      const done = paneWillRecalculate();
      try {
        const services = fakeServices();
        services.engine.proposalRuleset = RULESET_2021;
        await validateAndMark(services);
        expect(services.adapter.calls).toEqual(["readGrids", "addMarks(0)"]);
      } finally {
        done();
      }
    });

    it("returns Excel's error when it cannot recalculate, so the pane can show it", async () => {
      const services = fakeServices();
      services.engine.proposalRuleset = RULESET_2021;
      const error = Object.assign(new Error("busy"), { code: "GeneralException" });
      services.adapter.failNext = { method: "recalculate", error };
      expect(await validateAndMark(services)).toEqual({ ok: false, error });
    });
  });
});
