// Preload (node --import) that blocks and records every connection and DNS
// lookup leaving the machine. Loopback (127.0.0.0/8, ::1, localhost) and
// local sockets are allowed. Each attempt is appended as a JSON line to
// NO_EGRESS_LOG, so a test can assert that none was attempted in any process.
import { appendFileSync } from 'node:fs';
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';

const logPath = process.env.NO_EGRESS_LOG;
const isLoopback = (host) =>
  host === undefined || host === null || host === '' || host === 'localhost' || /^127\./.test(host) || host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./i.test(host);

function record(kind, target) {
  const line = JSON.stringify({ pid: process.pid, argv: process.argv.slice(1, 2), kind, target, stack: new Error().stack?.split('\n').slice(2, 8).map((s) => s.trim()) });
  if (logPath) appendFileSync(logPath, `${line}\n`);
  return Object.assign(new Error(`egress blocked: ${kind} ${target}`), { code: 'EACCES' });
}

// Every TCP connection (http, https, undici's fetch, pg, tls) goes through Socket#connect.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? (Array.isArray(args[0]) ? args[0][0] : args[0]) : { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined };
  if (options && options.path === undefined && !isLoopback(options.host)) {
    const error = record('connect', `${options.host}:${options.port}`);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};

const tlsConnect = tls.connect;
tls.connect = function (...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined };
  if (!options.socket && options.path === undefined && !isLoopback(options.host ?? options.servername)) {
    throw record('tls', `${options.host ?? options.servername}:${options.port}`);
  }
  return tlsConnect.apply(this, args);
};

// Name lookups: the callback and promise APIs, and the Resolver classes.
const wrapLookup = (original, name) =>
  function (hostname, ...rest) {
    if (isLoopback(hostname)) return original.call(this, hostname, ...rest);
    const error = record(name, hostname);
    const callback = rest.find((arg) => typeof arg === 'function');
    if (callback) return void process.nextTick(() => callback(error));
    return Promise.reject(error);
  };
dns.lookup = wrapLookup(dns.lookup, 'dns.lookup');
dns.promises.lookup = wrapLookup(dns.promises.lookup, 'dns.lookup');
for (const method of ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveTxt', 'resolveSrv', 'reverse']) {
  if (dns[method]) dns[method] = wrapLookup(dns[method], `dns.${method}`);
  if (dns.promises[method]) dns.promises[method] = wrapLookup(dns.promises[method], `dns.${method}`);
  for (const Resolver of [dns.Resolver, dns.promises.Resolver]) {
    if (Resolver?.prototype[method]) Resolver.prototype[method] = wrapLookup(Resolver.prototype[method], `dns.${method}`);
  }
}
