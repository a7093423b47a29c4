// Peak resident memory: this process from the kernel's accounting, another one (the Neo4j
// JVM) from /proc/<pid>/status VmHWM.

import { readFile } from 'node:fs/promises';

export function ownPeakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export async function peakRssMbOf(pid: number | null): Promise<number | null> {
  if (pid === null || pid < 0) return null;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) / 1024 : null;
}
