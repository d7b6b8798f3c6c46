import type { RunGraphQL } from '../../api/graphql-runner.js';
import type { AnyFastify } from '../../api/http.js';
import { briefingDocx } from './briefing.docx.js';
import { type BriefingData, briefingMarkdown } from './briefing.markdown.js';

/*
 * GET /briefing/<id>.md and GET /briefing/<id>.docx — the briefing of an institution, visit or
 * event as a file (GET /briefing/<id> is the web app's page). Query parameters: asOf=YYYY-MM-DD, since=<partial date>, perspective=<ID>,
 * recent=N. The briefing query runs through the same GraphQL path as /graphql (same auth —
 * `Authorization: Bearer <token>` —, rules and limits); its errors come back as JSON with the
 * same codes and HTTP statuses.
 */

const SECTION = 'kind title emptyText lines { text date dateText footnotes unsourced level }';
export const BRIEFING_DOCUMENT = `query Briefing($id: ID!, $perspectiveId: ID, $asOf: LocalDate, $since: PartialDate, $recent: Int) {
  briefing(id: $id, perspectiveId: $perspectiveId, asOf: $asOf, since: $since, recent: $recent) {
    title subjectKind asOf since perspective { name }
    sections { ${SECTION} }
    institutions { title sections { ${SECTION} } }
    sources { number title publisher publishedOn url quote locator }
  }
}`;

const single = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

export function registerBriefingRoute(app: AnyFastify, runGraphQL: RunGraphQL): void {
  app.get('/briefing/:file', async (request, reply) => {
    const file = (request.params as { file: string }).file;
    const match = /^(.+)\.(md|docx)$/.exec(file);
    // /briefing/<id> without a file extension is the web app's briefing page: the app answers it.
    if (!match) return reply.callNotFound();
    const [, id, format] = match as unknown as [string, string, 'md' | 'docx'];
    const query = request.query as Record<string, unknown>;
    const recent = single(query.recent);
    const variables = {
      id,
      asOf: single(query.asOf),
      since: single(query.since),
      perspectiveId: single(query.perspective),
      recent: recent === undefined ? undefined : Number(recent),
    };
    const result = await runGraphQL(request, BRIEFING_DOCUMENT, variables);
    const data = result.body.data?.briefing as BriefingData | undefined;
    if (!data || result.body.errors?.length) {
      const code = String(result.body.errors?.[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const status = result.status !== 200 ? result.status : code === 'NOT_FOUND' ? 404 : code === 'BAD_USER_INPUT' ? 400 : code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : 500;
      return reply.code(status).type('application/json; charset=utf-8').send({ errors: result.body.errors ?? [] });
    }
    const name = `briefing-${data.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'accord'}-${data.asOf}`;
    reply.header('cache-control', 'private, no-store').header('vary', 'authorization');
    if (format === 'md') {
      return reply.type('text/markdown; charset=utf-8').header('content-disposition', `inline; filename="${encodeURIComponent(name)}.md"`).send(briefingMarkdown(data));
    }
    const body = await briefingDocx(data);
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${encodeURIComponent(name)}.docx"`)
      .send(body);
  });
}
