/**
 * Saved views: named URL states (the hash the viewer writes), kept in the browser's localStorage.
 * A view is only a hash, so it can also be shared as a link; the list is per server address (localStorage
 * is per origin). Nothing is written to the server: the viewer is read-only unless the server allows
 * writes, and a view is a personal bookmark, not part of the graph.
 */

export interface SavedView {
  name: string;
  /** The URL hash, without '#'. */
  hash: string;
  /** ISO time of the last save. */
  savedAt: string;
}

export const SAVED_VIEWS_KEY = 'newsgraph.savedViews';

/** The subset of the Web Storage API the list needs (localStorage in the page, a Map in unit tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function isSavedView(v: unknown): v is SavedView {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.name === 'string' && typeof o.hash === 'string' && typeof o.savedAt === 'string';
}

export class SavedViews {
  constructor(private storage: KeyValueStorage, private key = SAVED_VIEWS_KEY) {}

  /** The saved views, in the order they were first saved; a damaged entry is skipped, not fatal. */
  list(): SavedView[] {
    let raw: unknown;
    try { raw = JSON.parse(this.storage.getItem(this.key) ?? '[]'); } catch { return []; }
    return Array.isArray(raw) ? raw.filter(isSavedView) : [];
  }

  /** Saves under a name; saving again under the same name replaces that view in place. */
  save(name: string, hash: string, now = new Date()): SavedView {
    const clean = name.trim();
    if (!clean) throw new Error('A saved view needs a name.');
    const view: SavedView = { name: clean, hash: hash.replace(/^#/, ''), savedAt: now.toISOString() };
    const views = this.list();
    const at = views.findIndex((v) => v.name === clean);
    if (at >= 0) views[at] = view; else views.push(view);
    this.write(views);
    return view;
  }

  remove(name: string): void {
    this.write(this.list().filter((v) => v.name !== name));
  }

  private write(views: SavedView[]): void {
    this.storage.setItem(this.key, JSON.stringify(views));
  }
}
