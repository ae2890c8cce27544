import type { FunctionComponent } from 'preact';
import { adoptStyles } from '../styles/adopt-styles.js';

/** A view that lives in its own chunk, so a first open downloads only the view it shows. */
export type ChunkedView = 'join' | 'share' | 'progress' | 'leaderboard';

type ViewModule = Partial<Record<ChunkedView, FunctionComponent>> & { css?: string };

const secondary = () => import('./views/secondary.js');
const chunks: Record<ChunkedView, () => Promise<ViewModule>> = {
  join: () => import('./views/join-chunk.js'),
  share: () => import('./views/share-chunk.js'),
  progress: secondary,
  leaderboard: secondary,
};
const loaded: Partial<Record<ChunkedView, ViewModule>> = {};
const pending: Partial<Record<ChunkedView, Promise<void>>> = {};

/** Downloads a view's chunk once; resolves when the view can render synchronously. */
export function preloadView(name: ChunkedView): Promise<void> {
  pending[name] ??= chunks[name]().then(
    (module) => {
      loaded[name] = module;
    },
    (error) => {
      // A later attempt may succeed (a flaky network); this one still reports its failure.
      delete pending[name];
      throw error;
    },
  );
  return pending[name];
}

/** The component of a loaded view, or `undefined` while its chunk is on its way. */
export function loadedView(name: ChunkedView): FunctionComponent | undefined {
  return loaded[name]?.[name];
}

/** Adopts the styles a view's chunk brings into the shadow root it renders in. */
export function adoptViewStyles(name: ChunkedView, node: Node | null): void {
  const css = loaded[name]?.css;
  const root = node?.getRootNode();
  if (css && root instanceof ShadowRoot) adoptStyles(root, css);
}
