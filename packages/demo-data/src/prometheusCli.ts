/* eslint-disable no-console */
import { writeFile } from 'node:fs/promises';
import {
  findPrometheus,
  freePort,
  INSTALL_PROMETHEUS_HINT,
  startPrometheus,
} from 'local-prometheus';
import {
  DEMO_PROMETHEUS_TIMES,
  demoPrometheusSeries,
} from './demoPrometheusSeries';
import { loadExampleEntities } from './loadExampleEntities';
import { toOpenMetrics } from './openMetrics';

/** The port the demo Prometheus prefers; another free one when it is taken. */
const DEFAULT_PORT = 9090;

/**
 * Starts the demo Prometheus: the Observability Platform's SLI series and the KPI series,
 * backfilled with promtool, served on 127.0.0.1 until this process is stopped. Writes its base
 * URL to the file after `--ready-file` once it answers. Without prometheus and promtool it says
 * how to get them and exits with 0, writing nothing. Run by scripts/portal.sh.
 */
async function main() {
  const log = (message: string) => console.log(`[demo-prometheus] ${message}`);
  const readyFile = process.argv[process.argv.indexOf('--ready-file') + 1];
  if (!process.argv.includes('--ready-file') || !readyFile) {
    throw new Error('usage: prometheusCli.ts --ready-file <file>');
  }
  const binaries = findPrometheus();
  if (!binaries) {
    log(
      `no prometheus and promtool here: the Observability Platform's SLOs are pulled from Prometheus; to see them, ${INSTALL_PROMETHEUS_HINT}, and run ./scripts/start.sh again`,
    );
    return;
  }
  const started = Date.now();
  const openMetrics = toOpenMetrics(
    demoPrometheusSeries({ now: new Date(), entities: loadExampleEntities() }),
  );
  const prometheus = await startPrometheus({
    binaries,
    openMetrics,
    port: await freePort(
      Number(process.env.PP_DEMO_PROMETHEUS_PORT ?? DEFAULT_PORT),
    ),
    retention: `${DEMO_PROMETHEUS_TIMES.historyDays + 14}d`,
  });
  let stopping = false;
  const stop = async () => {
    stopping = true;
    await prometheus.stop();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Whoever started it was killed without a chance to stop it (SIGKILL): stop with it.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop(), 2_000).unref();
  prometheus.exited.then(how => {
    if (!stopping) {
      console.error(
        `[demo-prometheus] Prometheus ${how}; its log ends with:\n${prometheus.logTail()}`,
      );
      process.exit(1);
    }
  });
  await writeFile(readyFile, prometheus.baseUrl);
  log(
    `DEMO Prometheus on ${prometheus.baseUrl} (ready in ${(
      (Date.now() - started) /
      1000
    ).toFixed(1)} s): the Observability Platform's SLIs and KPI counters, ${
      DEMO_PROMETHEUS_TIMES.historyDays
    } days up to now and, shown as their time comes, ${
      DEMO_PROMETHEUS_TIMES.aheadHours
    } hours on`,
  );
}

main().catch(error => {
  console.error(`[demo-prometheus] ${error.message ?? error}`);
  process.exit(1);
});
