import { describe, expectTypeOf, test } from 'vitest';
import type {
  Click,
  ClickPage,
  ClickQuery,
  ClickRequest,
  ClickResponse,
  Conversion,
  ConversionPage,
  ConversionQuery,
  ConversionRequest,
  ConversionResponse,
  ConversionStatus,
  Endpoints,
  ErrorCode,
  FieldError,
  FlagReason,
  JoinRequest,
  JoinResponse,
  Leaderboard,
  LeaderboardEntry,
  Money,
  OperationName,
  Participant,
  ParticipantPage,
  ParticipantQuery,
  ParticipantView,
  PreflightName,
  Preflights,
  Problem,
  Program,
  ReferralRef,
  RefundResponse,
  Reward,
  RewardGrant,
  ShareChannel,
  ShareSettings,
  Stats,
  Tier,
  TierProgress,
  Utm,
  Variant,
} from '../index.js';
import type { components, operations, paths } from './openapi.generated.js';

type Schemas = components['schemas'];
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
type Json<
  Op extends keyof operations,
  Status extends keyof operations[Op]['responses'],
> = operations[Op]['responses'][Status] extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestBody<Op extends keyof operations> =
  NonNullable<operations[Op]['requestBody']> extends { content: { 'application/json': infer Body } } ? Body : never;

describe('every hand-written type is the type openapi.json describes', () => {
  test('common types', () => {
    expectTypeOf<Money>().toEqualTypeOf<Schemas['Money']>();
    expectTypeOf<Utm>().toEqualTypeOf<Schemas['Utm']>();
    expectTypeOf<FlagReason>().toEqualTypeOf<Schemas['FlagReason']>();
  });

  test('program types', () => {
    expectTypeOf<Reward>().toEqualTypeOf<Schemas['Reward']>();
    expectTypeOf<Tier>().toEqualTypeOf<Schemas['Tier']>();
    expectTypeOf<ShareChannel>().toEqualTypeOf<Schemas['ShareChannel']>();
    expectTypeOf<ShareSettings>().toEqualTypeOf<Schemas['ShareSettings']>();
    expectTypeOf<Variant>().toEqualTypeOf<Schemas['Variant']>();
    expectTypeOf<Program>().toEqualTypeOf<Schemas['Program']>();
  });

  test('click types', () => {
    expectTypeOf<ClickRequest>().toEqualTypeOf<Schemas['ClickRequest']>();
    expectTypeOf<Click>().toEqualTypeOf<Schemas['Click']>();
    expectTypeOf<ClickResponse>().toEqualTypeOf<Schemas['ClickResponse']>();
  });

  test('participant types', () => {
    expectTypeOf<JoinRequest>().toEqualTypeOf<Schemas['JoinRequest']>();
    expectTypeOf<Participant>().toEqualTypeOf<Schemas['Participant']>();
    expectTypeOf<JoinResponse>().toEqualTypeOf<Schemas['JoinResponse']>();
    expectTypeOf<Stats>().toEqualTypeOf<Schemas['Stats']>();
    expectTypeOf<RewardGrant>().toEqualTypeOf<Schemas['RewardGrant']>();
    expectTypeOf<TierProgress>().toEqualTypeOf<Schemas['TierProgress']>();
    expectTypeOf<ParticipantView>().toEqualTypeOf<Schemas['ParticipantView']>();
  });

  test('conversion types', () => {
    expectTypeOf<ReferralRef>().toEqualTypeOf<Schemas['ReferralRef']>();
    expectTypeOf<ConversionRequest>().toEqualTypeOf<Schemas['ConversionRequest']>();
    expectTypeOf<ConversionStatus>().toEqualTypeOf<Schemas['ConversionStatus']>();
    expectTypeOf<Conversion>().toEqualTypeOf<Schemas['Conversion']>();
    expectTypeOf<ConversionResponse>().toEqualTypeOf<Schemas['ConversionResponse']>();
    expectTypeOf<RefundResponse>().toEqualTypeOf<Schemas['RefundResponse']>();
  });

  test('leaderboard types', () => {
    expectTypeOf<LeaderboardEntry>().toEqualTypeOf<Schemas['LeaderboardEntry']>();
    expectTypeOf<Leaderboard>().toEqualTypeOf<Schemas['Leaderboard']>();
  });

  test('secret-key list types', () => {
    expectTypeOf<ParticipantPage>().toEqualTypeOf<Schemas['ParticipantPage']>();
    expectTypeOf<ClickPage>().toEqualTypeOf<Schemas['ClickPage']>();
    expectTypeOf<ConversionPage>().toEqualTypeOf<Schemas['ConversionPage']>();
    expectTypeOf<ParticipantQuery>().toEqualTypeOf<Query<'listParticipants'>>();
    expectTypeOf<ClickQuery>().toEqualTypeOf<Query<'listClicks'>>();
    expectTypeOf<ConversionQuery>().toEqualTypeOf<Query<'listConversions'>>();
    expectTypeOf<Endpoints['getLeaderboard']['query']>().toEqualTypeOf<Query<'getLeaderboard'>>();
  });

  test('problem types', () => {
    expectTypeOf<ErrorCode>().toEqualTypeOf<Schemas['ErrorCode']>();
    expectTypeOf<FieldError>().toEqualTypeOf<Schemas['FieldError']>();
    expectTypeOf<Problem>().toEqualTypeOf<Schemas['Problem']>();
  });
});

