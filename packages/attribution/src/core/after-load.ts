/** Runs work in idle time after the load event, so it costs the page nothing before it has loaded. */
export const afterLoad = (work: () => void): void => {
  const idle = () => (window.requestIdleCallback || setTimeout)(work);
  document.readyState == 'complete' ? idle() : addEventListener('load', idle);
};
