'use strict';
// getOptionValue(flag): the Node options this run was started with (command line and
// NODE_OPTIONS, parsed by cli/node_options.cc), as Node's internal/options. Read once per run
// by initialize(), never at snapshot time.

const defaults = {
  __proto__: null,
  '--require': [],
  '--import': [],
  '--conditions': [],
  '--disable-warning': [],
  '--input-type': '',
  '--unhandled-rejections': '',
  '--title': '',
  '--stack-trace-limit': '',
  '--dns-result-order': '',
  '--max-http-header-size': '',
  '--warnings': true,
  '--deprecation': true,
};

let values = { __proto__: null };

function initialize(flat) {
  values = { __proto__: null };
  for (let i = 0; i < flat.length; i += 2) {
    const flag = flat[i];
    const value = flat[i + 1];
    if (Array.isArray(defaults[flag])) {
      (values[flag] ??= []).push(value);
    } else if (typeof defaults[flag] === 'string') {
      values[flag] = value;
    } else {
      values[flag] = value === 'true';
    }
  }
}

function getOptionValue(flag) {
  if (flag in values) return values[flag];
  if (flag in defaults) return defaults[flag];
  return false;
}

module.exports = { initialize, getOptionValue };
