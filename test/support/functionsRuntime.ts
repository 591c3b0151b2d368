// A stand-in for Excel's JavaScript-only custom-functions runtime, which runs ECMAScript 2016
// (Microsoft's answer in office-js-docs-pr #4496): a fresh V8 context with no window or document
// and the built-ins newer than ES2016 deleted, a CustomFunctions global that records
// `associate`, and the shipped dist/functions.js run in it as Excel loads it. The runtime's
// requirement set decides which CustomFunctions.ErrorCode members exist (1.2 lacks five).

import * as vm from "vm";
import { ERROR_CODES, ERROR_CODES_1_2 } from "./customFunctionsGlobal";

/**
 * Built-ins after ES2016, by edition, that a V8 context has and the runtime does not. Deleting
 * them makes a bundle that needs one fail here as it would in Excel for Windows. (Well-known
 * symbols such as Symbol.asyncIterator cannot be deleted; the syntax that uses them is caught
 * by parsing the bundle at ES2016.)
 */
const NEWER_BUILT_INS: Readonly<Record<string, readonly string[]>> = {
  "": ["globalThis", "BigInt", "BigInt64Array", "BigUint64Array", "SharedArrayBuffer", "Atomics", "WeakRef", "FinalizationRegistry", "AggregateError", "Iterator"],
  Object: ["entries", "values", "getOwnPropertyDescriptors", "fromEntries", "hasOwn", "groupBy"],
  "Array.prototype": ["flat", "flatMap", "at", "findLast", "findLastIndex", "toSorted", "toReversed", "toSpliced", "with"],
  Array: ["fromAsync"],
  "String.prototype": ["padStart", "padEnd", "trimStart", "trimEnd", "matchAll", "replaceAll", "at", "isWellFormed", "toWellFormed"],
  "Promise.prototype": ["finally"],
  Promise: ["allSettled", "any", "withResolvers"],
  Map: ["groupBy"],
  "Set.prototype": ["union", "intersection", "difference", "symmetricDifference", "isSubsetOf", "isSupersetOf", "isDisjointFrom"],
};

const runtimeSetup = (errorCodes: Readonly<Record<string, string>>) => `
  "use strict";
  var __associated = {};
  var __removed = ${JSON.stringify(NEWER_BUILT_INS)};
  var __global = this;
  Object.keys(__removed).forEach(function (owner) {
    var target = owner === "" ? __global : owner.split(".").reduce(function (o, k) { return o[k]; }, __global);
    __removed[owner].forEach(function (name) {
      if (!delete target[name]) throw new Error("could not remove " + owner + "." + name);
    });
  });
  function CustomFunctionsError(code, message) { this.code = code; this.message = message; }
  var CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: ${JSON.stringify(errorCodes)},
    associate: function (id, fn) {
      if (typeof id === "object") { Object.keys(id).forEach(function (k) { __associated[k] = id[k]; }); return; }
      __associated[id] = fn;
    }
  };
  function __clone(value) {
    if (Array.isArray(value)) { var out = []; for (var i = 0; i < value.length; i++) out.push(__clone(value[i])); return out; }
    if (value !== null && typeof value === "object") { var copy = {}; for (var k in value) copy[k] = __clone(value[k]); return copy; }
    return value;
  }
`;

export interface LoadedFunctions {
  /** Each function as Excel calls it, by its functions.json id, with inputs and results copied across realms. */
  readonly byId: Readonly<Record<string, (...args: unknown[]) => unknown>>;
  /** The ids `CustomFunctions.associate` was called with, in order. */
  readonly ids: readonly string[];
}

/** CustomFunctionsRuntime 1.3 and later, or 1.2 (the manifest's minimum), which lacks five error codes. */
export type RuntimeVersion = "1.2" | "1.3";

/** Loads a built functions bundle in the stand-in; throws what the runtime would throw at load. */
export function loadInRuntime(bundle: string, filename = "functions.js", runtime: RuntimeVersion = "1.3"): LoadedFunctions {
  const context = vm.createContext({});
  vm.runInContext(runtimeSetup(runtime === "1.2" ? ERROR_CODES_1_2 : ERROR_CODES), context, { filename: "custom-functions-runtime" });
  vm.runInContext(bundle, context, { filename });
  const associated = vm.runInContext("__associated", context) as Record<string, (...args: unknown[]) => unknown>;
  const clone = vm.runInContext("__clone", context) as (value: unknown) => unknown;
  const RuntimeError = vm.runInContext("CustomFunctionsError", context) as new (...args: unknown[]) => { code: string; message?: string };

  // Results come back as this realm's values; the runtime's errors as this realm's
  // CustomFunctions.Error (test/support/customFunctionsGlobal.ts), so tests compare them alike.
  const back = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(back);
    if (value instanceof RuntimeError) return new (CustomFunctions.Error as any)(value.code, value.message);
    if (value !== null && typeof value === "object") return { ...(value as object) };
    return value;
  };
  const byId: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [id, fn] of Object.entries(associated)) {
    byId[id] = (...args: unknown[]) => back(fn(...args.map(clone)));
  }
  return { byId, ids: Object.keys(associated) };
}
