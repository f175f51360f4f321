import self from 'self-ref';
import feature from 'self-ref/feature';
import { viaSelf } from './lib/inner.mjs';
console.log(self, feature, viaSelf);
try { await import('self-ref/private'); } catch (e) { console.log(e.code); }
