const loaded = 'from a file';
loaded.length
