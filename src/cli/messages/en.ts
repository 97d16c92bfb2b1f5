/** The `dak` command's own texts in English (`--lang en`); same keys as id.ts. */
import { BANDINGKAN_EN } from "./bandingkan-en";
import { RULES_DIFF_EN } from "./rules-diff-en";
import type { MessageKey, MessageTools, P } from "./id";

export const en: Record<MessageKey, (p: P, tools: MessageTools) => string> = {
  ...BANDINGKAN_EN,
  ...RULES_DIFF_EN,
  "help.main": () =>
    `dak — checker for DAK Fisik Bidang IKM proposals

Usage:
  dak validate <file|folder>… [options]  check Rencana Kegiatan workbooks (.xlsx)
  dak rules [--ta 2024] [--diff 2022]    show the ruleset, or what changed since another year
  dak evaluasi <file|folder>… [options] sentra indicators across kab/kota
  dak bandingkan <old> <new>             compare two versions of an RK (alias: compare)
  dak template <id> --out FILE.xlsx      write a standard sheet (rk, rab, kak, sentra, realisasi, alokasi)

Common options:
  --lang en      English texts (default: Bahasa Indonesia)
  -h, --help     help; "dak <command> --help" for one command
  --version      version

Exit codes: 0 = no error findings, 1 = at least one error finding, 2 = usage error or unreadable file.
`,
  "help.validate": () =>
    `Usage: dak validate <file|folder>… [options]

Checks each .xlsx file (a folder: every .xlsx in it, subfolders included) against the DAK Fisik
Bidang IKM technical rules. Input files are never modified.

Options:
  --ta YEAR          use this fiscal year's rules (default: the year stated in the proposal)
  --rules FILE       use rules from your own JSON file instead of the bundled ones
  --format F         table (default), json or csv
  --recap FILE       write an .xlsx recap (sheets "Rekap" and "Temuan")
  --alokasi FILE     check every RK's pagu against an .xlsx allocation table (Provinsi,
                     Kabupaten/Kota, Pagu) and list the kab/kota that sent no RK
  --report FILE      write an .html report with charts per province (one file, printable)
  --force            allow overwriting an existing recap or report file
  --jobs N, -j N     files checked at once (default: the CPU cores the load leaves idle, as free memory allows)
  --lang en          English texts

Exit codes: 0 = no error findings, 1 = at least one error finding, 2 = usage error or unreadable file.

Examples:
  dak validate usulan/ --recap rekap.xlsx
  dak validate rk-cirebon.xlsx --format json
`,
  "help.rules": () =>
    `Usage: dak rules [--ta YEAR] [--rules FILE] [--diff YEAR] [--format table|json] [--lang en]

Shows the rules the checks use: menus, rincian, satuan, methods, thresholds, and every rule with
its severity, legal basis and status (verified, reported or assumed).

Options:
  --ta YEAR          the rules of this fiscal year (default: the latest)
  --rules FILE       rules from your own JSON file instead of the bundled ones
  --diff YEAR        only what changed since that fiscal year's rules: menus, rincian, units,
                     thresholds, disbursement, and rules added, removed, switched on or off, or
                     with another severity, status or legal basis
  --format F         table (default) or json (with --diff: the list of differences as data);
                     --json is the same as --format json
  --lang en          English texts

Examples:
  dak rules --ta 2024 --diff 2022
  dak rules --rules aturan-dinas.json --diff 2024 --format json
`,
  "help.template": (p) =>
    `Usage: dak template <id> --out FILE.xlsx [options]

Writes one standard sheet to a new .xlsx file; its dropdown lists (menu, rincian, satuan, metode)
come from the fiscal year's rules. An existing file is never overwritten without --force.

Templates:
${p.templates}

Options:
  --out FILE         the .xlsx file to create (required)
  --ta YEAR          the fiscal year whose rules fill the dropdown lists (default: ${p.defaultTa})
  --force            allow overwriting an existing file
  --lang en          English texts

Exit codes: 0 = file written, 2 = usage error, file already exists, or file could not be written.

Examples:
  dak template rk --out rk-2020.xlsx
  dak template rab --out rab.xlsx --ta 2020 --force
`,
  "usage.unknownCommand": (p) => `unknown command: ${p.command}`,
  "usage.unknownOption": (p) => `unknown option for "${p.command}": ${p.option}`,
  "usage.missingValue": (p) => `option ${p.option} needs a value`,
  "usage.badChoice": (p) => `unknown value for ${p.option}: "${p.value}" (choices: ${p.allowed})`,
  "usage.badTa": (p) => `no bundled rules for fiscal year ${p.value} (available: ${p.available})`,
  "usage.badJobs": (p) => `--jobs must be a whole number 1–64, not "${p.value}"`,
  "usage.noInput": () => `name the files or folders to check`,
  "usage.extraArgument": (p) => `unexpected argument: ${p.value}`,
  "usage.seeHelp": (p) => `See "dak ${p.command} --help".`,
  "usage.recapNotXlsx": (p) => `the recap file must end in .xlsx: ${p.path}`,
  "usage.recapExists": (p) => `the recap file already exists: ${p.path} (use --force to overwrite)`,
  "usage.recapIsInput": (p) => `the recap file may not be one of the input files: ${p.path}`,
  "usage.recapIsFolder": (p) => `the recap file is a folder: ${p.path} (give a file name ending in .xlsx)`,
  "usage.linkOutside": (p) => `not followed: ${p.path} is a link to outside the folder given`,
  "recap.omitted": (p) =>
    `… and ${p.count} more findings of this file, not listed here (Excel holds only so many rows): see the output of dak validate --format csv`,
  "usage.recapFolderMissing": (p) => `the folder of the recap file does not exist: ${p.path}`,
  "usage.recapFailed": (p) => `could not write the recap to ${p.path}: ${p.detail}`,
  "usage.folderEmpty": (p) => `the folder holds no .xlsx file: ${p.path}`,
  "usage.folderUnreadable": (p) => `the folder cannot be read (${p.detail}), its files were not checked: ${p.path}`,
  "usage.rulesUnreadable": (p) => `could not read the rules file: ${p.path} (${p.detail})`,
  "usage.rulesInvalid": (p) => `the rules file is not valid: ${p.path}`,
  "usage.noTemplate": () => `name the template to write`,
  "usage.unknownTemplate": (p) => `unknown template: ${p.id} (choices: ${p.available})`,
  "usage.noOut": () => `name the file to create with --out FILE.xlsx`,
  "usage.outNotXlsx": (p) => `the output file must end in .xlsx: ${p.path}`,
  "usage.templateExists": (p) => `file already exists, not overwritten: ${p.path} (use --force to overwrite)`,
  "usage.templateFailed": (p) => `the template could not be written to ${p.path}: ${p.detail}`,
  "template.written": (p) => `Template ${p.id} (fiscal year ${p.ta}) written to ${p.path}`,
  "reason.EMPTY_FILE": () => `empty file (0 bytes)`,
  "reason.FILE_TOO_LARGE": (p) => `file too large (${p.bytes} bytes; limit ${p.limit})`,
  "reason.NOT_XLSX": () => `not an Excel .xlsx workbook`,
  "reason.OLD_XLS": () => `old Excel format (.xls); save it again as .xlsx in Excel`,
  "reason.ENCRYPTED": () => `password-protected workbook; open it in Excel, remove the password and save it again`,
  "reason.ZIP_BOMB": () => `its content inflates far beyond the limits (likely a zip bomb); not opened`,
  "reason.CORRUPT": () => `damaged or incomplete file; cannot be opened`,
  "reason.TOO_MANY_CELLS": (p, x) => `too many ${x.plural("cells", "cell", "cells")} (${p.cells}; limit ${p.limit})`,
  "reason.TIMEOUT": (p, x) =>
    `reading took longer than the time limit (${p.seconds} ${x.plural("seconds", "second", "seconds")})`,
  "reason.OUT_OF_MEMORY": () => `ran out of memory while reading the file`,
  "reason.NO_SHEETS": () => `no visible worksheet`,
  "reason.IO_ERROR": (p) =>
    p.detail === "ENOENT"
      ? `no such file; check its name and folder`
      : p.detail === "EACCES" || p.detail === "EPERM"
        ? `no permission to open this file`
        : p.detail === "not a file" || p.detail === "EISDIR"
          ? `this is not a file`
          : `cannot open the file (${p.detail})`,
  "reason.INTERNAL_ERROR": (p) => `internal error while checking (${p.detail}); please report it`,
  "severity.error": () => `error`,
  "severity.warning": () => `warning`,
  "severity.info": () => `info`,
  "status.ok": () => `PASSED`,
  "status.invalid": () => `PROBLEMS`,
  "status.unreadable": () => `UNREADABLE`,
  "table.noFindings": () => `no findings`,
  "table.fileSummary": (p, x) =>
    `${p.errors} ${x.plural("errors", "error", "errors")}, ${p.warnings} ${x.plural("warnings", "warning", "warnings")}`,
  "table.paguTotal": (p) => `pagu ${p.pagu} · total ${p.total}`,
  "table.batchSummary": (p, x) =>
    `${p.files} ${x.plural("files", "file", "files")}: ${p.ok} passed, ${p.invalid} with problems, ${p.unreadable} unreadable · ${p.errors} ${x.plural("errors", "error", "errors")}, ${p.warnings} ${x.plural("warnings", "warning", "warnings")} · ${p.seconds} s`,
  "table.recapWritten": (p) => `Recap written to ${p.path}`,
  "progress.label": (p) => `Checking ${p.done}/${p.total}`,
  "recap.kabKota": () => `Regency/City`,
  "recap.provinsi": () => `Province`,
  "recap.ta": () => `Fiscal year`,
  "recap.file": () => `File`,
  "recap.pagu": () => `Pagu (Rp)`,
  "recap.total": () => `Total (Rp)`,
  "recap.sisa": () => `Remaining (Rp)`,
  "recap.penunjang": () => `Penunjang (%)`,
  "recap.errors": () => `Errors`,
  "recap.warnings": () => `Warnings`,
  "recap.status": () => `Status`,
  "recap.reason": () => `Note`,
  "recap.sheet": () => `Sheet`,
  "recap.cell": () => `Cell`,
  "recap.severity": () => `Severity`,
  "recap.code": () => `Code`,
  "recap.message": () => `Message`,
  "recap.kinds": () => `Sheet kinds`,
  "rules.title": (p) => `Rules ${p.title} (fiscal year ${p.ta}, version ${p.version})`,
  "rules.menus": () => `Menus and rincian`,
  "rules.satuan": () => `units`,
  "rules.metode": () => `methods`,
  "rules.thresholds": () => `Thresholds`,
  "rules.penunjangCap": (p) => `Kegiatan penunjang at most ${p.share} of the pagu`,
  "rules.underused": (p) => `A total under ${p.share} of the pagu is reported`,
  "rules.sentraMin": (p) => `A sentra has at least ${p.units} IKM units`,
  "rules.rules": () => `Rules`,
  "rules.status.verified": () => `verified`,
  "rules.status.reported": () => `reported`,
  "rules.status.assumed": () => `assumed`,
  "rules.off": () => `off`,
  // allocation (--alokasi), HTML report (--report), dak evaluasi
  "help.evaluasi": () =>
    `Usage: dak evaluasi <file|folder>… [options]

Sentra monitoring and evaluation across kab/kota: reads every Data Sentra & Indikator sheet (the
layout of the "sentra" template) and computes the six indicators (IKM units, products,
institutional formality, market reach, workforce, production capacity) before and after, with
the aggregate growth (Σ after / Σ before − 1) and the mean of per-sentra growths, nationally and
per province. Every sentra left out is listed with the reason.

Options:
  --format F         table (default) or json
  --out FILE         write the results to .xlsx (Summary, Per province, Sentra, Excluded)
  --report FILE      write an .html report with charts (one file, printable)
  --force            may overwrite an existing output file
  --lang en          texts in English

Exit codes: 0 = done, 2 = usage error, unreadable file, or no sentra data.
`,
  "usage.alokasiNotXlsx": (p) => `the allocation table must be an .xlsx file: ${p.path}`,
  "usage.alokasiUnreadable": (p) => `the allocation table cannot be read: ${p.path} (${p.detail})`,
  "usage.alokasiNoTable": (p) =>
    `no allocation table in ${p.path}: it needs a header row with Kabupaten/Kota and Pagu columns (sheets: ${p.sheets})`,
  "usage.reportNotHtml": (p) => `the report file must end in .html: ${p.path}`,
  "usage.outputExists": (p) => `the file already exists, not overwritten: ${p.path} (use --force to overwrite)`,
  "usage.outputIsInput": (p) => `the output file may not be one of the input files: ${p.path}`,
  "usage.outputFolderMissing": (p) => `the folder of the output file does not exist: ${p.path}`,
  "usage.outputFailed": (p) => `could not write ${p.path}: ${p.detail}`,
  "usage.noSentra": () => `no sentra data sheet (the layout of the "sentra" template) in the input files`,
  "evaluasi.ownOutput": (p) => `${p.path}: an earlier "dak evaluasi --out" result, not read as sentra data`,
  "table.reportWritten": (p) => `Report written to ${p.path}`,
  "table.outWritten": (p) => `Evaluation written to ${p.path}`,
  "alokasi.heading": (p) => `Allocation (${p.path}): ${p.entries} kab/kota, ${p.sent} with an RK`,
  "alokasi.sums": (p) => `Allocated ${p.allocated} · proposed (RK totals) ${p.proposed}`,
  "alokasi.missing": (p) => `No RK received (${p.count}):`,
  "alokasi.problem.PAGU_MISSING": (p) => `${p.sheet}!${p.cell}: the pagu of ${p.text} is empty; row skipped`,
  "alokasi.problem.PAGU_INVALID": (p) => `${p.sheet}!${p.cell}: the pagu of ${p.text} is not an amount; row skipped`,
  "alokasi.problem.DUPLICATE": (p) => `${p.sheet}!${p.cell}: ${p.text} is already in ${p.firstCell}; row skipped`,
  "alokasi.problem.TABLE_NOT_FOUND": (p) => `no allocation table (${p.text})`,
  "indicator.unit_ikm": () => `IKM units`,
  "indicator.produk": () => `Products (number/types)`,
  "indicator.kelembagaan": () => `Institutional formality`,
  "indicator.pasar": () => `Market reach`,
  "indicator.tenaga_kerja": () => `Workforce`,
  "indicator.kapasitas": () => `Production capacity`,
  "evaluasi.heading": (p) => `Sentra evaluation: ${p.sentra} sentra, ${p.kabKota} kab/kota, ${p.files} files`,
  "evaluasi.overall": () => `National`,
  "evaluasi.unknownProvinsi": () => `(province unknown)`,
  "evaluasi.indicator": () => `Indicator`,
  "evaluasi.before": () => `Σ before`,
  "evaluasi.after": () => `Σ after`,
  "evaluasi.aggregate": () => `Aggregate growth`,
  "evaluasi.mean": () => `Mean growth per sentra`,
  "evaluasi.used": () => `Sentra`,
  "evaluasi.aggregateNote": () =>
    `Aggregate growth = Σ after / Σ before − 1 (large sentra weigh more); mean = the mean of each sentra's growth (every sentra weighs the same).`,
  "evaluasi.excluded": (p) => `Left out (${p.count}):`,
  "evaluasi.noFiles": (p) => `Files without a sentra data sheet (${p.count}): ${p.files}`,
  "evaluasi.unreadable": (p) => `${p.file}: unreadable (${p.reason})`,
  "exclusion.NO_BEFORE": () => `"before" is empty`,
  "exclusion.NO_AFTER": () => `"after" is empty`,
  "exclusion.EMPTY": () => `before and after are empty`,
  "exclusion.UNIT_CHANGED": () => `the unit changed between before and after`,
  "exclusion.UNREADABLE": () => `a value is not a valid number`,
  "exclusion.FROM_ZERO": () => `before = 0: no percentage, counted in the aggregate only`,
  "evaluasi.sheet.summary": () => `Summary`,
  "evaluasi.sheet.provinsi": () => `Per province`,
  "evaluasi.sheet.sentra": () => `Sentra`,
  "evaluasi.sheet.excluded": () => `Excluded`,
  "evaluasi.col.provinsi": () => `Province`,
  "evaluasi.col.kabKota": () => `Kab/kota`,
  "evaluasi.col.sentra": () => `Sentra`,
  "evaluasi.col.file": () => `File`,
  "evaluasi.col.cell": () => `Cell`,
  "evaluasi.col.reason": () => `Reason`,
  "recap.missingSheet": () => `No RK`,
  "evaluasi.col.meanUsed": () => `Sentra (mean)`,
};
