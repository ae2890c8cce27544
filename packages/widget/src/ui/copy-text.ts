/** Copies text with the Clipboard API, falling back to `execCommand('copy')` on the selected field. */
export async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Insecure origins, old browsers and denied permissions have no async clipboard.
  }
  try {
    field?.select();
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
