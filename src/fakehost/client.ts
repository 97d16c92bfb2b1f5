/**
 * The load/sync machinery of the fake host, modelled on Office.js: proxy objects queue their
 * operations and loads; `context.sync()` runs the queue against the workbook model, fills the
 * loaded properties, and counts the sync and the bytes of the request and the response. Reading a
 * property that was not loaded and synced throws PropertyNotLoaded, as Office.js does.
 */
import { FakeOfficeError, invalidArgument, propertyNotLoaded } from "./errors";
import { parseLoadOption, type LoadOption } from "./loadOption";
import type { WorkbookModel } from "./model";

/** Excel on the web rejects a request or a response over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Office.js cannot read more than 5,000,000 cells of a range at once. */
export const CELL_READ_LIMIT = 5_000_000;
/** What an operation costs in a request besides its arguments (object path, method name). */
const OPERATION_OVERHEAD_BYTES = 60;

export interface SyncRecord {
  readonly operations: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** The Office error code when the sync was rejected. */
  readonly error?: string;
}

export interface HostStats {
  syncs: number;
  records: SyncRecord[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  calculationSuspensions: number;
  /** Full recalculations asked for (Application.calculate); the fake itself does not calculate. */
  calculations: number;
}

export function emptyStats(): HostStats {
  return { syncs: 0, records: [], maxRequestBytes: 0, maxResponseBytes: 0, calculationSuspensions: 0, calculations: 0 };
}

/** State shared by every request context of one fake Excel: the workbook and the counters. */
export interface HostState {
  model: WorkbookModel;
  stats: HostStats;
  /** Simulated round-trip time of a sync in ms (0: resolve on the next microtask). */
  latencyMs: number;
  /** While true every sync fails with InvalidOperationInCellEditMode, as when a user edits a cell. */
  cellEditMode: boolean;
}

type Operation =
  | { kind: "action"; obj: ClientObject; payload: unknown; run: (target: unknown) => void }
  | { kind: "load"; obj: ClientObject; props: string[] }
  | { kind: "resolve"; obj: ClientObject }
  | { kind: "result"; obj: ClientObject; result: ClientResult<unknown>; compute: (target: unknown) => unknown };

export class FakeRequestContext {
  private queue: Operation[] = [];

  constructor(readonly host: HostState) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  /** Resolves with passThroughValue, as Office.js's sync does. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.run();
    return passThroughValue as T;
  }

  private async run(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const stats = this.host.stats;
    stats.syncs++;
    await delay(this.host.latencyMs);
    const requestBytes = ops.reduce((sum, op) => sum + OPERATION_OVERHEAD_BYTES + payloadBytes(op), 0);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    const fail = (error: FakeOfficeError, responseBytes = 0): never => {
      stats.records.push({ operations: ops.length, requestBytes, responseBytes, error: error.code });
      throw error;
    };
    if (this.host.cellEditMode && ops.length > 0) {
      fail(new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      fail(
        new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload (${requestBytes} bytes) exceeds the limit.`,
        ),
      );
    }
    const loads: { obj: ClientObject; values: Map<string, unknown> }[] = [];
    const results: { result: ClientResult<unknown>; value: unknown }[] = [];
    let responseBytes = 0;
    for (const op of ops) {
      try {
        const target = op.obj._resolve();
        if (op.kind === "action") {
          if (target !== null) op.run(target);
        } else if (op.kind === "load") {
          const values = op.obj._read(op.props, target);
          responseBytes += jsonBytes(Object.fromEntries(values));
          loads.push({ obj: op.obj, values });
        } else if (op.kind === "result") {
          const value = target === null ? null : op.compute(target);
          responseBytes += jsonBytes(value);
          results.push({ result: op.result, value });
        }
      } catch (err) {
        fail(
          err instanceof FakeOfficeError ? err : new FakeOfficeError("GeneralException", String(err)),
          responseBytes,
        );
      }
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      fail(
        new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload (${responseBytes} bytes) exceeds the limit.`,
        ),
        responseBytes,
      );
    }
    for (const { obj, values } of loads) obj._commit(values);
    for (const { result, value } of results) result._set(value);
    for (const op of ops) op.obj._markSynced();
    stats.records.push({ operations: ops.length, requestBytes, responseBytes });
  }
}

function payloadBytes(op: Operation): number {
  if (op.kind === "action") return jsonBytes(op.payload);
  if (op.kind === "load") return jsonBytes(op.props);
  return 0;
}

function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** A value computed at sync time (e.g. getCount()). */
export class ClientResult<T> {
  private has = false;
  private v: T | undefined;

