/*
 * Which records involve an institution: the one definition the timeline, the statistics and the
 * planner (agenda, conflicts, calendar feed) share. Each way a record can involve an institution
 * is one "leg": a table, the record's key in it and the institution's column.
 *
 *   event        participant institutions, and the institutions persons took part on behalf of
 *   visit        the delegation's institution, the host, institutions in the delegation
 *   agreement    its parties (an agreement action: the agreement's parties and the party acting)
 *   document     its parties, and the participants of the event it was adopted at
 *   commitment   its owner institution
 *   relation     its subject and its object
 *
 * Confidentiality is not decided here: callers read the records themselves through their own
 * visibility rule; these fragments only narrow which records.
 */

export type InvolvedKind = 'EVENT' | 'VISIT' | 'AGREEMENT' | 'AGREEMENT_ACTION' | 'DOCUMENT' | 'COMMITMENT' | 'RELATION';

/** `select <id> … where <institution> …`: one way a record involves an institution. */
type Leg = { from: string; id: string; institution: string };

const participants = (event: string): Leg[] => [
  { from: `participation p${event}`, id: 'p.event_id', institution: 'p.institution_id' },
  { from: `participation p${event}`, id: 'p.event_id', institution: 'p.on_behalf_of_id' },
];

const LEGS: Record<InvolvedKind, Leg[]> = {
  EVENT: participants(''),
  VISIT: [
    { from: 'visit v', id: 'v.id', institution: 'v.delegation_of_id' },
    { from: 'visit v', id: 'v.id', institution: 'v.host_id' },
    { from: 'visit_member m', id: 'm.visit_id', institution: 'm.institution_id' },
  ],
  AGREEMENT: [{ from: 'agreement_party ap', id: 'ap.agreement_id', institution: 'ap.institution_id' }],
  AGREEMENT_ACTION: [
    { from: 'agreement_action aa', id: 'aa.id', institution: 'aa.party_id' },
    { from: 'agreement_action aa join agreement_party ap on ap.agreement_id = aa.agreement_id', id: 'aa.id', institution: 'ap.institution_id' },
  ],
  DOCUMENT: [
    { from: 'document_party dp', id: 'dp.document_id', institution: 'dp.institution_id' },
    ...participants(' join document d on d.adopted_at_id = p.event_id').map((leg) => ({ ...leg, id: 'd.id' })),
  ],
  COMMITMENT: [{ from: 'commitment c', id: 'c.id', institution: 'c.owner_institution_id' }],
  RELATION: [
    { from: 'relation r', id: 'r.id', institution: 'r.subject_institution_id' },
    { from: 'relation r', id: 'r.id', institution: 'r.object_id' },
  ],
};

/**
 * SQL selecting the keys of `kind`'s records that involve an institution of `set` — a subquery or
 * a list (`select id from focus`), or `?` for one institution given as a parameter (then the
 * statement takes it `legCount(kind)` times: see `involvingParams`).
 */
export function involving(kind: InvolvedKind, set: string): string {
  const test = set === '?' ? '= ?' : `in (${set})`;
  return LEGS[kind].map((leg) => `select ${leg.id} from ${leg.from} where ${leg.institution} ${test}`).join(' union ');
}

/** The parameters of `involving(kind, '?')` for one institution. */
export function involvingParams(kind: InvolvedKind, institutionId: string): string[] {
  return LEGS[kind].map(() => institutionId);
}

/** `(id, institution_id)` for every institution each record of these kinds involves (one row per way). */
export function involvementPairs(kinds: InvolvedKind[]): string {
  return kinds
    .flatMap((kind) => LEGS[kind])
    .map((leg) => `select ${leg.id} as id, ${leg.institution} as institution_id from ${leg.from} where ${leg.institution} is not null`)
    .join('\n  union all ');
}
