import { describe, expect, it } from 'vitest';
import { renderTemplate } from './render-template.js';

const values = { shareUrl: 'https://shop.example/?ref=ANNA42', code: 'ANNA42', name: 'a friend' };

describe('renderTemplate', () => {
  it('fills the link, the code and the name', () => {
    expect(renderTemplate('{{name}}: use {{ code }} at {{shareUrl}}', { ...values, name: 'Anna' })).toBe(
      'Anna: use ANNA42 at https://shop.example/?ref=ANNA42',
    );
  });

  it('gives a name that opens a sentence a capital, and leaves it as it is inside one', () => {
    expect(renderTemplate('{{name}} sent you 20% off', values)).toBe('A friend sent you 20% off');
    expect(renderTemplate('Hello! {{name}} sent you 20% off', values)).toBe('Hello! A friend sent you 20% off');
    expect(renderTemplate('Hi.\n{{name}} sent you this', values)).toBe('Hi.\nA friend sent you this');
    expect(renderTemplate('A gift from {{name}}', values)).toBe('A gift from a friend');
  });

  it('drops a variable it does not know, with the space before it, instead of leaving an empty slot', () => {
    expect(renderTemplate('Hi {{firstName}}, here is 20% off {{}}', values)).toBe('Hi, here is 20% off');
    expect(renderTemplate('A gift {{ reward }} from {{name}}', values)).toBe('A gift from a friend');
  });

  it('leaves no run of spaces', () => {
    expect(renderTemplate('20%  off   from {{name}}', { ...values, name: 'Anna' })).toBe('20% off from Anna');
  });
});
