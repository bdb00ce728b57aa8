import { BoltFailure } from './failure.ts';

/** A FIFO lock with a timeout: one writer at a time. */
export class WriteLock {
  private held = false;
  private waiters: Array<() => void> = [];
  async acquire(timeoutMs: number): Promise<void> {
    if (!this.held) { this.held = true; return; }
    await new Promise<void>((resolve, reject) => {
      const grant = (): void => { clearTimeout(timer); resolve(); };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== grant);
        reject(new BoltFailure('Neo.TransientError.Transaction.LockAcquisitionTimeout', `Waited ${timeoutMs} ms for another transaction's write lock`));
      }, timeoutMs);
      this.waiters.push(grant);
    });
  }
  release(): void {
    const next = this.waiters.shift();
    if (next) next(); else this.held = false;
  }
}
