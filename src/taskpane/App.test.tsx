import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";

describe("task pane", () => {
  it("renders its title inside a FluentProvider", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { name: "DAK IKM" })).toBeTruthy();
  });
});
