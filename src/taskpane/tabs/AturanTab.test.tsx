import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeServices } from "../testing/fakes";
import { renderPane } from "../testing/renderPane";

function jsonFile(text: string, name = "aturan-2020.json"): File {
  return new File([text], name, { type: "application/json" });
}

describe("Aturan tab", () => {
  it("shows the active ruleset, its source and each rule's status", () => {
    renderPane({ tab: "aturan" });
    expect(screen.getByRole("heading", { name: "Aturan aktif: TA 2020" })).toBeTruthy();
    expect(screen.getByText("Sumber: bawaan add-in")).toBeTruthy();
    const rows = within(screen.getByRole("table", { name: "Aturan" }))
      .getAllByRole("row")
      .slice(1);
    expect(rows.map((r) => r.getAttribute("data-rule"))).toEqual(["penunjang.cap", "line.ineligible"]);
    expect(within(rows[0]).getByText("terverifikasi")).toBeTruthy();
    expect(within(rows[0]).getByText("Perpres 7/2022 Pasal 8 ayat (6)")).toBeTruthy();
    expect(within(rows[1]).getByText("asumsi")).toBeTruthy();
  });

  it("loads a ruleset from a JSON file, makes it active and uses it for the next validation", async () => {
    const services = fakeServices();
    const user = userEvent.setup();
    renderPane({ services, tab: "aturan" });
    await user.upload(screen.getByTestId("ruleset-file"), jsonFile('{"title":"TA 2020 Dinas"}'));
    expect(await screen.findByText('Aturan "TA 2020 Dinas" dimuat dan dipakai untuk validasi.')).toBeTruthy();
    expect(screen.getByText("Sumber: berkas aturan-2020.json")).toBeTruthy();

    await user.click(screen.getByRole("tab", { name: "Validasi" }));
    expect((screen.getByRole("combobox", { name: "Aturan (Tahun Anggaran)" }) as HTMLSelectElement).value).toBe(
      "loaded:TA 2020 Dinas",
    );
    await user.click(screen.getByRole("button", { name: "Validasi" }));
    await screen.findByText(/Tidak ada temuan/);
    expect(services.engine.checkedWith).toEqual(["loaded:TA 2020 Dinas"]);
  });

  it("lists every problem of a ruleset that does not load, with its JSON path, and keeps the active one", async () => {
    const services = fakeServices();
    services.engine.loadProblems = [
      { path: "/menus/0/rincian/3/satuan", message: "must be an array" },
      { path: "/thresholds/penunjangMaxShare", message: "must be ≤ 1" },
    ];
    const user = userEvent.setup();
    renderPane({ services, tab: "aturan" });
    await user.upload(screen.getByTestId("ruleset-file"), jsonFile("{}"));
    const alert = await screen.findByRole("alert");
    expect(
      within(alert)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["/menus/0/rincian/3/satuan: must be an array", "/thresholds/penunjangMaxShare: must be ≤ 1"]);
    expect(screen.getByRole("heading", { name: "Aturan aktif: TA 2020" })).toBeTruthy();
  });

  it("reports a file that is not JSON at all", async () => {
    const user = userEvent.setup();
    renderPane({ tab: "aturan", locale: "en" });
    await user.upload(screen.getByTestId("ruleset-file"), jsonFile("{ menus: [", "broken.json"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/\/: Not valid JSON: /);
  });

  it("loads a ruleset kept as JSON text in a sheet, joining the cells it is split over", async () => {
    const services = fakeServices();
    services.adapter.grids.push({
      sheet: "Aturan DAK",
      origin: { row: 0, col: 0 },
      values: [['{"title":'], ['"Dari sheet"}', null]],
    });
    const user = userEvent.setup();
    renderPane({ services, tab: "aturan" });
    await user.click(screen.getByRole("button", { name: "Muat dari sheet" }));
    expect(await screen.findByText('Aturan "Dari sheet" dimuat dan dipakai untuk validasi.')).toBeTruthy();
    expect(services.adapter.calls).toEqual(["readGrids(Aturan DAK)"]);
    expect(screen.getByText('Sumber: sheet "Aturan DAK"')).toBeTruthy();
  });

  it("says when the named sheet holds no JSON, and shows Excel errors with what to do", async () => {
    const services = fakeServices();
    services.adapter.grids.push({
      sheet: "Angka",
      origin: { row: 0, col: 0 },
      values: [
        [1, 2],
        [null, 3],
      ],
    });
    const user = userEvent.setup();
    renderPane({ services, tab: "aturan" });
    const name = screen.getByRole("textbox", { name: "Nama sheet berisi aturan (JSON)" });
    await user.clear(name);
    await user.type(name, "Angka");
    await user.click(screen.getByRole("button", { name: "Muat dari sheet" }));
    expect(await screen.findByText('Sheet "Angka" tidak berisi teks JSON.')).toBeTruthy();

    services.adapter.failNext = {
      method: "readGrids",
      error: Object.assign(new Error("no sheet"), { code: "ItemNotFound" }),
    };
    await user.click(screen.getByRole("button", { name: "Muat dari sheet" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Sheet atau sel tidak ditemukan");
  });
});
