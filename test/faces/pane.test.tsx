/**
 * The task pane with the real engine over a workbook's grids: the Validasi tab leaves the choice
 * of ruleset to core (the proposal's TA) and says which applied and why; the Pagu tab shows core's
 * penunjang verdict, so a rule switched off with `enabled: false` paints nothing.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { resetActiveRuleset } from "../../src/core/rules/active";
import { bundledRulesetById } from "../../src/core/rules/bundled";
import { rulesetArg } from "../../src/functions/ruleset-arg";
import { cekPenunjang } from "../../src/functions/budget.functions";
import { createCoreEngine } from "../../src/runtime/shipped/coreEngine";
import { fakeServices } from "../../src/runtime/testing/fakes";
import { renderPane } from "../../src/taskpane/testing/renderPane";
import { rkDenganMasalah } from "../helpers/proposal-samples";

afterEach(resetActiveRuleset);
// Real engine, real files and a fake Excel on a machine shared by many: a generous time budget (no timing is asserted).
jest.setTimeout(30_000);

/** The pane's services with the shipped engine, over the sample RK (TA 2020, penunjang 3,35% of the pagu). */
function realServices() {
  const services = fakeServices();
  services.adapter.grids = [rkDenganMasalah()];
  return { ...services, engine: createCoreEngine() } as unknown as ReturnType<typeof fakeServices>;
}

/** A dinas file over TA 2020 with a 3% cap, the cap rule on or off. */
const dinas = (enabled: boolean) => ({
  id: "dinas-2020",
  extends: "ta2020",
  ta: 2020,
  title: "Aturan Dinas 2020",
  version: "1",
  thresholds: { penunjangMaxShare: 0.03 },
  rules: { "penunjang.cap": { enabled } },
});

describe("the task pane over the real engine", () => {
  it("validates under the proposal's TA unless told otherwise, and says so", async () => {
    const user = userEvent.setup();
    renderPane({ services: realServices() });
    const select = screen.getByRole("combobox", { name: "Aturan (Tahun Anggaran)" }) as HTMLSelectElement;
    expect(select.value).toBe("auto");
    await user.click(screen.getByRole("button", { name: "Periksa usulan" }));
    const ta2020 = bundledRulesetById("ta2020")!;
    expect((await screen.findByTestId("ruleset-applied")).textContent).toBe(
      `Aturan yang dipakai: ${ta2020.title} (TA usulan 2020).`,
    );
    // The custom functions in the same runtime follow the proposal the pane just read.
    expect(rulesetArg("").id).toBe("ta2020");

    await user.selectOptions(select, "ta2022");
    await user.click(screen.getByRole("button", { name: "Periksa usulan" }));
    expect((await screen.findByText(/^Aturan yang dipakai: .*TA 2022.*\(dipilih\)\.$/)).textContent).toContain(
      bundledRulesetById("ta2022")!.title,
    );
    expect(rulesetArg("").id).toBe("ta2022");
  });

  it.each([
    [true, "Melebihi batas kegiatan penunjang", /^MELEBIHI BATAS 3% /],
    [
      false,
      "Aturan batas kegiatan penunjang dimatikan dalam aturan yang dipakai: tidak diperiksa.",
      /^TIDAK DIPERIKSA/,
    ],
  ])(
    "Pagu tab, penunjang cap enabled: %s, shows core's verdict, as DAK.CEK_PENUNJANG does",
    async (enabled, shown, fn) => {
      const services = realServices();
      const load = services.engine.loadRuleset(dinas(enabled), { kind: "file", name: "dinas.json" });
      if (!load.ok) throw new Error("the dinas file must load");
      services.engine.selectRuleset(load.ruleset);
      const user = userEvent.setup();
      renderPane({ services, tab: "pagu" });
      await user.click(screen.getByRole("button", { name: "Periksa usulan" }));
      expect((await screen.findByTestId("penunjang-verdict")).textContent).toContain(shown);
      expect(screen.queryByText("Melebihi batas kegiatan penunjang") !== null).toBe(enabled);
      // The sample's penunjang (3,35% of its pagu of Rp3.957.150.000) in the sheet's formula.
      expect(cekPenunjang([[132_500_000]], 3_957_150_000)).toMatch(fn);
    },
  );
});
