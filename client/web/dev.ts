// `npm run dev`: the Accord server (restarting on server changes, tsx watch) and the web app on
// Vite's dev server with hot reload, which forwards /graphql and the other API paths to it.
// Open the URL Vite prints (http://127.0.0.1:5173/). Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const apiPort = process.env.PORT ?? '4000';
const api = spawn('tsx', ['watch', 'server/app/main.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: apiPort, AUTH_DEV_MODE: process.env.AUTH_DEV_MODE ?? 'true' },
});

process.env.ACCORD_API_PORT = apiPort;
const vite = await createServer({
  configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
  server: { port: Number(process.env.WEB_DEV_PORT ?? 5173) },
});
await vite.listen();
vite.printUrls();
console.log(`API at http://127.0.0.1:${apiPort}/graphql (proxied by the dev server)`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', (code) => {
  if (!stopping) {
    console.error(`the Accord server exited (${code}); stopping the dev server`);
    void stop();
  }
});
