import type { EmbedView } from '../../options/types.js';
import type { WithWidget } from '../context.js';
import { Panel } from '../panel.js';

/** An inline embed: one view rendered in place, sharing state with every other widget on the page. */
export function Embed({ view, dir }: { view: EmbedView; dir: 'ltr' | 'rtl' }, { widget }: WithWidget) {
  return (
    <section class="rj" part="embed" dir={dir} lang={widget.locale} aria-labelledby="rj-t">
      <Panel view={view} />
    </section>
  );
}
