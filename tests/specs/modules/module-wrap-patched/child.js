console.log('child body');
