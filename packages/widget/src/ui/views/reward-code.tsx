import type { Fulfilment } from '@rujuk/protocol';
import { WidgetComponent } from '../context.js';
import { copyText } from '../copy-text.js';

type Props = { id: string; fulfilment: Fulfilment };
type State = { copied: boolean | null };

/** What a fulfilled reward gives the participant: its code with a copy button, its one-click redeem link, its note. */
export class RewardCode extends WidgetComponent<Props, State> {
  override state: State = { copied: null };
  private field: HTMLInputElement | null = null;

  override render() {
    const { t } = this.widget;
    const { id, fulfilment } = this.props;
    const { copied } = this.state;
    const fieldId = `rj-code-${id}`;
    const copy = async () => {
      const ok = await copyText(fulfilment.code ?? '', this.field);
      this.setState({ copied: ok });
      setTimeout(() => this.setState({ copied: null }), 2500);
    };
    return (
      <div class="rc" part="reward-code">
        {fulfilment.code && (
          <>
            <label for={fieldId} part="label">
              {t('yourCode')}
            </label>
            <div class="row">
              <input
                ref={(node) => {
                  this.field = node;
                }}
                id={fieldId}
                part="input code-field"
                readOnly
                value={fulfilment.code}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button class="b" part="button copy-code" type="button" onClick={copy}>
                {t('copy')}
              </button>
            </div>
            <p class="ok" role="status" part="status">
              {copied === true ? t('copied') : copied === false ? t('copyFallback') : ''}
            </p>
          </>
        )}
        {fulfilment.note && <p class="mu">{fulfilment.note}</p>}
        {fulfilment.url && (
          <a class="b w" part="button use-reward" href={fulfilment.url} target="_blank" rel="noopener noreferrer">
            {t('useReward')}
          </a>
        )}
      </div>
    );
  }
}
