import { useEffect, useRef } from 'preact/hooks';
import { useWidget } from '../context.js';
import { deepActiveElement, focusables, trapTab } from '../focus.js';
import { Panel } from '../panel.js';

/**
 * The popup: a modal dialog (centred, or a corner slide-in) that takes focus, keeps Tab inside,
 * closes on Escape and on the backdrop, and gives focus back to whatever opened it.
 */
export function Popup({ onClose, dir }: { onClose: () => void; dir: 'ltr' | 'rtl' }) {
  const { options } = useWidget();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = deepActiveElement();
    const node = dialog.current;
    if (node) (focusables(node).find((element) => element.tagName === 'INPUT') ?? node).focus();
    return () => {
      // The opener may have gone (a launcher removed meanwhile); focusing a detached node is a no-op.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  function keydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (dialog.current) trapTab(event, dialog.current);
  }

  const corner = options.position !== 'modal';
  return (
    <div class={options.position}>
      {/* Pointer-only: keyboard users close with Escape or the close button, so the backdrop stays out of the tab order. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a backdrop is not a control */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: Escape is handled on the dialog */}
      <div class={corner ? 'bd corner' : 'bd'} part="backdrop" onClick={onClose} />
      <div
        ref={dialog}
        class="dlg rj"
        part="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="rj-t"
        tabIndex={-1}
        dir={dir}
        onKeyDown={keydown}
      >
        <Panel view={null} onClose={onClose} />
      </div>
    </div>
  );
}
