/**
 * Errors shaped like Office.js's OfficeExtension.Error: a `code` (Excel.ErrorCodes or one of the
 * runtime's own codes), a message and debugInfo.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load ` +
      `method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", what);
}

export function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", what);
}
