// console.log formats like util.format and inspects objects.
console.log('%s is %d years', 'Kiln', 1);
console.log({ a: 1, nested: { b: [1, 2, { c: 3 }] } });
console.log('multiple', 'args', 42, null, undefined, [1]);
console.log();
console.log('');
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.dirxml({ x: 1 }, [2]);
