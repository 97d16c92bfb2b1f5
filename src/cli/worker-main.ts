/**
 * Entry point of dak-worker.js, the file the pool's workers run: only the checking side (reader,
 * core, rules), so that a worker loads and compiles no more than it uses.
 */
import { runWorker } from "./worker";

runWorker();
