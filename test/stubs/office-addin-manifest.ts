/**
 * office-addin-mock imports office-addin-manifest only for this enum; the real module pulls an
 * ESM-only dependency that jest on Node 20 cannot load, so tests map it here.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  Project = "project",
  PowerPoint = "powerpoint",
  Word = "word",
}
