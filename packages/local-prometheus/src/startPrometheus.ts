import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PrometheusBinaries } from './findPrometheus';
import { freePort } from './freePort';

/** Options of {@link startPrometheus}. */
export interface StartPrometheusOptions {
  binaries: PrometheusBinaries;
  /**
   * The samples, as OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`: each
   * family's `# TYPE` line, then its samples (timestamps in seconds) series by series, in time
   * order, and `# EOF` at the end.
   */
  openMetrics: string;
  /** The port on 127.0.0.1; a free one by default. */
  port?: number;
  /**
   * `--storage.tsdb.retention.time`; 400d by default. Prometheus deletes blocks older than this,
   * counted back from the newest sample, and its own default (15d) would delete backfilled ones.
   */
  retention?: string;
}

/** A private Prometheus serving backfilled data on 127.0.0.1. */
export interface RunningPrometheus {
  baseUrl: string;
  port: number;
  /** Settles when the server exits, with how it ended, e.g. `exited with code 1`. */
  exited: Promise<string>;
  /** The end of its log, for messages. */
  logTail(): string;
  /** Stops the server and removes its data; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Backfills the samples with `promtool tsdb create-blocks-from openmetrics`, starts Prometheus on
 * them on 127.0.0.1 with no scrape jobs, and waits until it is ready. Its data lives in a
 * temporary directory that {@link RunningPrometheus.stop} removes.
 */
export async function startPrometheus(
  options: StartPrometheusOptions,
): Promise<RunningPrometheus> {
  const { binaries } = options;
  const dir = await mkdtemp(join(tmpdir(), 'pp-prometheus-'));
  const data = join(dir, 'data');
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    await writeFile(join(dir, 'series.om'), options.openMetrics);
    await writeFile(join(dir, 'prometheus.yml'), 'scrape_configs: []\n');
    await promisify(execFile)(
      binaries.promtool,
      [
        'tsdb',
        'create-blocks-from',
        'openmetrics',
        '--quiet',
        // promtool reads the whole file once per block: its default 2-hour blocks make a month
        // of samples take minutes, 10-day blocks a few seconds.
        '--max-block-duration=240h',
        join(dir, 'series.om'),
        data,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    await removeDir();
    throw new Error(
      `promtool could not backfill the samples: ${(error as Error).message}`,
    );
  }
  const port = options.port ?? (await freePort());
  const child = spawn(
    binaries.prometheus,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${data}`,
      `--storage.tsdb.retention.time=${options.retention ?? '400d'}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', chunk => {
    log = (log + chunk).slice(-4000);
  });
  const exited = new Promise<string>(resolve =>
    child.once('exit', (code, signal) =>
      resolve(signal ? `stopped by ${signal}` : `exited with code ${code}`),
    ),
  );
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= stopChild(child, exited).then(removeDir);
    return stopped;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}; its log ends with:\n${log}`);
  }
  return { baseUrl, port, exited, logTail: () => log, stop };
}

async function waitUntilReady(
  baseUrl: string,
  child: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + 60_000;
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
  throw new Error('Prometheus was not ready within 60 s');
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<string>,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}
