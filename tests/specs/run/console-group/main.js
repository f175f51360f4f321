// console.group indents later output by two spaces per level.
console.log('start');
console.group('Group A');
console.log('inside A\nsecond line');
console.group();
console.info('inside nested');
console.groupEnd();
console.groupCollapsed('collapsed');
console.log({ a: 1, b: [1, 2] });
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('end');
