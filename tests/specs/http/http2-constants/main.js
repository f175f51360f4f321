// node:http2 loads with Node's constants and default settings (axios reads them at load time).
const http2 = require('http2');
const { constants } = http2;
console.log(Object.keys(constants).length, constants.HTTP2_HEADER_PATH, constants.HTTP2_HEADER_STATUS,
  constants.HTTP_STATUS_NOT_FOUND, constants.NGHTTP2_CANCEL, constants.HTTP2_METHOD_GET);
console.log(http2.getDefaultSettings());
console.log(typeof http2.connect, typeof http2.createServer, typeof http2.sensitiveHeaders);
