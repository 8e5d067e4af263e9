/**
 * Process plumbing for the bench: undo steps that run whatever happens, a
 * child process with a time limit, and servers on ports the OS picks.
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '../serve.ts';

/** Undo steps, run newest first, each at most once and each bounded in time. */
export class Cleanup {
  private steps: { label: string; undo: () => unknown }[] = [];
  private running: Promise<void> | null = null;

  add(label: string, undo: () => unknown): void {
    this.steps.push({ label, undo });
  }

  /** A signal and the normal exit path may both call this: they share one run. */
  run(): Promise<void> {
    this.running ??= this.runSteps();
    return this.running;
  }

  private async runSteps(): Promise<void> {
    const steps = this.steps.reverse();
    this.steps = [];
    for (const { label, undo } of steps) {
      try {
        // A step that hangs (a browser that will not quit) must not hang the bench.
        await withTimeout(Promise.resolve().then(undo), 10_000, `cleanup: ${label}`);
      } catch (err) {
        console.error(`bench: ${label} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took longer than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs a command with its output on our stderr, so stdout stays the report. */
export function runCommand(cmd: string, args: string[], cwd: string, timeoutMs: number, cleanup: Cleanup, env: Record<string, string> = {}): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 2, 2], env: { ...process.env, ...env } });
    cleanup.add(`stop ${cmd} ${args.join(' ')}`, () => child.exitCode === null && child.kill());
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`${cmd} ${args.join(' ')} took longer than ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      fail(err);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) ok();
      else fail(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
}

/** scripts/serve.ts on a port the OS picks (0), so the bench never collides with a dev server. */
export async function serveOnFreePort(dir: string, base: string, cleanup: Cleanup): Promise<string> {
  const server: Server = await serve({ dir, port: 0, base, host: '127.0.0.1' });
  cleanup.add(`stop server for ${dir}`, () => closeServer(server));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}${base}`;
}

function closeServer(server: Server): Promise<void> {
  // Browser keep-alive sockets would otherwise hold close() open.
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}
