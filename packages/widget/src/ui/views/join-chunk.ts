// The welcome chunk: the join form and "how it works", which a first open shows to a new visitor.

export { welcomeCss as css } from '../../styles/welcome-css.js';
export { InfoView as info } from './info-view.js';
export { JoinView as join } from './join-view.js';
