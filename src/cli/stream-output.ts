/**
 * Prints the batch as it is checked, file by file in the order of the input, so a batch of
 * 27 × 20,000-line RKs (a million findings) never sits in memory: each report is printed when its
 * turn comes and then kept only as the recap needs it (slimReport). The output is the same text
 * the whole-batch formatters give. Used unless --alokasi or --report need every finding at the end.
 */
import { csvHeader, csvRows } from "./format-csv";
import { jsonFile } from "./format-json";
import { batchLine, fileBlock, painter } from "./format-table";
import type { CliIO } from "./io";
import type { Presenter } from "./presenter";
import type { RecapFindingRow } from "../xlsx/recap-writer";
import type { FileReport } from "./report";
import { t } from "./messages";
import type { OutputFormat } from "./args";

/** Findings per file the recap's Temuan sheet holds (the outputs hold all of them). */
export const RECAP_FINDINGS_PER_FILE = 2_000;

/** A printed report as the recap needs it: no findings, their recap rows (capped) instead. */
export interface SlimReport extends FileReport {
  readonly recapFindings: readonly RecapFindingRow[];
  /** Findings left out of the recap beyond RECAP_FINDINGS_PER_FILE. */
  readonly recapOmitted: number;
}

export class StreamOutput {
  private readonly waiting = new Map<number, FileReport>();
  private next = 0;
  private readonly paint;

  constructor(
    private readonly format: OutputFormat,
    private readonly io: CliIO,
    private readonly p: Presenter,
    /** Keep recap rows of the findings (only when --recap is given). */
    private readonly recap: boolean,
  ) {
    this.paint = painter(io.color);
    if (format === "csv") io.stdout.write(csvHeader());
    if (format === "json") io.stdout.write('{\n  "files": [');
  }

  /** Takes the report of file `index`, prints what is now in order, returns what to keep. */
  add(index: number, report: FileReport): SlimReport {
    this.waiting.set(index, report);
    while (this.waiting.has(this.next)) {
      this.print(this.waiting.get(this.next)!, this.next);
      this.waiting.delete(this.next++);
    }
    return this.slim(report);
  }

  finish(reports: readonly FileReport[], seconds: number): void {
    if (this.format === "json") this.io.stdout.write(reports.length > 0 ? "\n  ]\n}\n" : "]\n}\n");
    if (this.format === "table") {
      const gap = reports.length === 0 ? "\n" : "";
      this.io.stdout.write(`${gap}${batchLine(reports, this.p, this.paint, seconds)}\n`);
    }
  }

  private print(r: FileReport, index: number): void {
    const { io, p } = this;
    if (this.format === "csv") io.stdout.write(csvRows(r, p));
    else if (this.format === "json") {
      const text = JSON.stringify(jsonFile(r, p), null, 2).replace(/\n/g, "\n    ");
      io.stdout.write(`${index > 0 ? "," : ""}\n    ${text}`);
    } else io.stdout.write(`${fileBlock(r, p, this.paint)}\n`);
  }

  private slim(r: FileReport): SlimReport {
    const kept = this.recap ? r.findings.slice(0, RECAP_FINDINGS_PER_FILE) : [];
    return {
      ...r,
      findings: [],
      recapFindings: kept.map((f) => ({
        file: r.file,
        kabKota: r.facts.kabKota ?? "",
        sheet: f.sheet,
        cell: f.cell,
        severity: t(this.p.lang, `severity.${f.severity}`),
        code: f.code,
        message: this.p.message(f),
      })),
      recapOmitted: this.recap ? r.findings.length - kept.length : 0,
    };
  }
}
