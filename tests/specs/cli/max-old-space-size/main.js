const { heap_size_limit } = require('v8').getHeapStatistics();
console.log(heap_size_limit > 3000 * 2 ** 20, heap_size_limit < 5000 * 2 ** 20);
