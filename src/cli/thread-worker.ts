/** A worker thread of the command line: the same simulation API as the browser's Web Workers. */
import { expose, type Endpoint } from 'comlink';
import { parentPort } from 'node:worker_threads';
import { simApi } from '../worker/api.ts';

// A Node MessagePort has addEventListener and postMessage, which is all comlink needs.
expose(simApi, parentPort as unknown as Endpoint);
