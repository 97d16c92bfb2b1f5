/**
 * What the task pane's page shows when it is opened outside Excel (a plain browser, or a network
 * that blocks Office's script): what this is, that it is opened from Excel, and where to try it
 * without Excel — instead of a crash. Plain markup and inline styles: nothing here needs Office.
 */
import * as React from "react";

const TEXT = {
  id: {
    title: "DAK IKM — add-in Excel",
    what: "Halaman ini adalah panel tugas add-in DAK IKM: pemeriksaan Rencana Kegiatan DAK Fisik Bidang IKM, pagu, template dan aturan juknis. Panel ini hanya berjalan di dalam Excel.",
    how: "Buka dari Excel: buka buku kerja, lalu pada tab Beranda klik Validasi DAK (atau Add-in → DAK IKM).",
    blocked:
      "Jika halaman ini muncul di dalam Excel, skrip Office tidak dapat dimuat: periksa sambungan jaringan atau proksi kantor, lalu buka ulang panel.",
    tryIt: "Coba tanpa Excel di playground",
    tryItAfter: ": panel yang sama di samping buku kerja contoh.",
  },
  en: {
    title: "DAK IKM — Excel add-in",
    what: "This page is the task pane of the DAK IKM add-in: checks of DAK Fisik IKM activity plans, budget ceilings, templates and rules. It only works inside Excel.",
    how: "Open it from Excel: open a workbook, then on the Home tab click Validasi DAK (or Add-ins → DAK IKM).",
    blocked:
      "If you see this inside Excel, Office's script could not be loaded: check the network connection or your office's proxy, then reopen the pane.",
    tryIt: "Try it without Excel in the playground",
    tryItAfter: ": the same pane beside a sample workbook.",
  },
} as const;

export function OutsideExcel(props: { language: string | undefined }): React.JSX.Element {
  const locale = props.language?.toLowerCase().startsWith("en") ? "en" : "id";
  const t = TEXT[locale];
  return (
    <main lang={locale} style={{ fontFamily: "Segoe UI, system-ui, sans-serif", padding: "16px", maxWidth: "40em" }}>
      <h1 style={{ fontSize: "20px", margin: "0 0 12px" }}>{t.title}</h1>
      <p>{t.what}</p>
      <p>
        <strong>{t.how}</strong>
      </p>
      <p>
        <a href="playground.html">{t.tryIt}</a>
        {t.tryItAfter}
      </p>
      <p style={{ color: "#616161" }}>{t.blocked}</p>
    </main>
  );
}
