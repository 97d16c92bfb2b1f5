import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { BudgetView, Locale } from "../../runtime/engine";
import { fakeServices } from "../../runtime/testing/fakes";
import { renderPane } from "../testing/renderPane";

const budget: BudgetView = {
  pagu: 4_000_000_000,
  total: 3_943_650_000,
  sisa: 56_350_000,
  penunjang: 119_250_000,
  penunjangShare: 119_250_000 / 4_000_000_000,
  penunjangMaxShare: 0.05,
  paguVerdict: { state: "within", severity: "error", basis: "Perpres 7/2022 Pasal 8 ayat (1)" },
  penunjangVerdict: { state: "within", severity: "error", basis: "Perpres 7/2022 Pasal 8 ayat (6)" },
  perMenu: [
    { label: "Pembangunan dan Revitalisasi Sentra IKM", amount: 3_824_400_000, share: 3_824_400_000 / 3_943_650_000 },
    { label: "Kegiatan Penunjang", amount: 119_250_000, share: 119_250_000 / 3_943_650_000 },
  ],
  perKind: [
    { kind: "construction", label: "construction", amount: 2_000_000_000, share: 0.5 },
    { kind: "penunjang", label: "penunjang", amount: 119_250_000, share: 0.03 },
  ],
  disbursement: {
    mode: "stages",
    stages: [
      { stage: 1, share: 0.25, amount: 1_000_000_000 },
      { stage: 2, share: 0.45, amount: 1_800_000_000, minSerapan: 0.75 },
      { stage: 3, share: 0.3, amount: 1_200_000_000, minSerapan: 0.9, minOutput: 0.7 },
    ],
    basis: "PMK 198/PMK.07/2021",
  },
};

/** Core's verdicts over the cap and the pagu, as the engine hands them over. */
const over = (severity: "error" | "warning" = "error"): Partial<BudgetView> => ({
  total: 4_100_000_000,
  sisa: -100_000_000,
  penunjang: 250_000_000,
  penunjangShare: 0.0625,
  paguVerdict: { state: "over", severity },
  penunjangVerdict: { state: "over", severity, basis: "Perpres 7/2022 Pasal 8 ayat (6)" },
});

async function openPagu(b: BudgetView | undefined, locale: Locale = "id") {
  const services = fakeServices();
  services.engine.budget = b;
  const user = userEvent.setup();
  renderPane({ services, tab: "pagu", locale });
  await user.click(screen.getByRole("button", { name: locale === "id" ? "Periksa usulan" : "Check proposal" }));
  return services;
}

function bar(chart: HTMLElement, label: string): { width: string; text: string } {
  const item = within(chart)
    .getAllByRole("listitem")
    .find((li) => li.getAttribute("data-bar") === label);
  if (!item) throw new Error(`no bar ${label}`);
  const fill = item.querySelector("[aria-hidden] > div") as HTMLElement;
  return { width: fill.style.width, text: item.textContent ?? "" };
}

