/** Styles of the join form's "how it works" and terms, adopted when their chunk loads. */
export const welcomeCss = `\
ol.hw{margin:0;padding-inline-start:1.4em}.hw li{margin:0 0 6px;padding-inline-start:4px}.hw li::marker{color:var(--_ln);font-weight:700}\
details{margin-top:12px;font-size:.9em}summary{cursor:pointer;color:var(--_mu);min-height:24px}\
`;
