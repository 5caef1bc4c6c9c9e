// Worker entry for scripts/bench.ts: loads the TypeScript server through tsx (a worker thread does
// not inherit the parent's loader hooks on Node 20).
import { register } from 'tsx/esm/api';

register();
await import('./server.ts');
