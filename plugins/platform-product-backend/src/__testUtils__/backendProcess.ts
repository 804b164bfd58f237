import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

/** A real backend process (src/__testUtils__/pluginBackend.ts) and where it listens. */
export interface BackendProcess {
  baseUrl: string;
  /** The process's output so far. */
  output(): string;
  /** Sends the signal and waits for the process to end. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/** Connections of our own: Jest's setup replaces the global agent and fetch to forbid network use. */
const agent = new http.Agent({ keepAlive: false });

/**
 * Sends a request to a local backend and reads the whole answer.
 *
 * @throws when the connection fails or is cut, e.g. because the process was killed
 */
export function httpRequest(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  } = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent },
      res => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', chunk => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode!, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

/**
 * Starts src/__testUtils__/pluginBackend.ts in a new Node.js process with the given config file,
 * and waits until `/api/platform-product/health` answers 200.
 *
 * @throws when the process exits or is not healthy within `timeoutMs`, with its output
 */
export async function startBackendProcess(options: {
  configFile: string;
  baseUrl: string;
  timeoutMs?: number;
}): Promise<BackendProcess> {
  const entry = path.resolve(__dirname, 'pluginBackend.ts');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      entry,
      '--config',
      options.configFile,
    ],
    {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', chunk => {
    output += chunk;
  });
  child.stderr!.on('data', chunk => {
    output += chunk;
  });
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  const backend: BackendProcess = {
    baseUrl: options.baseUrl,
    output: () => output,
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
      }
      await exited;
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 45_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The backend exited while starting:\n${output}`);
    }
    try {
      const response = await httpRequest(
        `${options.baseUrl}/api/platform-product/health`,
      );
      if (response.status === 200) return backend;
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  await backend.stop('SIGKILL');
  throw new Error(`The backend was not healthy in time:\n${output}`);
}

/** Writes an app-config file for {@link startBackendProcess}; returns its path. */
export function writeConfig(file: string, config: object): string {
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}
