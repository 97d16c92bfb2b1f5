/**
 * How the compiler checks the fake against @types/office-js. Each proxy class states what it
 * offers of the Office.js class it imitates:
 *
 *   class FakeRange implements Offers<Excel.Range, "values" | "select" | …>,
 *     Leads<Excel.Range, "getCell" | "getRow" | …, FakeRange>
 *
 * Offers: properties with Office.js's types, and methods whose result is plain data (void, a
 * ClientResult). Leads: methods and navigation properties whose result is another proxy, here the
 * fake's own (whose class is checked by its own declaration). Methods are checked strictly
 * against the parameters of every overload (up to three, the most Office.js declares for the
 * members offered here): the fake must take everything Office.js lets the adapter pass.
 */

/** The parameter lists of a function's overloads (up to three) and their results. */
type Overloads<F> = F extends {
  (...args: infer A1): infer R1;
  (...args: infer A2): infer R2;
  (...args: infer A3): infer R3;
}
  ? { params: A1 | A2 | A3; result: R1 | R2 | R3 }
  : never;

/** A function type (not a method signature), so parameters are compared strictly. */
type Strict<F, R> = (...args: Overloads<F>["params"]) => R;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function, whatever its parameters
type AnyFunction = (...args: any[]) => unknown;

/** The members K of the Office.js class T, as Office.js types them. */
export type Offers<T, K extends keyof T> = {
  [P in K]: T[P] extends AnyFunction ? Strict<T[P], Overloads<T[P]>["result"]> : T[P];
};

/** The members K of the Office.js class T that lead to another proxy: the fake's proxy R. */
export type Leads<T, K extends keyof T, R> = {
  [P in K]: T[P] extends AnyFunction ? Strict<T[P], R> : R;
};

/**
 * An Office.js enum as the fake spells it: a subset of its members, each with Office.js's value
 * (`satisfies EnumOf<typeof Excel.SheetVisibility>`).
 */
export type EnumOf<E> = { readonly [K in keyof E]?: `${E[K] & string}` };
