'use strict';
// The fields shared with native code: [hasTickScheduled, hasRejectionToWarn]. Native code reads
// this memory after every callback to decide whether to call processTicksAndRejections.
module.exports = new Uint32Array(2);
