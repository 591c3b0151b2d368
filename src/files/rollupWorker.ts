// A worker thread of `mfgmodel rollup` (readPool.ts): reads each register it is sent, one at a
// time, and posts back its portfolio entry — a summary and its problem rows, never the workbook.

import { parentPort } from "worker_threads";
import type { RegisterTarget } from "../workbook";
import { readRegister } from "./readRegister";

export interface ReadTask {
  readonly index: number;
  readonly file: string;
  readonly target: RegisterTarget;
}

parentPort?.on("message", (task: ReadTask) => {
  void readRegister(task.file, task.target).then((entry) => parentPort?.postMessage({ index: task.index, entry }));
});
