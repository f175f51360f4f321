#!/usr/bin/env node
module.exports = "BOM then hashbang";
