// Runs inside a WebKit page, sent with each WebDriver command (nothing stays in the page): finds the
// elements of a locator the way Playwright does (CSS that pierces open shadow roots, ARIA roles and
// accessible names, labels) and checks what Playwright checks before it acts on one.
() => {
  /** Every element under `root`, shadow trees included, in document order. */
  function all(root) {
    const found = [];
    const visit = (node) => {
      for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
        found.push(child);
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    };
    if (root.shadowRoot) visit(root.shadowRoot);
    visit(root);
    return found;
  }
  /** The parent of `node` across shadow boundaries. */
  const up = (node) => node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  const deepContains = (ancestor, node) => {
    for (let at = node; at; at = up(at)) if (at === ancestor) return true;
    return false;
  };
  /** A selector cut at its descendant combinators, which Playwright lets cross shadow boundaries. */
  function compounds(selector) {
    const parts = [];
    let current = '';
    let depth = 0;
    let quote = '';
    const s = selector.trim().replace(/\s*([>+~])\s*/g, '$1');
    for (const char of s) {
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '[' || char === '(') depth++;
      else if (char === ']' || char === ')') depth--;
      else if (/\s/.test(char) && depth === 0) {
        if (current) parts.push(current);
        current = '';
        continue;
      }
      current += char;
    }
    if (current) parts.push(current);
    return parts;
  }
  function matchesDeep(element, parts) {
    const last = parts[parts.length - 1];
    if (!element.matches(last)) return false;
    if (parts.length === 1) return true;
    const rest = parts.slice(0, -1);
    for (let at = up(element); at; at = up(at)) if (matchesDeep(at, rest)) return true;
    return false;
  }
  const css = (scope, selector) => {
    const parts = compounds(selector);
    return all(scope).filter((element) => matchesDeep(element, parts));
  };

  const style = (element) => getComputedStyle(element);
  /** Playwright's visibility: a non-empty box and not `visibility: hidden`. */
  function visible(element) {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && style(element).visibility === 'visible';
  }
  function hiddenForAria(element) {
    for (let at = element; at; at = up(at)) {
      if (at.getAttribute('aria-hidden') === 'true') return true;
      if (style(at).display === 'none') return true;
    }
    return style(element).visibility === 'hidden';
  }

  const textboxTypes = ['', 'text', 'email', 'tel', 'url', 'password'];
  function implicitRole(element, unnamed) {
    const tag = element.localName;
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    switch (tag) {
      case 'a':
      case 'area':
        return element.hasAttribute('href') ? 'link' : null;
      case 'button':
        return 'button';
      case 'input':
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox') return 'checkbox';
        if (type === 'radio') return 'radio';
        if (type === 'range') return 'slider';
        if (type === 'number') return 'spinbutton';
        if (type === 'search') return element.hasAttribute('list') ? 'combobox' : 'searchbox';
        if (type === 'hidden') return null;
        if (textboxTypes.includes(type)) return element.hasAttribute('list') ? 'combobox' : 'textbox';
        return 'textbox';
      case 'textarea':
        return 'textbox';
      case 'select':
        return element.multiple || element.size > 1 ? 'listbox' : 'combobox';
      case 'option':
        return 'option';
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return 'heading';
      case 'ul':
      case 'ol':
      case 'menu':
        return 'list';
      case 'li':
        return 'listitem';
      case 'nav':
        return 'navigation';
      case 'main':
        return 'main';
      case 'aside':
        return 'complementary';
      case 'dialog':
        return 'dialog';
      case 'img':
        return element.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'table':
        return 'table';
      case 'tr':
        return 'row';
      case 'td':
        return 'cell';
      case 'th':
        return 'columnheader';
      case 'progress':
        return 'progressbar';
      case 'output':
        return 'status';
      case 'hr':
        return 'separator';
      case 'fieldset':
      case 'details':
        return 'group';
      case 'article':
        return 'article';
      case 'p':
        return 'paragraph';
      // A form or section has a role only when it has a name; `unnamed` skips that while naming.
      case 'form':
        return !unnamed && name(element) ? 'form' : null;
      case 'section':
        return !unnamed && name(element) ? 'region' : null;
      case 'header':
        return 'banner';
      case 'footer':
        return 'contentinfo';
      default:
        return null;
    }
  }
  const roleOf = (element, unnamed) =>
    (element.getAttribute('role') ?? '').trim().split(/\s+/)[0] || implicitRole(element, unnamed);
  const fromContent = [
    'button',
    'link',
    'heading',
    'cell',
    'columnheader',
    'rowheader',
    'checkbox',
    'radio',
    'switch',
    'tab',
    'menuitem',
    'option',
    'treeitem',
    'tooltip',
    'row',
    'listitem',
  ];
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  const byId = (element, id) => element.getRootNode().getElementById?.(id) ?? document.getElementById(id);

  function contentText(node, seen) {
    let text = '';
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    for (const child of children) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.localName === 'slot') {
          for (const assigned of child.assignedNodes({ flatten: true })) {
            text += assigned.nodeType === Node.TEXT_NODE ? assigned.data : childText(assigned, seen);
          }
          continue;
        }
        text += childText(child, seen);
      }
    }
    return text;
  }
  function childText(element, seen) {
    if (seen.has(element) || hiddenForAria(element)) return '';
    seen.add(element);
    const label = element.getAttribute('aria-label');
    const block = style(element).display !== 'inline' ? ' ' : '';
    if (label?.trim()) return block + label + block;
    if (element.localName === 'img') return block + (element.getAttribute('alt') ?? '') + block;
    if (['input', 'textarea', 'select'].includes(element.localName)) return block + (element.value ?? '') + block;
    return block + contentText(element, seen) + block;
  }
  /** The accessible name, as far as the widget and the example pages need it. */
  function name(element) {
    const ids = element.getAttribute('aria-labelledby');
    if (ids) {
      const text = ids
        .split(/\s+/)
        .map((id) => byId(element, id))
        .filter(Boolean)
        .map((labeller) => squash(labeller.getAttribute('aria-label') || contentText(labeller, new Set())))
        .join(' ');
      if (squash(text)) return squash(text);
    }
    const label = element.getAttribute('aria-label');
    if (label?.trim()) return squash(label);
    const tag = element.localName;
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'input' && ['button', 'submit', 'reset'].includes(type)) {
      return squash(element.value || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : ''));
    }
    if (tag === 'input' && type === 'image') return squash(element.getAttribute('alt') ?? '');
    if (['input', 'textarea', 'select'].includes(tag)) {
      const labels = [...(element.labels ?? [])].map((labeller) => squash(contentText(labeller, new Set([element]))));
      if (labels.join('')) return squash(labels.join(' '));
      return squash(element.getAttribute('title') || element.getAttribute('placeholder') || '');
    }
    if (tag === 'img') return squash(element.getAttribute('alt') || element.getAttribute('title') || '');
    if (fromContent.includes(roleOf(element, true))) {
      const text = squash(contentText(element, new Set([element])));
      if (text) return text;
    }
    if (tag === 'fieldset') {
      const legend = element.querySelector(':scope > legend');
      if (legend) return squash(contentText(legend, new Set()));
    }
    return squash(element.getAttribute('title') ?? '');
  }
  /** Playwright's text match: a RegExp, an exact string, or by default a case-insensitive substring. */
  function textMatches(actual, expected, exact) {
    if (expected.re !== undefined) return new RegExp(expected.re, expected.flags).test(actual);
    if (exact) return actual === squash(expected.s);
    return actual.toLowerCase().includes(squash(expected.s).toLowerCase());
  }
  function labelsOf(element) {
    const texts = [];
    const ids = element.getAttribute('aria-labelledby');
    if (ids) {
      texts.push(
        squash(
          ids
            .split(/\s+/)
            .map((id) => byId(element, id))
            .filter(Boolean)
            .map((labeller) => contentText(labeller, new Set()))
            .join(' '),
        ),
      );
    }
    if (element.getAttribute('aria-label')) texts.push(squash(element.getAttribute('aria-label')));
    for (const labeller of element.labels ?? []) texts.push(squash(contentText(labeller, new Set([element]))));
    return texts;
  }
  const stateOf = (element, attribute, property) => {
    const value = element.getAttribute(attribute);
    if (value !== null) return value === 'true' ? true : value === 'mixed' ? 'mixed' : false;
    return property in element ? Boolean(element[property]) : undefined;
  };

  function step(scopes, s) {
    if ('union' in s) return [...new Set(s.union.flatMap((steps) => find(steps)))];
    if ('nth' in s) {
      const index = s.nth < 0 ? scopes.length + s.nth : s.nth;
      return scopes[index] ? [scopes[index]] : [];
    }
    const found = new Set();
    for (const scope of scopes) {
      let candidates;
      if ('css' in s) candidates = css(scope, s.css);
      else if ('role' in s) {
        candidates = all(scope).filter((element) => {
          if (roleOf(element) !== s.role) return false;
          if (!s.includeHidden && hiddenForAria(element)) return false;
          if (
            s.level !== undefined &&
            Number(element.getAttribute('aria-level') ?? element.localName.slice(1)) !== s.level
          )
            return false;
          if (s.checked !== undefined && stateOf(element, 'aria-checked', 'checked') !== s.checked) return false;
          if (s.pressed !== undefined && stateOf(element, 'aria-pressed', '') !== s.pressed) return false;
          if (s.expanded !== undefined && stateOf(element, 'aria-expanded', '') !== s.expanded) return false;
          if (s.selected !== undefined && stateOf(element, 'aria-selected', 'selected') !== s.selected) return false;
          return s.name === undefined || textMatches(name(element), s.name, s.exact);
        });
      } else if ('label' in s) {
        candidates = all(scope).filter((element) =>
          labelsOf(element).some((text) => text && textMatches(text, s.label, s.exact)),
        );
      } else if ('text' in s) {
        candidates = all(scope).filter((element) => {
          const own = squash(element.textContent ?? '');
          if (!textMatches(own, s.text, s.exact)) return false;
          return ![...element.children].some((child) => textMatches(squash(child.textContent ?? ''), s.text, s.exact));
        });
      }
      for (const candidate of candidates) found.add(candidate);
    }
    return [...found];
  }
  /** The elements a locator's steps lead to. */
  const find = (steps) => steps.reduce(step, [document]);
  const strict = (elements, description) => {
    if (elements.length > 1) {
      throw new Error(`strict mode violation: ${description} resolved to ${elements.length} elements`);
    }
    return elements[0];
  };
  /** The innermost element at a viewport point, through open shadow roots. */
  function hitAt(x, y) {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  }
  /** Whether `element` can take a click now; the point to click at, or why not yet. */
  function clickPoint(element) {
    if (!element) return { wait: 'no element matches' };
    if (!element.isConnected) return { wait: 'element is not attached' };
    if (!visible(element)) return { wait: 'element is not visible' };
    if (element.disabled) return { wait: 'element is disabled' };
    let box = element.getBoundingClientRect();
    if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) {
      element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      box = element.getBoundingClientRect();
    }
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    const hit = hitAt(x, y);
    const label = element.labels?.[0];
    if (!hit || !(deepContains(element, hit) || (label && deepContains(label, hit)) || hit === element)) {
      return { wait: `${hit?.outerHTML.slice(0, 120) ?? 'nothing'} intercepts pointer events` };
    }
    return { x, y, box: [box.left, box.top, box.width, box.height] };
  }
  const scrolls = (element, value) =>
    ['auto', 'scroll', 'overlay'].includes(value) && element.scrollHeight > element.clientHeight;
  /**
   * A wheel turned at a viewport point, as the browser does it: a `wheel` event the page may cancel, then
   * a scroll of the nearest box that can scroll (the page itself unless its overflow is hidden).
   */
  function wheel(x, y, deltaX, deltaY) {
    const target = hitAt(x, y) ?? document.documentElement;
    const init = {
      deltaX,
      deltaY,
      deltaMode: 0,
      clientX: x,
      clientY: y,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    if (!target.dispatchEvent(new WheelEvent('wheel', init))) return;
    for (let at = target; at && at !== document.body && at !== document.documentElement; at = up(at)) {
      if (scrolls(at, style(at).overflowY)) return at.scrollBy({ left: deltaX, top: deltaY, behavior: 'instant' });
    }
    const page = [style(document.documentElement).overflowY, style(document.body).overflowY];
    if (page.some((value) => value === 'hidden' || value === 'clip')) return;
    scrollBy({ left: deltaX, top: deltaY, behavior: 'instant' });
  }
  return { find, strict, visible, clickPoint, hitAt, wheel };
};
