require('vm').runInNewContext('while (true) {}', {}, { timeout: 10 });
