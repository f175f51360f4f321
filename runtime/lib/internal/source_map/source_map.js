'use strict';
// module.SourceMap: a Source Map v3 payload (https://tc39.es/source-map/) with its
// "mappings" decoded once, looked up by generated position. Index maps ("sections") are
// flattened into one list of entries.

const kBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Values = new Int8Array(128).fill(-1);
for (let i = 0; i < kBase64.length; i++) base64Values[kBase64.charCodeAt(i)] = i;

// Decodes `mappings` into entries [generatedLine, generatedColumn, sourceIndex, originalLine,
// originalColumn, nameIndex] (0-based; nameIndex -1 before the first named segment), appended to
// `out` in generated order, offset by a section's line and column.
function decodeMappings(mappings, out, lineOffset = 0, columnOffset = 0, sourceBase = 0,
                        nameBase = 0) {
  let line = 0;
  let column = 0;
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let name = 0;
  let namedYet = false;
  const fields = [0, 0, 0, 0, 0];
  let i = 0;
  while (i < mappings.length) {
    const c = mappings.charCodeAt(i);
    if (c === 59 /* ; */) {
      line++;
      column = 0;
      i++;
      continue;
    }
    if (c === 44 /* , */) {
      i++;
      continue;
    }
    let count = 0;
    while (i < mappings.length) {
      const d = mappings.charCodeAt(i);
      if (d === 44 || d === 59) break;
      // One base64 VLQ: 5 bits per digit, low bits first, the sign in the lowest bit.
      let value = 0;
      let shift = 0;
      let digit;
      do {
        if (i >= mappings.length) throw new Error('Invalid source map: truncated VLQ');
        const code = mappings.charCodeAt(i++);
        digit = code < 128 ? base64Values[code] : -1;
        if (digit < 0) throw new Error('Invalid source map: bad VLQ digit');
        value += (digit & 31) * 2 ** shift;
        shift += 5;
      } while ((digit & 32) !== 0 && shift < 53);
      const magnitude = Math.floor(value / 2);
      if (count < 5) fields[count] = value % 2 === 1 ? -magnitude : magnitude;
      count++;
    }
    column += fields[0];
    // A segment of one field keeps the source position of the one before it, as Node's does.
    if (count >= 4) {
      source += fields[1];
      originalLine += fields[2];
      originalColumn += fields[3];
    }
    // The name of the last segment that had one carries over too.
    if (count >= 5) {
      name += fields[4];
      namedYet = true;
    }
    out.push([line + lineOffset, line === 0 ? column + columnOffset : column, source + sourceBase,
              originalLine, originalColumn, namedYet ? name + nameBase : -1]);
  }
}

function compareEntries(a, b) { return a[0] - b[0] || a[1] - b[1]; }

class SourceMap {
  #payload;
  #entries = [];
  #sources = [];
  #names = [];

  constructor(payload) {
    if (payload === null || typeof payload !== 'object') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('payload', 'Object', payload);
    }
    this.#payload = clonePayload(payload);
    if (Array.isArray(payload.sections)) {
      for (const section of payload.sections) {
        const map = section?.map;
        if (map === null || typeof map !== 'object') continue;
        this.#add(map, section.offset?.line ?? 0, section.offset?.column ?? 0);
      }
      this.#entries.sort(compareEntries);
    } else {
      this.#add(payload, 0, 0);
    }
  }

  #add(map, lineOffset, columnOffset) {
    const sourceBase = this.#sources.length;
    const nameBase = this.#names.length;
    for (const source of Array.isArray(map.sources) ? map.sources : []) this.#sources.push(source);
    for (const name of Array.isArray(map.names) ? map.names : []) this.#names.push(`${name}`);
    decodeMappings(`${map.mappings ?? ''}`, this.#entries, lineOffset, columnOffset,
                   sourceBase, nameBase);
  }

  get payload() { return clonePayload(this.#payload); }

  // The last mapping at or before the generated position (0-based), or {} when there is none.
  findEntry(lineOffset, columnOffset) {
    const entries = this.#entries;
    let low = 0;
    let high = entries.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const entry = entries[middle];
      if (entry[0] < lineOffset || (entry[0] === lineOffset && entry[1] <= columnOffset)) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found < 0) return {};
    const entry = entries[found];
    return {
      generatedLine: entry[0],
      generatedColumn: entry[1],
      originalSource: this.#sources[entry[2]],
      originalLine: entry[3],
      originalColumn: entry[4],
      name: entry[5] >= 0 ? this.#names[entry[5]] : undefined,
    };
  }

  // The same for a 1-based position, with 1-based results, as Node 20's findOrigin.
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.originalSource === undefined) return {};
    return {
      name: entry.name,
      fileName: entry.originalSource,
      lineNumber: entry.originalLine + 1,
      columnNumber: entry.originalColumn + 1,
    };
  }
}

function clonePayload(payload) {
  return JSON.parse(JSON.stringify(payload));
}

module.exports = { SourceMap };
