/**
 * Children a test spawns and kills on purpose: if the test fails or times out before it kills one,
 * the child would keep writing forever. Track each one and kill what is left after the file's tests.
 */
import type { ChildProcess } from 'node:child_process';

export interface ChildReaper {
  track<C extends ChildProcess>(child: C): C;
  /** Kills every tracked child still running; returns how many it killed. */
  killAll(): number;
}

export function childReaper(): ChildReaper {
  const live = new Set<ChildProcess>();
  return {
    track(child) {
      live.add(child);
      child.once('exit', () => live.delete(child));
      return child;
    },
    killAll() {
      let killed = 0;
      for (const child of live) if (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')) killed++;
      live.clear();
      return killed;
    },
  };
}
