import type { WithWidget } from '../context.js';

/** "How it works" steps and the program's terms, from the program config. */
export function InfoView(_props: object, { widget }: WithWidget) {
  const { t, stores } = widget;
  const program = stores.$program.get();
  if (!program) return null;
  return (
    <div part="info">
      {program.howItWorks.length > 0 && (
        <>
          <h3>{t('tabInfo')}</h3>
          <ol class="hw" part="steps">
            {program.howItWorks.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {program.terms && (
        <details part="terms">
          <summary>{t('terms')}</summary>
          <p>{program.terms}</p>
        </details>
      )}
    </div>
  );
}
