// The share view as its own chunk: downloaded on first open for a known participant, or during a join.

export { shareCss as css } from '../../styles/share-css.js';
export { ShareView as share } from './share-view.js';
