/**
 * Search in the large-graph mode: the server searches the whole graph (names and aliases, accents and
 * case ignored), so a node that is not in the view can be found and brought in. The box is combobox.ts's
 * (as for the loaded graph); hits not in the view are marked.
 */
import { Combobox, type ComboSource } from '../combobox.ts';
import { searchGraph } from './api.ts';

const DEBOUNCE_MS = 120;

/** The server's search as a combobox source. */
export function remoteSearchSource(inView: (id: string) => boolean): ComboSource {
  return {
    debounceMs: DEBOUNCE_MS,
    search: async (query) => (await searchGraph(query.trim())).hits.map((h) => ({ node: h.id, label: h.name, type: h.type, matched: h.matched })),
    note: (hit) => (inView(hit.node) ? undefined : 'not in view'),
  };
}

export class RemoteSearchBox extends Combobox {
  constructor(input: HTMLInputElement, inView: (id: string) => boolean, onSelect: (node: string) => void) {
    super(input, remoteSearchSource(inView), onSelect);
    input.placeholder = 'Search the whole graph… (/)';
  }
}
