import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface RunningServer {
  url: string;
  pid: number;
  stop(): void;
}

/**
 * Starts `next start` for the built app on a free loopback port and waits until it answers.
 * Used by the end-to-end tests and the benchmarks; `cwd` serves another build (a scratch copy's).
 */
export async function startNextServer({ cwd }: { cwd?: string } = {}): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  return serveWhenAnswering('next start', child, port, '/en');
}

/**
 * Waits until the server `child` spawned (in its own process group) answers `probePath` on
 * `port`, for at most 30 s; fails with what it printed if it exits or never answers.
 */
export async function serveWhenAnswering(
  name: string,
  child: ChildProcess,
  port: number,
  probePath: string,
): Promise<RunningServer> {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited:\n${output}`);
    try {
      await fetch(url + probePath, { method: 'HEAD' });
      return { url, pid: child.pid!, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  stop();
  throw new Error(`${name} did not answer within 30 s:\n${output}`);
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}
