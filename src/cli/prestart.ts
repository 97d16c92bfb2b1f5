/**
 * A worker started before anything else when the command is `validate`: a worker thread takes
 * tens of milliseconds to boot and load its bundle, which otherwise begin only once the main thread
 * has loaded the command line, read the arguments and the --rules file (in a batch of 300 small
 * proposals, a tenth of the time). It boots meanwhile; the pool adopts it as its first worker and
 * sends it the configuration. Not adopted (a usage error, no files), it keeps nothing alive.
 */
import { Worker } from "node:worker_threads";
import { WORKER_HEAP_MB } from "./worker-setup";

let early: { readonly worker: Worker; readonly script: string } | undefined;

export function prestartWorker(script: string): Worker {
  const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  // The process may end (a usage error) without waiting for a worker nobody adopted.
  worker.unref();
  const forget = (): void => {
    if (early?.worker === worker) early = undefined;
  };
  worker.once("exit", forget);
  worker.once("error", forget);
  early = { worker, script };
  return worker;
}

/** The pre-started worker, if it runs `script` with the default heap limit; it is then the caller's. */
export function takePrestartedWorker(script: string, heapMb: number): Worker | undefined {
  const taken = early;
  if (!taken || taken.script !== script || heapMb !== WORKER_HEAP_MB) return undefined;
  early = undefined;
  taken.worker.removeAllListeners();
  taken.worker.ref();
  return taken.worker;
}

/** `validate` as the command: the first word that is not an option (nor the value of --lang). */
export function commandIsValidate(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--lang") i++;
    else if (!word.startsWith("-")) return word === "validate";
  }
  return false;
}
