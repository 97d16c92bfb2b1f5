/**
 * One polite live region for the whole pane: the outcome of every action (validation finished,
 * cells marked, sheet inserted, ruleset loaded, an error) is announced to screen readers, while
 * keyboard focus stays on the button that started it. The region is always mounted: a region
 * that appears together with its text is not reliably read.
 */
import * as React from "react";
import { useLayoutStyles } from "./layout";

type Announce = (text: string) => void;

const AnnounceContext = React.createContext<Announce>(() => undefined);

export function AnnouncerProvider(props: { children: React.ReactNode }): React.JSX.Element {
  const styles = useLayoutStyles();
  const [text, setText] = React.useState("");
  const announce = React.useCallback((next: string) => {
    // The same text twice in a row (e.g. marking twice) must still be read: clear, then set.
    setText("");
    window.setTimeout(() => setText(next), 50);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {props.children}
      <div className={styles.visuallyHidden} aria-live="polite" aria-atomic="true" data-testid="announcer">
        {text}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return React.useContext(AnnounceContext);
}
