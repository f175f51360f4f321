import { parentPort, workerData } from 'node:worker_threads';
const double = (value: number): number => value * 2;
parentPort!.postMessage(double(workerData as number));
