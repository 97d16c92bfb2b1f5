/**
 * Who asks Excel to recalculate when the active ruleset changes. The DAK functions are not
 * volatile (a volatile function would recalculate at every edit), so after a change their cells
 * answer under the old ruleset until Excel recalculates. The task pane asks while it is mounted
 * (in the shared runtime it stays mounted once opened, also when hidden); otherwise the ribbon
 * command asks after a run that changed it. Never both: a full recalculation of a big workbook
 * takes seconds. The flag lives on the page's global object, as the active ruleset does.
 */
const KEY = Symbol.for("dak-ikm.pane-recalculates");

type Holder = { [KEY]?: number };

/** The pane recalculates from now until the returned function is called (its unmount). */
export function paneWillRecalculate(): () => void {
  const holder = globalThis as Holder;
  holder[KEY] = (holder[KEY] ?? 0) + 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    holder[KEY] = Math.max(0, (holder[KEY] ?? 1) - 1);
  };
}

export function paneRecalculates(): boolean {
  return ((globalThis as Holder)[KEY] ?? 0) > 0;
}
