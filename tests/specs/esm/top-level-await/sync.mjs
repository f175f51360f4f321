console.log('sync evaluates after slow finished');
