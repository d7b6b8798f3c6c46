import type { EntityManager } from '@mikro-orm/postgresql';
import { removeAttachments } from '../../api/attachments.js';
import { AgreementParty } from '../../records/agreement/agreement-party.entity.js';
import { Agreement } from '../../records/agreement/agreement.entity.js';
import { DocumentParty } from '../../records/document/document-party.entity.js';
import { Document } from '../../records/document/document.entity.js';
import { Participation } from '../../records/event/participation.entity.js';
import { Institution } from '../../records/institution/institution.entity.js';
import { seedId } from './seed-id.js';

/*
 * Seed reconciliation. The seed never overwrites, so a database seeded by an older version keeps
 * rows the current dataset no longer states (issue 16, part 1 removed what the two articles do not
 * say). These are their keys (the difference between the dataset before part 1 and now); `db:seed`
 * deletes each such row while it is still as seeded (version 1: nobody edited it), with its
 * citations and tags. An institution is kept while anything else still refers to it.
 */
const RETIRED: [abstract new (...args: never[]) => { id: string }, string[]][] = [
  [AgreementParty, ['agreement-plan-mous-2025#party#0']],
  [
    DocumentParty,
    [
      'doc-baku-declaration#party#0',
      'doc-iphrc-mission-report-2023#party#0',
      'doc-iphrc-mission-report-2023#party#1',
      'doc-hague-convention-1954#party#0',
      'doc-crc#party#0',
      'doc-crpd#party#0',
      'doc-paris-principles#party#0',
      'doc-agenda-2030#party#0',
    ],
  ],
  [Participation, ['event-baku-forum-2024#participant#1', 'event-cop29#participant#0', 'event-oicoa-ga-2025#participant#2']],
  [Document, ['doc-iphrc-mission-report-2023']],
  [Agreement, ['agreement-plan-mous-2025']],
  [Institution, ['unfccc']],
];

/** Deletes the retired seed rows still as seeded; returns how many went, by entity. */
export async function removeRetiredSeedRows(em: EntityManager): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const [entity, keys] of RETIRED) {
    const rows = (await em.find(entity as never, { id: { $in: keys.map(seedId) }, version: 1 } as never, { fields: ['id'] } as never)) as { id: string }[];
    let ids = rows.map((r) => r.id);
    if (entity === Institution && ids.length > 0) ids = await unreferenced(em, ids);
    if (ids.length === 0) continue;
    await removeAttachments(em, ids);
    removed[entity.name] = await em.nativeDelete(entity as never, { id: { $in: ids } } as never);
  }
  return removed;
}

/** The institutions nothing refers to any more (by any foreign key of the database). */
async function unreferenced(em: EntityManager, ids: string[]): Promise<string[]> {
  const references = await em.execute<{ table_name: string; column_name: string }[]>(
    `select kcu.table_name, kcu.column_name
       from information_schema.referential_constraints rc
       join information_schema.key_column_usage kcu on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
       join information_schema.constraint_column_usage ccu on ccu.constraint_name = rc.unique_constraint_name and ccu.constraint_schema = rc.unique_constraint_schema
      where ccu.table_name = 'institution' and kcu.table_schema = current_schema()`,
  );
  const kept: string[] = [];
  for (const id of ids) {
    let used = false;
    for (const r of references) {
      const rows = await em.execute(`select 1 from "${r.table_name}" where "${r.column_name}" = ? limit 1`, [id]);
      if (rows.length > 0) used = true;
    }
    if (!used) kept.push(id);
  }
  return kept;
}
