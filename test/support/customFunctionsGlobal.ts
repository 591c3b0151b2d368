// Stands in for the CustomFunctions global that Excel's runtime provides, so tests can call the
// functions directly. Error codes are the cell texts Excel shows.

class CustomFunctionsError {
  constructor(
    public readonly code: string,
    public readonly message?: string,
  ) {}
}

/** The runtime's ErrorCode values: the cell texts Excel shows (CustomFunctions.ErrorCode). */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/**
 * The codes a CustomFunctionsRuntime 1.2 build has: the others are 1.3 ("CustomFunctions.ErrorCode
 * enum", each member's API set; PLATFORM.md). On Mac 16.34–16.39 and Windows 1909–2007 only these exist.
 */
export const ERROR_CODES_1_2 = { invalidValue: ERROR_CODES.invalidValue, notAvailable: ERROR_CODES.notAvailable };

(globalThis as any).CustomFunctions = { Error: CustomFunctionsError, ErrorCode: ERROR_CODES };
