console.log('main', globalThis.order);
