'use strict';
// node:v8: heap statistics, V8 flags and the startup-snapshot API surface. Kiln builds its own
// snapshot at build time, so a program never runs while a snapshot is being built.

const {
  codes: { ERR_NOT_BUILDING_SNAPSHOT },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const binding = internalBinding('heap_utils');

const heapStatisticsFields = [
  'total_heap_size',
  'total_heap_size_executable',
  'total_physical_size',
  'total_available_size',
  'used_heap_size',
  'heap_size_limit',
  'malloced_memory',
  'peak_malloced_memory',
  'does_zap_garbage',
  'number_of_native_contexts',
  'number_of_detached_contexts',
  'total_global_handles_size',
  'used_global_handles_size',
  'external_memory',
];
const heapStatisticsBuffer = new Float64Array(heapStatisticsFields.length);

function getHeapStatistics() {
  binding.heapStatistics(heapStatisticsBuffer);
  const result = {};
  for (let i = 0; i < heapStatisticsFields.length; i++) {
    result[heapStatisticsFields[i]] = heapStatisticsBuffer[i];
  }
  return result;
}

function getHeapSpaceStatistics() {
  return binding.heapSpaceStatistics().map(([name, size, used, available, physical]) => ({
    space_name: name,
    space_size: size,
    space_used_size: used,
    space_available_size: available,
    physical_space_size: physical,
  }));
}

function getHeapCodeStatistics() {
  const [code, bytecode, externalSource, cpuProfiler] = binding.heapCodeStatistics();
  return {
    code_and_metadata_size: code,
    bytecode_and_metadata_size: bytecode,
    external_script_source_size: externalSource,
    cpu_profiler_metadata_size: cpuProfiler,
  };
}

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  return binding.isStringOneByteRepresentation(content);
}

function notBuildingSnapshot() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  isBuildingSnapshot: () => 0,  // A number, as Node's (a flag read from a typed array)
  addSerializeCallback: notBuildingSnapshot,
  addDeserializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
};

// Coverage is collected only under NODE_V8_COVERAGE, which Kiln does not implement: as in
// Node without it, these do nothing.
function takeCoverage() {}
function stopCoverage() {}

module.exports = {
  cachedDataVersionTag,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  isStringOneByteRepresentation,
  startupSnapshot,
  takeCoverage,
  stopCoverage,
};
