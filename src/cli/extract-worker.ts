import { parentPort, workerData } from 'node:worker_threads';
import { extractArticles } from '../pipeline.js';
import { storeExtracted } from './claims-store.js';
import { CannotWriteError } from './io.js';
import type { CannotWriteMessage, ExtractedArticle, ExtractionWork } from './parallel.js';

const { inputs, store } = workerData as ExtractionWork;

/** Extracts (and stores) each input in turn; false once a claims file cannot be written, which ends the run. */
function extractAll(): boolean {
  // Each article's claims go back as soon as they are made, so this thread never holds its chunk's.
  for (const input of inputs) {
    const { claimSets, problems } = extractArticles([input]);
    const message: ExtractedArticle = { type: 'article', claimSets, problems };
    if (store) {
      try {
        message.stored = storeExtracted(store.dir, claimSets[0]!, store.force);
      } catch (error) {
        if (!(error instanceof CannotWriteError)) throw error;
        parentPort!.postMessage({ type: 'cannot-write', file: error.file, code: error.code } satisfies CannotWriteMessage);
        return false;
      }
    }
    parentPort!.postMessage(message);
  }
  return true;
}

if (extractAll()) parentPort!.postMessage({ type: 'done' });
