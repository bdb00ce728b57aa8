/** Runs the real `newsgraph` binary in a child process, as a user would. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/newsgraph.js', import.meta.url));

export interface CliResult {
  code: number | null; stdout: string; stderr: string;
  /** stderr without the plain progress lines ("newsgraph: 120 articles, 3.1/s") a slow machine prints. */
  problems: string;
}

const PROGRESS_LINE = /^newsgraph: \d+(\/\d+)? articles, [\d.]+\/s.*\n?/gm;

export function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', NEWSGRAPH_DB: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr, problems: stderr.replace(PROGRESS_LINE, '') }));
  });
}

/** Starts `newsgraph serve` and resolves once it prints its URL. */
export function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ url: string; stop: () => Promise<void>; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error(`serve did not start: ${out}`)); }, 30_000);
    const onData = (d: Buffer) => {
      out += d;
      const m = out.match(/Serving (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1]!,
          output: () => out,
          stop: () => new Promise((r) => { child.once('close', () => r()); child.kill('SIGTERM'); }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${out}`)); });
  });
}
