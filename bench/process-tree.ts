/**
 * Memory of a process and everything it started, read from /proc (Linux): `npx` starts node,
 * which may start workers, so a server's or a build's footprint is the sum over its tree.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Every live process's parent, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name, in parentheses, may hold spaces: fields resume after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** `pid` and all its descendants. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const [child, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), child]);
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift()!;
    tree.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return tree;
}

/** Resident memory of `pid` and its descendants, in bytes (VmRSS from /proc/<pid>/status). */
export function treeRss(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // Gone already.
    }
  }
  return total;
}

/** Samples `treeRss(pid)` every `ms` until stopped; `stop()` returns the peak seen. */
export function samplePeakRss(pid: number, ms = 500): { stop(): number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(pid));
  };
  sample();
  const timer = setInterval(sample, ms);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

export const mb = (bytes: number) => bytes / 2 ** 20;
