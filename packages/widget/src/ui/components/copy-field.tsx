import type { MessageKey } from '../../i18n/types.js';
import { WidgetComponent } from '../context.js';
import { copyText } from '../copy-text.js';

type Props = {
  id: string;
  /** The message of the field's label. */
  label: MessageKey;
  value: string;
  /** The `part` attributes of the field and of its copy button. */
  parts: [field: string, button: string];
  /** Called after a copy the Clipboard API or the fallback confirmed. */
  onCopied?: () => void;
};
// What the status line says after a copy; Preact starts every component with an empty state: nothing yet.
type State = { said?: 'copied' | 'copyFallback' | '' };

/** A labelled read-only field with a copy button and a status line that says whether the copy worked. */
export class CopyField extends WidgetComponent<Props, State> {
  override render() {
    const { t } = this.widget;
    const { id, label, value, parts, onCopied } = this.props;
    const { said } = this.state;
    // The fallback selects the field, the button's previous sibling, for execCommand('copy').
    const copy = async (e: { currentTarget: HTMLButtonElement }) => {
      const ok = await copyText(value, e.currentTarget.previousSibling as HTMLInputElement);
      this.setState({ said: ok ? 'copied' : 'copyFallback' });
      if (ok) onCopied?.();
      setTimeout(() => this.setState({ said: '' }), 2500);
    };
    // An array rather than a fragment: the views place these in their own layout, and no Fragment is imported.
    return [
      <label for={id} part="label">
        {t(label)}
      </label>,
      <div class="row">
        <input id={id} part={parts[0]} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button class="b" part={parts[1]} type="button" onClick={copy}>
          {t('copy')}
        </button>
      </div>,
      <p class="ok" role="status" part="status">
        {said && t(said)}
      </p>,
    ];
  }
}
