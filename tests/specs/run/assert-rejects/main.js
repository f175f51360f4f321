const assert = require('assert');
(async () => {
  try { await assert.rejects(Promise.resolve(1)); } catch (err) { console.log(err.message, err.operator); }
  try { await assert.rejects(async () => { throw new Error('x'); }, TypeError); } catch (err) { console.log(err.message); }
  try { await assert.rejects(() => 5); } catch (err) { console.log(err.code, err.message); }
  try { await assert.rejects(5); } catch (err) { console.log(err.code, err.message); }
  try { await assert.doesNotReject(Promise.reject(new Error('no'))); } catch (err) { console.log(err.message, err.operator); }
  await assert.rejects(Promise.reject(new Error('expected')), /expected/);
  await assert.doesNotReject(async () => 'fine');
  console.log('done');
})();
