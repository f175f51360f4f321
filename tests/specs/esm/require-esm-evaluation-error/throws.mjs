console.log('evaluating');
throw new Error('esm failed');
