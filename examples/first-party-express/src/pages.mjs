// The shop's pages. The script tags load Rujuk from the shop's own origin (`/_rujuk/…`) and talk to the
// protocol there (`data-api="/_rujuk"`): no request leaves for a host an ad-blocker could list.
const layout = (publishableKey, title, body) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title} · Kopi Shop</title>
  <script>window.rujuk=window.rujuk||function(){(rujuk.q=rujuk.q||[]).push(arguments)}</script>
  <script async src="/_rujuk/rujuk.global.js" data-key="${publishableKey}" data-api="/_rujuk"></script>
</head>
<body>
  <nav><a href="/">Kopi Shop</a> · <a href="/signup">Sign up</a> · <a href="/product">Beans</a></nav>
  <main>${body}</main>
</body>
</html>`;

/** The home page, where referred friends land (`/?ref=CODE`). */
export const home = (key) =>
  layout(
    key,
    'Home',
    `<h1>Fresh beans, roasted weekly</h1><p><a href="/signup">Create an account</a> and get 10% off.</p>`,
  );

/** The sign-up page: reports the sign-up, with the referral the snippet reads from the cookie. */
export const signup = (key) =>
  layout(
    key,
    'Sign up',
    `<h1>Create your account</h1>
  <form id="signup">
    <label>Email <input name="email" type="email" required></label>
    <button>Sign up</button>
  </form>
  <p id="result" role="status"></p>
  <script>
    document.getElementById('signup').addEventListener('submit', (event) => {
      event.preventDefault();
      const email = new FormData(event.target).get('email');
      rujuk('convert', { event: 'signup', email }).then(() => {
        document.getElementById('result').textContent = 'Welcome! Your sign-up is recorded.';
      });
    });
  </script>`,
  );

/** The product page: a purchase reported from the page. */
export const product = (key) =>
  layout(
    key,
    'Beans',
    `<h1>House blend, 1 kg</h1><p>$24.00</p>
  <button id="buy">Buy now</button>
  <p id="result" role="status"></p>
  <script>
    document.getElementById('buy').addEventListener('click', () => {
      const orderId = 'K-' + Date.now().toString(36);
      rujuk('convert', { event: 'purchase', amount: 2400, currency: 'USD', orderId }).then(() => {
        document.getElementById('result').textContent = 'Thank you! Order ' + orderId + ' is recorded.';
      });
    });
  </script>`,
  );
