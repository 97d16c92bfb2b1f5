/**
 * `npm start`: run the add-in.
 * - Windows / macOS with Excel desktop: build for development and sideload with Microsoft's
 *   office-addin-debugging (fetched by npx at a pinned version: it pulls a native keychain module
 *   that does not install on a plain Linux machine, so it is not one of our dependencies).
 * - Elsewhere (Linux, CI): generate development certificates, start the HTTPS dev server and say
 *   where the task pane, the manifest and the playground are, and how to sideload into Excel on
 *   the web. It fails loudly when the server cannot start; it never "succeeds" having done nothing.
 */
const { spawn } = require("child_process");
const { ensureDevCertificates } = require("./dev-certs");

const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@7.0.0";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
    child.on("exit", (code, signal) => resolve(signal ? 1 : (code ?? 1)));
    child.on("error", (err) => {
      console.error(`Tidak dapat menjalankan ${cmd}: ${err.message}`);
      resolve(1);
    });
  });
}

async function sideloadDesktop() {
  console.log("Membuka Excel desktop dengan add-in DAK IKM (sideload)…");
  return run(npx, ["--yes", OFFICE_ADDIN_DEBUGGING, "start", "manifest.xml", "desktop", "--app", "excel"]);
}

async function serveForTheWeb() {
  try {
    await ensureDevCertificates();
  } catch (err) {
    console.error(`Sertifikat pengembangan tidak dapat dibuat: ${err.message}`);
    return 1;
  }
  const url = "https://localhost:3000";
  console.log(
    [
      "",
      "Excel desktop tidak tersedia di mesin ini: server pengembangan HTTPS dijalankan.",
      `  Playground (task pane + buku kerja contoh, tanpa Excel): ${url}/playground.html`,
      `  Task pane:  ${url}/taskpane.html`,
      `  Manifest:   ${url}/manifest.xml   (berkas: manifest.xml)`,
      "",
      "Excel di web: buka buku kerja > Beranda > Add-in > Add-in Lainnya > Unggah Add-in Saya,",
      "lalu pilih manifest.xml. Peramban harus memercayai sertifikat di .certs/ca.crt.",
      "Hentikan dengan Ctrl+C.",
      "",
    ].join("\n"),
  );
  return run(npx, ["webpack", "serve", "--mode", "development"]);
}

async function main() {
  const desktop = process.platform === "win32" || process.platform === "darwin";
  const code = desktop && process.env.DAK_START !== "web" ? await sideloadDesktop() : await serveForTheWeb();
  process.exitCode = code;
}

main();
