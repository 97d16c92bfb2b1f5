/** What the command needs from the outside world; main.ts gives the real one, tests a fake. */
import type { ReadLimits } from "../xlsx/limits";

export interface OutStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIO {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly cwd: string;
  /** Colour in the table output (stdout is a terminal and NO_COLOR is not set). */
  readonly color: boolean;
  readonly cpus: number;
  /** The script pool workers run (the CLI bundle); undefined = check files in this thread. */
  readonly workerScript?: string;
  /** Reading limits (tests lower them); default DEFAULT_LIMITS. */
  readonly limits?: ReadLimits;
  readonly now: () => number;
}
