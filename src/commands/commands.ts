/**
 * Ribbon commands. They run in the shared runtime, so they can reach the same adapter as the
 * task pane. (The "run validation" command arrives with the task-pane issue.)
 */
Office.onReady(() => {
  // Nothing to register yet: the "Validasi DAK" button opens the task pane declaratively.
});
