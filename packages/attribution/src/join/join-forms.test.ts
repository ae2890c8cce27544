import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure } from '../test-support/configure.js';
import { onSubmit } from './join-forms.js';

// Enrolment itself is covered in Chromium (tests/attribution/forms.test.ts): happy-dom lacks the
// case-insensitive attribute selector the email field is found with.
describe('join forms', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('throws nothing into the page when the page broke the DOM it reads', async () => {
    await configure();
    document.body.innerHTML = '<form data-rujuk-join><input type="email" value="carla@example.com"></form>';
    vi.spyOn(HTMLFormElement.prototype, 'querySelector').mockImplementation(() => {
      throw new Error('querySelector replaced by the page');
    });
    expect(() => onSubmit({ target: document.forms[0] } as unknown as Event)).not.toThrow();
  });
});
