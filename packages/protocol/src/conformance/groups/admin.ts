import type { Click } from '../../clicks.js';
import type { Page } from '../../common.js';
import type { Conversion, ConversionResponse, RefundResponse } from '../../conversions.js';
import type { Participant, ParticipantView } from '../../participants.js';
import { ensure, expectBody, expectEqual, expectProblem } from '../assert.js';
import type { Context } from '../context.js';

/** Secret-key calls: lists with filters and cursors, one participant, approve and refund. */
export async function adminChecks(context: Context): Promise<void> {
  const { run, http, ids } = context;
  const member = await context.join({ name: 'Adam Admin' });
  const { code } = member.participant;
  const secret = (path: string, query: Record<string, string | number> = {}, method = 'GET') =>
    http.call({ method, path, query, auth: 'secret' });

  await run.check('GET /v1/participants?email= finds the participant, email included', async () => {
    const page = expectBody<Page<Participant>>(
      await secret('/v1/participants', { email: member.email }),
      200,
      'ParticipantPage',
    );
    expectEqual(page.items.length, 1, 'items');
    expectEqual(page.items[0]?.id, member.participant.id, 'items[0].id');
    expectEqual(page.items[0]?.email, member.email, 'items[0].email');
  });

  await run.check('GET /v1/participants?code= matches the code case-insensitively', async () => {
    const reply = await secret('/v1/participants', { code: code.toLowerCase() });
    const page = expectBody<Page<Participant>>(reply, 200, 'ParticipantPage');
    expectEqual(page.items.map((item) => item.id).join(), member.participant.id, 'listed ids');
  });

  await run.check('GET /v1/participants/{id} answers the participant view', async () => {
    const view = expectBody<ParticipantView>(
      await secret(`/v1/participants/${member.participant.id}`),
      200,
      'ParticipantView',
    );
    expectEqual(view.participant.email, member.email, 'participant.email');
  });

  await run.check('GET /v1/participants/{id} of an unknown id answers 404 not_found', async () => {
    expectProblem(await secret(`/v1/participants/par_${ids.run}`), 404, 'not_found');
  });

  const clickIds = [ids.clickId(), ids.clickId(), ids.clickId()];
  await run.check('GET /v1/clicks?code= lists exactly that code’s clicks, oldest first', async () => {
    for (const clickId of clickIds) {
      expectBody(await http.call({ path: '/v1/clicks', body: { code, clickId } }), 201, 'ClickResponse');
    }
    const page = expectBody<Page<Click>>(await secret('/v1/clicks', { code }), 200, 'ClickPage');
    expectEqual(page.items.length, 3, 'items');
    expectEqual(page.items.map((item) => item.clickId).join(), clickIds.join(), 'click ids in list order');
  });

  await run.check('list pages follow nextCursor with no repeat and no gap', async () => {
    const first = expectBody<Page<Click>>(await secret('/v1/clicks', { code, limit: 2 }), 200, 'ClickPage');
    expectEqual(first.items.length, 2, 'items on the first page');
    ensure(first.nextCursor, 'the first page has no nextCursor');
    const second = expectBody<Page<Click>>(
      await secret('/v1/clicks', { code, limit: 2, cursor: first.nextCursor }),
      200,
      'ClickPage',
    );
    expectEqual(second.items.length, 1, 'items on the second page');
    expectEqual(second.nextCursor, null, 'nextCursor of the last page');
    const seen = new Set([...first.items, ...second.items].map((item) => item.clickId));
    ensure(
      clickIds.every((clickId) => seen.has(clickId)),
      'the pages miss a click',
    );
  });

  const convert = async (body: object, auth: 'publishable' | 'secret' = 'secret') =>
    expectBody<ConversionResponse>(await http.call({ path: '/v1/conversions', body, auth }), 201, 'ConversionResponse')
      .conversion;
  let claim: Conversion | undefined;

  await run.check('GET /v1/conversions?referrerCode= lists that referrer’s conversions', async () => {
    claim = await convert({ event: 'signup', idempotencyKey: ids.idempotencyKey(), referral: { code } }, 'publishable');
    const reply = await secret('/v1/conversions', { referrerCode: code.toLowerCase() });
    const page = expectBody<Page<Conversion>>(reply, 200, 'ConversionPage');
    expectEqual(page.items.map((item) => item.id).join(), claim.id, 'listed ids');
  });

  await run.check('GET /v1/conversions?status= lists only conversions in that status', async () => {
    const page = expectBody<Page<Conversion>>(
      await secret('/v1/conversions', { status: 'refunded' }),
      200,
      'ConversionPage',
    );
    ensure(
      page.items.every((item) => item.status === 'refunded'),
      'the list holds other statuses',
    );
  });

  await run.check('approving a client claim answers 200 with status approved', async () => {
    ensure(claim, 'no claim was stored');
    const reply = await secret(`/v1/conversions/${claim.id}/approve`, {}, 'POST');
    const { conversion, duplicate } = expectBody<ConversionResponse>(reply, 200, 'ConversionResponse');
    expectEqual(conversion.id, claim.id, 'conversion.id');
    expectEqual(conversion.status, 'approved', 'conversion.status');
    // Approving an approved conversion is a no-op replay.
    expectEqual(duplicate, claim.status === 'approved', `duplicate for a claim that was ${claim.status}`);
  });

  await run.check('refunding a conversion answers 200 with status refunded', async () => {
    ensure(claim, 'no claim was stored');
    const reply = await secret(`/v1/conversions/${claim.id}/refund`, {}, 'POST');
    expectEqual(expectBody<RefundResponse>(reply, 200, 'RefundResponse').conversion.status, 'refunded', 'status');
  });

  await run.check('refunding a refunded conversion answers 409 invalid_state', async () => {
    ensure(claim, 'no claim was stored');
    expectProblem(await secret(`/v1/conversions/${claim.id}/refund`, {}, 'POST'), 409, 'invalid_state');
  });

  await run.check('approving a refunded conversion answers 409 invalid_state', async () => {
    ensure(claim, 'no claim was stored');
    expectProblem(await secret(`/v1/conversions/${claim.id}/approve`, {}, 'POST'), 409, 'invalid_state');
  });

  await run.check('approving or refunding an unknown conversion answers 404 not_found', async () => {
    expectProblem(await secret(`/v1/conversions/cnv_${ids.run}/approve`, {}, 'POST'), 404, 'not_found');
    expectProblem(await secret(`/v1/conversions/cnv_${ids.run}/refund`, {}, 'POST'), 404, 'not_found');
  });
}
