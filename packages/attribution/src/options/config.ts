/** Validated settings of a running tracker; `_` names are mangled in the script-tag build. */
export interface Config {
  _key: string;
  /** Base URL without a trailing slash. */
  _api: string;
  /** Lower-cased parameter names. */
  _params: string[];
  /** Cookie lifetime in seconds. */
  _age: number;
  _domain?: string;
  _first: boolean;
  _required: boolean;
  _clean: boolean;
  /** Lower-cased sister domains. */
  _domains: string[];
}
