import type { Component, ComponentType } from 'preact';
import { emitError } from '../../events/emit-error.js';
import { WidgetComponent, type WidgetContext } from '../context.js';
import { adoptViewStyles, type ChunkedView, loadedView, preloadView } from '../view-chunks.js';

// Per component: the views whose downloads it started, and those that failed.
const started = new WeakMap<Component, Set<ChunkedView>>();
const failed = new WeakMap<Component, Set<ChunkedView>>();
const setOf = (map: WeakMap<Component, Set<ChunkedView>>, owner: Component) => {
  const set = map.get(owner) ?? new Set<ChunkedView>();
  map.set(owner, set);
  return set;
};

/**
 * A view's component once its chunk (and, for progress and leaderboard, their strings) are loaded,
 * `failed` when a download failed, else `undefined` while `owner` starts them: `owner` renders again
 * when they are done. The popup waits for it so the dialog never resizes after it appears.
 */
export function viewFor(
  owner: Component,
  widget: WidgetContext,
  name: ChunkedView,
): ComponentType | 'failed' | undefined {
  const strings = name === 'progress' || name === 'leaderboard';
  const View = loadedView(name);
  if (View && (!strings || widget.secondary.loaded())) return View;
  if (failed.get(owner)?.has(name)) return 'failed';
  const loading = setOf(started, owner);
  if (!loading.has(name)) {
    loading.add(name);
    Promise.all([preloadView(name), strings && widget.secondary.load()])
      .catch((error) => {
        setOf(failed, owner).add(name);
        emitError(error, 'chunk_unavailable');
      })
      .then(() => {
        loading.delete(name);
        owner.forceUpdate();
      });
  }
}

/** Renders a view from its chunk: at once when it is loaded, else after downloading it. */
export class LazyView extends WidgetComponent<{ name: ChunkedView }> {
  override render() {
    const { name } = this.props;
    const View = viewFor(this, this.widget, name);
    // The ref runs before paint, so a chunk's styles are in place when its view first shows.
    if (typeof View === 'function') return <div ref={(node) => adoptViewStyles(name, node)}>{<View />}</div>;
    return <p class={View ? 'err' : 'sk'}>{this.widget.t(View ? 'error' : 'loading')}</p>;
  }
}
