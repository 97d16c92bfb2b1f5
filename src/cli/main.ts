/**
 * The `dak` command line tool. (Commands arrive with the CLI issue; this is the entry point the
 * build and the package's bin already point at.)
 */
function main(argv: readonly string[]): number {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write("Pemakaian: dak <perintah> [opsi]\n");
    return argv.length === 0 ? 2 : 0;
  }
  process.stderr.write(`dak: perintah tidak dikenal: ${argv[0]}\n`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
