import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server process started as in production (`src/server/main.ts`), with its output kept. */
export interface Instance {
  name: string;
  port: number;
  output: string[];
  process: ChildProcess;
}

export async function freePort(): Promise<number> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function startInstance(name: string, port: number, env: Record<string, string>): Instance {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { name, port, output, process: child };
}

export async function waitUntilReady(instance: Instance, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) {
      throw new Error(`${instance.name} exited (${instance.process.exitCode}):\n${instance.output.join('\n')}`);
    }
    const ok = await fetch(`http://127.0.0.1:${instance.port}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${instance.name} not ready in time:\n${instance.output.join('\n')}`);
}

export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once('exit', resolve));
  instance.process.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (instance.process.exitCode === null) instance.process.kill('SIGKILL');
}

/**
 * A round-robin reverse proxy: request n goes to backend n mod N, strictly alternating, and the
 * answer says which backend served it (`x-served-by`), so a test knows it crossed instances.
 */
export async function startRoundRobinProxy(
  backends: Pick<Instance, 'name' | 'port'>[],
): Promise<{ url: string; server: Server }> {
  let next = 0;
  const server = createHttpServer((req, res) => {
    const backend = backends[next++ % backends.length]!;
    const upstream = httpRequest(
      { host: '127.0.0.1', port: backend.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': backend.name });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
