/**
 * stdout/stderr that survive a reader who leaves early (`dak validate … | head -1`): the first
 * EPIPE closes the stream for us and later writes are dropped, so the batch and its recap finish
 * and the exit code is the batch's, never a stack trace.
 */
import type { OutStream } from "./io";

export interface PipeSafeStream extends OutStream {
  /** True once the reader has gone. */
  readonly closed: boolean;
}

interface NodeStream {
  write(text: string): unknown;
  on(event: "error", listener: (err: NodeJS.ErrnoException) => void): unknown;
  readonly isTTY?: boolean;
}

export function pipeSafe(stream: NodeStream): PipeSafeStream {
  let closed = false;
  // EPIPE, or any other write error (a full disk under a redirected stdout): that output is over.
  stream.on("error", () => {
    closed = true;
  });
  return {
    get closed() {
      return closed;
    },
    isTTY: stream.isTTY,
    write(text: string): boolean {
      if (closed) return false;
      try {
        return stream.write(text) !== false;
      } catch {
        closed = true; // a synchronous EPIPE on some platforms
        return false;
      }
    },
  };
}
