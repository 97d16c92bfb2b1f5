/**
 * The Bandingkan tab with the real core engine over sample grids (fake adapter): find the RK
 * sheets, compare the approved RK with a revised one, click a change to select its cell, mark and
 * unmark the changed cells; one RK sheet only says how to add a second.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CIREBON, CIREBON_LINES, flatSheet, totalOf, type SampleLine } from "../../../test/helpers/proposal-samples";
import { createCoreEngine } from "../../runtime/shipped/coreEngine";
import { fakeServices } from "../../runtime/testing/fakes";
import { renderPane } from "../testing/renderPane";

const PAGU = totalOf(CIREBON_LINES);
const rk = (sheetName: string, lines: readonly SampleLine[]) =>
  flatSheet({ sheetName, site: CIREBON, lines, title: "RK", totalLabel: "JUMLAH", pagu: PAGU }).build();
const revised = CIREBON_LINES.filter((_, i) => i !== 3).map((l, i) =>
  i === 1 ? { ...l, vol: 5 } : i === 5 ? { ...l, uraian: "Gudang penyimpanan rotan asalan" } : l,
);

function services(grids: ReturnType<typeof rk>[]) {
  const s = fakeServices();
  s.adapter.grids = [...grids, { sheet: "Catatan", origin: { row: 0, col: 0 }, values: [["Catatan rapat"]] }];
  return Object.assign(s, { engine: createCoreEngine() }) as unknown as ReturnType<typeof fakeServices>;
}

async function compared(locale: "id" | "en" = "id") {
  const s = services([rk("RK", CIREBON_LINES), rk("RK Perubahan", revised)]);
  const user = userEvent.setup();
  renderPane({ services: s, tab: "bandingkan", locale });
  await user.click(screen.getByRole("button", { name: locale === "id" ? "Cari lembar RK" : "Find RK sheets" }));
  await user.click(await screen.findByRole("button", { name: locale === "id" ? "Bandingkan" : "Compare" }));
  await screen.findByRole("list", { name: locale === "id" ? "Daftar perubahan" : "Changes" });
  return { s, user };
}

describe("Bandingkan tab", () => {
  it("lists the RK sheets only, old and new chosen in workbook order", async () => {
    const s = services([rk("RK", CIREBON_LINES), rk("RK Perubahan", revised)]);
    const user = userEvent.setup();
    renderPane({ services: s, tab: "bandingkan" });
    await user.click(screen.getByRole("button", { name: "Cari lembar RK" }));
    const old = (await screen.findByLabelText("Versi lama (disetujui)")) as HTMLSelectElement;
    const now = screen.getByLabelText("Versi baru") as HTMLSelectElement;
    expect([...old.options].map((o) => o.value)).toEqual(["RK", "RK Perubahan"]);
    expect([old.value, now.value]).toEqual(["RK", "RK Perubahan"]);
  });

  it("shows each change with its fields and what needs renewed approval", async () => {
    await compared();
    expect(screen.getByRole("status").textContent).toBe(
      "3 baris berubah: 0 baru, 1 dihapus, 2 diubah. 2 perubahan perlu persetujuan ulang (Perpres 7/2022 Pasal 8 ayat (1)).",
    );
    const items = within(screen.getByRole("list", { name: "Daftar perubahan" })).getAllByRole("button");
    expect(
      items.map(
        (b) => `${b.getAttribute("data-change")}@${b.getAttribute("data-sheet")}!${b.getAttribute("data-cell")}`,
      ),
    ).toEqual(["changed@RK Perubahan!E15", "removed@RK!A17:P17", "changed@RK Perubahan!D19"]);
    expect(items[0].textContent).toContain("Volume: 4 → 5");
    expect(items[0].textContent).toContain("Jumlah: Rp145.000.000 → Rp181.250.000");
    expect(items[0].textContent).toContain("perlu persetujuan ulang");
    // A reworded uraian alone needs no approval.
    expect(items[2].textContent).not.toContain("perlu persetujuan ulang");
    expect(screen.getByRole("region", { name: "Total per menu" }).textContent).toContain("Rp3.715.830.000");
  });

  it("selects a change's cell on click, marks the changed cells and removes the marks", async () => {
    const { s, user } = await compared();
    const list = screen.getByRole("list", { name: "Daftar perubahan" });
    await user.click(within(list).getAllByRole("button")[1]);
    await waitFor(() => expect(s.adapter.calls).toContain("selectCell(RK!A17:P17)"));
    await user.click(screen.getByRole("button", { name: "Tandai sel yang berubah" }));
    // E15 (volume, approval), H15 (jumlah, info), the removed row on the old sheet, D19 (uraian, info).
    expect(await screen.findByText(/4 sel ditandai/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Hapus tanda" }));
    expect(await screen.findByText(/4 tanda dihapus/)).toBeTruthy();
  });

  it("speaks English when Office does", async () => {
    await compared("en");
    expect(screen.getByRole("status").textContent).toContain("3 lines changed: 0 added, 1 removed, 2 changed.");
  });

  it("says how to add a second version when the workbook has one RK sheet", async () => {
    const s = services([rk("RK", CIREBON_LINES)]);
    const user = userEvent.setup();
    renderPane({ services: s, tab: "bandingkan" });
    await user.click(screen.getByRole("button", { name: "Cari lembar RK" }));
    expect(await screen.findByText(/Hanya ada satu lembar RK/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Bandingkan" })).toBeNull();
  });
});
