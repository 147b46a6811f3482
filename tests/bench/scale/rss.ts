/** Resident memory of other processes, from /proc (Linux). */
import { readFileSync } from 'node:fs';

/** VmRSS of a process in MB, or undefined once it is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Samples the RSS of each pid every `everyMs` until stopped; stop() gives the samples per pid. */
export function sampleRss(pids: readonly number[], everyMs = 100): { stop: () => Map<number, number[]> } {
  const samples = new Map(pids.map((pid) => [pid, [] as number[]]));
  const take = () => {
    for (const pid of pids) {
      const mb = rssMb(pid);
      if (mb !== undefined) samples.get(pid)?.push(mb);
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}
