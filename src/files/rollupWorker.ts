// A worker thread of `mfgmodel rollup` (readPool.ts): reads each register it is sent, one at a
// time, and posts back its portfolio entry — a summary and its problem rows rendered as cell XML
// (problemLines.ts), never the workbook.

import { parentPort, workerData } from "worker_threads";
import { sharedIndex } from "./problemLines";
import { readForPortfolio } from "./readRegister";
import type { PortfolioReading } from "./readRegister";

export interface ReadTask {
  readonly index: number;
  readonly file: string;
  readonly how: PortfolioReading;
}

/** The portfolio's shared texts (portfolioTexts), given once when the reader starts. */
const shared = sharedIndex((workerData as { shared?: readonly string[] } | null)?.shared ?? []);

parentPort?.on("message", (task: ReadTask) => {
  void readForPortfolio(task.file, task.how, shared).then((read) => parentPort?.postMessage({ index: task.index, read }));
});
