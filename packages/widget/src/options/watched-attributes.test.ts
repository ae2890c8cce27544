import { describe, expect, it } from 'vitest';
import { OPTIONS } from './parse-options.js';
import { readAttributes } from './read-attributes.js';
import { WATCHED_ATTRIBUTES } from './watched-attributes.js';

describe('WATCHED_ATTRIBUTES', () => {
  it('follows the styling and copy attributes, not the backend, the key or the participant', () => {
    expect([...WATCHED_ATTRIBUTES].sort()).toEqual(
      [
        'data-rujuk-embed',
        'data-rujuk-accent',
        'data-rujuk-theme',
        'data-rujuk-radius',
        'data-rujuk-font',
        'data-rujuk-position',
        'data-rujuk-trigger',
        'data-rujuk-launcher',
        'data-rujuk-title',
        'data-rujuk-description',
        'data-rujuk-button-text',
        'data-rujuk-channels',
        'data-rujuk-locale',
        'data-rujuk-variant',
        'data-rujuk-frequency',
      ].sort(),
    );
  });

  it('names the attributes readAttributes reads back into the options they set', () => {
    const element = document.createElement('div');
    for (const name of WATCHED_ATTRIBUTES) element.setAttribute(name, 'x');
    expect(Object.keys(readAttributes(element)).sort()).toEqual(OPTIONS.slice(OPTIONS.indexOf('view')).sort());
  });
});
