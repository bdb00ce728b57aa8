/** Applies a URL hash to the open page (a saved view, a pasted link, back/forward): state, camera, query. */
import { defaultState, type Store } from '../state.ts';
import { decodeView, type CameraView } from '../url-state.ts';

export interface RestoreTargets {
  store: Store;
  camera: { animate(state: Partial<CameraView>, options: { duration: number }): unknown };
  /** Runs the view's Cypher query (its result becomes the highlight). */
  runQuery: (query: string) => Promise<void>;
  clearQuery: () => void;
}

export async function restoreView(hash: string, targets: RestoreTargets): Promise<void> {
  const view = decodeView(hash);
  const query = view.state.query ?? '';
  // Everything the hash does not say goes back to its default, as when the page is opened on that link.
  targets.store.update({ ...defaultState(), ...view.state, query: targets.store.state.query, highlight: targets.store.state.highlight, hovered: targets.store.state.hovered });
  if (view.camera) void targets.camera.animate(view.camera, { duration: 300 });
  if (query && query !== targets.store.state.query) await targets.runQuery(query);
  else if (!query && targets.store.state.query) targets.clearQuery();
}
