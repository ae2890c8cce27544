/** WebDriver's code points for the keys Playwright names (https://w3c.github.io/webdriver/#keyboard-actions). */
const named: Record<string, string> = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** The WebDriver key value of one Playwright key name (`Tab`, `ArrowDown`, `a`). */
export function keyValue(key: string): string {
  const value = named[key] ?? (key.length === 1 ? key : undefined);
  if (value === undefined) throw new Error(`The WebKit driver does not know the key "${key}"`);
  return value;
}

/** The key actions of Playwright's `keyboard.press` chord (`Shift+Tab`): modifiers down, key, all up. */
export function pressActions(chord: string): Array<{ type: 'keyDown' | 'keyUp'; value: string }> {
  const parts = chord === '+' ? ['+'] : chord.split('+').map((part) => part || '+');
  const keys = parts.map(keyValue);
  return [
    ...keys.map((value) => ({ type: 'keyDown' as const, value })),
    ...[...keys].reverse().map((value) => ({ type: 'keyUp' as const, value })),
  ];
}
