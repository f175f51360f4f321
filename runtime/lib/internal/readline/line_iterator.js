'use strict';
// `for await (const line of rl)`: a queue of 'line' events that pauses the interface while
// more than kHighWaterMark lines wait and resumes it once they are consumed (Node's events.on
// with highWaterMark 1024), ends after 'close' once the queue is drained, and rejects on 'error'.

const kHighWaterMark = 1024;
// The iterator's 'line' listener carries a function taking a whole chunk's lines at once, which
// the interface calls instead of emitting them one by one while that listener is the only one.
const kTakeLines = Symbol('kTakeLines');

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function createLineIterator(rl) {
  let queue = [];
  let head = 0;
  let waiting = null;  // { resolve, reject } of a pending next()
  let failure = null;
  let finished = false;
  let pausedByUs = false;

  function onLine(line) {
    if (waiting !== null) {
      const { resolve } = waiting;
      waiting = null;
      resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (queue.length - head > kHighWaterMark && !pausedByUs) {
      pausedByUs = true;
      rl.pause();
    }
  }
  // takeLines(lines, count): lines[0..count) in order, as `count` onLine calls would. An empty
  // queue (always so while a next() waits) becomes the array itself.
  onLine[kTakeLines] = function takeLines(lines, count) {
    if (head === queue.length) {
      lines.length = count;
      queue = lines;
      head = 0;
    } else {
      for (let i = 0; i < count; i++) queue.push(lines[i]);
    }
    if (waiting !== null) {
      const { resolve } = waiting;
      waiting = null;
      resolve({ value: queue[head++], done: false });
    }
    if (queue.length - head > kHighWaterMark && !pausedByUs) {
      pausedByUs = true;
      rl.pause();
    }
  };
  function onClose() {
    stop();
    if (waiting !== null) {
      const { resolve } = waiting;
      waiting = null;
      resolve({ value: undefined, done: true });
    }
  }
  function onError(error) {
    stop();
    if (waiting !== null) {
      const { reject } = waiting;
      waiting = null;
      reject(error);
    } else {
      failure = error;
    }
  }
  function stop() {
    if (finished) return;
    finished = true;
    rl.removeListener('line', onLine);
    rl.removeListener('close', onClose);
    rl.removeListener('error', onError);
  }
  rl.on('line', onLine);
  rl.on('close', onClose);
  rl.on('error', onError);

  return {
    __proto__: AsyncIteratorPrototype,
    next() {
      if (head < queue.length) {
        const value = queue[head++];
        if (head === queue.length) {
          queue = [];
          head = 0;
          if (pausedByUs) {
            pausedByUs = false;
            rl.resume();
          }
        } else if (head > 4096 && head * 2 > queue.length) {
          queue = queue.slice(head);
          head = 0;
        }
        return Promise.resolve({ value, done: false });
      }
      if (failure !== null) {
        const error = failure;
        failure = null;
        return Promise.reject(error);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => { waiting = { resolve, reject }; });
    },
    return() {
      stop();
      if (waiting !== null) {
        const { resolve } = waiting;
        waiting = null;
        resolve({ value: undefined, done: true });
      }
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(error) {
      stop();
      return Promise.reject(error);
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

module.exports = { createLineIterator, kTakeLines };
