import { canSeeConfidential, type RequestContext } from '../../api/context.js';
import { BadInputError } from '../../kernel/errors.js';
import { runSql } from '../../kernel/sql.js';
import { CITED_KINDS, type CitedKind } from './provenance-summary.fields.js';
import type { ProvenanceKindSummary, ProvenanceSummary } from './provenance-summary.types.js';

/**
 * One row per kind: the record count, the uncited records, and per field the values, the values
 * no citation names and those only INFERRED citations name. Each record's citations are folded
 * once (lateral) into the fields quoted and inferred. Field names are fixed identifiers, not input.
 */
function kindSql(kind: CitedKind, hideConfidential: boolean): string {
  const counts = [`'records', count(*)`, `'uncited', count(*) filter (where cit.n = 0)`];
  for (const f of kind.fields) {
    const named = `('${f.field}' = any(cit.quoted) or '${f.field}' = any(cit.inferred))`;
    counts.push(
      `'${f.field}:v', count(*) filter (where ${f.hasValue})`,
      `'${f.field}:u', count(*) filter (where ${f.hasValue} and not ${named})`,
      `'${f.field}:i', count(*) filter (where ${f.hasValue} and '${f.field}' = any(cit.inferred) and not '${f.field}' = any(cit.quoted))`,
    );
  }
  return `select '${kind.recordType}' as type, json_build_object(${counts.join(', ')}) as counts
    from ${kind.table} x
    cross join lateral (
      select count(distinct c.id)::int as n,
             coalesce(array_agg(distinct f) filter (where c.basis = 'QUOTED' and f is not null), '{}') as quoted,
             coalesce(array_agg(distinct f) filter (where c.basis = 'INFERRED' and f is not null), '{}') as inferred
        from citation c left join lateral unnest(c.fields) f on true
       where c.record_id = x.id) cit
    ${kind.confidential && hideConfidential ? 'where x.confidential = false' : ''}`;
}

export async function provenanceSummary(ctx: RequestContext, types: string[] | null | undefined): Promise<ProvenanceSummary> {
  const unknown = types?.find((t) => !CITED_KINDS.some((k) => k.recordType === t));
  if (unknown !== undefined) throw new BadInputError('types', `"${unknown}" is not one of ${CITED_KINDS.map((k) => k.recordType).join(', ')}`);
  const chosen = types?.length ? CITED_KINDS.filter((k) => types.includes(k.recordType)) : CITED_KINDS;
  const hide = !canSeeConfidential(ctx.viewer);
  const rows = await runSql<{ type: string; counts: Record<string, number | string> }[]>(ctx, chosen.map((k) => kindSql(k, hide)).join('\nunion all\n'), []);
  const byType = new Map(rows.map((r) => [r.type, r.counts]));
  const kinds: ProvenanceKindSummary[] = chosen.map((k) => {
    const counts = byType.get(k.recordType) ?? {};
    const n = (key: string) => Number(counts[key] ?? 0);
    return {
      recordType: k.recordType,
      records: n('records'),
      uncitedRecords: n('uncited'),
      fields: k.fields.map((f) => ({ field: f.field, withValue: n(`${f.field}:v`), uncited: n(`${f.field}:u`), inferred: n(`${f.field}:i`) })),
    };
  });
  const sum = (pick: (k: ProvenanceKindSummary) => number) => kinds.reduce((total, k) => total + pick(k), 0);
  return {
    records: sum((k) => k.records),
    uncitedRecords: sum((k) => k.uncitedRecords),
    uncitedFields: sum((k) => k.fields.reduce((t, f) => t + f.uncited, 0)),
    inferredFields: sum((k) => k.fields.reduce((t, f) => t + f.inferred, 0)),
    kinds,
  };
}
