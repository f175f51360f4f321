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
    return measure;
  }
  clearMarks(name) { removeEntries('mark', name); }
  clearMeasures(name) { removeEntries('measure', name); }
  getEntries() { return entries.slice(); }
  getEntriesByName(name, type) {
    return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }
  getEntriesByType(type) { return entries.filter((e) => e.entryType === type); }
  eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; }
  toJSON() { return { timeOrigin, nodeTiming: {}, eventLoopUtilization: this.eventLoopUtilization() }; }
  get [Symbol.toStringTag]() { return 'Performance'; }
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
