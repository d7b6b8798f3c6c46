import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';

/*
 * Turns a GraphQL query into CSV rows, without knowing the schema: the columns are the leaf
 * fields selected for each row, in selection order (fragments merged), named by their path
 * ("parent.name"). An object field that selects a single leaf becomes one column named after the
 * field ("parent" holding the parent's name), which is how related records appear as names; lists
 * are joined with "; ". The rows are the connection's nodes (`nodes { … }` or `edges { node { … } }`),
 * the root field's list, or the first list selected inside the root field (e.g. `stats { groups { … } }`).
 */

export class ExportPlanError extends Error {}

export type Column = { name: string; path: string[] };

export type ExportPlan = {
  /** The document to execute: the original, made to page through a connection. */
  document: DocumentNode;
  operationName: string | undefined;
  /** Response key of the root field. */
  rootKey: string;
  /** Path from the root field's value to the row list. */
  rowsPath: string[];
  /** True when the root field is a connection read page by page. */
  paged: boolean;
  /** Columns of the rows (for a list: when the root field's value is an object holding the list). */
  columns: Column[];
  /** Columns when the root field's value is itself the list of rows. */
  rootColumns: Column[];
  /** For a list that is not a connection: the object fields inside the root field, the first list of which holds the rows. */
  inner: { key: string; columns: Column[] }[];
};

/** Variable and response key injected for paging (a user document should not use these names). */
export const AFTER_VARIABLE = '_exportAfter';
export const PAGE_KEY = '_exportPage';
const PAGE_SIZE = 100;

type Fragments = Map<string, FragmentDefinitionNode>;

/** The fields of a selection set with fragments expanded (first occurrence of a response key wins). */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments): FieldNode[] {
  const out: FieldNode[] = [];
  const byKey = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!byKey.has(key)) {
          byKey.add(key);
          out.push(selection);
        } else if (selection.selectionSet) {
          // Same key selected again (e.g. under two type conditions): merge its sub-selections.
          const index = out.findIndex((f) => (f.alias?.value ?? f.name.value) === key);
          const first = out[index]!;
          out[index] = {
            ...first,
            selectionSet: { kind: Kind.SELECTION_SET, selections: [...(first.selectionSet?.selections ?? []), ...selection.selectionSet.selections] },
          };
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment) throw new ExportPlanError(`unknown fragment ${name}`);
        visit(fragment.selectionSet); // validation has refused fragment cycles
      }
    }
  };
  visit(selectionSet);
  return out;
}

const keyOf = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** The leaf columns of a row selection. */
export function columnsOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments, depth = 0): Column[] {
  if (depth > 10) throw new ExportPlanError('selection nested too deeply for CSV');
  const columns: Column[] = [];
  for (const field of fieldsOf(selectionSet, fragments)) {
    const key = keyOf(field);
    if (!field.selectionSet) {
      columns.push({ name: key, path: [key] });
      continue;
    }
    const inner = columnsOf(field.selectionSet, fragments, depth + 1);
    if (inner.length === 1) columns.push({ name: key, path: [key, ...inner[0]!.path] });
    else for (const c of inner) columns.push({ name: `${key}.${c.name}`, path: [key, ...c.path] });
  }
  const names = new Set<string>();
  return columns.filter((c) => {
    if (names.has(c.name)) return false;
    names.add(c.name);
    return true;
  });
}

function argument(name: string, value: ArgumentNode['value']): ArgumentNode {
  return { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: name }, value };
}

