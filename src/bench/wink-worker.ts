import { parentPort, workerData } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Bare wink readDoc over the texts it is given, model loaded cold: the bench's yardstick for what
// threads alone gain on this machine.
const nlp = winkNLP(model);
let tokens = 0;
for (const text of workerData as string[]) tokens += nlp.readDoc(text).tokens().length();
parentPort!.postMessage(tokens);
