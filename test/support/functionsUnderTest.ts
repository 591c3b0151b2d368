// The PROCURE functions twice: the TypeScript source as Node runs it, and the shipped
// dist/functions.js (this run's production build) as Excel's ES2016 runtime runs it, called by
// the ids it associated. Function tests run against both, so what ships is what is tested.

import * as source from "../../src/functions/functions";
import { readBuilt } from "./build";
import { loadInRuntime } from "./functionsRuntime";

export type Functions = Pick<typeof source, "mfgModel" | "mfgFit" | "mfgStage" | "mfgExplain" | "mfgMatrix" | "mfgInfo" | "mfgNext">;

/** functions.json id → the exported name in src/functions/functions.ts. */
export const IDS: Readonly<Record<string, keyof Functions>> = {
  MFGMODEL: "mfgModel",
  MFGFIT: "mfgFit",
  MFGSTAGE: "mfgStage",
  MFGEXPLAIN: "mfgExplain",
  MFGMATRIX: "mfgMatrix",
  MFGINFO: "mfgInfo",
  MFGNEXT: "mfgNext",
};

export function shippedFunctions(): Functions {
  const { byId } = loadInRuntime(readBuilt("functions.js"));
  const fns: Record<string, unknown> = {};
  for (const [id, name] of Object.entries(IDS)) {
    if (byId[id] === undefined) throw new Error(`the shipped bundle does not associate ${id}`);
    fns[name] = byId[id];
  }
  return fns as unknown as Functions;
}

export const IMPLEMENTATIONS: ReadonlyArray<readonly [string, () => Functions]> = [
  ["source", () => source],
  ["shipped bundle in the ES2016 runtime stand-in", shippedFunctions],
];
