// Entry of a render worker when the server runs from TypeScript (vitest, tsx): a worker thread
// does not inherit the parent's loader hooks on Node 20, so it registers tsx itself first.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
