/**
 * Follows GET /api/events (Server-Sent Events) with fetch rather than EventSource, so the access token
 * of `serve --auth` goes in the Authorization header as for every other call. Reconnects after a
 * dropped connection (2 s, then up to 30 s).
 */
export interface ServerEvent { event: string; data: string }

/** Splits an SSE byte stream into events; returns what is left of an unfinished one. Pure. */
export function parseEvents(buffer: string): { events: ServerEvent[]; rest: string } {
  const events: ServerEvent[] = [];
  const blocks = buffer.split(/\r?\n\r?\n/);
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

export function followEvents(path: string, onEvent: (e: ServerEvent) => void, token: () => string | null): () => void {
  let stopped = false;
  let controller: AbortController | undefined;
  let delay = 2000;
  const run = async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const headers: Record<string, string> = { accept: 'text/event-stream' };
        const t = token();
        if (t) headers.authorization = `Bearer ${t}`;
        const res = await fetch(path, { headers, signal: controller.signal, cache: 'no-store' });
        if (!res.ok || !res.body) throw new Error(`${path}: ${res.status}`);
        if (res.status === 200) delay = 2000;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const parsed = parseEvents(buffer + value);
          buffer = parsed.rest;
          for (const e of parsed.events) onEvent(e);
        }
      } catch {
        if (stopped) return;
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 30_000);
    }
  };
  void run();
  return () => { stopped = true; controller?.abort(); };
}
