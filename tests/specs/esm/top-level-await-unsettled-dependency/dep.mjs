console.log('dep');
await new Promise(() => {});
