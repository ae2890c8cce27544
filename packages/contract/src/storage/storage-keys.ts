/** The cookie (and widget `localStorage` item) holding the first-party visitor id, a random `ID`. */
export const VID_KEY = 'rujuk_vid';

/** The `localStorage` item holding the participant token, in the one format `writeToken` gives. */
export const TOKEN_KEY = 'rujuk_token';
