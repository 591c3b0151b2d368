// What Excel's custom-functions runtime hands a function, read into what the core takes: a plain
// cell, or the Excel error the input cell already holds (which then becomes that row's result).

/**
 * Error codes a custom function may return as they came in. #NAME? and #REF! are accepted as
 * input errors but cannot be returned ("Handle and return errors from your custom function",
 * Microsoft docs), and newer errors (#SPILL!, #CALC!, #BUSY!…) have no ErrorCode at all.
 */
const RETURNABLE: Readonly<Record<string, keyof typeof CustomFunctions.ErrorCode>> = {
  "#N/A": "notAvailable",
  "#VALUE!": "invalidValue",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

/**
 * The error code an input cell holds, or undefined for any other value. With
 * `allowErrorForDataTypeAny` (set by the build in functions.json) an error cell arrives as a
 * CustomFunctions.Error-like object `{ code: "#N/A" }`; with `allowCustomDataForDataTypeAny` it
 * may arrive as an ErrorCellValue `{ type: "Error", basicValue: "#N/A" }` (Excel data types'
 * JSON schema, "Use data types with custom functions in Excel"). Both are read structurally:
 * the runtime's objects are not instances of any class this bundle can see.
 */
export function inputErrorCode(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { code, type, basicValue } = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof code === "string" && code.charAt(0) === "#") return code;
  if (type === "Error") return typeof basicValue === "string" && basicValue.charAt(0) === "#" ? basicValue : "#VALUE!";
  return undefined;
}

/** The Excel error a row returns when one of its input cells holds an error. */
export function propagatedError(code: string, argument: string): CustomFunctions.Error {
  const message = `${argument} holds ${code}, an error in the cell it reads: fix that cell first.`;
  const returnable = RETURNABLE[code];
  // divisionByZero, invalidNumber and nullReference are CustomFunctionsRuntime 1.3; the manifest
  // asks for 1.2, whose builds lack them (the ErrorCode enum's API sets): there the error
  // becomes #VALUE! with the message naming it.
  const known = returnable === undefined ? undefined : CustomFunctions.ErrorCode[returnable];
  if (returnable === undefined || known === undefined) return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  // Only #VALUE! and #N/A carry a message (Microsoft docs); the others are returned bare.
  const speaks = returnable === "invalidValue" || returnable === "notAvailable";
  return new CustomFunctions.Error(known, speaks ? message : undefined);
}

/** Data types that only wrap a plain value (Excel data types' JSON schema): their basic value is the cell. */
const WRAPPERS = ["Boolean", "Double", "String", "FormattedNumber"];

function unwrap(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const { type, basicValue } = value as { type?: unknown; basicValue?: unknown };
  if (type === "Empty") return null;
  return typeof type === "string" && WRAPPERS.indexOf(type) >= 0 ? basicValue : value;
}

/** True when the runtime passed this cell as the number 0 (plain or wrapped). */
export const isZero = (value: unknown): boolean => unwrap(value) === 0;

/**
 * A cell as the core reads it. The number 0 is "not known yet": Excel for Windows passes an
 * empty cell as 0 (office-js #4702, #5262, #1951), so a 0 cannot be told from an empty cell, and
 * reading it as "No" would give a confident wrong answer. Text "0" and FALSE still mean No.
 * Wrapped plain values are unwrapped; other data types (entities, images) reach the core as
 * objects, which it reports as a linked data type that the argument does not accept.
 */
export function plainCell(value: unknown): unknown {
  const plain = unwrap(value);
  return plain === 0 ? null : plain;
}
