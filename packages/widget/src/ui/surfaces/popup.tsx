import { useEffect, useRef } from 'preact/hooks';
import { emit } from '../../events/emit.js';
import { useViewReady } from '../components/lazy-view.js';
import { useWidget } from '../context.js';
import { deepActiveElement, focusables, trapTab } from '../focus.js';
import { Panel } from '../panel.js';
import { useParticipant } from '../use-participant.js';
import { useStore } from '../use-store.js';

/**
 * The popup: a modal dialog (centred, or a corner slide-in) that takes focus, keeps Tab inside,
 * closes on Escape and on the backdrop, and gives focus back to whatever opened it.
 */
export function Popup({ onClose, dir }: { onClose: () => void; dir: 'ltr' | 'rtl' }) {
  const { options, stores, variantOf } = useWidget();
  const dialog = useRef<HTMLDivElement>(null);
  const settled = useRef(false);
  // Declared first so it runs before focus moves into the dialog.
  useEffect(() => {
    const opener = deepActiveElement();
    return () => {
      // The opener may have gone (a launcher removed meanwhile); focusing a detached node is a no-op.
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  // Re-render (and re-check focus) when the content arrives.
  const program = useStore(stores.$program);
  const status = useStore(stores.$status);
  // Focus the first field as soon as there is one: the content may still be loading when the dialog opens.
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    const root = node.getRootNode() as ShadowRoot;
    // Content that replaces the focused control (a join turning the form into the share view) drops
    // focus to the page's body, where Escape and the Tab trap no longer reach: take it back.
    if (settled.current && (root.activeElement || document.activeElement !== document.body)) return;
    const field = focusables(node).find((element) => element.tagName === 'INPUT');
    if (root.activeElement && root.activeElement !== node) settled.current = true;
    else if (field) {
      field.focus();
      settled.current = true;
    } else node.focus();
  });

  function keydown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (dialog.current) trapTab(event, dialog.current);
  }

  const participant = useParticipant();
  const viewReady = useViewReady(participant ? 'share' : 'join');
  const shown = (Boolean(program) && viewReady) || status === 'error';
  const announced = useRef(false);
  // Announced once it shows, when the program (and so the visitor's variant) is known.
  useEffect(() => {
    if (!shown || announced.current) return;
    announced.current = true;
    emit('open', { variant: options.variant ?? variantOf(program)?.id ?? null });
  });

  const corner = options.position !== 'modal';
  // Appear with the content rather than grow around a spinner: a dialog that resizes is a layout shift.
  if (!shown) return null;
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
