// `rujuk-forms.3f9a1c2b.js`, `chunk-5MWEIYO6.js`, `ar-274R3IAA.js`: a last name part of 8 or more
// letters and digits, with at least one digit, before the extension. `rujuk.global.js` and
// `widget-ui.js` are entry files whose names stay the same across releases.
const HASHED = /[.-](?=[A-Za-z]*\d)[A-Za-z\d_]{8,}\.m?js$/;

/** Whether a script file's name carries a content hash, so its bytes never change under that name. */
export const isHashed = (name: string): boolean => HASHED.test(name);