describe('every operation of Endpoints is in openapi.json with the same shapes', () => {
  test('the operation ids are exactly the operation names and the preflight names', () => {
    expectTypeOf<keyof operations>().toEqualTypeOf<OperationName | PreflightName>();
  });

  test('each path a browser calls with the publishable key has its preflight, and no other path has one', () => {
    type BrowserPath = {
      [Op in OperationName]: 'publishable' extends Endpoints[Op]['auth']
        ? Endpoints[Op]['path']
        : 'participant' extends Endpoints[Op]['auth']
          ? Endpoints[Op]['path']
          : never;
    }[OperationName];
    expectTypeOf<Preflights[PreflightName]['path']>().toEqualTypeOf<BrowserPath>();
    type Located = {
      [Op in PreflightName]: paths[Preflights[Op]['path']] extends { options: operations[Op] } ? true : false;
    };
    expectTypeOf<Located[PreflightName]>().toEqualTypeOf<true>();
    type Documented = { [Path in keyof paths]: paths[Path]['options'] extends undefined ? never : Path }[keyof paths];
    expectTypeOf<Documented>().toEqualTypeOf<BrowserPath>();
  });

  test('each operation sits at its path and method', () => {
    type Located = {
      [Op in OperationName]: Lowercase<Endpoints[Op]['method']> extends keyof paths[Endpoints[Op]['path']]
        ? paths[Endpoints[Op]['path']][Lowercase<Endpoints[Op]['method']>] extends operations[Op]
          ? true
          : false
        : false;
    };
    expectTypeOf<Located[OperationName]>().toEqualTypeOf<true>();
  });

  test('each request body is the documented one', () => {
    expectTypeOf<RequestBody<'trackClick'>>().toEqualTypeOf<Endpoints['trackClick']['body']>();
    expectTypeOf<RequestBody<'join'>>().toEqualTypeOf<Endpoints['join']['body']>();
    expectTypeOf<RequestBody<'reportConversion'>>().toEqualTypeOf<Endpoints['reportConversion']['body']>();
  });

  test('each success answer is the documented one', () => {
    expectTypeOf<Json<'getProgram', 200>>().toEqualTypeOf<Endpoints['getProgram']['response']>();
    expectTypeOf<Json<'trackClick', 201>>().toEqualTypeOf<Endpoints['trackClick']['response']>();
    expectTypeOf<Json<'trackClick', 200>>().toEqualTypeOf<Endpoints['trackClick']['response']>();
    expectTypeOf<Json<'join', 201>>().toEqualTypeOf<Endpoints['join']['response']>();
    expectTypeOf<Json<'join', 200>>().toEqualTypeOf<Endpoints['join']['response']>();
    expectTypeOf<Json<'getMe', 200>>().toEqualTypeOf<Endpoints['getMe']['response']>();
    expectTypeOf<Json<'reportConversion', 201>>().toEqualTypeOf<Endpoints['reportConversion']['response']>();
    expectTypeOf<Json<'reportConversion', 200>>().toEqualTypeOf<Endpoints['reportConversion']['response']>();
    expectTypeOf<Json<'getLeaderboard', 200>>().toEqualTypeOf<Endpoints['getLeaderboard']['response']>();
    expectTypeOf<Json<'listParticipants', 200>>().toEqualTypeOf<Endpoints['listParticipants']['response']>();
    expectTypeOf<Json<'getParticipant', 200>>().toEqualTypeOf<Endpoints['getParticipant']['response']>();
    expectTypeOf<Json<'listClicks', 200>>().toEqualTypeOf<Endpoints['listClicks']['response']>();
    expectTypeOf<Json<'listConversions', 200>>().toEqualTypeOf<Endpoints['listConversions']['response']>();
    expectTypeOf<Json<'approveConversion', 200>>().toEqualTypeOf<Endpoints['approveConversion']['response']>();
    expectTypeOf<Json<'refundConversion', 200>>().toEqualTypeOf<Endpoints['refundConversion']['response']>();
  });
});
