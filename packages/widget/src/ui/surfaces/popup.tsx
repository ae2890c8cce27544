import { emit } from '../../events/emit.js';
import { viewFor } from '../components/lazy-view.js';
import { participantOf, WidgetComponent } from '../context.js';
import { deepActiveElement, trapTab } from '../focus.js';
import { lockPage } from '../lock-page.js';
import { Panel } from '../panel.js';

type Props = { onClose: () => void; dir: 'ltr' | 'rtl' };

/**
 * The popup: a modal dialog (centred, or a corner slide-in) that takes focus, keeps Tab inside, holds
 * the page still and inert behind it, closes on Escape and on the backdrop, and gives focus back to
 * whatever opened it.
 */
export class Popup extends WidgetComponent<Props> {
  // Taken before the dialog renders, so before focus moves into it.
  private opener = deepActiveElement();
  private dialog: HTMLDivElement | null = null;
  private settled = false;
  private announced = false;
  // Set when the dialog first shows: the page stays as it was while the content loads.
  private unlock?: () => void;

  override componentDidMount() {
    this.settle();
  }

  override componentDidUpdate() {
    this.settle();
  }

  override componentWillUnmount() {
    // The page wakes first: an opener it holds inert could not take focus.
    this.unlock?.();
    // The opener may have gone (a launcher removed meanwhile); focusing a detached node is a no-op.
    if (this.opener?.isConnected) this.opener.focus();
  }

  // Focus the first field as soon as there is one (the content may still be loading when the dialog
  // opens), and announce the open once it shows, when the program (and so the visitor's variant) is known.
  private settle() {
    const node = this.dialog;
    if (!node) return;
    if (!this.announced) {
      this.announced = true;
      emit('open', { variant: this.widget.variantId() });
    }
    const root = node.getRootNode() as ShadowRoot;
    this.unlock ??= lockPage(root.host);
    // Content that replaces the focused control (a join turning the form into the share view) drops
    // focus to the page's body, where Escape and the Tab trap no longer reach: take it back.
    if (this.settled && (root.activeElement || document.activeElement !== document.body)) return;
    const field = node.querySelector('input');
    if (root.activeElement && root.activeElement !== node) this.settled = true;
    else if (field) {
      field.focus();
      this.settled = true;
    } else node.focus();
  }

  private keydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.props.onClose();
    } else if (this.dialog) trapTab(event, this.dialog);
  };

  override render() {
    const { onClose, dir } = this.props;
    const { options, stores, locale } = this.widget;
    const view = viewFor(this, this.widget, participantOf(this.widget) ? 'share' : 'join');
    // Appear with the content rather than grow around a spinner: a dialog that resizes is a layout shift.
    if (!((stores.$program.get() && view) || stores.$status.get() === 'error')) return null;
    return (
      <div class={options.position}>
        {/* Pointer-only: keyboard users close with Escape or the close button, so the backdrop stays out of the tab order. */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a backdrop is not a control */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: Escape is handled on the dialog */}
        <div class={options.position === 'modal' ? 'bd' : 'bd corner'} part="backdrop" onClick={onClose} />
        <div
          ref={(node) => {
            this.dialog = node;
          }}
          class="dlg rj"
          part="dialog"
          role="dialog"
          aria-modal="true"
          aria-labelledby="rj-t"
          tabIndex={-1}
          dir={dir}
          lang={locale}
          onKeyDown={this.keydown}
        >
          <Panel view={null} onClose={onClose} />
        </div>
      </div>
    );
  }
}
