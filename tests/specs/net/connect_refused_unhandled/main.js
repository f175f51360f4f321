const net = require('net');
const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => net.connect(p, '127.0.0.1')); });
