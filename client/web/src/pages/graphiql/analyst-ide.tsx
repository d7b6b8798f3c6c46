import { pick, useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import type { Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { buildSchema } from 'graphql';
import { type RefObject, useEffect, useRef } from 'react';
import schemaText from '../../../../../schema/schema.graphql?raw';
import { readToken } from '../../lib/session';
import { type ExampleOperation, loadExamples } from './examples';
import './graphiql.css';

const examples = loadExamples();
const byFile = new Map<string, ExampleOperation[]>();
for (const e of examples) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
// The schema this app was built with: docs and completion work even where introspection is off (production).
const schema = buildSchema(schemaText);
const explorer = explorerPlugin();

/** Queries go to /graphql with the signed-in token (not shown in the headers editor). */
const fetcher: Fetcher = async (params, options) => {
  const token = readToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

function ExampleList() {
  const { queryEditor, variableEditor } = useGraphiQL(pick('queryEditor', 'variableEditor'));
  const { setOperationName } = useGraphiQLActions();
  const open = (example: ExampleOperation) => {
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(example.variables);
    setOperationName(example.name);
  };
  return (
    <div className="examples-plugin">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p className="examples-note">The documented operations of the typed client (client/operations). Click one to load it, then run it.</p>
      {[...byFile].map(([file, list]) => (
        <section key={file} aria-label={`${file} operations`}>
          <h3>{file}</h3>
          <ul>
            {list.map((e) => (
              <li key={e.name}>
                <button type="button" className="example-button" onClick={() => open(e)}>
                  {e.name}
                </button>
                {e.kind !== 'query' && <span className="example-kind"> {e.kind}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const examplesPlugin = {
  title: 'Examples',
  icon: () => (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d="M4 5h16v2H4zm0 6h16v2H4zm0 6h10v2H4z" fill="currentColor" />
    </svg>
  ),
  content: ExampleList,
};

const DEFAULT_QUERY = `# GraphiQL for Accord: write a query, or open one of the documented examples
# (the list icon on the left). Ctrl-Enter runs it; Ctrl-Space completes.
{
  me {
    name
    role
  }
}
`;

/** GraphiQL with the explorer and the documented example operations, against this server's API. */
/**
 * GraphiQL marks each tab's <li> as role="tab" around a <button>: a tab with a control nested in
 * it, which screen readers announce badly (axe: nested-interactive). Move the tab role onto the
 * button the user actually presses, whenever GraphiQL redraws its tabs.
 */
function useAccessibleTabs(root: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const fix = () => {
      for (const item of element.querySelectorAll<HTMLElement>('.graphiql-tab[role="tab"]')) {
        const button = item.querySelector('.graphiql-tab-button');
        item.setAttribute('role', 'presentation');
        item.removeAttribute('aria-selected');
        button?.setAttribute('role', 'tab');
        button?.setAttribute('aria-selected', String(item.classList.contains('graphiql-tab-active')));
      }
    };
    fix();
    const observer = new MutationObserver(fix);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'class'] });
    return () => observer.disconnect();
  }, [root]);
}

export function AnalystIde() {
  const root = useRef<HTMLDivElement>(null);
  useAccessibleTabs(root);
  return (
    <div className="graphiql-page" data-testid="graphiql" ref={root}>
      <header className="graphiql-header">
        <a href="/">Accord</a> <span aria-hidden="true">·</span> <h1>GraphiQL</h1>
        <span className="graphiql-who">{readToken() ? 'with your token' : 'development mode: no token'}</span>
      </header>
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        plugins={[examplesPlugin, explorer]}
        visiblePlugin="Examples"
        defaultQuery={DEFAULT_QUERY}
        shouldPersistHeaders={false}
      >
        <GraphiQL.Logo>Accord API</GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
