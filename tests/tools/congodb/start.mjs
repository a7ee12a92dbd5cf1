// Starts the CongoDB emulator on 127.0.0.1:<port>, in memory; prints "ready <port>" once it listens.
// Exits when its standard input closes, so it never outlives the test process that started it.
import { CongoServer } from './package/dist_ts/congodb/index.js';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node start.mjs <port>');
  process.exit(2);
}

const server = new CongoServer({ port, host: '127.0.0.1', storage: 'memory' });
await server.start();
console.log(`ready ${port}`);

const stop = async () => {
  try { await server.stop(); } finally { process.exit(0); }
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
