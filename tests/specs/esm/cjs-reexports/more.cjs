exports.more = 'more';
