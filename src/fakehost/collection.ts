/**
 * Base of the fake's collections (worksheets, conditional formats, names, tables): `items` is
 * readable after `load("items/…")` (or `load("…")`) and a sync, like Office.js collections.
 */
import { ClientObject, type FakeRequestContext } from "./client";
import { propertyNotLoaded } from "./errors";

export abstract class ClientCollection<TItem extends ClientObject, TModel> extends ClientObject {
  private loadedItems: TItem[] | undefined;
  private pendingItems: { items: TItem[]; values: Map<string, unknown>[] } | undefined;

  protected constructor(context: FakeRequestContext, typeName: string) {
    super(context, typeName);
  }

  /** The model objects of the collection, at sync time. */
  protected abstract models(target: unknown): TModel[];
  /** A proxy for one model object (already resolved). */
  protected abstract itemFor(model: TModel): TItem;

  protected get scalarProperties(): readonly string[] {
    return [];
  }

  protected readProperty(): unknown {
    return undefined;
  }

  get items(): TItem[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  override _read(props: readonly string[], target: unknown): Map<string, unknown> {
    const itemProps = props
      .map((p) => (p.startsWith("items/") ? p.slice("items/".length) : p))
      .filter((p) => p !== "items");
    const models = target === null ? [] : this.models(target);
    const items = models.map((m) => this.itemFor(m));
    const values = items.map((item, i) =>
      itemProps.length > 0 ? item._read(itemProps, models[i]) : new Map<string, unknown>(),
    );
    this.pendingItems = { items, values };
    return new Map([["items", values.map((v) => Object.fromEntries(v))]]);
  }

  override _commit(): void {
    if (!this.pendingItems) return;
    const { items, values } = this.pendingItems;
    this.loadedItems = items.map((item, i) => {
      item._commit(values[i]);
      item._markSynced();
      return item;
    });
    this.pendingItems = undefined;
  }
}
