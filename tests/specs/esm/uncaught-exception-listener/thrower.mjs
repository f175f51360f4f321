throw new Error('from module');
