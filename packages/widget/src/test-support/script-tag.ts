/** Adds a Rujuk script tag to the page, as a site pastes it, with `data-key` and the given attributes. */
export function rujukTag(attributes: Record<string, string>): void {
  const script = document.createElement('script');
  script.setAttribute('data-key', 'pk_test');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.append(script);
}
