console.log('preloaded from NODE_OPTIONS');
