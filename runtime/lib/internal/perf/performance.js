'use strict';
// The global `performance` (High Resolution Time, plus marks and measures).

const { now, timeOrigin: getTimeOrigin } = internalBinding('process_methods');

const timeOrigin = getTimeOrigin();
const entries = [];

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    if (detail !== undefined) this.detail = detail;
  }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime,
             duration: this.duration, detail: this.detail };
  }
}
class PerformanceMark extends PerformanceEntry {}
class PerformanceMeasure extends PerformanceEntry {}

function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  const { DOMException } = require('internal/per_context/domexception');
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

class Performance {
  get timeOrigin() { return timeOrigin; }
  now() { return now(); }
  mark(name, options = {}) {
    const mark = new PerformanceMark(`${name}`, 'mark', options.startTime ?? now(), 0, options.detail ?? null);
    entries.push(mark);
    notifyObservers(mark);
    return mark;
  }
  measure(name, startOrOptions, endMark) {
    let start = 0;
    let end = now();
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      if (startOrOptions.start !== undefined) start = markTime(startOrOptions.start);
      if (startOrOptions.end !== undefined) end = markTime(startOrOptions.end);
      if (startOrOptions.duration !== undefined) end = start + startOrOptions.duration;
      detail = startOrOptions.detail ?? null;
    } else {
      if (startOrOptions !== undefined) start = markTime(startOrOptions);
      if (endMark !== undefined) end = markTime(endMark);
    }
    const measure = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail);
    entries.push(measure);
    notifyObservers(measure);
    return measure;
  }
  clearMarks(name) { removeEntries('mark', name); }
  clearMeasures(name) { removeEntries('measure', name); }
  getEntries() { return entries.slice(); }
  getEntriesByName(name, type) {
    return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }
  getEntriesByType(type) { return entries.filter((e) => e.entryType === type); }
  timerify(fn, options) { return timerify(fn, options); }
  eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; }
  toJSON() { return { timeOrigin, nodeTiming: {}, eventLoopUtilization: this.eventLoopUtilization() }; }
  get [Symbol.toStringTag]() { return 'Performance'; }
}

let observe;
function notifyObservers(entry) {
  observe ??= require('internal/perf/observe');
  if (observe.hasObservers()) observe.enqueue(entry);
}

// timerify(fn): fn, measured into 'function' entries for observers.
function timerify(fn, options = {}) {
  const { validateFunction, validateObject } = require('internal/validators');
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const entry = new PerformanceEntry(fn.name, 'function', start, now() - start, args);
    notifyObservers(entry);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: true, value: fn.length },
    name: { __proto__: null, configurable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

function removeEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) {
      entries.splice(i, 1);
    }
  }
}

const performance = new Performance();

module.exports = { performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure };
