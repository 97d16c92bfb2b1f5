/**
 * A stand-in for the CustomFunctions global that Excel provides at run time, so the custom
 * functions can be unit-tested in Node. It mirrors the documented shape: an Error class with a
 * code and a message, and the ErrorCode enum values Excel uses.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "CustomFunctions.Error";
  }
}

export function installCustomFunctionsStub(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: () => undefined,
  };
}
