#!/usr/bin/env kiln
import { x } from './lib.js';
console.log(x);
