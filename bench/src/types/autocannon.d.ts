// The few parts of autocannon's API the bench uses (the package ships no types).
declare module 'autocannon' {
  export interface Context {
    [key: string]: unknown;
  }
  export interface RequestSpec {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?(request: RequestSpec, context: Context): RequestSpec;
  }
  export interface Histogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
    total: number;
    sent: number;
  }
  export interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    latency: Histogram;
    requests: Histogram;
  }
  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    requests?: RequestSpec[];
  }
  /** One connection of the load; its request iterator holds the context `setupRequest` filled in. */
  export interface Client {
    requestIterator: { context: Context };
  }
  /** A running load: a promise of the result that also emits one `response` event per answer. */
  export interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: Client, status: number, bytes: number, ms: number) => void): this;
  }
  function autocannon(options: Options): Instance;
  export default autocannon;
}
