import { guard } from '@rujuk/contract';
import { scan } from '../dom/scan.js';
import { join } from './join.js';

/**
 * On any form submit (one listener, so forms added later work too): refreshes the hidden inputs,
 * and for `<form data-rujuk-join>` enrols the email typed into it (an `type=email` field, else a
 * field whose name contains "email"), without blocking the submission.
 */
export const onSubmit = (event: Event): unknown =>
  // A listener on the page's own submit: nothing may escape into it.
  guard(() => {
    const form = event.target as HTMLFormElement;
    const field = (selector: string) => form.querySelector<HTMLInputElement>(selector)?.value;
    const email = field('[type=email],[name*=email i]');
    scan();
    if (email && form.matches('[data-rujuk-join]')) join({ email, name: field('[name=name],[autocomplete=name]') });
  });
