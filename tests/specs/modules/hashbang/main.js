#!/usr/bin/env node
console.log(require('./tool'));
console.log(new Error('where').stack.split('\n')[1].replace(__dirname, '<dir>'));
