/** Where the app finds its Rujuk backend: the demo's by default, or `VITE_RUJUK_*` at build time. */
export const rujukConfig = {
  apiUrl: import.meta.env.VITE_RUJUK_API_URL ?? 'http://127.0.0.1:8787',
  publishableKey: import.meta.env.VITE_RUJUK_PUBLISHABLE_KEY ?? 'pk_demoRujukExample0001',
};
