// Generated from openapi.json by `pnpm --filter @rujuk/protocol generate`. Do not edit.

export interface paths {
    "/v1/program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the public program configuration
         * @description Rewards for referrer and friend, tiers, share templates, locales. Cacheable for a few minutes.
         */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clicks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clicks (secret key)
         * @description Oldest first, in the order the backend stored them, so a saved `nextCursor` resumes an export where it stopped and later records appear on later pages.
         */
        get: operations["listClicks"];
        put?: never;
        /**
         * Report a captured referral visit
         * @description Idempotent on `clickId`: the first report answers `201`, every replay `200` with `duplicate: true` and the stored click. Clicks from bots or self-referrals are stored flagged, never dropped.
         */
        post: operations["trackClick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List participants (secret key)
         * @description Oldest first, in the order the backend stored them. Items include `email`.
         */
        get: operations["listParticipants"];
        put?: never;
        /**
         * Join the program
         * @description Creates the participant and answers `201` with a participant token. For an email that already joined it answers `200` with `created: false`, and with a `token` only when the request proves identity (`X-Rujuk-Token` of that participant, or a valid `X-Rujuk-Email` + `X-Rujuk-Signature`), `null` otherwise. An unknown `X-Rujuk-Token` proves nothing and is ignored (a stale token must never block joining); a wrong `X-Rujuk-Signature` is `401 invalid_signature`, an integration error worth surfacing. An unknown `referredBy` is ignored.
         *
         *     **Retries.** A join whose answer was lost (a network drop, a timeout) is safe to send again with the same `idempotencyKey`: for 24 hours, the same key with the same email answers as the first join did, with the same status, the same participant, `created` as first answered and, when the first answer carried a token, a fresh token (tokens are stored hashed, so the first cannot be sent again). The key proves nothing beyond holding it, and only the client that sent the first join holds it. The same key with another email is `409 idempotency_conflict` and changes nothing. After 24 hours the key is forgotten. Without a key nothing changes.
         */
        post: operations["join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participants/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the calling participant with stats, rewards and tier progress */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read any participant with stats and rewards (secret key) */
        get: operations["getParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversions (secret key)
         * @description Oldest first, in the order the backend stored them, so a saved `nextCursor` resumes an export where it stopped and later records appear on later pages.
         */
        get: operations["listConversions"];
        put?: never;
        /**
         * Report a conversion
         * @description With the publishable key it is a claim (`source: client`) the backend may hold for review; with the secret key it is a fact (`source: server`). Idempotent on `idempotencyKey`: an identical replay answers `200` with `duplicate: true` and the original conversion; the same key with a different body is `409 idempotency_conflict`. A conversion whose referral is unknown is still stored with `attributed: false`.
         */
        post: operations["reportConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversions/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a pending or flagged conversion (secret key)
         * @description Moves a `pending` or `flagged` conversion to `approved` and turns its pending grants into earned ones. Approving an approved conversion changes nothing and answers `200` with `duplicate: true`; approving a refunded one is `409 invalid_state`. No body.
         */
        post: operations["approveConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversions/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a conversion and reverse its rewards (secret key)
         * @description Moves the conversion to `refunded`, reverses every grant it produced (both sides, and tier grants it unlocked) and lowers tier progress. Refunding a refunded conversion is `409 invalid_state`. No body.
         */
        post: operations["refundConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the top referrers
         * @description Ranked by qualifying conversions. Names are privacy-safe. With participant authentication, `me` is the caller’s row even outside the top entries. A participant proof that does not check out is ignored (`me: null`): the board is public. A program with `leaderboard.enabled: false` answers no entries and `me: null`.
         */
        get: operations["getLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rewards/{id}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fulfil an earned reward (secret key)
         * @description Records what the participant receives for an `earned` reward (a code, a URL, a note; at least one) and sends `reward.fulfilled`. The same fulfilment again answers `200` with `duplicate: true`; another one, or a `pending` or `reversed` reward, is `409 invalid_state`.
         */
        post: operations["fulfilReward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints (secret key)
         * @description Endpoints from the program config and from the API, oldest first.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add a webhook endpoint (secret key)
         * @description Answers the endpoint and its `whsec_` signing secret, which is shown only here.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a webhook endpoint (secret key)
         * @description Shows whether it is enabled and, when disabled, why.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint (secret key)
         * @description It receives nothing more; its delivery history stays listed. Endpoints from the program config are removed there (`409 invalid_state`).
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change or re-enable a webhook endpoint (secret key)
         * @description Changes any of `url`, `events`, `description`; `enabled: true` resumes a disabled endpoint (its pending deliveries go out again), `false` pauses it.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook deliveries with their attempts (secret key)
         * @description Newest first, each with every attempt (status, latency, error) and the payload.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again (secret key)
         * @description Makes the delivery due now with the whole retry schedule ahead of it; the event keeps its id, so consumers that already processed it can tell. No body.
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: date-time
         * @description An ISO 8601 timestamp in UTC.
         * @example 2026-11-23T10:00:00.000Z
         */
        Timestamp: string;
        /** @description An amount of money in minor units (cents) of an ISO 4217 currency. */
        Money: {
            /**
             * @description Integer amount in minor units, e.g. `4999` for 49.99.
             * @example 4999
             */
            amount: number;
            /**
             * @description Upper-case ISO 4217 code.
             * @example USD
             */
            currency: string;
        };
        /** @description Campaign parameters captured from the landing URL with a click. */
        Utm: {
            /**
             * @description `utm_source`.
             * @example newsletter
             */
            source?: string;
            /**
             * @description `utm_medium`.
             * @example email
             */
            medium?: string;
            /**
             * @description `utm_campaign`.
             * @example spring
             */
            campaign?: string;
            /** @description `utm_term`. */
            term?: string;
            /** @description `utm_content`. */
            content?: string;
        };
        /**
         * @description Why the backend flagged a record. Flagged records are kept, never dropped, and do not earn rewards until a person approves them.
         * @enum {string}
         */
        FlagReason: "self_referral" | "bot" | "rate_limited" | "duplicate_customer" | "review";
        /** @description What a reward is worth; `description` is the human text shown in the widget. */
        Reward: {
            /**
             * @description `credit`/`cash`/`amount_off` use `amount` + `currency`; `percent_off` uses `amount` as a percentage.
             * @enum {string}
             */
            kind: "credit" | "cash" | "amount_off" | "percent_off" | "points" | "custom";
            /**
             * @description Minor units for money kinds, a whole percentage for `percent_off`, a count for `points`.
             * @example 1000
             */
            amount: number | null;
            /**
             * @description Upper-case ISO 4217 code for money kinds.
             * @example USD
             */
            currency: string | null;
            /**
             * @description Ready-to-show text.
             * @example $10 store credit
             */
            description: string;
        };
        /** @description A milestone unlocked after `threshold` qualifying referrals. */
        Tier: {
            /**
             * @description Stable tier id.
             * @example silver
             */
            id: string;
            /**
             * @description Display name.
             * @example Silver
             */
            name: string;
            /**
             * @description Number of qualifying conversions the referrer needs to reach this tier.
             * @example 3
             */
            threshold: number;
            reward: components["schemas"]["Reward"];
        };
        /**
         * @description A channel the share view can offer.
         * @enum {string}
         */
        ShareChannel: "copy" | "email" | "sms" | "whatsapp" | "telegram" | "x" | "facebook" | "linkedin" | "reddit" | "native" | "qr";
        /** @description Share copy. Every template may use `{{shareUrl}}`, `{{code}}` and `{{name}}`. */
        ShareSettings: {
            /**
             * @description Default message used by every channel without its own template.
             * @example Get $10 off your first order: {{shareUrl}}
             */
            message: string;
            /**
             * @description Email subject line.
             * @example {{name}} sent you $10
             */
            subject: string;
            /** @description Per-channel overrides of `message`. */
            templates: {
                /** @description Message for the `copy` channel. */
                copy?: string;
                /** @description Message for the `email` channel. */
                email?: string;
                /** @description Message for the `sms` channel. */
                sms?: string;
                /** @description Message for the `whatsapp` channel. */
                whatsapp?: string;
                /** @description Message for the `telegram` channel. */
                telegram?: string;
                /** @description Message for the `x` channel. */
                x?: string;
                /** @description Message for the `facebook` channel. */
                facebook?: string;
                /** @description Message for the `linkedin` channel. */
                linkedin?: string;
                /** @description Message for the `reddit` channel. */
                reddit?: string;
                /** @description Message for the `native` channel. */
                native?: string;
                /** @description Message for the `qr` channel. */
                qr?: string;
            };
            /** @description Channels shown by default, in order. */
            channels: components["schemas"]["ShareChannel"][];
        };
        /** @description An A/B variant of the widget copy; visitors are bucketed deterministically by weight. */
        Variant: {
            /**
             * @description Stable variant id.
             * @example a
             */
            id: string;
            /**
             * @description Relative weight, a positive integer.
             * @example 1
             */
            weight: number;
            /** @description Widget title for this variant, or `null` for the default. */
            title: string | null;
            /** @description Widget description for this variant, or `null` for the default. */
            description: string | null;
            /**
             * @description Accent colour for this variant, or `null` for the default.
             * @example #6d28d9
             */
            accent: string | null;
        };
        /** @description `GET /v1/program`: the public configuration of the referral program. */
        Program: {
            /**
             * @description Program id.
             * @example prog_demo
             */
            id: string;
            /**
             * @description Program name.
             * @example Demo Shop referrals
             */
            name: string;
            /**
             * Format: uri
             * @description The site the share links point to.
             * @example https://shop.example/
             */
            siteUrl: string;
            /** @description Double-sided rewards: what the referrer earns and what the friend gets. */
            rewards: {
                referrer: components["schemas"]["Reward"];
                friend: components["schemas"]["Reward"];
            };
            /** @description Which conversions count towards rewards and tiers. */
            qualifying: {
                /**
                 * @description Event names that qualify.
                 * @example [
                 *       "purchase"
                 *     ]
                 */
                events: string[];
                minAmount: components["schemas"]["Money"] | null;
            };
            /** @description Tiers sorted by ascending threshold. */
            tiers: components["schemas"]["Tier"][];
            share: components["schemas"]["ShareSettings"];
            /** @description "How it works" steps, plain text. */
            howItWorks: string[];
            /** @description Terms text, plain text, or `null`. */
            terms: string | null;
            /**
             * @description Locale tags the program has copy for; the widget falls back to `defaultLocale`.
             * @example [
             *       "en",
             *       "id",
             *       "ms"
             *     ]
             */
            locales: string[];
            /**
             * @description The fallback locale.
             * @example en
             */
            defaultLocale: string;
            /** @description A/B variants of the widget copy. */
            variants: components["schemas"]["Variant"][];
            /** @description Leaderboard settings. */
            leaderboard: {
                /** @description Whether the program shows a leaderboard; when `false`, `GET /v1/leaderboard` answers no entries. */
                enabled: boolean;
            };
            /** @description URL parameter names carrying a referral code and the pattern a code must match. */
            referral: {
                /**
                 * @description URL query parameters the snippet reads a code from, in order of preference.
                 * @example [
                 *       "ref",
                 *       "via"
                 *     ]
                 */
                params: string[];
                /**
                 * @description The referral code pattern as a JavaScript-compatible regular expression.
                 * @example ^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$
                 */
                codePattern: string;
            };
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description `POST /v1/clicks` body: a visit captured from a referral link. Idempotent on `clickId`. */
        ClickRequest: {
            /**
             * @description The referral code from the URL, matched case-insensitively.
             * @example anna42
             */
            code: string;
            /**
             * @description Client-generated id of this capture.
             * @example k3J9x0QmZ7bLr2Tq
             */
            clickId: string;
            /**
             * @description Landing page URL.
             * @example https://shop.example/?ref=anna42
             */
            url?: string;
            /**
             * @description `document.referrer`.
             * @example https://news.example/
             */
            referrer?: string;
            utm?: components["schemas"]["Utm"];
            /**
             * @description A first-party visitor id, used for self-referral checks.
             * @example v_8Hn2kLq0PzX4
             */
            visitorId?: string;
        };
        /** @description A click as the backend stored it. */
        Click: {
            /**
             * @description Backend id of the click.
             * @example clk_01JD2Q5W8K
             */
            id: string;
            /** @description The client click id. */
            clickId: string;
            /**
             * @description The canonical (upper-case) referral code.
             * @example ANNA42
             */
            code: string;
            /** @description Landing page URL. */
            url: string | null;
            /** @description `document.referrer`. */
            referrer: string | null;
            utm: components["schemas"]["Utm"];
            /** @description Whether a fraud rule flagged the click (flagged clicks are kept but not counted). */
            flagged: boolean;
            flagReason: components["schemas"]["FlagReason"] | null;
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description Answer to `POST /v1/clicks`: `201` when new, `200` with `duplicate: true` on a replay. */
        ClickResponse: {
            click: components["schemas"]["Click"];
            /** @description `true` when the click id was already known. */
            duplicate: boolean;
        };
        /** @description `POST /v1/participants` body: join the program. */
        JoinRequest: {
            /**
             * Format: email
             * @description The participant email; trimmed and matched case-insensitively.
             * @example anna@example.com
             */
            email: string;
            /**
             * @description Display name.
             * @example Anna Lee
             */
            name?: string;
            /**
             * @description The code of the participant who referred this one, if any. Unknown codes are ignored.
             * @example BEN7
             */
            referredBy?: string;
            /** @description The click id of the referral capture, if any. */
            clickId?: string;
            /**
             * @description Preferred locale tag.
             * @example en
             */
            locale?: string;
            /** @description A first-party visitor id, used for self-referral checks. */
            visitorId?: string;
            /**
             * @description Makes a retried join safe when its answer was lost. Choose it at random (about 128 random bits, as in a UUID v4; never derived from the email) and send it again with every retry of the same join. For 24 hours, the same key with the same email answers as the first join did: the same status and `created`, and a fresh `token` when the first answer had one. The same key with another email is a `409 idempotency_conflict`.
             * @example 4f0c2a9e7b1d48c3a5e6f7081b2c3d4e
             */
            idempotencyKey?: string;
        };
        /** @description A member of the referral program. `email` is present only in the participant’s own view and secret-key views. */
        Participant: {
            /**
             * @description Backend id of the participant.
             * @example par_01JD2Q5W8K
             */
            id: string;
            /**
             * @description Unique referral code, upper case.
             * @example ANNA42
             */
            code: string;
            /**
             * Format: uri
             * @description The participant’s personal link.
             * @example https://shop.example/?ref=ANNA42
             */
            shareUrl: string;
            /** @description Display name. */
            name: string | null;
            /**
             * Format: email
             * @description Email (own view and secret-key views only).
             */
            email?: string;
            /** @description Code of the referrer, when this participant was referred. */
            referredBy: string | null;
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description Answer to `POST /v1/participants`: `201` with a token for a new participant; `200` for an email that already joined, with `token` only when the request proves identity, `null` otherwise. */
        JoinResponse: {
            participant: components["schemas"]["Participant"];
            /**
             * @description Participant token for `X-Rujuk-Token`, or `null`.
             * @example pt_9f2c0d7e1a
             */
            token: string | null;
            /** @description `true` when this request created the participant. */
            created: boolean;
        };
        /** @description Referral counts of a participant. */
        Stats: {
            /** @description Unflagged clicks on the participant’s link. */
            clicks: number;
            /** @description Referred friends who signed up (signup conversions, or joins with `referredBy`), counted once per friend. */
            signups: number;
            /** @description Qualifying conversions attributed to the participant (approved or pending). */
            conversions: number;
            /** @description Attributed purchase revenue, one entry per currency. */
            revenue: components["schemas"]["Money"][];
        };
        /** @description A reward granted by a qualifying conversion or a tier. */
        RewardGrant: {
            /** @description Backend id of the grant. */
            id: string;
            /**
             * @description Who receives it.
             * @enum {string}
             */
            side: "referrer" | "friend";
            /**
             * @description `pending` while the conversion awaits review, `earned` once approved, `fulfilled` once the shop delivered it (`fulfilment` says what), `reversed` after a refund.
             * @enum {string}
             */
            status: "pending" | "earned" | "fulfilled" | "reversed";
            reward: components["schemas"]["Reward"];
            /** @description The conversion that granted it. */
            conversionId: string;
            /** @description Set when the grant comes from reaching a tier. */
            tierId: string | null;
            /** @description What the participant received, once `fulfilled` (kept when a fulfilled reward is reversed); else `null`. */
            fulfilment: components["schemas"]["Fulfilment"] | null;
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description Where a participant stands on the program’s tiers. */
        TierProgress: {
            current: components["schemas"]["Tier"] | null;
            next: components["schemas"]["Tier"] | null;
            /** @description Qualifying conversions counted towards tiers. */
            count: number;
            /** @description Conversions still needed for `next`, or `null` at the top tier. */
            remaining: number | null;
        };
        /** @description `GET /v1/participants/me` (and `GET /v1/participants/{id}` with the secret key). */
        ParticipantView: {
            participant: components["schemas"]["Participant"];
            stats: components["schemas"]["Stats"];
            /** @description Grants where this participant is the receiver, newest first. */
            rewards: components["schemas"]["RewardGrant"][];
            tier: components["schemas"]["TierProgress"];
            /**
             * Format: uri
             * @description Where the participant redeems rewards, when the backend offers it.
             */
            redeemUrl: string | null;
        };
        /** @description The referral a conversion is attributed to. */
        ReferralRef: {
            /**
             * @description Referral code, matched case-insensitively.
             * @example ANNA42
             */
            code?: string;
            /** @description Click id of the referral capture. */
            clickId?: string;
        };
        /** @description `POST /v1/conversions` body. Idempotent on `idempotencyKey`. `amount` and `currency` go together. */
        ConversionRequest: {
            /**
             * @description `signup`, `purchase`, or a custom name.
             * @example purchase
             */
            event: string;
            /**
             * @description The same key with a different body is a `409 idempotency_conflict`.
             * @example order:1042
             */
            idempotencyKey: string;
            referral?: components["schemas"]["ReferralRef"];
            /** @description Who converted; used for self-referral checks and to count a friend once. */
            customer?: {
                /**
                 * Format: email
                 * @description Customer email.
                 */
                email?: string;
                /** @description Customer id in the site’s own system. */
                externalId?: string;
            };
            /**
             * @description Integer minor units; requires `currency`.
             * @example 4999
             */
            amount?: number;
            /**
             * @description Upper-case ISO 4217 code; requires `amount`.
             * @example USD
             */
            currency?: string;
            /**
             * @description The site’s order id.
             * @example 1042
             */
            orderId?: string;
            /** @description At most 20 keys of at most 40 characters; values are strings (≤ 500 characters), finite numbers, booleans or null. */
            metadata?: {
                [key: string]: string | number | boolean | null;
            };
            /** @description A first-party visitor id, used for self-referral checks. */
            visitorId?: string;
        };
        /**
         * @description Lifecycle of a conversion.
         * @enum {string}
         */
        ConversionStatus: "pending" | "approved" | "flagged" | "refunded";
        /** @description A conversion as the backend stored it. */
        Conversion: {
            /**
             * @description Backend id of the conversion.
             * @example cnv_01JD2Q5W8K
             */
            id: string;
            /**
             * @description Event name.
             * @example purchase
             */
            event: string;
            /** @description The idempotency key it was reported with. */
            idempotencyKey: string;
            /**
             * @description `client` for publishable-key claims, `server` for secret-key reports.
             * @enum {string}
             */
            source: "client" | "server";
            status: components["schemas"]["ConversionStatus"];
            flagReason: components["schemas"]["FlagReason"] | null;
            /** @description Whether a valid referral was attached and matched a participant. */
            attributed: boolean;
            /** @description Canonical code of the referrer it is attributed to. */
            referrerCode: string | null;
            /** @description Click id it is attributed through. */
            clickId: string | null;
            /** @description Integer minor units. */
            amount: number | null;
            /** @description Upper-case ISO 4217 code. */
            currency: string | null;
            /** @description The site’s order id. */
            orderId: string | null;
            /** @description Whether this conversion met the program’s qualifying rules. */
            qualifying: boolean;
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description Answer to `POST /v1/conversions`: `201` when new, `200` with `duplicate: true` on an identical replay. */
        ConversionResponse: {
            conversion: components["schemas"]["Conversion"];
            /** @description `true` on an identical replay. */
            duplicate: boolean;
        };
        /** @description `POST /v1/conversions/{id}/refund` answer: the refunded conversion and the grants it reversed. */
        RefundResponse: {
            conversion: components["schemas"]["Conversion"];
            /** @description The grants this refund reversed, both sides and tier grants. */
            reversed: components["schemas"]["RewardGrant"][];
        };
        /** @description One row of the leaderboard. Names are privacy-safe: first name and last initial, or a masked email. */
        LeaderboardEntry: {
            /** @description 1-based rank. */
            rank: number;
            /**
             * @description Privacy-safe name.
             * @example Anna L.
             */
            displayName: string;
            /** @description Qualifying conversions. */
            conversions: number;
            /** @description True on the row of the participant whose token came with the request. */
            isMe: boolean;
        };
        /** @description `GET /v1/leaderboard?limit=10`. */
        Leaderboard: {
            /** @description The top referrers, best first. */
            entries: components["schemas"]["LeaderboardEntry"][];
            me: components["schemas"]["LeaderboardEntry"] | null;
        };
        /** @description `GET /v1/participants` answer. */
        ParticipantPage: {
            /** @description Participants, oldest first. */
            items: components["schemas"]["Participant"][];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /** @description `GET /v1/clicks` answer. */
        ClickPage: {
            /** @description Clicks, oldest first. */
            items: components["schemas"]["Click"][];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /** @description `GET /v1/conversions` answer. */
        ConversionPage: {
            /** @description Conversions, oldest first. */
            items: components["schemas"]["Conversion"][];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Stable machine codes of every error the protocol defines.
         * @enum {string}
         */
        ErrorCode: "invalid_json" | "invalid_request" | "unsupported_media_type" | "payload_too_large" | "missing_key" | "invalid_key" | "secret_key_required" | "secret_key_exposed" | "origin_not_allowed" | "participant_auth_required" | "invalid_token" | "invalid_signature" | "unknown_code" | "not_found" | "method_not_allowed" | "idempotency_conflict" | "invalid_state" | "rate_limited" | "internal_error";
        /** @description One field-level validation failure. */
        FieldError: {
            /**
             * @description JSON pointer-like path.
             * @example /customer/email
             */
            path: string;
            /**
             * @description What is wrong with the field.
             * @example must be an email address
             */
            message: string;
        };
        /** @description Every error answer: RFC 9457 `application/problem+json` with a stable `code`. */
        Problem: {
            /**
             * Format: uri
             * @description `https://rujuk.dev/problems/<code>`.
             * @example https://rujuk.dev/problems/invalid_request
             */
            type: string;
            /**
             * @description Short summary of the problem type.
             * @example Invalid request
             */
            title: string;
            /**
             * @description The HTTP status code.
             * @example 400
             */
            status: number;
            /** @description What was wrong and what to do, for a developer. */
            detail: string;
            code: components["schemas"]["ErrorCode"];
            /** @description Present on `invalid_request`. */
            errors?: components["schemas"]["FieldError"][];
        };
        /** @description What a participant receives for a fulfilled reward. */
        Fulfilment: {
            /** @description A coupon, gift-card or voucher code the participant copies, e.g. `CREDIT-7QX2`. */
            code: string | null;
            /** @description Where the participant redeems it in one click, e.g. a checkout link with the code applied. */
            url: string | null;
            /** @description A short plain-text note shown with the reward. */
            note: string | null;
            fulfilledAt: components["schemas"]["Timestamp"];
        };
        /** @description `POST /v1/rewards/{id}/fulfil` body: at least one field; strings are trimmed. */
        FulfilRequest: {
            /** @description 1–200 characters. */
            code?: string;
            /**
             * Format: uri
             * @description An absolute http(s) URL of at most 2048 characters.
             */
            url?: string;
            /** @description 1–500 characters. */
            note?: string;
        };
        /** @description Answer to `POST /v1/rewards/{id}/fulfil`. */
        FulfilResponse: {
            reward: components["schemas"]["RewardGrant"];
            /** @description `true` when the same fulfilment was already recorded. */
            duplicate: boolean;
        };
        /**
         * @description The events a backend sends to webhook endpoints.
         * @enum {string}
         */
        WebhookEventType: "participant.created" | "conversion.created" | "conversion.approved" | "conversion.refunded" | "reward.earned" | "reward.reversed" | "reward.fulfilled" | "tier.reached";
        /** @description A webhook endpoint: where events are sent and which. */
        WebhookEndpoint: {
            /** @description Id of the endpoint: chosen in the config, `whe_…` through the API. */
            id: string;
            /**
             * Format: uri
             * @description Where events are POSTed.
             */
            url: string;
            /** @description The event types sent here. */
            events: components["schemas"]["WebhookEventType"][];
            /** @description What the endpoint is for. */
            description: string | null;
            /**
             * @description `config` for endpoints listed in the program configuration, `api` for endpoints created through the API.
             * @enum {string}
             */
            source: "config" | "api";
            /** @description `false` once the endpoint failed for the whole retry schedule; re-enable it with `PATCH`. */
            enabled: boolean;
            /** @description Why the endpoint was disabled. */
            disabledReason: string | null;
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description `POST /v1/webhook-endpoints` body. */
        WebhookEndpointRequest: {
            /**
             * Format: uri
             * @description An absolute http(s) URL.
             */
            url: string;
            /** @description At least one event type. */
            events: components["schemas"]["WebhookEventType"][];
            /** @description What the endpoint is for, at most 200 characters. */
            description?: string;
        };
        /** @description Answer to `POST /v1/webhook-endpoints`: the endpoint and its signing secret, shown only here. */
        WebhookEndpointCreated: {
            endpoint: components["schemas"]["WebhookEndpoint"];
            /** @description `whsec_` + base64 of 32 random bytes (Standard Webhooks). */
            secret: string;
        };
        /** @description `PATCH /v1/webhook-endpoints/{id}` body: any of the fields; `enabled: true` resumes a disabled endpoint. */
        WebhookEndpointUpdate: {
            /**
             * Format: uri
             * @description A new absolute http(s) URL.
             */
            url?: string;
            /** @description The event types to send from now on. */
            events?: components["schemas"]["WebhookEventType"][];
            /** @description What the endpoint is for; `null` clears it. */
            description?: string | null;
            /** @description `true` resumes a disabled endpoint, `false` pauses it. */
            enabled?: boolean;
        };
        /** @description One try at delivering an event to an endpoint. */
        WebhookAttempt: {
            startedAt: components["schemas"]["Timestamp"];
            /** @description The endpoint's HTTP status, or `null` when no answer came. */
            status: number | null;
            /** @description Milliseconds until the answer or the failure. */
            latencyMs: number;
            /** @description What went wrong, e.g. `HTTP 500` or `timed out after 15000 ms`; `null` on success. */
            error: string | null;
        };
        /** @description A webhook payload as the Standard Webhooks specification shapes it; `webhook-id` carries the event id. */
        WebhookEvent: {
            type: components["schemas"]["WebhookEventType"];
            timestamp: components["schemas"]["Timestamp"];
            /** @description The event's data; see the protocol document for each type. */
            data: Record<string, never>;
        };
        /** @description An event on its way to one endpoint. */
        WebhookDelivery: {
            /** @description Backend id of the delivery. */
            id: string;
            /** @description The event id, sent as `webhook-id`. */
            eventId: string;
            eventType: components["schemas"]["WebhookEventType"];
            /** @description The endpoint it goes to. */
            endpointId: string;
            /**
             * @description `pending` while attempts remain, `delivered` after a 2xx answer, `failed` once the schedule ran out.
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /** @description When the next attempt is due, while `pending`. */
            nextAttemptAt: components["schemas"]["Timestamp"] | null;
            /** @description Every attempt, oldest first. */
            attempts: components["schemas"]["WebhookAttempt"][];
            /** @description The body sent, as JSON. */
            payload: components["schemas"]["WebhookEvent"];
            createdAt: components["schemas"]["Timestamp"];
        };
        /** @description `GET /v1/webhook-endpoints` answer. */
        WebhookEndpointPage: {
            /** @description Endpoints, oldest first. */
            items: components["schemas"]["WebhookEndpoint"][];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            nextCursor: string | null;
        };
        /** @description `GET /v1/webhook-deliveries` answer. */
        WebhookDeliveryPage: {
            /** @description Deliveries, newest first. */
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` to get the next page; `null` on the last page. */
            nextCursor: string | null;
        };
    };
    responses: {
        /** @description `400 invalid_json`: The body is not valid JSON. Send a JSON object. */
        InvalidJson: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `400 invalid_request`: Some fields are missing or invalid; `errors[]` lists each one. */
        InvalidRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `415 unsupported_media_type`: Send the body as `application/json` or as `text/plain` containing JSON. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `413 payload_too_large`: The body is larger than 16 KiB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `401 missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). */
        MissingKey: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `401 invalid_key`: The key is not a key of this backend. */
        InvalidKey: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `403 secret_key_required`: This operation needs the secret key, from a server. */
        SecretKeyRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `403 secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
        SecretKeyExposed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `403 origin_not_allowed`: The `Origin` is not on the program’s allowed origins. */
        OriginNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `401 participant_auth_required`: Send `X-Rujuk-Token`, or `X-Rujuk-Email` with `X-Rujuk-Signature`. */
        ParticipantAuthRequired: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `401 invalid_token`: The participant token is unknown or revoked; join again to get a new one. */
        InvalidToken: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `401 invalid_signature`: The signature is not the HMAC-SHA256 of the email with the secret key. */
        InvalidSignature: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `404 unknown_code`: No participant has this referral code. */
        UnknownCode: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `404 not_found`: No such resource. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `405 method_not_allowed`: The path exists but not with this method. */
        MethodNotAllowed: {
            headers: {
                Allow: components["headers"]["Allow"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `409 idempotency_conflict`: This idempotency key was already used with a different body (for a join: with another email). Use a new key for a new conversion or join. */
        IdempotencyConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `409 invalid_state`: The conversion cannot make this transition, e.g. approving a refunded one. */
        InvalidState: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `429 rate_limited`: Too many requests; retry after `Retry-After` seconds. */
        RateLimited: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `500 internal_error`: The backend failed; retry later. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description The challenge (RFC 9110): `Bearer realm="rujuk"` for a missing key, with `error="invalid_token"` for an unknown one; `Rujuk-Participant realm="rujuk"` when participant proof is missing or wrong, with `error="invalid_token"` or `error="invalid_signature"` naming what was wrong.
         * @example Bearer realm="rujuk"
         */
        "WWW-Authenticate": string;
        /**
         * @description The methods the path accepts, e.g. `GET, POST`.
         * @example GET, POST
         */
        Allow: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getProgram: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. `origin_not_allowed`: The `Origin` is not on the program’s allowed origins. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listClicks: {
        parameters: {
            query?: {
                /** @description Only clicks of this referral code (case-insensitive). */
                code?: string;
                /** @description Only the click with this client click id. */
                clickId?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of clicks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClickPage"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    trackClick: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The captured visit. Sent as `application/json`, or as `text/plain` containing the same JSON so browsers can use CORS simple requests and `sendBeacon`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClickRequest"];
                "text/plain": components["schemas"]["ClickRequest"];
            };
        };
        responses: {
            /** @description A replay of a known click id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClickResponse"];
                };
            };
            /** @description The click was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClickResponse"];
                };
            };
            /** @description `invalid_json`: The body is not valid JSON. Send a JSON object. `invalid_request`: Some fields are missing or invalid; `errors[]` lists each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. `origin_not_allowed`: The `Origin` is not on the program’s allowed origins. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["UnknownCode"];
            405: components["responses"]["MethodNotAllowed"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listParticipants: {
        parameters: {
            query?: {
                /** @description Only the participant with this email (case-insensitive). */
                email?: string;
                /** @description Only the participant with this code (case-insensitive). */
                code?: string;
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of participants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantPage"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    join: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Who joins. Sent as `application/json`, or as `text/plain` containing the same JSON so browsers can use CORS simple requests and `sendBeacon`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["JoinRequest"];
                "text/plain": components["schemas"]["JoinRequest"];
            };
        };
        responses: {
            /** @description The email had already joined; also the answer to a repeat (same `idempotencyKey`) of such a join. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinResponse"];
                };
            };
            /** @description The participant was created; also the answer to a repeat (same `idempotencyKey`) of that join. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JoinResponse"];
                };
            };
            /** @description `invalid_json`: The body is not valid JSON. Send a JSON object. `invalid_request`: Some fields are missing or invalid; `errors[]` lists each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. `invalid_signature`: The signature is not the HMAC-SHA256 of the email with the secret key. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. `origin_not_allowed`: The `Origin` is not on the program’s allowed origins. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            /** @description `idempotency_conflict`: The `idempotencyKey` was already used to join with another email. Use a new key for each email. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant’s own view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantView"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. `participant_auth_required`: Send `X-Rujuk-Token`, or `X-Rujuk-Email` with `X-Rujuk-Signature`. `invalid_token`: The participant token is unknown or revoked; join again to get a new one. `invalid_signature`: The signature is not the HMAC-SHA256 of the email with the secret key. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. `origin_not_allowed`: The `Origin` is not on the program’s allowed origins. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getParticipant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Backend id of the participant. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantView"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listConversions: {
        parameters: {
            query?: {
                /** @description Only conversions with this order id. */
                orderId?: string;
                /** @description Only the conversion with this idempotency key. */
                idempotencyKey?: string;
                /** @description Only conversions attributed to this code (case-insensitive). */
                referrerCode?: string;
                /** @description Only conversions in this status. */
                status?: components["schemas"]["ConversionStatus"];
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of conversions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionPage"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    reportConversion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The conversion. Sent as `application/json`, or as `text/plain` containing the same JSON so browsers can use CORS simple requests and `sendBeacon`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversionRequest"];
                "text/plain": components["schemas"]["ConversionRequest"];
            };
        };
        responses: {
            /** @description An identical replay. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionResponse"];
                };
            };
            /** @description The conversion was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionResponse"];
                };
            };
            /** @description `invalid_json`: The body is not valid JSON. Send a JSON object. `invalid_request`: Some fields are missing or invalid; `errors[]` lists each one. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. `origin_not_allowed`: The `Origin` is not on the program’s allowed origins. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    approveConversion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Backend id of the conversion. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approved conversion. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionResponse"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    refundConversion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Backend id of the conversion. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refunded conversion and the reversed grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundResponse"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["InvalidState"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getLeaderboard: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leaderboard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leaderboard"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. `origin_not_allowed`: The `Origin` is not on the program’s allowed origins. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    fulfilReward: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Backend id of the reward grant. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FulfilRequest"];
                "text/plain": components["schemas"]["FulfilRequest"];
            };
        };
        responses: {
            /** @description The fulfilled reward. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FulfilResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["InvalidState"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointRequest"];
                "text/plain": components["schemas"]["WebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The new endpoint and its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointCreated"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the endpoint. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the endpoint. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["InvalidState"];
            500: components["responses"]["InternalError"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the endpoint. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointUpdate"];
                "text/plain": components["schemas"]["WebhookEndpointUpdate"];
            };
        };
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries to this endpoint. */
                endpointId?: string;
                /** @description Only deliveries of this event (its `webhook-id`). */
                eventId?: string;
                /** @description Only deliveries in this status. */
                status?: "pending" | "delivered" | "failed";
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the delivery. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, pending. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description `missing_key`: Send `Authorization: Bearer <key>` (or `?key=pk_…` for a publishable key). `invalid_key`: The key is not a key of this backend. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `secret_key_required`: This operation needs the secret key, from a server. `secret_key_exposed`: The secret key was sent in the URL or with a browser `Origin` header. Rotate it and send it only from a server. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            500: components["responses"]["InternalError"];
        };
    };
}
