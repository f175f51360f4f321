exports.kept = true; return 'ignored return value';
