// The shop's products and prices (US cents), and how it shows money.

/** Everything Kopi & Co. sells, by the id product and checkout pages take as `?p=`. */
export const products = {
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

/** The friend's offer from the demo program: 20% off the first order. */
export const FRIEND_DISCOUNT = 0.2;

/** The product id in the page's `?p=`, or the coffee when it names nothing we sell. */
export function productIdFromUrl() {
  const id = new URLSearchParams(location.search).get('p');
  return id && Object.hasOwn(products, id) ? id : 'coffee';
}

/** Formats US cents as dollars, e.g. 3999 → "$39.99". */
export function money(cents) {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
}