describe("Pagu tab", () => {
  it("shows the RAB and KAK totals beside the RK's when the workbook has them, and not otherwise", async () => {
    await openPagu({ ...budget, rabTotal: 3_943_650_000, kakTotal: 3_900_000_000 });
    await screen.findByText("Rp4.000.000.000");
    expect(screen.getByText("Total RAB (termasuk PPN)").nextElementSibling!.textContent).toBe("Rp3.943.650.000");
    expect(screen.getByText("Kebutuhan dana KAK").nextElementSibling!.textContent).toBe("Rp3.900.000.000");
  });

  it("without RAB or KAK sheets there is no line for them", async () => {
    await openPagu(budget);
    await screen.findByText("Rp4.000.000.000");
    expect(screen.queryByText("Total RAB (termasuk PPN)")).toBeNull();
    expect(screen.queryByText("Kebutuhan dana KAK")).toBeNull();
  });

  it("asks for a validation run first, and runs it from here", async () => {
    const services = await openPagu(budget);
    expect(services.adapter.calls).toEqual(["readGrids"]);
    expect(await screen.findByText("Rp4.000.000.000")).toBeTruthy();
  });

  it("shows pagu, total, sisa, the penunjang share against the cap, shares per menu and per kind, and the stages", async () => {
    await openPagu(budget);
    await screen.findByText("Rp4.000.000.000");
    expect(screen.getByText("Rp3.943.650.000")).toBeTruthy();
    expect(screen.getByText("Sisa pagu").nextElementSibling!.textContent).toBe("Rp56.350.000");

    const penunjang = screen.getByRole("list", { name: "Diagram batang: Kegiatan penunjang" });
    expect(penunjang.textContent).toContain("2,98% dari pagu (batas 5%)");
    // the track spans twice the cap: the bar is 2.98% of 10%, the cap's marker halfway, with its legend
    expect(parseFloat(bar(penunjang, penunjang.querySelector("li")!.getAttribute("data-bar")!).width)).toBeCloseTo(
      29.8125,
      2,
    );
    expect((penunjang.querySelector("[data-marker]") as HTMLElement).style.left).toBe("50%");
    expect(screen.getByText("Garis tegak: batas 5% dari pagu")).toBeTruthy();

    const menus = screen.getByRole("list", { name: "Diagram batang: Porsi per menu" });
    expect(bar(menus, "Kegiatan Penunjang").text).toContain("Rp119.250.000 (3,02%)");
    const kinds = screen.getByRole("list", { name: "Diagram batang: Porsi per jenis belanja" });
    expect(bar(kinds, "Konstruksi").width).toBe("50%");
    expect(bar(kinds, "Penunjang").text).toContain("(3%)");

    expect(screen.getByText("Tahap I (25%)").nextElementSibling!.textContent).toBe("Rp1.000.000.000");
    expect(screen.getByText("Tahap III (30%)")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("flags a pagu overrun and a penunjang share over the cap, as core decided them, with the basis", async () => {
    await openPagu({ ...budget, ...over() });
    expect((await screen.findByText("Melebihi pagu")).nextElementSibling!.textContent).toBe("-Rp100.000.000");
    const verdict = screen.getByTestId("penunjang-verdict");
    expect(verdict.getAttribute("data-intent")).toBe("error");
    expect(verdict.textContent).toContain("Melebihi batas kegiatan penunjang");
    expect(verdict.textContent).toContain("Dasar: Perpres 7/2022 Pasal 8 ayat (6)");
    expect(
      bar(screen.getByRole("list", { name: "Diagram batang: Kegiatan penunjang" }), "6,25% dari pagu (batas 5%)").width,
    ).toBe("62.5%");
  });

  it("never compares the figures itself: a share over the cap with the rule switched off paints nothing", async () => {
    // The figures say over; core says the rule is off (enabled: false).
    await openPagu({
      ...budget,
      ...over(),
      paguVerdict: { state: "off", severity: "error" },
      penunjangVerdict: { state: "off", severity: "error" },
    });
    expect((await screen.findByText("Sisa pagu")).nextElementSibling!.textContent).toBe("-Rp100.000.000");
    expect(screen.queryByText("Melebihi pagu")).toBeNull();
    expect(screen.queryByText("Melebihi batas kegiatan penunjang")).toBeNull();
    expect(screen.getByTestId("penunjang-verdict").textContent).toContain("dimatikan");
  });

  it("a verdict of warning severity is a warning, not an error", async () => {
    await openPagu({ ...budget, ...over("warning") });
    await screen.findByText("Melebihi pagu");
    expect(screen.getByTestId("penunjang-verdict").getAttribute("data-intent")).toBe("warning");
  });

  it("shows the year's stages with their conditions (absorption of the funds received) and basis", async () => {
    await openPagu(budget);
    await screen.findByText("Rp4.000.000.000");
    expect(screen.getByText("serapan ≥ 75% dari dana yang diterima")).toBeTruthy();
    expect(screen.getByText("serapan ≥ 90% dari dana yang diterima, output ≥ 70%")).toBeTruthy();
    expect(screen.getByText("Dasar: PMK 198/PMK.07/2021")).toBeTruthy();
  });

  it.each([
    ["pagu", "In one go, the whole ceiling (ceiling ≤ Rp1 billion)"],
    ["contract", "In one go, the contract value, not the whole ceiling (ceiling ≤ Rp1 billion)"],
  ] as const)("shows a lump-sum disbursement of the %s for a small pagu, in English", async (of, text) => {
    const lumpSum = { mode: "lumpSum", lumpSumOf: of, stages: [{ stage: 1, share: 1, amount: 900_000_000 }] } as const;
    await openPagu({ ...budget, pagu: 900_000_000, disbursement: lumpSum }, "en");
    expect((await screen.findByTestId("lump-sum")).textContent).toBe(text);
    expect(screen.getByText("Share per kind of spending")).toBeTruthy();
  });

  it("says so when no proposal table was found", async () => {
    await openPagu(undefined);
    expect(await screen.findByText("Tabel usulan tidak ditemukan, jadi pagu belum bisa dihitung.")).toBeTruthy();
  });
});
