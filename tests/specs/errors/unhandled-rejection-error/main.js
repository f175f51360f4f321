Promise.reject(new Error('boom'));
