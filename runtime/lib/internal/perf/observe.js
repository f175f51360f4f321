'use strict';
// PerformanceObserver: observers of entry types get the entries recorded after observe(), in
// one batch per turn of the loop (delivered from a setImmediate, sorted by start time, as Node
// does).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const supportedEntryTypes = Object.freeze(
  ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const observers = new Set();

function sortedByStartTime(entries) {
  return entries.slice().sort((a, b) => a.startTime - b.startTime);
}

class PerformanceObserverEntryList {
  #entries;

  constructor(entries) {
    this.#entries = sortedByStartTime(entries);
  }

  getEntries() { return this.#entries.slice(); }
  getEntriesByType(type) { return this.#entries.filter((e) => e.entryType === `${type}`); }
  getEntriesByName(name, type) {
    return this.#entries.filter((e) => e.name === `${name}` &&
                                       (type === undefined || e.entryType === `${type}`));
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];
  #scheduled = false;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() { return supportedEntryTypes; }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this.#types = new Set(entryTypes.filter((t) => supportedEntryTypes.includes(t)));
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#types.add(type);
    }
    if (this.#types.size > 0) observers.add(this); else observers.delete(this);
  }

  disconnect() {
    observers.delete(this);
    this.#types.clear();
    this.#buffer = [];
  }

  takeRecords() {
    const records = this.#buffer;
    this.#buffer = [];
    return records;
  }

  enqueue(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      const records = this.takeRecords();
      if (records.length > 0) this.#callback(new PerformanceObserverEntryList(records), this);
    });
  }

  get [Symbol.toStringTag]() { return 'PerformanceObserver'; }
}

function enqueue(entry) {
  for (const observer of observers) observer.enqueue(entry);
}

function hasObservers() {
  return observers.size > 0;
}

module.exports = { PerformanceObserver, PerformanceObserverEntryList, enqueue, hasObservers };
