import { makeCounter, type Counter } from './counter.js';
import defaultLabel from './counter.js';

const counter: Counter = makeCounter(2);
counter.increment();
console.log(defaultLabel, counter.value, typeof require, import.meta.url.endsWith('/main.ts'));
