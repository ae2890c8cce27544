import type { EmbedView } from '../../options/types.js';
import { Panel } from '../panel.js';

/** An inline embed: one view rendered in place, sharing state with every other widget on the page. */
export function Embed({ view, dir }: { view: EmbedView; dir: 'ltr' | 'rtl' }) {
  return (
    <section class="rj" part="embed" dir={dir} aria-labelledby="rj-t">
      <Panel view={view} />
    </section>
  );
}