  get value(): T {
    if (!this.has) throw propertyNotLoaded("ClientResult", "value");
    return this.v as T;
  }

  _set(value: unknown): void {
    this.v = value as T;
    this.has = true;
  }
}

/**
 * Base of every proxy. Subclasses say how they resolve to their model target at sync time, which
 * scalar properties they have and how to read one from the target.
 */
export abstract class ClientObject {
  #loaded = new Map<string, unknown>();
  #resolved = false;
  #target: unknown = undefined;
  #synced = false;
  #pendingChildren: { child: ClientObject; values: Map<string, unknown> }[] = [];

  protected constructor(
    readonly context: FakeRequestContext,
    protected readonly typeName: string,
  ) {}

  /** Scalar properties loaded by load() without arguments. */
  protected abstract get scalarProperties(): readonly string[];
  /** Finds the model target; null for a null object; throws (e.g. ItemNotFound) when missing. */
  protected abstract resolveTarget(): unknown;
  /** Reads one scalar property from the resolved target. */
  protected abstract readProperty(name: string, target: unknown): unknown;

  load(option?: LoadOption): this {
    const props = parseLoadOption(option);
    this.context.enqueue({ kind: "load", obj: this, props: props.length > 0 ? props : [...this.scalarProperties] });
    return this;
  }

  get isNullObject(): boolean {
    if (!this.#synced) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this._resolve() === null;
  }

  /** @internal Resolves once, at the first sync that uses this proxy. */
  _resolve(): unknown {
    if (!this.#resolved) {
      this.#target = this.resolveTarget();
      this.#resolved = true;
    }
    return this.#target;
  }

  /** @internal Reads the properties of a load; "format/fill/color" loads on the navigated proxy. */
  _read(props: readonly string[], target: unknown): Map<string, unknown> {
    const values = new Map<string, unknown>();
    for (const prop of props.flatMap((p) => (p === "$all" ? this.scalarProperties : [p]))) {
      const slash = prop.indexOf("/");
      if (slash > 0) {
        const child = this.navigate(prop.slice(0, slash));
        const childValues = child._read([prop.slice(slash + 1)], child._resolve());
        values.set(prop.slice(0, slash), Object.fromEntries(childValues));
        this.#pendingChildren.push({ child, values: childValues });
        continue;
      }
      if (!this.scalarProperties.includes(prop)) throw invalidArgument(`${this.typeName}.load("${prop}")`);
      values.set(prop, target === null ? null : this.readProperty(prop, target));
    }
    return values;
  }

  /** @internal Makes loaded values readable (only when the whole sync succeeded). */
  _commit(values: Map<string, unknown>): void {
    for (const [k, v] of values) {
      if (!this.scalarProperties.includes(k)) continue;
      this.#loaded.set(k, v);
    }
    for (const { child, values: childValues } of this.#pendingChildren) child._commit(childValues);
    this.#pendingChildren = [];
  }

  /** @internal */
  _markSynced(): void {
    this.#synced = true;
  }

  /** The proxy reached by a navigation property ("format", "fill"); overridden where there are some. */
  protected navigate(name: string): ClientObject {
    throw invalidArgument(`${this.typeName}.${name}`);
  }

  /** Reads a loaded property, or throws PropertyNotLoaded. */
  protected get<T>(name: string): T {
    if (!this.#loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.#loaded.get(name) as T;
  }

  /** Queues an operation on this object's target (skipped for a null object). */
  protected act<T>(payload: unknown, run: (target: T) => void): void {
    this.context.enqueue({ kind: "action", obj: this, payload, run: run as (t: unknown) => void });
  }

  /** Queues a value computed at sync time. */
  protected result<T, R>(compute: (target: T) => R): ClientResult<R> {
    const result = new ClientResult<R>();
    this.context.enqueue({ kind: "result", obj: this, result, compute: compute as (t: unknown) => unknown });
    return result;
  }

  /** @internal Queues resolution only (…OrNullObject: isNullObject is known after the next sync). */
  _queueResolve(): void {
    this.context.enqueue({ kind: "resolve", obj: this });
  }
}
