/** Sheet-qualified references as Excel writes them in formulas and hyperlinks. */

/** Quotes a sheet name unless it is a plain identifier: 'Rencana Kegiatan', 'Pak Budi''s'. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Rencana Kegiatan'!H15": the target of an in-workbook hyperlink. */
export function sheetReference(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}
