import { mountWidget } from '@rujuk/widget';
import { useEffect, useRef } from 'preact/hooks';
import { rujukConfig } from '../config.js';

/** Rujuk's share view, mounted inline with `mountWidget` and unmounted with the component. */
export function ShareWidget() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const widget = mountWidget(host.current!, { ...rujukConfig, view: 'share', accent: '#2563eb', radius: '10' });
    return () => widget.unmount();
  }, []);
  return <div class="card" ref={host} data-testid="share-widget" />;
}
