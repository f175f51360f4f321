// URL origins for special, file, blob and opaque URLs.
for (const input of ['https://example.com:443/x', 'http://example.com:8080', 'ws://h', 'wss://h:1/',
  'ftp://h/', 'file:///tmp/x', 'blob:https://example.com/uuid', 'blob:file:///x', 'blob:nope',
  'data:text/plain,x', 'sc://host/', 'mailto:x@y', 'http://[::1]/', 'https://xn--bcher-kva.de/']) {
  console.log(input, new URL(input).origin);
}
