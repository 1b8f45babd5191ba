/** The machine a run was measured on, for the record next to the numbers. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  date: string;
  nproc: number;
  cpuModel: string;
  ramGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load averages when the bench started and ended: other work on the machine skews timings. */
  loadAverageAtStart: number;
  loadAverageAtEnd: number;
}

const rounded = (n: number | undefined) => Math.round((n ?? 0) * 100) / 100;

/** The 1-minute load average now. */
export const loadAverage = () => rounded(loadavg()[0]);

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

export function machineInfo(chromiumVersion: string, loadAverageAtStart: number): MachineInfo {
  const cpuinfo = readOr('/proc/cpuinfo', '');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const os = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readOr('/etc/os-release', ''))?.[1] ?? process.platform;
  return {
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    cpuModel: model.trim(),
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os,
    node: process.version,
    chromium: chromiumVersion,
    loadAverageAtStart,
    loadAverageAtEnd: loadAverage(),
  };
}
