// OutgoingMessage#_headers / _headerNames (DEP0066): old middleware still reads them.
const http = require('http');
const out = new http.OutgoingMessage();
out.setHeader('X-Foo', 'bar');
console.log(out._headers);
console.log(out._headers);
out._headers = { 'Content-Type': 'text/plain' };
console.log(out.getHeaders(), out.getRawHeaderNames());
console.log(out._headerNames);
