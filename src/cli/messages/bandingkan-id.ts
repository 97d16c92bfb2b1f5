/** Texts of `dak bandingkan` in Bahasa Indonesia (spread into id.ts; en.ts gets bandingkan-en.ts). */
type P = Readonly<Record<string, string | number>>;

export const BANDINGKAN_ID = {
  "help.bandingkan": () =>
    `Pemakaian: dak bandingkan <lama.xlsx> <baru.xlsx> [opsi]      (alias: dak compare)

Membandingkan dua versi Rencana Kegiatan, mis. RK yang disetujui dan RK perubahan. Baris
dicocokkan menurut menu, rincian dan uraian (huruf besar/kecil, spasi, tanda baca dan alias
diabaikan), bukan menurut letaknya: memindah, mengurutkan ulang atau menyisipkan baris kosong
tidak dihitung sebagai perubahan. Perubahan rincian, lokasi atau target keluaran (volume) dan
baris baru atau yang dihapus dilaporkan sebagai REVISION_APPROVED_CHANGED (Perpres 7/2022
Pasal 8 ayat (1)); versi baru juga diperiksa seperti "dak validate". Berkas tidak pernah diubah.

Opsi:
  --format F         table (bawaan) atau json
  --ta TAHUN         aturan tahun anggaran ini (bawaan: tahun yang tertulis di versi baru)
  --rules BERKAS     aturan dari berkas JSON sendiri
  --lang en          teks dalam bahasa Inggris

Kode keluar: 0 = baris dan pagu sama, 1 = ada perbedaan, 2 = pemakaian salah atau berkas tidak terbaca.

Contoh:
  dak bandingkan rk-disetujui.xlsx rk-perubahan.xlsx
  dak compare rk-2020.xlsx rk-2020-revisi.xlsx --format json
`,
  "usage.noVersions": () => `sebutkan dua berkas: versi lama (yang disetujui) dan versi baru`,
  "bandingkan.unreadable": (p: P) => `${p.path}: tidak terbaca: ${p.reason}`,
  "bandingkan.noTable": (p: P) =>
    `${p.path}: tidak ada tabel Rencana Kegiatan (baris judul dengan Menu, Rincian, Uraian, Volume, …)`,
  "bandingkan.heading": (p: P) => `Bandingkan ${p.old} → ${p.new}`,
  "bandingkan.pagu": (p: P) => `Pagu: ${p.old} → ${p.new} (selisih ${p.diff})`,
  "bandingkan.meta": (p: P) => `${p.field}: ${p.old} → ${p.new}`,
  "bandingkan.changes": (p: P) => `Perubahan baris: ${p.count}`,
  "bandingkan.noChanges": () => `Tidak ada perubahan baris.`,
  "bandingkan.added": () => `baru`,
  "bandingkan.removed": () => `dihapus`,
  "bandingkan.changed": () => `diubah`,
  "bandingkan.totals": () => `Total per menu`,
  "bandingkan.col.menu": () => `Menu`,
  "bandingkan.col.old": () => `Lama`,
  "bandingkan.col.new": () => `Baru`,
  "bandingkan.col.diff": () => `Selisih`,
  "bandingkan.total": () => `Total`,
  "bandingkan.findings": (p: P) => `Temuan: ${p.count}`,
  "bandingkan.same": () => `SAMA: baris dan pagu tidak berubah`,
  "bandingkan.different": (p: P) =>
    `BERBEDA: ${p.added} baris baru, ${p.removed} dihapus, ${p.changed} diubah${p.meta}; ${p.approval} perlu persetujuan ulang`,
  "bandingkan.metaChanged": (p: P) => `, ${p.fields} berubah`,
} as const;
