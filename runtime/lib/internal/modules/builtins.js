'use strict';
// Which builtin ids user code may require, as Node's BuiltinModule answers it: every module
// outside internal/, some of them only with the node: scheme.

const requireBuiltin = require;
const publicIds = requireBuiltin.publicIds;
const publicIdSet = new Set(publicIds);
// Modules reachable only as node:<id>, as in Node.
const schemelessBlockList = new Set(['test', 'test/reporters', 'sqlite', 'sea']);

function canBeRequiredByUsers(id) { return publicIdSet.has(id); }

function canBeRequiredWithoutScheme(id) {
  return publicIdSet.has(id) && !schemelessBlockList.has(id);
}

// The builtin id a require() request names ('fs', 'node:fs', 'node:test'), or undefined.
function normalizeRequirableId(id) {
  if (typeof id !== 'string') return undefined;
  if (id.startsWith('node:')) {
    const normalized = id.slice(5);
    if (canBeRequiredByUsers(normalized)) return normalized;
  } else if (canBeRequiredWithoutScheme(id)) {
    return id;
  }
  return undefined;
}

function isBuiltin(id) {
  return normalizeRequirableId(id) !== undefined;
}

// Module.builtinModules: the ids that work without the scheme.
function getCanBeRequiredByUsersWithoutSchemeList() {
  return publicIds.filter((id) => !schemelessBlockList.has(id));
}

module.exports = {
  canBeRequiredByUsers,
  canBeRequiredWithoutScheme,
  normalizeRequirableId,
  isBuiltin,
  getCanBeRequiredByUsersWithoutSchemeList,
};
