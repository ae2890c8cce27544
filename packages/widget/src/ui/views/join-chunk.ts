// The join form as its own chunk: first open downloads it only when nobody is signed in.
export { JoinView as join } from './join-view.js';
