/** Styles of the progress and leaderboard views, adopted when their chunk loads. */
export const secondaryCss = `\
.st{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin:0}\
.st div{display:flex;flex-direction:column;background:var(--_sf);border-radius:calc(var(--_r)*.6);padding:12px 8px;text-align:center}\
.st dd{margin:0;font-size:1.5em;font-weight:700;line-height:1.2}.st dt{order:2;font-size:.85em;color:var(--_mu)}\
progress{width:100%;height:10px;accent-color:var(--_a)}\
ul.rw,ol.lb{margin:0;padding:0;list-style:none}\
.rw li,.lb li{display:flex;justify-content:space-between;gap:12px;padding:8px 0;border-bottom:1px solid var(--_sf)}\
.lb li[data-me]{font-weight:700}\
.rw li{flex-wrap:wrap}.rc{flex-basis:100%}.rc .w{margin-top:4px}\
@media (max-width:480px){.st dd{font-size:1.25em}}\
`;
