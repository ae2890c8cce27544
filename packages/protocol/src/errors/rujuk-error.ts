// The conformance tooling fails with the Rujuk error family (`invalid_option` for a bad option), whose
// guard matches on the name, also across realms where `instanceof` fails.
export { isRujukError, RujukError, type RujukErrorCode } from '@rujuk/contract';
