/** Parsing of the CLI's Bolt options: `--bolt [PORT]` and `--bolt-auth user:password`. */
import { BOLT_DEFAULTS } from './defaults.ts';

export class BoltOptionError extends Error {}

/** `--bolt` alone → default port; `--bolt 7688` → that port; `--bolt 0.0.0.0:7687` → host and port. */
export function parseBoltListen(value: string | boolean | undefined, host?: string): { host: string; port: number } {
  const out = { host: host ?? BOLT_DEFAULTS.host, port: BOLT_DEFAULTS.port as number };
  if (value === undefined || value === true || value === '') return out;
  if (value === false) throw new BoltOptionError('--bolt is off');
  const m = /^(?:(.+):)?(\d{1,5})$/.exec(value);
  if (!m || Number(m[2]) > 65535) throw new BoltOptionError(`--bolt expects a port (e.g. 7687) or host:port, got '${value}'`);
  if (m[1]) out.host = m[1].replace(/^\[|\]$/g, '');
  out.port = Number(m[2]);
  return out;
}

/** `user:password` (the password may contain ':'). */
export function parseBoltAuth(value: string): { user: string; password: string } {
  const i = value.indexOf(':');
  if (i <= 0 || i === value.length - 1) throw new BoltOptionError("--bolt-auth expects user:password");
  return { user: value.slice(0, i), password: value.slice(i + 1) };
}
