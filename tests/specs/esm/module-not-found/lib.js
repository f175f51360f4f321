console.log('not reached: no extension probing');
