// Network failures reject with TypeError('fetch failed') and a Node-like cause.
const net = require('net');
(async () => {
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  try {
    await fetch(`http://127.0.0.1:${port}/`);
  } catch (error) {
    const { cause } = error;
    console.log(error.name, error.message, cause.name, cause.code, cause.errno, cause.syscall,
      cause.address, cause.port === port, cause.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
  }
})();
