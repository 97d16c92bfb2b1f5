/**
 * Text from the files echoed into our outputs (cell texts inside messages, sheet and file names):
 * capped at Excel's limit of 32,767 characters per cell, so a 20 MB cell is not copied whole into
 * every output, and, for the terminal formats, free of control characters, so an escape code in a
 * cell cannot repaint or retitle the user's terminal.
 */

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;

/** At most MAX_CELL_CHARS characters (UTF-16 units), cut before a lone surrogate, marked with "…". */
export function capText(text: string, max = MAX_CELL_CHARS): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--; // do not leave half of a surrogate pair
  return `${text.slice(0, cut)}…`;
}

// ANSI/VT escape sequences (CSI … final byte, OSC … BEL/ST, two-character escapes), then any
// other C0/C1 control but tab, line feed and carriage return.
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|\u009b[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Capped, with terminal escape codes and control characters removed (line breaks kept). */
export function echoText(text: string): string {
  const capped = capText(text);
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(capped)) return capped;
  return capped.replace(ESCAPES, "").replace(CONTROLS, "");
}
