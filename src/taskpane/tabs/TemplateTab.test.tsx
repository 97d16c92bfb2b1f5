import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeServices } from "../../runtime/testing/fakes";
import { renderPane } from "../testing/renderPane";

describe("Template tab", () => {
  it("lists the templates with a one-line description and inserts one as a new sheet each time", async () => {
    const services = fakeServices();
    const user = userEvent.setup();
    renderPane({ services, tab: "template" });
    const items = screen.getAllByRole("listitem");
    expect(items.map((li) => li.getAttribute("data-template"))).toEqual(["rk", "rab"]);
    expect(within(items[1]).getByText("Rincian anggaran biaya dengan PPN")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Sisipkan Rencana Kegiatan" }));
    expect(await screen.findByText('Lembar "RK" ditambahkan.')).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Sisipkan Rencana Kegiatan" }));
    expect(await screen.findByText('Lembar "RK (2)" ditambahkan.')).toBeTruthy();
    expect(services.inserted).toEqual(["rk", "rk"]);
  });

  it("shows a failed insert as an alert with what to do", async () => {
    const services = fakeServices();
    services.inserter.insert = async () => {
      throw Object.assign(new Error("edit mode"), { code: "InvalidOperationInCellEditMode" });
    };
    const user = userEvent.setup();
    renderPane({ services, tab: "template", locale: "en" });
    await user.click(screen.getByRole("button", { name: "Insert RAB" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Press Enter or Esc in Excel");
  });
});
