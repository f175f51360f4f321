exports.fromNested = 'nested sees ' + require('#util');
