import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { Button } from 'react-aria-components';
import { useParams } from 'react-router';
import { RecordLink } from '../../components/record-link';
import { RecordPageState } from '../../components/record-page';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatPartialDate, todayIso } from '../../lib/dates';
import { readToken } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useUrlState } from '../../lib/use-url-state';
import './briefing.css';

/*
 * The briefing note before a meeting or visit: the server's `briefing` composed from the records,
 * shown as a document that prints cleanly on A4 (the browser's "Save as PDF"). Every statement
 * carries its footnotes; the numbered sources with their quotes close the note.
 */

const BriefingSectionFields = graphql(`
  fragment BriefingSectionFields on BriefingSection {
    kind
    title
    emptyText
    lines {
      text
      dateText
      footnotes
      unsourced
      level
      record {
        __typename
        id
      }
    }
  }
`);

const BriefingPageQuery = graphql(`
  query BriefingPage($id: ID!, $perspectiveId: ID, $asOf: LocalDate, $since: PartialDate) {
    briefing(id: $id, perspectiveId: $perspectiveId, asOf: $asOf, since: $since) {
      title
      subjectKind
      subject {
        __typename
        id
      }
      asOf
      since
      perspective {
        id
        name
      }
      sections {
        ...BriefingSectionFields
      }
      institutions {
        title
        subject {
          __typename
          id
        }
        sections {
          ...BriefingSectionFields
        }
      }
      sources {
        number
        title
        publisher
        publishedOn
        url
        quote
        locator
      }
    }
  }
`);

/** Fetches the DOCX with the signed-in token (a plain link could not send it) and saves it. */
async function downloadDocx(id: string, params: { asOf: string; since: string | null; perspectiveId: string | null }, title: string) {
  const query = new URLSearchParams({ asOf: params.asOf });
  if (params.since) query.set('since', params.since);
  if (params.perspectiveId) query.set('perspective', params.perspectiveId);
  const token = readToken();
  const response = await fetch(`/briefing/${encodeURIComponent(id)}.docx?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    window.alert(`The Word file could not be made (HTTP ${response.status}, request ${response.headers.get('x-request-id') ?? 'unknown'}).`);
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `Briefing - ${title}.docx`;
  link.click();
  URL.revokeObjectURL(url);
}

function Section({ data, level }: { data: FragmentType<typeof BriefingSectionFields>; level: 2 | 3 }) {
  const section = getFragmentData(BriefingSectionFields, data);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="briefing-section" aria-labelledby={`briefing-${level}-${section.kind}-${section.title.length}`}>
      <Heading id={`briefing-${level}-${section.kind}-${section.title.length}`}>{section.title}</Heading>
      {section.lines.length === 0 ? (
        <p className="muted">{section.emptyText}</p>
      ) : (
        <ul>
          {section.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a briefing's lines are a fixed document, never reordered; two may read the same
            <li key={i} className={line.level ? 'briefing-detail' : undefined}>
              {line.dateText && <strong className="briefing-date">{line.dateText} — </strong>}
              {line.record ? (
                <RecordLink typename={line.record.__typename} id={line.record.id}>
                  {line.text}
                </RecordLink>
              ) : (
                line.text
              )}
              {line.footnotes.map((n) => (
                <sup key={n}>
                  <a href={`#source-${n}`} aria-label={`source ${n}`}>
                    [{n}]
                  </a>
                </sup>
              ))}
              {line.unsourced && <em className="briefing-unsourced"> (unsourced)</em>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Component() {
  const { id = '' } = useParams();
  const params = useUrlState();
  const asOf = params.get('asOf') || todayIso();
  const since = params.get('since') || null;
  const perspectiveId = params.get('perspective') || null;
  const { data, loading, error, refetch } = useQuery(BriefingPageQuery, {
    variables: { id, asOf, since, perspectiveId },
  });
  const briefing = data?.briefing;
  usePageTitle(briefing ? `Briefing: ${briefing.title}` : 'Briefing');

  return (
    <RecordPageState loading={loading} error={error} hasData={!!briefing} what="briefing" onRetry={() => refetch()}>
      {() => (
        <article className="page briefing">
          <header className="briefing-header">
            <p className="muted briefing-kind">Briefing note</p>
            <h1>
              <RecordLink typename={briefing!.subject.__typename} id={briefing!.subject.id}>
                {briefing!.title}
              </RecordLink>
            </h1>
            <p className="lead">
              As of {formatPartialDate(briefing!.asOf)}
              {briefing!.since && <> · activity since {formatPartialDate(briefing!.since)}</>}
              {briefing!.perspective && <> · our side: {briefing!.perspective.name}</>}
            </p>
            <div className="briefing-controls no-print">
              <label>
                As of{' '}
                <input type="date" value={asOf} onChange={(e) => params.set({ asOf: e.target.value || null })} />
              </label>
              <label>
                Since{' '}
                <input type="text" inputMode="numeric" placeholder="YYYY or YYYY-MM" defaultValue={since ?? ''} onBlur={(e) => params.set({ since: e.target.value || null })} />
              </label>
              <Button className="button" onPress={() => window.print()}>
                Print or save as PDF
              </Button>
              <Button className="button" onPress={() => downloadDocx(id, { asOf, since, perspectiveId }, briefing!.title)}>
                Word (.docx)
              </Button>
            </div>
          </header>
          {briefing!.sections.map((s) => (
            <Section key={getFragmentData(BriefingSectionFields, s).kind} data={s} level={2} />
          ))}
          {briefing!.institutions.length > 0 && (
            <section className="briefing-institutions">
              <h2>Institutions involved</h2>
              {briefing!.institutions.map((inst) => (
                <Fragment key={inst.subject.id}>
                  <h3 className="briefing-institution">
                    <RecordLink typename={inst.subject.__typename} id={inst.subject.id}>
                      {inst.title}
                    </RecordLink>
                  </h3>
                  {inst.sections.map((s) => (
                    <Section key={getFragmentData(BriefingSectionFields, s).kind} data={s} level={3} />
                  ))}
                </Fragment>
              ))}
            </section>
          )}
          <section className="briefing-sources" aria-labelledby="briefing-sources">
            <h2 id="briefing-sources">Sources</h2>
            {briefing!.sources.length === 0 ? (
              <p className="muted">No statement above cites a source.</p>
            ) : (
              <ol>
                {briefing!.sources.map((s) => (
                  <li key={s.number} id={`source-${s.number}`} value={s.number}>
                    <cite>{s.title}</cite>
                    {s.publisher && !s.title.includes(s.publisher) && <>, {s.publisher}</>}
                    {s.publishedOn && !s.title.includes(formatPartialDate(s.publishedOn)) && <>, {formatPartialDate(s.publishedOn)}</>}
                    {s.quote && <> — “{s.quote}”</>}
                    {s.locator && <> ({s.locator})</>}
                    {s.url && (
                      <>
                        {' '}
                        <a href={s.url} rel="noreferrer">
                          {s.url}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </article>
      )}
    </RecordPageState>
  );
}
