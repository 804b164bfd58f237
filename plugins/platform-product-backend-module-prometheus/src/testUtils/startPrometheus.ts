import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The Prometheus and promtool binaries: `PP_PROMETHEUS_BIN` / `PP_PROMTOOL_BIN`, else /usr/bin. */
export function findPrometheus():
  | { prometheus: string; promtool: string }
  | undefined {
  const prometheus = process.env.PP_PROMETHEUS_BIN || '/usr/bin/prometheus';
  const promtool = process.env.PP_PROMTOOL_BIN || '/usr/bin/promtool';
  return existsSync(prometheus) && existsSync(promtool)
    ? { prometheus, promtool }
    : undefined;
}

/** A private Prometheus serving backfilled data on 127.0.0.1. */
export interface RunningPrometheus {
  baseUrl: string;
  port: number;
  /** Stops the server and removes its data; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Backfills OpenMetrics text (ending with `# EOF`) with `promtool tsdb create-blocks-from
 * openmetrics`, starts Prometheus on it with no scrape jobs on a free port of 127.0.0.1, and
 * waits until it is ready.
 */
export async function startPrometheus(
  binaries: { prometheus: string; promtool: string },
  openMetrics: string,
): Promise<RunningPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'pp-prometheus-'));
  const data = join(dir, 'data');
  await writeFile(join(dir, 'series.om'), openMetrics);
  await writeFile(join(dir, 'prometheus.yml'), 'scrape_configs: []\n');
  await promisify(execFile)(binaries.promtool, [
    'tsdb',
    'create-blocks-from',
    'openmetrics',
    join(dir, 'series.om'),
    data,
  ]);
  const port = await freePort();
  const child = spawn(
    binaries.prometheus,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${data}`,
      '--storage.tsdb.retention.time=30d',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', chunk => {
    log = (log + chunk).slice(-4000);
  });
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= stopChild(child).then(() =>
      rm(dir, { recursive: true, force: true }),
    );
    return stopped;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; its log ends with:\n${log}`);
  }
  return { baseUrl, port, stop };
}

/** A port nothing listens on just now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilReady(
  baseUrl: string,
  child: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Prometheus exited with code ${child.exitCode}`);
    }
    try {
      const response = await fetch(`${baseUrl}/-/ready`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error('Prometheus was not ready within 20 s');
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}
