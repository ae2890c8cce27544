/** True in the script-tag build (`dist/rujuk.global.js`), false in the npm build and in tests: code only one of them needs is dropped from the other. */
declare const __SCRIPT_TAG__: boolean;
