// Starts the CongoDB emulator on 127.0.0.1:<port>, in memory; prints "ready <port>" once it listens. Port 0 lets the
// system choose a free port at bind time (no port is picked, released and bound later): the line names the one chosen.
// Exits when its standard input closes, so it never outlives the test process that started it.
// Usage: node start.mjs <port> [<install folder>] (default: the folder this script is in, as install.sh lays it out)
import { pathToFileURL } from 'node:url';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 0) {
  console.error('usage: node start.mjs <port> [<install folder>]');
  process.exit(2);
}

const folder = process.argv[3] ?? dirname(fileURLToPath(import.meta.url));
const { CongoServer } = await import(pathToFileURL(join(folder, 'package/dist_ts/congodb/index.js')).href);
const server = new CongoServer({ port, host: '127.0.0.1', storage: 'memory' });
await server.start();
console.log(`ready ${server.server?.address()?.port ?? port}`);

const stop = async () => {
  try { await server.stop(); } finally { process.exit(0); }
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
