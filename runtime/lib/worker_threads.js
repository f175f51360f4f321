'use strict';
// node:worker_threads. In the main thread isMainThread is true and parentPort null; a worker's
// bootstrap (internal/main/worker_thread) fills in its parentPort, workerData and the
// environment data it was started with.

const {
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  isMarkedAsUntransferable,
  markAsUntransferable,
  receiveMessageOnPort,
} = require('internal/worker/io');
const { Worker, SHARE_ENV, environmentData } = require('internal/worker');
const state = require('internal/worker/state');

function setEnvironmentData(key, value) {
  if (value === undefined) {
    environmentData.delete(key);
  } else {
    environmentData.set(key, value);
  }
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function moveMessagePortToContext() {
  throw new Error('worker_threads.moveMessagePortToContext() is not supported by Kiln');
}

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  SHARE_ENV,
  Worker,
  getEnvironmentData,
  isMainThread: state.isMainThread,
  isMarkedAsUntransferable,
  markAsUntransferable,
  moveMessagePortToContext,
  parentPort: state.parentPort,
  receiveMessageOnPort,
  resourceLimits: state.resourceLimits,
  setEnvironmentData,
  threadId: state.threadId,
  workerData: state.workerData,
};
