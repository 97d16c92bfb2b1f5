/**
 * Entry point of the `dak` bundle (dist/cli/dak.js, the package's bin). The same file runs as a
 * pool worker when started by the pool (recognised by its workerData), so the bundle is one file.
 * Each role loads only its own side of the bundle: a worker starts for every batch, and the
 * command line's modules (formats, messages, recap, reports) are nothing it needs.
 */
import { isMainThread, workerData } from "node:worker_threads";
import { isWorkerSetup } from "./worker-setup";

if (!isMainThread && isWorkerSetup(workerData)) {
  void import(/* webpackMode: "eager" */ "./worker").then((worker) => worker.runWorker());
} else {
  void import(/* webpackMode: "eager" */ "./command-line").then((cli) => cli.runCommandLine());
}
