import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeServices } from "../../runtime/testing/fakes";
import { renderPane } from "../testing/renderPane";

function jsonFile(text: string, name = "aturan-2020.json"): File {
  return new File([text], name, { type: "application/json" });
}

describe("Aturan tab", () => {
  it("shows the active ruleset, its source and each rule in plain words, with code and id in a details line", () => {
    renderPane({ tab: "aturan" });
    expect(screen.getByRole("heading", { name: "Aturan aktif: TA 2020" })).toBeTruthy();
    expect(screen.getByText("Sumber: bawaan add-in")).toBeTruthy();
    const rows = within(screen.getByRole("list", { name: "Aturan yang berlaku" })).getAllByRole("listitem");
    expect(rows.map((r) => r.getAttribute("data-rule"))).toEqual(["penunjang.cap", "line.amount", "line.ineligible"]);
    expect(within(rows[0]).getByText("Batas kegiatan penunjang")).toBeTruthy();
    expect(within(rows[0]).getByText("terverifikasi")).toBeTruthy();
    expect(within(rows[0]).getByText("Dasar: Perpres 7/2022 Pasal 8 ayat (6)")).toBeTruthy();
    expect(within(rows[0]).getByText("Kode: PENUNJANG_OVER_CAP (penunjang.cap)")).toBeTruthy();
    expect(within(rows[2]).getByText("asumsi")).toBeTruthy();
  });

  it("puts the load buttons before the rules, so the outcome is seen without scrolling", () => {
    renderPane({ tab: "aturan" });
    const load = screen.getByRole("button", { name: "Muat berkas JSON…" });
    const rules = screen.getByRole("list", { name: "Aturan yang berlaku" });
    expect(load.compareDocumentPosition(rules) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
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
    await user.click(screen.getByRole("button", { name: "Periksa usulan" }));
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
    ).toEqual([
      // the place in words first, the JSON path only below it
      "menu ke-1 › rincian ke-4 › satuan: must be an array/menus/0/rincian/3/satuan",
      "ambang batas › penunjangMaxShare: must be ≤ 1/thresholds/penunjangMaxShare",
    ]);
    expect(screen.getByRole("heading", { name: "Aturan aktif: TA 2020" })).toBeTruthy();
  });

  it("reports a file that is not JSON at all", async () => {
    const user = userEvent.setup();
    renderPane({ tab: "aturan", locale: "en" });
    await user.upload(screen.getByTestId("ruleset-file"), jsonFile("{ menus: [", "broken.json"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This file is not valid JSON: there is a typing error at line 1, column 3");
    expect(alert.textContent).not.toMatch(/Expected|position|property name/);
  });

  it("says where a broken JSON file breaks, in plain Indonesian, and announces it", async () => {
    const user = userEvent.setup();
    renderPane({ tab: "aturan" });
    await user.upload(screen.getByTestId("ruleset-file"), jsonFile('{\n  "title": "x",\n  "menus": [1 2]\n}'));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Berkas ini bukan JSON yang sah: ada kesalahan tulis di baris 3, kolom 15");
    await waitFor(() =>
      expect(screen.getByTestId("announcer").textContent).toBe("Aturan tidak dapat dimuat: 1 masalah."),
    );
  });

  it("says that a named sheet does not exist", async () => {
    const user = userEvent.setup();
    renderPane({ tab: "aturan" });
    const name = screen.getByRole("textbox", { name: "Nama lembar berisi aturan (JSON)" });
    await user.clear(name);
    await user.type(name, "Tidak Ada");
    await user.click(screen.getByRole("button", { name: "Muat dari lembar" }));
    expect(
      await screen.findByText('Lembar "Tidak Ada" tidak ada di buku kerja ini. Periksa nama lembar lalu coba lagi.'),
    ).toBeTruthy();
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
    await user.click(screen.getByRole("button", { name: "Muat dari lembar" }));
    expect(await screen.findByText('Aturan "Dari sheet" dimuat dan dipakai untuk validasi.')).toBeTruthy();
    // The loaded ruleset is active for the whole runtime: the workbook recalculates for the DAK functions.
    expect(services.adapter.calls).toEqual(["readGrids(Aturan DAK)", "recalculate"]);
    expect(screen.getByText('Sumber: lembar "Aturan DAK"')).toBeTruthy();
  });

  it("reads JSON pasted with its byte order mark", async () => {
    const services = fakeServices();
    services.adapter.grids.push({
      sheet: "Aturan DAK",
      origin: { row: 0, col: 0 },
      values: [['\uFEFF{"title": "Dengan BOM"}']],
    });
    const user = userEvent.setup();
    renderPane({ services, tab: "aturan" });
    await user.click(screen.getByRole("button", { name: "Muat dari lembar" }));
    expect(await screen.findByText('Aturan "Dengan BOM" dimuat dan dipakai untuk validasi.')).toBeTruthy();
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
    const name = screen.getByRole("textbox", { name: "Nama lembar berisi aturan (JSON)" });
    await user.clear(name);
    await user.type(name, "Angka");
    await user.click(screen.getByRole("button", { name: "Muat dari lembar" }));
    expect(await screen.findByText('Lembar "Angka" tidak berisi teks JSON.')).toBeTruthy();

    services.adapter.failNext = {
      method: "readGrids",
      error: Object.assign(new Error("no sheet"), { code: "ItemNotFound" }),
    };
    await user.click(screen.getByRole("button", { name: "Muat dari lembar" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Lembar atau sel tidak ditemukan");
  });
});
