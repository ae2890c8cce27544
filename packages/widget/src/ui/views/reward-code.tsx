import type { Fulfilment } from '@rujuk/protocol';
import { CopyField } from '../components/copy-field.js';
import { WidgetComponent } from '../context.js';

type Props = { id: string; fulfilment: Fulfilment };

/** What a fulfilled reward gives the participant: its code with a copy button, its one-click redeem link, its note. */
export class RewardCode extends WidgetComponent<Props> {
  override render() {
    const { t } = this.widget;
    const { id, fulfilment } = this.props;
    return (
      <div class="rc" part="reward-code">
        {fulfilment.code && (
          <CopyField
            id={`rj-code-${id}`}
            label="yourCode"
            value={fulfilment.code}
            parts={['input code-field', 'button copy-code']}
          />
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
