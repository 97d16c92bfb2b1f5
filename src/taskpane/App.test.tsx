import { act, screen } from "@testing-library/react";
import { announce } from "../runtime/commandResult";
import userEvent from "@testing-library/user-event";
import { paneRecalculates } from "../runtime/recalculation";
import { renderPane } from "./testing/renderPane";

describe("task pane", () => {
  it("shows its title and five tabs, Validasi first, and opens a tab with the keyboard", async () => {
    const user = userEvent.setup();
    renderPane();
    expect(screen.getByRole("heading", { name: "DAK IKM" })).toBeTruthy();
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toEqual(
      ["Validasi", "Pagu", "Bandingkan", "Templat", "Aturan"].map((name) => screen.getByRole("tab", { name })),
    );
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").id).toBe("panel-validasi");

    // (arrow keys between tabs are Tabster's, which jsdom cannot drive; the browser test does)
    tabs[1].focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Pagu" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").id).toBe("panel-pagu");
  });

  it("names its tabs in English for an English Office", () => {
    renderPane({ locale: "en" });
    const names = ["Validation", "Budget", "Compare", "Templates", "Rules"];
    expect(screen.getAllByRole("tab")).toEqual(names.map((name) => screen.getByRole("tab", { name })));
  });

  it("shows the outcome of the ribbon command, and its error with what to do", () => {
    renderPane();
    act(() => announce({ ok: true, ruleset: "TA 2022", findings: 5, errors: 4, marked: 5 }));
    expect(screen.getByText("Validasi dari pita (TA 2022): 5 temuan, 5 sel ditandai.")).toBeTruthy();
    act(() => announce({ ok: false, error: Object.assign(new Error("x"), { code: "CELL_EDIT_MODE" }) }));
    expect(screen.getByRole("alert").textContent).toContain("mode edit sel");
  });

  it("takes over the recalculation after a ruleset change from the ribbon command while it is mounted", () => {
    expect(paneRecalculates()).toBe(false);
    const { unmount } = renderPane();
    expect(paneRecalculates()).toBe(true);
    unmount();
    expect(paneRecalculates()).toBe(false);
  });
});
