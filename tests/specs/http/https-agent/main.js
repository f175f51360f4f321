// node:https and node:tls load with Node's agent and constants (packages require them at the top
// even when they only speak http).
const https = require('https');
const http = require('http');
const tls = require('tls');
console.log(https.globalAgent.defaultPort, https.globalAgent.protocol, https.globalAgent.keepAlive);
const agent = new https.Agent({ keepAlive: true, maxSockets: 3 });
console.log(agent instanceof http.Agent, agent.defaultPort, agent.maxSockets, agent.maxCachedSessions);
console.log(typeof https.request, typeof https.get, typeof https.createServer);
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT);
try {
  https.request('http://127.0.0.1/');
} catch (e) {
  console.log(e.code, e.message);
}
