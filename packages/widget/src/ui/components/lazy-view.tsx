import { useEffect, useRef, useState } from 'preact/hooks';
import { adoptStyles } from '../../styles/adopt-styles.js';
import { useWidget } from '../context.js';

type Secondary = typeof import('../views/secondary.js');
let secondary: Promise<Secondary> | undefined;
let loaded: Secondary | undefined;

/** Renders the progress or leaderboard view, downloading their chunk (code and styles) on first use. */
export function LazyView({ name }: { name: 'progress' | 'leaderboard' }) {
  const { t } = useWidget();
  const [module, setModule] = useState(loaded);
  const [failed, setFailed] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    secondary ??= import('../views/secondary.js');
    secondary.then(
      (value) => {
        loaded = value;
        const root = anchor.current?.getRootNode();
        if (root instanceof ShadowRoot) adoptStyles(root, value.css);
        if (live) setModule(value);
      },
      () => {
        secondary = undefined;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  const View = module?.[name];
  return (
    <div ref={anchor}>{View ? <View /> : <p class={failed ? 'err' : 'sk'}>{t(failed ? 'error' : 'loading')}</p>}</div>
  );
}
