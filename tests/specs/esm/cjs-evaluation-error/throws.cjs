exports.before = 1;
throw new Error('commonjs failed while imported');