/** Builds the plan for a parsed, validated query document. */
export function planExport(document: DocumentNode, operationName?: string): ExportPlan {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) throw new ExportPlanError(operationName ? `no operation named ${operationName}` : 'give exactly one operation (or operationName)');
  if (operation.operation !== 'query') throw new ExportPlanError('only queries can be exported');
  const fragments: Fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const roots = fieldsOf(operation.selectionSet, fragments).filter((f) => f.name.value !== '__typename');
  if (roots.length !== 1) throw new ExportPlanError('select exactly one root field (the list or connection to export)');
  const root = roots[0]!;
  if (!root.selectionSet) throw new ExportPlanError('the root field must select the fields to export');
  const inRoot = fieldsOf(root.selectionSet, fragments);

  const nodes = inRoot.find((f) => f.name.value === 'nodes' && f.selectionSet);
  const edges = inRoot.find((f) => f.name.value === 'edges' && f.selectionSet);
  const edgeNode = edges ? fieldsOf(edges.selectionSet, fragments).find((f) => f.name.value === 'node' && f.selectionSet) : undefined;
  const rowField = nodes ?? edgeNode;

  if (rowField) {
    // A connection: page through it with an injected `after` variable, `first` 100 unless given.
    if (root.arguments?.some((a) => a.name.value === 'last' || a.name.value === 'before')) {
      throw new ExportPlanError('exports read forward: use first/after, not last/before');
    }
    const args = (root.arguments ?? []).filter((a) => a.name.value !== 'after');
    if (!args.some((a) => a.name.value === 'first')) args.push(argument('first', { kind: Kind.INT, value: String(PAGE_SIZE) }));
    args.push(argument('after', { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } }));
    const pageInfo: FieldNode = {
      kind: Kind.FIELD,
      alias: { kind: Kind.NAME, value: PAGE_KEY },
      name: { kind: Kind.NAME, value: 'pageInfo' },
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: ['hasNextPage', 'endCursor'].map((name): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } })),
      },
    };
    const newRoot: FieldNode = {
      ...root,
      arguments: args,
      selectionSet: { ...root.selectionSet, selections: [...root.selectionSet.selections, pageInfo] },
    };
    const variable: VariableDefinitionNode = {
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } },
      type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
    };
    const newOperation: OperationDefinitionNode = {
      ...operation,
      variableDefinitions: [...(operation.variableDefinitions ?? []), variable],
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: operation.selectionSet.selections.map((s) => (s === root ? newRoot : s)),
      },
    };
    if (!operation.selectionSet.selections.includes(root)) {
      throw new ExportPlanError('select the root field directly, not through a fragment');
    }
    return {
      document: { ...document, definitions: document.definitions.map((d) => (d === operation ? newOperation : d)) },
      operationName: operation.name?.value,
      rootKey: keyOf(root),
      rowsPath: nodes ? [keyOf(nodes)] : [keyOf(edges!), keyOf(edgeNode!)],
      paged: true,
      columns: columnsOf(rowField.selectionSet, fragments),
      rootColumns: [],
      inner: [],
    };
  }

  // A list: the root field itself, or the first list field inside it (decided on the data).
  return {
    document,
    operationName: operation.name?.value,
    rootKey: keyOf(root),
    rowsPath: [],
    paged: false,
    columns: [],
    rootColumns: columnsOf(root.selectionSet, fragments),
    inner: inRoot.filter((f) => f.selectionSet).map((f) => ({ key: keyOf(f), columns: columnsOf(f.selectionSet, fragments) })),
  };
}

/** The rows and columns of one result page, and the cursor of the next page (null when done). */
export function rowsOf(plan: ExportPlan, data: Record<string, unknown>): { rows: unknown[]; columns: Column[]; next: string | null } {
  const root = data[plan.rootKey];
  if (!plan.paged && Array.isArray(root)) return { rows: root, columns: plan.rootColumns, next: null };
  if (root === null || root === undefined) return { rows: [], columns: plan.paged ? plan.columns : plan.rootColumns, next: null };
  if (!plan.paged) {
    const object = root as Record<string, unknown>;
    const list = plan.inner.find((f) => Array.isArray(object[f.key])) ?? plan.inner[0];
    if (!list) return { rows: [root], columns: plan.rootColumns, next: null };
    const value = object[list.key];
    return { rows: Array.isArray(value) ? value : value ? [value] : [], columns: list.columns, next: null };
  }
  const rows = plan.rowsPath.reduce<unknown>((value, key) => {
    if (Array.isArray(value)) return value.map((v) => (v as Record<string, unknown> | null)?.[key]);
    return (value as Record<string, unknown> | null)?.[key];
  }, root);
  const page = plan.paged ? ((root as Record<string, unknown>)[PAGE_KEY] as { hasNextPage: boolean; endCursor: string | null } | undefined) : undefined;
  return {
    rows: Array.isArray(rows) ? rows : rows ? [rows] : [],
    columns: plan.columns,
    next: page?.hasNextPage && page.endCursor ? page.endCursor : null,
  };
}

function leaves(value: unknown, path: string[], out: unknown[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const v of value) leaves(v, path, out);
    return;
  }
  if (path.length === 0) {
    out.push(value);
    return;
  }
  leaves((value as Record<string, unknown>)[path[0]!], path.slice(1), out);
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** One CSV record: each column's values joined with "; " (empty when none). */
export function cellsOf(columns: Column[], row: unknown): string[] {
  return columns.map((column) => {
    const values: unknown[] = [];
    leaves(row, column.path, values);
    return values.map(text).join('; ');
  });
}
