import { useWidget } from '../context.js';
import { useStore } from '../use-store.js';

/** "How it works" steps and the program's terms, from the program config. */
export function InfoView() {
  const { t, stores } = useWidget();
  const program = useStore(stores.$program);
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
