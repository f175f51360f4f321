'use strict';
// Runs the web-platform-tests URL data against Kiln's URL and URLSearchParams, as WPT's
// url-constructor, url-origin, url-statics-canparse/parse, url-setters, toascii and
// percent-encoding tests do. Usage: kiln url.js WPT_URL_DIR. Exits 1 on any failure.
const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
if (!dir || !fs.existsSync(path.join(dir, 'urltestdata.json'))) {
  console.error(`wpt/url: no WPT data in ${dir} (expected urltestdata.json there)`);
  process.exit(1);
}
const load = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

let passed = 0;
const failures = [];
function test(name, fn) {
  try {
    fn();
    passed++;
  } catch (error) {
    failures.push(`${name}\n    ${error && error.message}`);
  }
}
function equal(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}
function throwsTypeError(fn, what) {
  try {
    fn();
  } catch (error) {
    if (error instanceof TypeError) return;
    throw new Error(`${what}: threw ${error} instead of a TypeError`);
  }
  throw new Error(`${what}: did not throw`);
}

// urltestdata.json: url-constructor.any.js, url-origin.any.js, url-statics-*.any.js.
for (const expected of load('urltestdata.json')) {
  if (typeof expected === 'string') continue;
  const base = expected.base !== null ? expected.base : undefined;
  const name = `Parsing: <${expected.input}> ${base ? `against <${base}>` : 'without base'}`;
  test(name, () => {
    if (expected.failure) {
      throwsTypeError(() => new URL(expected.input, base), 'new URL');
      return;
    }
    const url = new URL(expected.input, base);
    for (const key of ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
      'pathname', 'search']) {
      equal(url[key], expected[key], key);
    }
    if ('searchParams' in expected) {
      equal(url.searchParams.toString(), expected.searchParams, 'searchParams');
    }
    equal(url.hash, expected.hash, 'hash');
  });
  if (expected.origin !== undefined) {
    test(`Origin parsing: <${expected.input}> ${base ? `against <${base}>` : 'without base'}`,
         () => equal(new URL(expected.input, base).origin, expected.origin, 'origin'));
  }
  test(`URL.canParse(): ${name}`, () => {
    equal(URL.canParse(expected.input, base), !expected.failure, 'canParse');
  });
  test(`URL.parse(): ${name}`, () => {
    const url = URL.parse(expected.input, base);
    if (expected.failure) equal(url, null, 'parse');
    else equal(url.href, expected.href, 'href');
  });
}

// setters_tests.json: url-setters.any.js.
const setters = load('setters_tests.json');
for (const attribute of Object.keys(setters)) {
  if (attribute === 'comment') continue;
  for (const entry of setters[attribute]) {
    const name = `Setting <${entry.href}>.${attribute} = '${entry.new_value}'`;
    test(name, () => {
      const url = new URL(entry.href);
      url[attribute] = entry.new_value;
      for (const key of Object.keys(entry.expected)) {
        equal(url[key], entry.expected[key], key);
      }
    });
  }
}

// toascii.json: toascii.window.js with the URL object (its <a>/<area> variants need a DOM).
for (const hostTest of load('toascii.json')) {
  if (typeof hostTest === 'string') continue;
  test(`${hostTest.input} (using URL)`, () => {
    if (hostTest.output !== null) {
      const url = new URL(`https://${hostTest.input}/x`);
      equal(url.host, hostTest.output, 'host');
      equal(url.hostname, hostTest.output, 'hostname');
      equal(url.pathname, '/x', 'pathname');
      equal(url.href, `https://${hostTest.output}/x`, 'href');
    } else {
      throwsTypeError(() => new URL(`https://${hostTest.input}/x`), 'new URL');
    }
  });
  for (const key of ['host', 'hostname']) {
    test(`${hostTest.input} (using URL.${key})`, () => {
      const url = new URL('https://x/x');
      url[key] = hostTest.input;
      equal(url[key], hostTest.output !== null ? hostTest.output : 'x', key);
    });
  }
}

// percent-encoding.json: the URL API always encodes as UTF-8; the other encodings apply to
// <a> elements of documents in legacy encodings only.
for (const unit of load('percent-encoding.json')) {
  if (typeof unit === 'string') continue;
  test(`Input ${JSON.stringify(unit.input)} with encoding utf-8`, () => {
    const url = new URL(`https://doesnotmatter.invalid/?${unit.input}#${unit.input}`);
    equal(url.search, `?${unit.output['utf-8']}`, 'search');
    equal(url.hash, `#${unit.output['utf-8']}`, 'hash');
  });
}

for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length === 0 ? 0 : 1;
