// The rollup's readers: the files read in parallel by worker threads (rollupWorker.ts), as many
// as asked, each reading one register at a time; the entries come back in the order of the files
// given, whichever finishes first. A reader that stops (a file that exhausts its memory) costs
// that file alone: it is listed with its sentence and a new reader takes the rest. Where the
// compiled worker is not there (the TypeScript source under test), the files are read in turn.

import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import { portfolioRead, readForPortfolio, unreadableEntry } from "./readRegister";
import type { PortfolioRead, PortfolioReading } from "./readRegister";
import { sharedIndex } from "./problemLines";
import type { ReadTask } from "./rollupWorker";

const WORKER = path.join(__dirname, "rollupWorker.js");
/** Each reader's heap: a million-row register audits in under 500 MB. */
const READER_HEAP_MB = 1536;

export interface ReadProgress {
  /** Called with each file's reading, in the order of the files. */
  readonly onEntry?: (read: PortfolioRead, index: number) => void;
  /** Called as each file is read (in any order): how many are done. */
  readonly onRead?: (done: number, total: number) => void;
}

/** Whether the files can be read by worker threads here. */
export const canReadInParallel = (): boolean => fs.existsSync(WORKER);

/**
 * Reads every file, passing each entry on in the files' order. Only the entries that came before
 * one still being read are held: memory does not grow with the number of files.
 */
export async function readAll(files: readonly string[], how: PortfolioReading, jobs: number, progress: ReadProgress = {}, shared: readonly string[] = []): Promise<void> {
  const waiting = new Map<number, PortfolioRead>();
  let emitted = 0;
  let done = 0;
  const settle = (index: number, entry: PortfolioRead) => {
    waiting.set(index, entry);
    progress.onRead?.(++done, files.length);
    for (let next = waiting.get(emitted); next !== undefined; next = waiting.get(emitted)) {
      waiting.delete(emitted);
      progress.onEntry?.(next, emitted);
      emitted++;
    }
  };
  if (jobs <= 1 || files.length <= 1 || !canReadInParallel()) {
    const index = sharedIndex(shared);
    for (let i = 0; i < files.length; i++) settle(i, await readForPortfolio(files[i] as string, how, index));
    return;
  }
  await new Promise<void>((resolve) => {
    let next = 0;
    let running = 0;
    const start = () => {
      const worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB }, workerData: { shared } });
      let task: ReadTask | null = null;
      const give = () => {
        if (next >= files.length) {
          task = null;
          void worker.terminate();
          return;
        }
        task = { index: next, file: files[next] as string, how };
        next++;
        worker.postMessage(task);
      };
      worker.on("message", (m: { index: number; read: PortfolioRead }) => {
        settle(m.index, m.read);
        give();
      });
      worker.on("error", (error: Error) => {
        if (task !== null) settle(task.index, portfolioRead(unreadableEntry(task.file, error.message, `${task.file}: could not be read (its reader stopped: ${error.message}).`), how));
        task = null;
      });
      worker.on("exit", () => {
        running--;
        // A reader that stopped mid-run is replaced while files remain.
        if (next < files.length) {
          running++;
          start();
        } else if (running === 0) resolve();
      });
      running++;
      give();
    };
    for (let i = 0; i < Math.min(jobs, files.length); i++) start();
  });
}
