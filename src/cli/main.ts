/**
 * Entry point of the `dak` bundle (dist/cli/dak.js, the package's bin). The pool's workers run
 * another file beside it (dak-worker.js, worker-main.ts). For `validate`, the first worker is
 * started before the rest of the command line loads (prestart.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { commandIsValidate, prestartWorker } from "./prestart";
import { WORKER_FILE } from "./worker-setup";

const workerScript = typeof __dirname === "string" ? join(__dirname, WORKER_FILE) : undefined;
const haveWorker = workerScript !== undefined && existsSync(workerScript);
if (haveWorker && commandIsValidate(process.argv.slice(2))) prestartWorker(workerScript);

void import(/* webpackMode: "eager" */ "./command-line").then((cli) =>
  cli.runCommandLine(haveWorker ? workerScript : undefined),
);
