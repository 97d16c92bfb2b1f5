/**
 * Development HTTPS certificates for the dev server. office-addin-dev-certs can *generate* them
 * without privileges; *installing* its CA needs sudo and a desktop trust store, so we only
 * generate into .certs/ (git-ignored) and hand the files to webpack-dev-server directly.
 */
const fs = require("fs");
const path = require("path");

const CERT_DIR = path.join(__dirname, "..", ".certs");
const files = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};

async function ensureDevCertificates() {
  if (Object.values(files).every((f) => fs.existsSync(f))) return files;
  const { generateCertificates } = require("office-addin-dev-certs");
  await generateCertificates(files.ca, files.cert, files.key, 30);
  return files;
}

function readDevCertificates() {
  if (!Object.values(files).every((f) => fs.existsSync(f))) return undefined;
  return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
}

module.exports = { ensureDevCertificates, readDevCertificates, CERT_DIR };
