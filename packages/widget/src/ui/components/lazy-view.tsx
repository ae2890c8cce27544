import type { Component, ComponentType } from 'preact';
import { emitError } from '../../events/emit-error.js';
import { WidgetComponent, type WidgetContext } from '../context.js';
import { adoptViewStyles, type ChunkedView, chunkOf, loadedView, preloadView } from '../view-chunks.js';

// The downloads under way, by chunk, with the components waiting for each: the popup and the views
// inside it share one download, so a failure is reported once.
const waiting = new Map<unknown, Set<Component>>();
// Chunks whose last download failed: their views show the error until the next try (`retryViews`).
const failed = new Set<unknown>();

/** Lets the views whose download failed download again: on the next open and the next view switch. */
export const retryViews = (): void => failed.clear();

/**
 * A view's component once its chunk (and, for progress and leaderboard, their strings) are loaded,
 * `failed` when the last download failed, else `undefined` while it downloads: `owner` renders again
 * when it is done. The popup waits for it so the dialog never resizes after it appears.
 */
export function viewFor(
  owner: Component,
  widget: WidgetContext,
  name: ChunkedView,
): ComponentType | 'failed' | undefined {
  const strings = name === 'progress' || name === 'leaderboard';
  const View = loadedView(name);
  if (View && (!strings || widget.secondary.loaded())) return View;
  const chunk = chunkOf(name);
  if (failed.has(chunk)) return 'failed';
  const owners = waiting.get(chunk) ?? new Set<Component>();
  if (!waiting.has(chunk)) {
    waiting.set(chunk, owners);
    Promise.all([preloadView(name), strings && widget.secondary.load()])
      .catch((error) => {
        failed.add(chunk);
        emitError(error, 'chunk_unavailable');
      })
      .then(() => {
        waiting.delete(chunk);
        for (const waiter of owners) waiter.forceUpdate();
      });
  }
  owners.add(owner);
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
