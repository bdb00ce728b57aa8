/**
 * Progress for long ingests: on a terminal one line redrawn in place with the rate and, when the
 * number of items is known (feeds), an ETA; not on a terminal, a plain line every few seconds (so
 * short runs print nothing); nothing with --quiet.
 */
export interface ProgressSink { write(s: string): unknown; isTTY?: boolean }

export function formatProgress(done: number, elapsedMs: number, total?: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  let line = `${done}${total ? `/${total}` : ''} articles, ${rate.toFixed(rate < 10 ? 1 : 0)}/s`;
  if (total && rate > 0 && total > done) line += `, ETA ${formatDuration(((total - done) / rate) * 1000)}`;
  return line;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class Progress {
  private started = Date.now();
  private lastPlain = Date.now();
  private total = 0;
  private drawn = false;
  constructor(private sink: ProgressSink, private quiet: boolean, private plainEveryMs = 5_000) {}

  get tty(): boolean { return Boolean(this.sink.isTTY) && !this.quiet; }

  plan(items: number): void { this.total += items; }

  update(done: number, where: string): void {
    if (this.quiet) return;
    const line = formatProgress(done, Date.now() - this.started, this.total || undefined);
    if (this.sink.isTTY) {
      this.sink.write(`\r\x1b[K${line} — ${where.slice(-50)}`);
      this.drawn = true;
    } else if (Date.now() - this.lastPlain >= this.plainEveryMs) {
      this.lastPlain = Date.now();
      this.sink.write(`newsgraph: ${line}\n`);
    }
  }

  /** Clears the redrawn line before other output. */
  clear(): void {
    if (this.drawn) this.sink.write('\r\x1b[K');
    this.drawn = false;
  }
}
