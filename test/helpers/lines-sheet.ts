/** A generated proposal-like sheet for adapter tests and benchmarks (no jest globals here). */

/** A proposal-like sheet of n lines: text, numbers with formats, 8 columns. */
export function linesSheet(sheet: string, lines: number) {
  const values: (string | number | null)[][] = [
    ["No", "Menu", "Rincian", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah"],
  ];
  const numberFormats: string[][] = [new Array(8).fill("General")];
  for (let i = 1; i <= lines; i++) {
    const volume = (i % 7) + 1;
    const price = 1_000_000 + (i % 13) * 250_000;
    values.push([
      i,
      "Pembangunan Sentra IKM",
      "Mesin dan Peralatan",
      `Mesin nomor ${i}`,
      volume,
      "unit",
      price,
      volume * price,
    ]);
    numberFormats.push(["General", "General", "General", "General", "0", "General", "#,##0", "#,##0"]);
  }
  return { sheet, values, numberFormats };
}
