// Resident memory of processes, read from /proc (Linux): the Library process and Chromium's
// renderers, found as descendants of the browser this benchmark launched.
import { readdirSync, readFileSync } from 'node:fs';

/** Resident set size in MB, or null when the process is gone or /proc is not there. */
export function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return kb ? Number(kb[1]) / 1024 : null;
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces; the parent pid follows the closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/** Every live process whose ancestry includes `root`. */
export function descendantsOf(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const ppid = parentOf(pid);
    if (ppid !== null) parent.set(pid, ppid);
  }
  const out: number[] = [];
  for (const pid of parent.keys()) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        out.push(pid);
        break;
      }
    }
  }
  return out;
}

/** The largest renderer RSS among the Chromium processes started by this process (the tab's). */
export function rendererRssMb(): number | null {
  let largest: number | null = null;
  for (const pid of descendantsOf(process.pid)) {
    if (!commandLine(pid).includes('--type=renderer')) continue;
    const mb = rssMb(pid);
    if (mb !== null && (largest === null || mb > largest)) largest = mb;
  }
  return largest;
}
