exports.loaded = (exports.loaded || 0) + 1;
