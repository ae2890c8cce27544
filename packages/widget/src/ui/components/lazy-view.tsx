import { useEffect, useState } from 'preact/hooks';
import { useWidget } from '../context.js';
import { adoptViewStyles, type ChunkedView, loadedView, preloadView } from '../view-chunks.js';

/** Renders a view from its chunk: at once when it is loaded, else after downloading it. */
export function LazyView({ name }: { name: ChunkedView }) {
  const { t } = useWidget();
  const ready = useViewReady(name);
  const View = loadedView(name);
  // The ref runs before paint, so a chunk's styles are in place when its view first shows.
  if (View) return <div ref={(node) => adoptViewStyles(name, node)}>{<View />}</div>;
  // Ready without a view means its chunk failed to download.
  return <p class={ready ? 'err' : 'sk'}>{t(ready ? 'error' : 'loading')}</p>;
}

/**
 * Whether a view can render (its chunk loaded, or failed so the error can show), starting the
 * download when needed. The popup waits for it so the dialog never resizes after it appears.
 */
export function useViewReady(name: ChunkedView): boolean {
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState(false);
  const ready = Boolean(loadedView(name));
  useEffect(() => {
    if (ready) return;
    let live = true;
    preloadView(name).then(
      () => live && setTick((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [name, ready]);
  return ready || failed;
}
