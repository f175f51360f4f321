Promise.reject(new Error('rejected in a module'));
