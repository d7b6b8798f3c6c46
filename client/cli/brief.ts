// `accord brief <institution|visit|event>`: the briefing note before a meeting or visit, as
// Markdown (to stdout or a file) or as a Word document (to a file), every statement footnoted.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { type Io, cliOf } from './context.js';
import { usageError } from './errors.js';
import { parsePositiveInt } from './options.js';
import { resolveInstitution } from './resolve.js';
import { parseDay } from './upcoming.js';

type Options = { asOf?: string; since?: string; perspective?: string; recent?: number; md?: boolean; docx?: boolean; output?: string };

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SUBJECT_TYPES = new Set(['Institution', 'Visit', 'Event']);

export function registerBrief(program: Command, io: Io): void {
  program
    .command('brief')
    .description('a briefing note on an institution, a visit or an event: profile, relationship, agreements, commitments, people, recent and upcoming activity, figures, talking points — every statement with its source')
    .argument('<subject>', 'name or ID of an institution, or the ID of a visit or event')
    .option('--as-of <date>', 'the day the briefing describes (YYYY-MM-DD; default today)', parseDay)
    .option('--since <date>', 'recent activity from this date on (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--perspective <institution>', 'our institution (splits commitments into ours and theirs; who met whom)')
    .option('--recent <n>', 'how many recent events, visits and documents (1..50, default 10)', parsePositiveInt)
    .option('--md', 'Markdown (the default)')
    .option('--docx', 'a Word document (needs -o)')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (subject: string, options: Options, command: Command) => {
      const cli = cliOf(command, io);
      if (options.md && options.docx) throw usageError('give --md or --docx, not both');
      if (options.docx && !options.output) throw usageError('--docx writes a file: give -o <file>');
      if (options.since && !PARTIAL_DATE.test(options.since)) throw usageError('--since must be a date YYYY, YYYY-MM or YYYY-MM-DD');
      const table = (h: string[], r: (string | null)[][]) => cli.table(h, r, cli.errColor);
      // IDs are opaque: ask the server what the text names before treating it as an institution's name.
      const byId = /^[A-Za-z0-9+/=]{16,}$/.test(subject) ? await cli.client.node(subject).catch(() => null) : null;
      const id = byId && SUBJECT_TYPES.has(byId.__typename) ? subject : (await resolveInstitution(cli.client, subject, table)).id;
      const perspectiveId = options.perspective ? (await resolveInstitution(cli.client, options.perspective, table)).id : undefined;
      const format = options.docx ? 'docx' : 'md';
      const bytes = await cli.client.briefingFile(id, format, { asOf: options.asOf, since: options.since, perspectiveId, recent: options.recent });
      if (options.output) {
        await writeFile(options.output, bytes);
        cli.note(`wrote ${options.output} (${bytes.byteLength} bytes)`);
        return;
      }
      await cli.write(new TextDecoder().decode(bytes));
    });
}
