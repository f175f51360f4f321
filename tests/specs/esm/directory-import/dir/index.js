console.log('not reached');
