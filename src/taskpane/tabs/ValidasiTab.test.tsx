import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeAdapter, fakeServices, finding } from "../../runtime/testing/fakes";
import { renderPane } from "../testing/renderPane";

function planted() {
  return [
    finding({ code: "AMOUNT_MISMATCH", cell: "H17", basis: "juknis" }),
    finding({ code: "SATUAN_INVALID", cell: "F21" }),
    finding({ code: "NUMBER_AS_TEXT", cell: "G24", severity: "warning" }),
    finding({ code: "PENUNJANG_METHOD", cell: "I26", basis: "Perpres 7/2022 Pasal 8 ayat (7)" }),
    finding({ code: "HONOR_NOT_ALLOWED", cell: "D27", sheet: "Lampiran" }),
  ];
}

async function runWith(services = fakeServices()) {
  services.engine.findings = planted();
  const user = userEvent.setup();
  renderPane({ services });
  await user.click(screen.getByRole("button", { name: "Periksa usulan" }));
  await screen.findByText("4 kesalahan, 1 peringatan, 0 informasi");
  return { services, user };
}

describe("Validasi tab", () => {
  it("reads the workbook, checks it with the chosen ruleset and groups the findings by severity with counts", async () => {
    const services = fakeServices();
    services.engine.findings = planted();
    const user = userEvent.setup();
    renderPane({ services });
    await user.selectOptions(screen.getByRole("combobox", { name: "Aturan (Tahun Anggaran)" }), "ta2021");
    await user.click(screen.getByRole("button", { name: "Periksa usulan" }));

    const errors = await screen.findByRole("region", { name: /Kesalahan/ });
    // Choosing a ruleset recalculates the workbook, so the DAK functions follow it too.
    expect(services.adapter.calls).toEqual(["recalculate", "readGrids"]);
    expect(services.engine.checkedWith).toEqual(["ta2021"]);
    expect(within(errors).getAllByRole("listitem")).toHaveLength(4);
    expect(within(errors).getByText("4")).toBeTruthy();
    const warnings = screen.getByRole("region", { name: /Peringatan/ });
    expect(within(warnings).getAllByRole("listitem")).toHaveLength(1);
    expect(screen.queryByRole("region", { name: /Informasi/ })).toBeNull();
    // message, cell and basis of each finding
    expect(screen.getByText("id:PENUNJANG_METHOD at I26")).toBeTruthy();
    expect(screen.getByText("RK!I26 · Dasar: Perpres 7/2022 Pasal 8 ayat (7)")).toBeTruthy();
    // the code and rule id only in a details line; a rule with a title is named in plain words
    expect(screen.getByText("Kode: PENUNJANG_METHOD (test.rule)")).toBeTruthy();
  });

  it("selects a finding's cell when it is clicked or chosen with the keyboard", async () => {
    const { services, user } = await runWith();
    await user.click(screen.getByText("id:SATUAN_INVALID at F21"));
    screen.getByText("id:HONOR_NOT_ALLOWED at D27").closest("button")!.focus();
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(services.adapter.calls).toEqual(["readGrids", "selectCell(RK!F21)", "selectCell(Lampiran!D27)"]),
    );
  });

  it("keeps a finding without a cell reachable by keyboard, but selects nothing for it", async () => {
    const services = fakeServices();
    services.engine.findings = [finding({ code: "TABLE_NOT_FOUND", sheet: "", cell: "" })];
    const user = userEvent.setup();
    renderPane({ services });
    await user.click(screen.getByRole("button", { name: "Periksa usulan" }));
    const item = (await screen.findByText(/^id:TABLE_NOT_FOUND/)).closest("button")!;
    item.focus();
    expect(document.activeElement).toBe(item);
    expect(item.getAttribute("aria-disabled")).toBe("true");
    await user.keyboard("{Enter}");
    expect(services.adapter.calls).toEqual(["readGrids"]);
  });

  it("filters by kind of finding (the rule in plain words when it has a title) and by sheet", async () => {
    const { user } = await runWith();
    const kind = screen.getByRole("combobox", { name: "Jenis temuan" });
    expect(within(kind).getByRole("option", { name: "Jumlah = volume × harga satuan" })).toBeTruthy();
    expect(screen.getByText("Jumlah = volume × harga satuan · Kode: AMOUNT_MISMATCH (test.rule)")).toBeTruthy();
    await user.selectOptions(kind, "NUMBER_AS_TEXT");
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(screen.queryByRole("region", { name: /Kesalahan/ })).toBeNull();
    await user.selectOptions(kind, "");
    await user.selectOptions(screen.getByRole("combobox", { name: "Lembar" }), "Lampiran");
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringContaining("HONOR_NOT_ALLOWED"),
    ]);
  });

  it("marks the shown findings' cells, removes the marks and exports the findings to a sheet", async () => {
    const { services, user } = await runWith();
    await user.click(screen.getByRole("button", { name: "Tandai sel" }));
    expect(await screen.findByText(/5 sel ditandai/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Hapus tanda" }));
    expect(await screen.findByText(/5 tanda dihapus/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Ekspor ke lembar" }));
    expect(await screen.findByText('Temuan ditulis ke lembar baru "Hasil Validasi".')).toBeTruthy();
    expect(services.adapter.calls.slice(1)).toEqual(["addMarks(5)", "removeMarks", "writeFindingsSheet(5)"]);
    const { rows, title } = services.adapter.exported[0];
    expect(title).toBe("Hasil Validasi");
    // presentation order: severity, sheet, row
    expect(rows.map((r) => `${r.sheet}!${r.cell}`)).toEqual(["Lampiran!D27", "RK!H17", "RK!F21", "RK!I26", "RK!G24"]);
    expect(rows[1]).toEqual({
      severity: "Kesalahan",
      code: "AMOUNT_MISMATCH",
      sheet: "RK",
      cell: "H17",
      message: "id:AMOUNT_MISMATCH at H17",
      basis: "juknis",
    });
  });

  it("shows an Excel error as an alert that says what to do, and keeps the findings", async () => {
    const { services, user } = await runWith();
    services.adapter.failNext = {
      method: "selectCell",
      error: Object.assign(new Error("busy editing"), { code: "InvalidOperationInCellEditMode" }),
    };
    await user.click(screen.getByText("id:SATUAN_INVALID at F21"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Tekan Enter atau Esc");
    expect(screen.getByText("id:SATUAN_INVALID at F21")).toBeTruthy();
  });

  it("shows a failed read as an alert and lets the user dismiss it", async () => {
    const services = fakeServices();
    services.adapter.failNext = {
      method: "readGrids",
      error: Object.assign(new Error("Sheet1 is protected"), { code: "AccessDenied" }),
    };
    const user = userEvent.setup();
    renderPane({ services });
    await user.click(screen.getByRole("button", { name: "Periksa usulan" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Buka Proteksi Lembar");
    await user.click(screen.getByRole("button", { name: "Tutup" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows reading progress while the adapter reads, then the result", async () => {
    const services = fakeServices();
    const adapter: FakeAdapter = services.adapter;
    adapter.hold = { progress: [{ rowsRead: 5000, rowsTotal: 20000 }] };
    const user = userEvent.setup();
    renderPane({ services });
    await user.click(screen.getByRole("button", { name: "Periksa usulan" }));
    expect(await screen.findByText("Membaca baris 5.000 dari 20.000")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.25");
    // busy, yet still focusable: keyboard focus is not dropped to the page
    expect(screen.getByRole("button", { name: "Memeriksa…" }).getAttribute("aria-disabled")).toBe("true");
    await act(async () => adapter.hold!.release!());
    expect(await screen.findByText("Tidak ada temuan: usulan sesuai dengan aturan yang dipilih.")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows a long list a page at a time", async () => {
    const services = fakeServices();
    services.engine.findings = Array.from({ length: 250 }, (_, i) =>
      finding({ code: "NUMBER_AS_TEXT", cell: `G${i + 14}`, severity: "warning" }),
    );
    const user = userEvent.setup();
    renderPane({ services });
    await user.click(screen.getByRole("button", { name: "Periksa usulan" }));
    await screen.findByText("Menampilkan 100 dari 250 temuan");
    expect(screen.getAllByRole("listitem")).toHaveLength(100);
    await user.click(screen.getByRole("button", { name: "Tampilkan lebih banyak" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(250);
  }, 30_000);

  it("speaks English when the locale is en", async () => {
    const services = fakeServices();
    services.engine.findings = planted();
    const user = userEvent.setup();
    renderPane({ services, locale: "en" });
    await user.click(screen.getByRole("button", { name: "Check proposal" }));
    expect(await screen.findByText("4 errors, 1 warning, 0 notes")).toBeTruthy();
    expect(screen.getByText("en:AMOUNT_MISMATCH at H17")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Mark cells" })).toBeTruthy();
  });

  it("keeps keyboard focus on Validasi and Tandai sel after Enter, and announces the outcome", async () => {
    const services = fakeServices();
    services.engine.findings = planted();
    const user = userEvent.setup();
    renderPane({ services });
    // nothing to remove before any run
    expect(screen.getByRole("button", { name: "Hapus tanda" }).getAttribute("aria-disabled")).toBe("true");
    const run = screen.getByRole("button", { name: "Periksa usulan" });
    run.focus();
    await user.keyboard("{Enter}");
    await screen.findByText("4 kesalahan, 1 peringatan, 0 informasi");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Periksa usulan" }));
    await waitFor(() =>
      expect(screen.getByTestId("announcer").textContent).toBe("4 kesalahan, 1 peringatan, 0 informasi"),
    );

    const mark = screen.getByRole("button", { name: "Tandai sel" });
    mark.focus();
    await user.keyboard("{Enter}");
    await screen.findByText(/5 sel ditandai/);
    expect(document.activeElement).toBe(mark);
    await waitFor(() => expect(screen.getByTestId("announcer").textContent).toMatch(/5 sel ditandai/));
    expect(screen.getByRole("button", { name: "Hapus tanda" }).getAttribute("aria-disabled")).toBeNull();
  });

  it("clears a success notice when the filter changes (it no longer describes the list)", async () => {
    const { user } = await runWith();
    await user.click(screen.getByRole("button", { name: "Tandai sel" }));
    await screen.findByText(/5 sel ditandai/);
    await user.selectOptions(screen.getByRole("combobox", { name: "Lembar" }), "Lampiran");
    expect(screen.queryByText(/5 sel ditandai/)).toBeNull();
  });

  it("shows marking progress with a cancel button, and says how far it got when cancelled", async () => {
    const { services, user } = await runWith();
    services.adapter.markHold = {};
    await user.click(screen.getByRole("button", { name: "Tandai sel" }));
    expect(await screen.findByText("Menandai sel 0 dari 5…")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Batal" }));
    await act(async () => services.adapter.markHold!.release!());
    expect(await screen.findByText(/Penandaan dihentikan: 0 sel sudah ditandai/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Batal" })).toBeNull();
  });
});

describe("Validasi tab and the DAK functions", () => {
  it("recalculates the workbook when the active ruleset changes, not on opening; a failure says what to do", async () => {
    const services = fakeServices();
    const user = userEvent.setup();
    renderPane({ services });
    expect(services.adapter.calls).toEqual([]);
    const select = screen.getByRole("combobox", { name: "Aturan (Tahun Anggaran)" });
    await user.selectOptions(select, "ta2021");
    expect(services.adapter.calls).toEqual(["recalculate"]);
    services.adapter.failNext = {
      method: "recalculate",
      error: Object.assign(new Error("x"), { code: "CELL_EDIT_MODE" }),
    };
    await user.selectOptions(select, "ta2020");
    expect((await screen.findByRole("alert")).textContent).toContain("mode edit sel");
  });
});
