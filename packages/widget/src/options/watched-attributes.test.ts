import { describe, expect, it } from 'vitest';
import { READERS } from './parse-options.js';
import { readAttributes } from './read-attributes.js';
import { WATCHED_ATTRIBUTES } from './watched-attributes.js';

describe('WATCHED_ATTRIBUTES', () => {
  it('names, for every option, the attributes that set it', () => {
    expect(WATCHED_ATTRIBUTES).toEqual([
      'data-api',
      'data-key',
      'data-rujuk-token',
      'data-rujuk-email',
      'data-rujuk-signature',
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
    ]);
  });

  it('names the attributes readAttributes reads, which together set every option', () => {
    const element = document.createElement('div');
    for (const name of WATCHED_ATTRIBUTES) element.setAttribute(name, 'x');
    expect(Object.keys(readAttributes(element)).sort()).toEqual(Object.keys(READERS).sort());
  });
});
