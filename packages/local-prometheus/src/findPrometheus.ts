import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where the two Prometheus binaries are. */
export interface PrometheusBinaries {
  prometheus: string;
  promtool: string;
}

/** How to make {@link findPrometheus} find them, for messages. */
export const INSTALL_PROMETHEUS_HINT =
  'apt-get install prometheus, or set PP_PROMETHEUS_BIN and PP_PROMTOOL_BIN';

/**
 * The `prometheus` and `promtool` binaries: `PP_PROMETHEUS_BIN` / `PP_PROMTOOL_BIN` when set (a
 * path that does not exist then means "none", which is how to switch Prometheus off), else the
 * first on `PATH`, else `/usr/bin` (Debian's `prometheus` package). `undefined` when either is
 * missing.
 */
export function findPrometheus(
  env: NodeJS.ProcessEnv = process.env,
): PrometheusBinaries | undefined {
  const prometheus = findBinary('prometheus', env.PP_PROMETHEUS_BIN, env.PATH);
  const promtool = findBinary('promtool', env.PP_PROMTOOL_BIN, env.PATH);
  return prometheus && promtool ? { prometheus, promtool } : undefined;
}

function findBinary(
  name: string,
  override: string | undefined,
  path: string | undefined,
): string | undefined {
  if (override) {
    return existsSync(override) ? override : undefined;
  }
  return [...(path ?? '').split(delimiter).filter(Boolean), '/usr/bin']
    .map(dir => join(dir, name))
    .find(file => existsSync(file));
}
