/** One schema change; `id`s only ever grow and a released migration is never edited. */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** The ordered schema history, the same for the embedded database and PostgreSQL. */
export const migrations: Migration[] = [
  {
    id: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE api_keys (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  publishable_key text NOT NULL UNIQUE,
  secret_key text NOT NULL,
  secret_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

CREATE TABLE participants (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  code text NOT NULL UNIQUE,
  email text NOT NULL UNIQUE,
  name text,
  referred_by text,
  referrer_id text REFERENCES participants (id),
  click_id text,
  locale text,
  visitor_id text,
  flag_reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participants_referrer_idx ON participants (referrer_id);

CREATE TABLE participant_tokens (
  token_hash text PRIMARY KEY,
  participant_id text NOT NULL REFERENCES participants (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Clicks are the hot write path: \`id\` is random and never looked up, so it carries no index.
CREATE TABLE clicks (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL,
  click_id text NOT NULL UNIQUE,
  code text NOT NULL,
  participant_id text NOT NULL REFERENCES participants (id),
  url text,
  referrer text,
  utm jsonb NOT NULL DEFAULT '{}',
  visitor_id text,
  flag_reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clicks_participant_idx ON clicks (participant_id);

CREATE TABLE conversions (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  idempotency_key text NOT NULL UNIQUE,
  body_hash text NOT NULL,
  event text NOT NULL,
  source text NOT NULL,
  status text NOT NULL,
  flag_reason text,
  referrer_id text REFERENCES participants (id),
  referrer_code text,
  click_id text,
  customer_email text,
  customer_external_id text,
  friend_key text NOT NULL,
  amount bigint,
  currency text,
  order_id text,
  metadata jsonb,
  visitor_id text,
  qualifying boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversions_referrer_idx ON conversions (referrer_id);
CREATE INDEX conversions_order_idx ON conversions (event, order_id);

CREATE TABLE reward_grants (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  side text NOT NULL,
  status text NOT NULL,
  reward jsonb NOT NULL,
  participant_id text REFERENCES participants (id),
  referrer_id text NOT NULL REFERENCES participants (id),
  friend_key text NOT NULL,
  conversion_id text NOT NULL REFERENCES conversions (id),
  tier_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reward_grants_participant_idx ON reward_grants (participant_id);
CREATE INDEX reward_grants_friend_idx ON reward_grants (friend_key);
CREATE INDEX reward_grants_conversion_idx ON reward_grants (conversion_id);
-- The double-sided reward is granted once per referred friend, a tier once per referrer,
-- even when two conversions race; a reversed grant frees the slot again.
CREATE UNIQUE INDEX reward_grants_once_per_friend ON reward_grants (referrer_id, friend_key, side)
  WHERE tier_id IS NULL AND status <> 'reversed';
CREATE UNIQUE INDEX reward_grants_once_per_tier ON reward_grants (referrer_id, tier_id)
  WHERE tier_id IS NOT NULL AND status <> 'reversed';
`,
  },
  {
    id: 2,
    name: 'join idempotency keys',
    sql: `
-- The idempotency keys of joins, kept for 24 hours so that a join retried after its answer was lost
-- is answered as the first one was: created and token_issued say what that answer said. With the
-- email, a key yields a token for that day, so only its SHA-256 is stored.
CREATE TABLE join_keys (
  key_hash text PRIMARY KEY,
  participant_id text NOT NULL REFERENCES participants (id),
  created boolean NOT NULL,
  token_issued boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX join_keys_participant_idx ON join_keys (participant_id);
`,
  },
  {
    id: 3,
    name: 'conversion keys per source',
    sql: `
-- Browser claims and the shop's server reports keep their idempotency keys apart, so a claim sent
-- first under a key such as order:1042 can never take that key from the shop's own report.
ALTER TABLE conversions DROP CONSTRAINT conversions_idempotency_key_key;
ALTER TABLE conversions ADD CONSTRAINT conversions_source_idempotency_key_key UNIQUE (source, idempotency_key);
`,
  },
  {
    id: 4,
    name: 'reward fulfilment and webhooks',
    sql: `
-- What the participant received once the shop fulfilled an earned reward (code, url, note).
ALTER TABLE reward_grants ADD COLUMN fulfilment jsonb;
ALTER TABLE reward_grants ADD COLUMN fulfilled_at timestamptz;

CREATE TABLE webhook_endpoints (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  url text NOT NULL,
  secret text NOT NULL,
  events text[] NOT NULL,
  description text,
  source text NOT NULL,
  disabled_at timestamptz,
  disabled_reason text,
  -- Set by the first failure after a success, cleared by the next success: an endpoint still failing
  -- when a delivery runs out of attempts has failed for the whole retry schedule and is disabled.
  failing_since timestamptz,
  deleted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The outbox: written in the transaction of the change it tells about, so an event exists exactly
-- when its change committed.
CREATE TABLE webhook_events (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per event and endpoint. A server claims due rows with FOR UPDATE SKIP LOCKED and leases
-- them until lease_until, so servers sharing a database never send the same attempt twice and a
-- server that dies mid-delivery leaves the row to be claimed again once the lease runs out.
CREATE TABLE webhook_deliveries (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  event_id text NOT NULL REFERENCES webhook_events (id),
  endpoint_id text NOT NULL REFERENCES webhook_endpoints (id),
  status text NOT NULL,
  -- Attempts of the current round; a replay starts a new round with the full schedule.
  tries integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  round_started_at timestamptz NOT NULL DEFAULT now(),
  lease_id text,
  lease_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (event_id, endpoint_id)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id);

CREATE TABLE webhook_attempts (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  delivery_id text NOT NULL REFERENCES webhook_deliveries (id),
  started_at timestamptz NOT NULL,
  status integer,
  latency_ms integer NOT NULL,
  error text
);
CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id);
`,
  },
];
