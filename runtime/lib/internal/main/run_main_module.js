'use strict';
// Entry: `kiln <file>`.

const { Module } = require('internal/modules/cjs/loader');
Module.runMain(process.argv[1]);
