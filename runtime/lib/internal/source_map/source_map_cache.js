'use strict';
// Source maps for stack traces (--enable-source-maps, process.setSourceMapsEnabled(true)): a
// frame's file is mapped through the map its `//# sourceMappingURL=` comment names (a file
// beside it or a data: URL), read when a stack first needs it and kept for the run.

const fs = require('fs');
const { SourceMap } = require('internal/source_map/source_map');
const { fileURLToPath, pathToFileURL, URL } = require('internal/url');

let enabled = false;
let callbackInstalled = false;
const maps = new Map();  // file name or URL -> SourceMap, or null when it has none

function setSourceMapsEnabled(value) {
  enabled = value;
  if (enabled && !callbackInstalled) {
    callbackInstalled = true;
    internalBinding('errors').setPrepareStackTraceCallback(prepareStackTrace, mapErrorArrow);
  }
}

function sourceMapsEnabled() { return enabled; }

const kSourceMappingURL = /\/[*/][#@]\s+sourceMappingURL=([^\s'"]+)/g;

function readPayload(mapURL) {
  if (mapURL.startsWith('data:')) {
    const comma = mapURL.indexOf(',');
    if (comma < 0) return null;
    const meta = mapURL.slice(5, comma);
    const data = mapURL.slice(comma + 1);
    const text = meta.endsWith(';base64') ? Buffer.from(data, 'base64').toString('utf8') :
      decodeURIComponent(data);
    return JSON.parse(text);
  }
  const url = new URL(mapURL);
  if (url.protocol !== 'file:') return null;
  return JSON.parse(fs.readFileSync(fileURLToPath(url), 'utf8'));
}

function loadSourceMap(fileName) {
  let filePath;
  if (fileName.startsWith('file:')) {
    filePath = fileURLToPath(fileName);
  } else if (fileName.startsWith('/')) {
    filePath = fileName;
  } else {
    return null;
  }
  const content = fs.readFileSync(filePath, 'utf8');
  let last = null;
  for (const match of content.matchAll(kSourceMappingURL)) last = match[1];
  if (last === null) return null;
  const fileURL = pathToFileURL(filePath).href;
  const mapURL = last.startsWith('data:') ? last : new URL(last, fileURL).href;
  const payload = readPayload(mapURL);
  if (payload === null || typeof payload !== 'object') return null;
  // Sources become absolute URLs (against the map's own URL), sourceRoot applied, as Node's.
  const base = mapURL.startsWith('data:') ? fileURL : mapURL;
  const absolute = (map) => {
    if (!Array.isArray(map?.sources)) return;
    const root = typeof map.sourceRoot === 'string' ? map.sourceRoot : '';
    map.sources = map.sources.map((source) => (source === null ? null :
      new URL(`${root}${source}`, base).href));
  };
  absolute(payload);
  if (Array.isArray(payload.sections)) for (const section of payload.sections) absolute(section.map);
  return new SourceMap(payload);
}

// module.findSourceMap(path): the map of a file, or undefined (also while maps are disabled).
function findSourceMap(fileName) {
  if (!enabled || typeof fileName !== 'string') return undefined;
  let map = maps.get(fileName);
  if (map === undefined) {
    try {
      map = loadSourceMap(fileName);
    } catch {
      map = null;  // an unreadable file or map leaves the frame as it is
    }
    maps.set(fileName, map);
  }
  return map ?? undefined;
}

// "fn (location)" as V8 writes a frame, with the mapped location.
function formatMappedFrame(site, location) {
  const functionName = site.getFunctionName();
  let name;
  if (site.isConstructor()) {
    name = `new ${functionName ?? '<anonymous>'}`;
  } else if (site.isToplevel()) {
    name = functionName ?? '';
  } else {
    const typeName = site.getTypeName();
    const methodName = site.getMethodName();
    if (functionName) {
      name = typeName && !functionName.startsWith(`${typeName}.`) ?
        `${typeName}.${functionName}` : functionName;
      if (methodName && !functionName.endsWith(methodName)) name += ` [as ${methodName}]`;
    } else {
      name = `${typeName ?? '<anonymous>'}.${methodName ?? '<anonymous>'}`;
    }
  }
  const prefix = site.isAsync() ? 'async ' : '';
  return name ? `${prefix}${name} (${location})` : `${prefix}${location}`;
}

// Where a generated position (1-based line, 0-based column) came from: { map, entry, source }
// with `source` a path for file: URLs; undefined when the file has no map or no mapping there.
function originalPosition(fileName, lineNumber, column) {
  const map = findSourceMap(fileName);
  if (map === undefined) return undefined;
  const entry = map.findEntry(lineNumber - 1, column);
  if (typeof entry.originalSource !== 'string' || entry.originalLine === undefined) {
    return undefined;
  }
  const source = entry.originalSource.startsWith('file:') ?
    fileURLToPath(entry.originalSource) : entry.originalSource;
  return { map, entry, source };
}

function formatFrame(site) {
  const original = originalPosition(site.getFileName(), site.getLineNumber(),
                                    site.getColumnNumber() - 1);
  if (original === undefined) return `${site}`;
  const { entry, source } = original;
  return formatMappedFrame(site,
                           `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`);
}

// The arrow over an uncaught error's line, for the original source: Node's form, with its
// extra blank line. undefined when the position has no mapping (the plain arrow is used).
function mapErrorArrow(fileName, lineNumber, column) {
  const original = originalPosition(fileName, lineNumber, column);
  if (original === undefined) return undefined;
  const { map, entry, source } = original;
  const { sources, sourcesContent } = map.payload;
  const index = Array.isArray(sources) ? sources.indexOf(entry.originalSource) : -1;
  let text = Array.isArray(sourcesContent) ? sourcesContent[index] : undefined;
  if (typeof text !== 'string') {
    try {
      text = fs.readFileSync(source, 'utf8');
    } catch {
      return undefined;
    }
  }
  const code = text.split(/\r?\n/)[entry.originalLine];
  if (code === undefined) return undefined;
  const prefix = code.slice(0, entry.originalColumn).replace(/[^\t]/g, ' ');
  return `${source}:${entry.originalLine + 1}\n${code}\n${prefix}^\n\n`;
}

// V8's PrepareStackTrace callback while installed: V8's format (or Error.prepareStackTrace,
// which gets the call sites themselves) with mapped frames.
function prepareStackTrace(globalThisArg, error, trace) {
  const { prepareStackTraceCallback } = require('internal/errors');
  const mapFrames = enabled && typeof Error.prepareStackTrace !== 'function';
  return prepareStackTraceCallback(globalThisArg, error, mapFrames ? trace.map(formatFrame) : trace);
}

module.exports = { findSourceMap, setSourceMapsEnabled, sourceMapsEnabled };
