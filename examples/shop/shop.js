// The demo shop's own page code. Everything Rujuk does here goes through the documented
// `rujuk(...)` commands and `rujuk:*` events, the way any site would use the script tag.
(() => {
  const products = {
    coffee: {
      name: 'Single-origin coffee, 1 kg',
      price: 4999,
      art: '☕',
      blurb:
        'Washed Gayo beans from Aceh: dark chocolate, brown sugar, a little citrus. Roasted the day before it ships.',
    },
    mug: {
      name: 'Stoneware mug',
      price: 2400,
      art: '🍵',
      blurb: 'Hand-thrown in small batches; holds 350 ml and keeps it warm for the whole email backlog.',
    },
    grinder: {
      name: 'Hand grinder',
      price: 8900,
      art: '⚙️',
      blurb: 'Steel conical burrs, 40 click settings, espresso to French press in a minute.',
    },
  };
  const FRIEND_DISCOUNT = 0.2;
  const ACCOUNT_KEY = 'kopi_account';
  const money = (cents) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
  const $ = (id) => document.getElementById(id);
  const page = document.body.dataset.page;
  const params = new URLSearchParams(location.search);
  const product = products[params.get('p')] ? params.get('p') : 'coffee';

  function account() {
    try {
      return JSON.parse(localStorage.getItem(ACCOUNT_KEY)) || null;
    } catch {
      return null;
    }
  }
  function saveAccount(value) {
    try {
      localStorage.setItem(ACCOUNT_KEY, JSON.stringify(value));
    } catch {}
  }

  // The friend's offer: shown when the snippet holds a referral, from this visit or an earlier one.
  const listeners = [];
  let referred = false;
  function onReferral(listener) {
    listeners.push(listener);
    if (referred) listener();
  }
  function markReferred() {
    if (referred) return;
    referred = true;
    $('offer').hidden = false;
    for (const listener of listeners) listener();
  }
  rujuk('ready', () => {
    if (rujuk('referral')) markReferred();
  });
  window.addEventListener('rujuk:captured', markReferred);

  if (page === 'home') {
    $('products').innerHTML = Object.entries(products)
      .map(
        ([id, p]) => `<a class="tile" href="product.html?p=${id}">
          <span class="art" aria-hidden="true">${p.art}</span>
          <strong>${p.name}</strong><span class="price">${money(p.price)}</span></a>`,
      )
      .join('');
  }

  if (page === 'product') {
    const p = products[product];
    document.title = `${p.name} · Kopi & Co.`;
    $('art').textContent = p.art;
    $('name').textContent = p.name;
    $('blurb').textContent = p.blurb;
    $('price').textContent = money(p.price);
    $('buy').href = `checkout.html?p=${product}`;
  }

  if (page === 'checkout') {
    const p = products[product];
    let total = p.price;
    $('line-name').textContent = p.name;
    $('line-price').textContent = money(p.price);
    $('total').textContent = money(total);
    onReferral(() => {
      const discount = Math.round(p.price * FRIEND_DISCOUNT);
      total = p.price - discount;
      $('discount-row').hidden = false;
      $('discount').textContent = `−${money(discount)}`;
      $('total').textContent = money(total);
    });
    const form = $('checkout');
    const known = account();
    if (known) form.elements.email.value = known.email;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const email = form.elements.email.value.trim();
      const orderId = `KOPI-${Date.now().toString(36).toUpperCase()}`;
      $('place-order').disabled = true;
      // The order id doubles as the idempotency key: a double click or a retry counts once.
      rujuk('convert', { event: 'purchase', amount: total, currency: 'USD', orderId, email }).then(
        () => {
          form.parentElement.hidden = true;
          $('done').hidden = false;
          $('done-text').textContent =
            `Order ${orderId} (${money(total)}) is confirmed. A receipt is on its way to ${email}.`;
        },
        (error) => {
          $('place-order').disabled = false;
          alert(`The order could not be recorded: ${error.message}`);
        },
      );
    });
  }

  if (page === 'signup') {
    const form = $('signup');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const email = form.elements.email.value.trim();
      const name = form.elements.name.value.trim();
      saveAccount({ email, name });
      // The sign-up is a conversion too; the referral captured earlier is attached by the snippet.
      rujuk('convert', { event: 'signup', email, orderId: `signup:${email}` });
      form.hidden = true;
      $('welcome-title').textContent = `Welcome, ${name || email}!`;
      $('welcome').hidden = false;
    });
  }

  if (page === 'account') {
    const known = account();
    if (known)
      $('who').textContent = `Signed in to the shop as ${known.name ? `${known.name} (${known.email})` : known.email}.`;
    // A different host name is a different site to the browser: no shared cookies or storage.
    const friendOrigin = location.origin.includes('localhost')
      ? location.origin.replace('localhost', '127.0.0.1')
      : location.origin.replace('127.0.0.1', 'localhost');
    $('friend-host').textContent = friendOrigin;
    const field = $('friend-link');
    const fill = (event) => {
      if (event.detail?.code) field.value = `${location.origin}/?ref=${event.detail.code}`;
    };
    window.addEventListener('rujuk:join', fill);
    window.addEventListener('rujuk:share', fill);
    $('friend').addEventListener('submit', (event) => {
      event.preventDefault();
      // After a reload the events are gone, but the share embed shows the link.
      const shown = document.querySelector('#share-embed')?.shadowRoot?.querySelector('input[readonly]')?.value;
      if (!field.value.trim() && shown) field.value = shown;
      let link;
      try {
        link = new URL(field.value.trim(), location.href);
      } catch {
        field.focus();
        return;
      }
      window.open(`${friendOrigin}${link.pathname}${link.search}`, '_blank', 'noopener');
    });
  }
})();
