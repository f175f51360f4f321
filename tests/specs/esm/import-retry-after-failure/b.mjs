console.log('b never evaluates: the graph did not link');
