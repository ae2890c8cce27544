/** Styles of the share view, adopted when its chunk loads. */
export const shareCss = `\
.row{display:flex;gap:8px}.row input{flex:1;min-width:0}\
.ch{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 16px;padding:0;list-style:none}\
.c{display:inline-flex;align-items:center;min-height:44px;padding:8px 12px;border:1px solid var(--_bd);\
border-radius:calc(var(--_r)*.6);background:var(--_bg);color:var(--_fg);cursor:pointer;text-decoration:none;font-size:.9em}\
.c:hover{background:var(--_sf)}\
.ok{color:var(--_fg);font-size:.9em;min-height:1.5em;margin:4px 0 0}\
.ctr{text-align:center}\
.lk{color:var(--_ln);background:none;border:0;padding:0;min-height:24px;text-decoration:underline;cursor:pointer;font-size:1em}\
`;
