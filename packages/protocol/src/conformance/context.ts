import type { Page } from '../common.js';
import type { JoinResponse, Participant, ParticipantView } from '../participants.js';
import type { Program } from '../program.js';
import { ensure, expectBody } from './assert.js';
import type { HttpClient } from './http.js';
import type { Runner } from './runner.js';
import { signEmail } from './sign-email.js';
import { createUniqueIds, type UniqueIds } from './unique-ids.js';

/** A participant the suite created, with what it needs to act as them. */
export interface Member {
  email: string;
  token: string;
  participant: Participant;
}

/** Everything a check group needs: the HTTP client, the runner, fresh ids and shared helpers. */
export interface Context {
  http: HttpClient;
  run: Runner;
  ids: UniqueIds;
  /** The program, read once. */
  program(): Promise<Program>;
  /** Joins a fresh participant through the publishable key. */
  join(options?: { name?: string; referredBy?: string }): Promise<Member>;
  /** Reads a participant's own view with their token. */
  me(member: Member): Promise<ParticipantView>;
  /** The signed identity of `email`: lower-case hex HMAC-SHA256 of the trimmed, lower-cased email. */
  sign(email: string, key?: string): Promise<string>;
  /** Counts the records a secret-key list endpoint finds for `query`. */
  count(path: '/v1/clicks' | '/v1/conversions' | '/v1/participants', query: Record<string, string>): Promise<number>;
}

/** Builds the context for one run of the suite. */
export function createContext(http: HttpClient, run: Runner): Context {
  const ids = createUniqueIds();
  let program: Promise<Program> | undefined;
  const context: Context = {
    http,
    run,
    ids,
    program() {
      program ??= http.call({ path: '/v1/program' }).then((reply) => expectBody<Program>(reply, 200, 'Program'));
      return program;
    },
    async join(options = {}) {
      const email = ids.email();
      const reply = await http.call({ path: '/v1/participants', body: { email, ...options } });
      const joined = expectBody<JoinResponse>(reply, 201, 'JoinResponse');
      ensure(joined.token, `${reply.label} returned no token for a new participant`);
      return { email, token: joined.token, participant: joined.participant };
    },
    async me(member) {
      const reply = await http.call({ path: '/v1/participants/me', headers: { 'x-rujuk-token': member.token } });
      return expectBody<ParticipantView>(reply, 200, 'ParticipantView');
    },
    sign: (email, key = http.settings.secretKey) => signEmail(email, key),
    async count(path, query) {
      const reply = await http.call({ path, auth: 'secret', query: { ...query, limit: 100 } });
      const page = expectBody<Page<unknown>>(reply, 200, pageSchema[path]);
      return page.items.length;
    },
  };
  return context;
}

const pageSchema = {
  '/v1/clicks': 'ClickPage',
  '/v1/conversions': 'ConversionPage',
  '/v1/participants': 'ParticipantPage',
} as const;
