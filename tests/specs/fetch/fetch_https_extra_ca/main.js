// https through a local TLS server (openssl s_server) whose certificate is signed by a CA made
// for the test: rejected without it, accepted with NODE_EXTRA_CA_CERTS naming the CA's file, and
// accepted unverified (with Node's warning) under NODE_TLS_REJECT_UNAUTHORIZED=0.
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

async function child() {
  const url = `https://localhost:${process.env.TEST_TLS_PORT}/`;
  try {
    const response = await fetch(url);
    const text = await response.text();
    console.log('status', response.status, text.includes('s_server'));
  } catch (error) {
    console.log(error.name, error.message, typeof error.cause?.code);
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port) {
  return new Promise((resolve, reject) => {
    let tries = 0;
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('connect', () => { socket.destroy(); resolve(); });
      socket.on('error', () => {
        if (++tries > 100) reject(new Error('s_server did not start'));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

function run(env) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [__filename, 'child'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (data) => { out += data; });
    proc.on('close', () => resolve(out.trim()));
  });
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fetch-tls-'));
  const openssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem',
    '-days', '2', '-subj', '/CN=Kiln Test CA');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr',
    '-subj', '/CN=localhost');
  fs.writeFileSync(path.join(dir, 'ext.cnf'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key',
    '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'ext.cnf');
  const port = await freePort();
  const server = spawn('openssl', ['s_server', '-www', '-quiet', '-accept', `127.0.0.1:${port}`,
    '-cert', 'server.pem', '-key', 'server.key'], { cwd: dir, stdio: 'ignore' });
  try {
    await waitForPort(port);
    console.log('without CA:', await run({ TEST_TLS_PORT: port, NODE_EXTRA_CA_CERTS: '' }));
    console.log('with CA:', await run({ TEST_TLS_PORT: port, NODE_EXTRA_CA_CERTS: path.join(dir, 'ca.pem') }));
    console.log('unverified:', await run({ TEST_TLS_PORT: port, NODE_EXTRA_CA_CERTS: '', NODE_TLS_REJECT_UNAUTHORIZED: '0' }));
  } finally {
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'child') child(); else main();
