import { parentPort, workerData } from 'node:worker_threads';
parentPort.postMessage({ esm: typeof require, value: await Promise.resolve(workerData + 1) });
