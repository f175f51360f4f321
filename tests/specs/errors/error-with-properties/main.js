const error = new Error('with props');
error.code = 'E_CUSTOM';
error.details = { retry: false };
throw error;
