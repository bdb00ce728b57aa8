import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { childReaper } from '../helpers/child-reaper.ts';

describe('child reaper (crash tests leave no writer behind)', () => {
  it('kills a tracked child that is still running, and only that one', async () => {
    const reaper = childReaper();
    const forever = reaper.track(spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }));
    const done = reaper.track(spawn(process.execPath, ['-e', ''], { stdio: 'ignore' }));
    await once(done, 'exit');
    const exited = once(forever, 'exit');
    expect(reaper.killAll()).toBe(1);
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');
    expect(reaper.killAll()).toBe(0);
  });
});
