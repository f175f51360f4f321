console.log('evaluated once');
throw new Error('boom');
