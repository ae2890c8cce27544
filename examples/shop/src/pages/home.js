// The catalogue: one tile per product.
import { money, products } from '../catalogue.js';
import '../friend-offer.js';

document.getElementById('products').innerHTML = Object.entries(products)
  .map(
    ([id, product]) => `<a class="tile" href="product.html?p=${id}">
      <span class="art" aria-hidden="true">${product.art}</span>
      <strong>${product.name}</strong><span class="price">${money(product.price)}</span></a>`,
  )
  .join('');
