/**
 * The Aturan tab's "what changed since TA …" with the real core engine: the nearest earlier year
 * first, another year picked from the select, each difference in plain words (id and en), a
 * loaded ruleset compared with its own year's bundled one, and the oldest year with none earlier.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { getRuleset } from "../../core/rules/bundled";
import { createCoreEngine } from "../../runtime/shipped/coreEngine";
import { fakeServices } from "../../runtime/testing/fakes";
import { renderPane } from "../testing/renderPane";

function coreServices() {
  return Object.assign(fakeServices(), { engine: createCoreEngine() }) as unknown as ReturnType<typeof fakeServices>;
}

const changesSection = () => screen.getByRole("region", { name: /^(Apa yang berubah sejak|What changed since) TA/ });

describe("Aturan tab: what changed since an earlier year", () => {
  it("compares the active TA 2024 rules with TA 2023 first, then with the year picked, in plain words", async () => {
    const user = userEvent.setup();
    renderPane({ services: coreServices(), tab: "aturan" });
    expect(screen.getByRole("heading", { name: "Apa yang berubah sejak TA 2023" })).toBeTruthy();
    const select = screen.getByRole("combobox", { name: "Dibandingkan dengan aturan" }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual(["TA 2023", "TA 2022", "TA 2021", "TA 2020"]);
    // TA 2023 → 2024: only the one-go payment and the citations.
    expect(within(changesSection()).queryByRole("list", { name: "Menu dan rincian" })).toBeNull();

    await user.selectOptions(select, "TA 2022");
    expect(screen.getByRole("heading", { name: "Apa yang berubah sejak TA 2022" })).toBeTruthy();
    const section = changesSection();
    expect(within(section).getByText("41 perbedaan")).toBeTruthy();
    const payment = within(within(section).getByRole("list", { name: "Penyaluran" })).getAllByRole("listitem")[0];
    expect(payment.textContent).toContain("Skema penyaluran");
    expect(
      within(payment).getByText("penyaluran sekaligus sebesar: seluruh pagu → nilai dalam daftar kontrak"),
    ).toBeTruthy();
    const cap = section.querySelector('[data-change="rule:penunjang.cap"]') as HTMLElement;
    expect(within(cap).getByText("Penunjang dalam batas porsi pagu")).toBeTruthy();
    expect(within(cap).getByText("tingkat: kesalahan → peringatan")).toBeTruthy();
    expect(within(cap).getByText("Kode: PENUNJANG_OVER_CAP")).toBeTruthy();
  });

  it("speaks English when the pane does", async () => {
    const user = userEvent.setup();
    renderPane({ services: coreServices(), tab: "aturan", locale: "en" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Compared with the rules of" }), "TA 2022");
    const section = changesSection();
    expect(within(section).getByText("41 differences")).toBeTruthy();
    expect(
      within(section).getByText("one-go payment amounts to: the whole pagu → the value in the list of contracts"),
    ).toBeTruthy();
  });

  it("compares a loaded ruleset with its own year's bundled one, numbers written the Indonesian way", async () => {
    const base = getRuleset(2024)!;
    const custom = { ...base, title: "TA 2024 Dinas", thresholds: { ...base.thresholds, penunjangMaxShare: 0.025 } };
    const user = userEvent.setup();
    renderPane({ services: coreServices(), tab: "aturan" });
    await user.upload(screen.getByTestId("ruleset-file"), new File([JSON.stringify(custom)], "dinas.json"));
    await screen.findByText('Aturan "TA 2024 Dinas" dimuat dan dipakai untuk validasi.');
    const select = screen.getByRole("combobox", { name: "Dibandingkan dengan aturan" }) as HTMLSelectElement;
    expect(select.options[select.selectedIndex].text).toBe("TA 2024 (bawaan)");
    const section = changesSection();
    expect(within(section).getByText("1 perbedaan")).toBeTruthy();
    const list = within(section).getByRole("list", { name: "Ambang batas" });
    const item = list.querySelector('[data-change="threshold:penunjangMaxShare"]') as HTMLElement;
    expect(within(item).getByText("Batas kegiatan penunjang (bagian dari pagu)")).toBeTruthy();
    expect(within(item).getByText("5% → 2,5%")).toBeTruthy();
  });

  it("says when there is no earlier year to compare with", () => {
    // The fake engine's newest-first list starts at TA 2020: nothing earlier.
    renderPane({ tab: "aturan" });
    expect(screen.getByRole("heading", { name: "Apa yang berubah sejak TA …" })).toBeTruthy();
    expect(screen.getByText("Tidak ada aturan bawaan tahun sebelumnya untuk dibandingkan.")).toBeTruthy();
    expect(screen.queryByRole("combobox", { name: "Dibandingkan dengan aturan" })).toBeNull();
  });
});
