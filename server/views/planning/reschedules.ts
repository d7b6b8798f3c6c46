import { AuditAction, type AuditEntry } from '../../records/audit/audit-entry.entity.js';
import { Event } from '../../records/event/event.entity.js';
import type { Visit } from '../../records/visit/visit.entity.js';
import { Reschedule, ScheduledDates } from './planning.types.js';

/** The fields whose change moves an event or visit in time. */
const DATE_FIELDS = ['startDate', 'endDate', 'startTime', 'endTime', 'timeZone'] as const;
type DateField = (typeof DATE_FIELDS)[number];

function snapshotOf(record: Event | Visit): Record<DateField, string | null> {
  const event = record instanceof Event ? record : null;
  return {
    startDate: record.startDate ?? null,
    endDate: record.endDate ?? null,
    startTime: event?.startTime ?? null,
    endTime: event?.endTime ?? null,
    timeZone: event?.timeZone ?? null,
  };
}

const asText = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

const toDates = (s: Record<DateField, string | null>): ScheduledDates => Object.assign(new ScheduledDates(), s);

/**
 * Every change of an event's or visit's dates or times, oldest first, from its audit trail
 * (`history`). The audit trail stores only the fields that changed, so full snapshots are rebuilt
 * backwards from the record's current state: before a change, the changed fields had their
 * `before` values and the others what they had after it.
 */
export function reschedulesOf(record: Event | Visit, history: AuditEntry[]): Reschedule[] {
  const updates = history
    .filter((e) => e.action === AuditAction.UPDATE && DATE_FIELDS.some((f) => f in (e.changes ?? {})))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const out: Reschedule[] = [];
  let after = snapshotOf(record);
  for (const entry of [...updates].reverse()) {
    const before = { ...after };
    for (const field of DATE_FIELDS) {
      const change = entry.changes[field];
      if (change) {
        before[field] = asText(change.before);
        after = { ...after, [field]: asText(change.after) };
      }
    }
    const status = entry.changes.status ? asText(entry.changes.status.after) : null;
    out.push(
      Object.assign(new Reschedule(), {
        changedAt: entry.createdAt,
        operation: entry.operation ?? null,
        status,
        before: toDates(before),
        after: toDates(after),
        userId: entry.userId ?? null,
      }),
    );
    after = before;
  }
  return out.reverse();
}
