import type { ComponentType } from 'preact';
import { adoptStyles } from '../styles/adopt-styles.js';
import { importJoin, importMore, importShare } from './view-imports.js';

/** A view that lives in its own chunk, so a first open downloads only the view it shows. */
export type ChunkedView = 'join' | 'info' | 'share' | 'progress' | 'leaderboard';

type ViewModule = Partial<Record<ChunkedView, ComponentType>> & { css?: string };

const chunks: Record<ChunkedView, () => Promise<ViewModule>> = {
  join: importJoin,
  info: importJoin,
  share: importShare,
  progress: importMore,
  leaderboard: importMore,
};
// Keyed by chunk loader: views that share a chunk are ready together.
const loaded = new Map<() => Promise<ViewModule>, ViewModule>();
const pending = new Map<() => Promise<ViewModule>, Promise<void>>();

/** Downloads a view's chunk once; resolves when the view can render synchronously. */
export function preloadView(name: ChunkedView): Promise<void> {
  const chunk = chunks[name];
  let promise = pending.get(chunk);
  if (!promise) {
    promise = chunk().then(
      (module) => {
        loaded.set(chunk, module);
      },
      (error) => {
        // A later attempt may succeed (a flaky network); this one still reports its failure.
        pending.delete(chunk);
        throw error;
      },
    );
    pending.set(chunk, promise);
  }
  return promise;
}

/** The chunk a view lives in: the views of one chunk download, and fail, together. */
export const chunkOf = (name: ChunkedView): unknown => chunks[name];

/** The component of a loaded view, or `undefined` while its chunk is on its way. */
export function loadedView(name: ChunkedView): ComponentType | undefined {
  return loaded.get(chunks[name])?.[name];
}

/** Adopts the styles a view's chunk brings into the shadow root it renders in. */
export function adoptViewStyles(name: ChunkedView, node: Node | null): void {
  const css = loaded.get(chunks[name])?.css;
  const root = node?.getRootNode();
  if (css && root instanceof ShadowRoot) adoptStyles(root, css);
}
