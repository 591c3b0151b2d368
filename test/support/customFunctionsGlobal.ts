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

(globalThis as any).CustomFunctions = { Error: CustomFunctionsError, ErrorCode: ERROR_CODES };
