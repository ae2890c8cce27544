import { firstParty } from '@rujuk/first-party/express';
import express from 'express';
import { home, product, signup } from './pages.mjs';

/**
 * Starts the shop on 127.0.0.1. One line makes Rujuk first-party: `app.use(firstParty(...))`, first,
 * so it sees every request before the app's own routes and body parsers.
 */
export async function startShop({ apiUrl, publishableKey, secretKey, port = 0 }) {
  const app = express();
  app.use(firstParty({ apiUrl, publishableKey, secretKey }));
  app.get('/', (_req, res) => res.type('html').send(home(publishableKey)));
  app.get('/signup', (_req, res) => res.type('html').send(signup(publishableKey)));
  app.get('/product', (_req, res) => res.type('html').send(product(publishableKey)));
  app.get('/favicon.ico', (_req, res) => res.status(204).end());
  const server = await new Promise((done) => {
    const listening = app.listen(port, '127.0.0.1', () => done(listening));
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
