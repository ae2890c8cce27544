// One product, from `?p=`, with its "Buy now" link to the checkout.
import { money, productIdFromUrl, products } from '../catalogue.js';
import '../friend-offer.js';

const id = productIdFromUrl();
const product = products[id];
const $ = (elementId) => document.getElementById(elementId);
document.title = `${product.name} · Kopi & Co.`;
$('art').textContent = product.art;
$('name').textContent = product.name;
$('blurb').textContent = product.blurb;
$('price').textContent = money(product.price);
$('buy').href = `checkout.html?p=${id}`;
