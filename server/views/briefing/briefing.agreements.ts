import { raw } from '@mikro-orm/core';
import type { RequestContext } from '../../api/context.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { AgreementAction } from '../../records/agreement/agreement-action.entity.js';
import { AgreementParty } from '../../records/agreement/agreement-party.entity.js';
import type { Institution } from '../../records/institution/institution.entity.js';
import type { AgreementDeadline } from '../planning/planning.types.js';
import type { SectionDraft } from './briefing.draft.js';
import { capitalised, dateText, joined, words } from './briefing.text.js';

/** Agreements to which every one of these institutions is a party (one statement). */
export function agreementsOf(ctx: RequestContext, institutionIds: string[]): Promise<Agreement[]> {
  const conditions = institutionIds.map((id) => ({
    [raw((a) => `${a}.id in (select ap.agreement_id from agreement_party ap where ap.institution_id = ?)`, [id])]: [],
  }));
  return ctx.em.find(Agreement, { $and: conditions }, { orderBy: { title: 'asc', id: 'asc' } });
}

/**
 * One statement per agreement (heading, kind, status, parties, dates) with its deadlines and its
 * action ledger beneath. Parties and ledgers of all the agreements load in one statement each.
 */
export async function agreementLines(ctx: RequestContext, s: SectionDraft, listed: { agreement: Agreement; heading: string }[], deadlines: AgreementDeadline[]): Promise<void> {
  const ids = listed.map((l) => l.agreement.id);
  if (!ids.length) return;
  const [parties, actions] = await Promise.all([
    ctx.em.find(AgreementParty, { agreement: { $in: ids } }, { populate: ['institution'], orderBy: { createdAt: 'asc', id: 'asc' } }),
    ctx.em.find(AgreementAction, { agreement: { $in: ids } }, { populate: ['party'], orderBy: { date: 'asc', createdAt: 'asc', id: 'asc' } }),
  ]);
  for (const { agreement: a, heading } of listed) {
    const partyNames = parties.filter((p) => p.agreement.id === a.id).map((p) => (p.institution.getEntity() as Institution).name);
    const dates = joined([a.effectiveFrom && `effective from ${dateText(a.effectiveFrom)}`, a.expiresOn && `expires ${dateText(a.expiresOn)}`, a.reviewDue && `review due ${dateText(a.reviewDue)}`]);
    s.add(`${heading}: ${a.title} (${words(a.kind)}; ${words(a.status)})${partyNames.length ? ` between ${partyNames.join(', ')}` : ''}${dates ? `; ${dates}` : ''}.`, { record: a });
    for (const d of deadlines.filter((d) => d.agreement.id === a.id)) {
      s.add(`${capitalised(d.kind)} ${d.daysLeft < 0 ? `passed ${-d.daysLeft} days ago` : `in ${d.daysLeft} days`}.`, { record: a, date: d.date, level: 1, sourced: false });
    }
    for (const x of actions.filter((x) => x.agreement.id === a.id)) {
      const party = x.party ? (x.party.getEntity() as Institution).name : null;
      s.add(`${capitalised(x.kind)}${party ? ` by ${party}` : ''}${x.note ? ` — ${x.note}` : ''}.`, { record: x, date: x.date, level: 1 });
    }
  }
}
