import * as React from "react";
import { Title2 } from "@fluentui/react-components";

/** The task pane's root (the tabs arrive with the task-pane issue). */
export function App(): React.JSX.Element {
  return (
    <main>
      <Title2 as="h1">DAK IKM</Title2>
    </main>
  );
}
