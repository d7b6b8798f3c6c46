/**
 * Whether the server offers GraphiQL (WEB_GRAPHIQL: on by default outside production). The server
 * writes it into the page it serves: <meta name="accord-graphiql" content="on|off">. Only "off"
 * turns it off (the Vite dev server leaves the tag as written in index.html).
 */
export function graphiqlEnabled(): boolean {
  return document.querySelector('meta[name="accord-graphiql"]')?.getAttribute('content') !== 'off';
}
