import { type MountedWidget, mountWidget } from '@rujuk/widget';
import { useEffect, useRef } from 'preact/hooks';
import { rujukConfig } from '../config.js';

/** A header button that opens Rujuk's popup (`mountWidget` without a view is the popup). */
export function InviteButton() {
  const host = useRef<HTMLDivElement>(null);
  const popup = useRef<MountedWidget | null>(null);
  useEffect(() => {
    popup.current = mountWidget(host.current!, {
      ...rujukConfig,
      accent: '#2563eb',
      title: 'Give a month, get a month',
    });
    return () => popup.current?.unmount();
  }, []);
  return (
    <>
      <button type="button" onClick={() => popup.current?.open()}>
        Invite friends
      </button>
      <div ref={host} />
    </>
  );
}
