// The API reference as one static HTML page, rendered from the schema itself: every type, field, argument and enum
// value with its description, deprecation and access rule, after the conventions. Served at /docs (also in
// production, where introspection is off) and shipped in the SDK package as dist/reference.html.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { accessOf, readersOfExtensions, RULE_PER_OBJECT } from './access.ts';
import { CONVENTION_SECTIONS, conventionsHtml, type ReferenceLimits } from './conventions.ts';

export const REFERENCE_TITLE = 'Plenary API reference';

const KINDS = [
  { id: 'objects', title: 'Objects', is: isObjectType },
  { id: 'interfaces', title: 'Interfaces', is: isInterfaceType },
  { id: 'unions', title: 'Unions', is: isUnionType },
  { id: 'enums', title: 'Enums', is: isEnumType },
  { id: 'inputs', title: 'Input objects', is: isInputObjectType },
  { id: 'scalars', title: 'Scalars', is: isScalarType },
] as const;

const OPERATION_ROOTS = ['Query', 'Mutation'] as const;
const FORBIDDEN_ERROR_TYPE = 'ForbiddenError';

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; display: grid; grid-template-columns: 17rem 1fr; }
nav { position: sticky; top: 0; height: 100vh; overflow-y: auto; padding: 1rem; background: #f5f6f8; border-right: 1px solid #d8dce1; font-size: 13px; }
nav ul { list-style: none; padding-left: 0.75rem; margin: 0.25rem 0; }
nav li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
main { padding: 1rem 2rem 4rem; max-width: 60rem; }
h2 { border-bottom: 2px solid #d8dce1; padding-top: 1rem; }
article { border-top: 1px solid #e4e7eb; padding: 0.5rem 0; }
code, pre { font: 13px/1.45 ui-monospace, monospace; }
pre { background: #f5f6f8; padding: 0.75rem; overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5rem 0; }
td, th { border: 1px solid #d8dce1; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
dl.members > dt { margin-top: 0.6rem; font-weight: 600; }
dl.members > dd { margin-left: 1.25rem; }
dl.arguments { margin: 0.25rem 0 0.25rem 1rem; font-size: 14px; }
.access { color: #7a4b00; }
.deprecated { color: #a0001b; }
.kind { color: #57606a; font-weight: normal; font-size: 14px; }
a { color: #0550ae; text-decoration: none; }
a:hover { text-decoration: underline; }
`;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Descriptions and deprecation reasons are plain text with `code` spans. */
function inlineHtml(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** A description's paragraphs are separated by blank lines. */
function descriptionHtml(description: string | null | undefined): string {
  if (!description) return '';
  return description
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${inlineHtml(paragraph)}</p>`)
    .join('');
}

function typeAnchor(name: string): string {
  return `type-${name}`;
}

function typeLink(type: GraphQLNamedType): string {
  return isSpecifiedScalarType(type)
    ? escapeHtml(type.name)
    : `<a href="#${typeAnchor(type.name)}">${escapeHtml(type.name)}</a>`;
}

/** `[Meeting!]!` with the named type linked. */
function typeReference(type: GraphQLType): string {
  if (isNonNullType(type)) return `${typeReference(type.ofType)}!`;
  if (isListType(type)) return `[${typeReference(type.ofType)}]`;
  return typeLink(type);
}

function deprecationHtml(reason: string | null | undefined): string {
  return reason === null || reason === undefined
    ? ''
    : `<p class="deprecated"><strong>Deprecated:</strong> ${inlineHtml(reason)}</p>`;
}

/** A field whose result union has a ForbiddenError member refuses with it; any other field with a FORBIDDEN error. */
function refusalOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  return isUnionType(type) && type.getTypes().some((member) => member.name === FORBIDDEN_ERROR_TYPE)
    ? 'a <code>ForbiddenError</code> result'
    : 'a <code>FORBIDDEN</code> error';
}

function accessHtml(field: GraphQLField<unknown, unknown>): string {
  const access = accessOf(field.extensions);
  if (!access) return '';
  const othersGet = access.othersGet === 'null' ? '<code>null</code>' : refusalOf(field);
  return `<p class="access"><strong>Needs:</strong> ${escapeHtml(access.callers)}. Others get ${othersGet}.</p>`;
}

function readersHtml(
  extensions: GraphQLField<unknown, unknown>['extensions'] | GraphQLNamedType['extensions'],
): string {
  const readers = readersOfExtensions(extensions);
  return readers ? `<p class="access"><strong>Readable by:</strong> ${escapeHtml(readers)}.</p>` : '';
}

function defaultValueOf(argument: GraphQLArgument | GraphQLInputField): string {
  return argument.defaultValue === undefined ? '' : ` = ${escapeHtml(JSON.stringify(argument.defaultValue))}`;
}

function argumentsHtml(args: readonly GraphQLArgument[]): string {
  if (args.length === 0) return '';
  const items = args.map(
    (argument) =>
      `<dt><code>${escapeHtml(argument.name)}: ${typeReference(argument.type)}${defaultValueOf(argument)}</code></dt><dd>${descriptionHtml(argument.description)}${deprecationHtml(argument.deprecationReason)}</dd>`,
  );
  return `<dl class="arguments">${items.join('')}</dl>`;
}

function fieldHtml(owner: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args.length > 0 ? `(${field.args.map((argument) => escapeHtml(argument.name)).join(', ')})` : '';
  return (
    `<dt id="${owner}.${field.name}"><code>${escapeHtml(field.name)}${args}: ${typeReference(field.type)}</code></dt>` +
    `<dd>${descriptionHtml(field.description)}${deprecationHtml(field.deprecationReason)}${accessHtml(field)}${readersHtml(field.extensions)}${argumentsHtml(field.args)}</dd>`
  );
}

function membersHtml(type: GraphQLNamedType): string {
  if (isObjectType(type) || isInterfaceType(type)) {
    return `<dl class="members">${Object.values(type.getFields())
      .map((field) => fieldHtml(type.name, field))
      .join('')}</dl>`;
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).map(
      (field) =>
        `<dt id="${type.name}.${field.name}"><code>${escapeHtml(field.name)}: ${typeReference(field.type)}${defaultValueOf(field)}</code></dt><dd>${descriptionHtml(field.description)}${deprecationHtml(field.deprecationReason)}</dd>`,
    );
    const oneOf = type.isOneOf ? '<p>Give exactly one of these fields (<code>@oneOf</code>).</p>' : '';
    return `${oneOf}<dl class="members">${fields.join('')}</dl>`;
  }
  if (isEnumType(type)) {
    const values = type
      .getValues()
      .map(
        (value) =>
          `<dt id="${type.name}.${value.name}"><code>${escapeHtml(value.name)}</code></dt><dd>${descriptionHtml(value.description)}${deprecationHtml(value.deprecationReason)}</dd>`,
      );
    return `<dl class="members">${values.join('')}</dl>`;
  }
  if (isUnionType(type)) return `<p>One of: ${type.getTypes().map(typeLink).join(', ')}.</p>`;
  if (isScalarType(type) && type.specifiedByURL)
    return `<p>Specified by <a href="${escapeHtml(type.specifiedByURL)}">${escapeHtml(type.specifiedByURL)}</a>.</p>`;
  return '';
}

function relationsHtml(schema: GraphQLSchema, type: GraphQLNamedType): string {
  if (isObjectType(type) && type.getInterfaces().length > 0)
    return `<p>Implements ${type.getInterfaces().map(typeLink).join(', ')}.</p>`;
  if (isInterfaceType(type)) return `<p>Implemented by ${schema.getPossibleTypes(type).map(typeLink).join(', ')}.</p>`;
  return '';
}

function typeHtml(schema: GraphQLSchema, type: GraphQLNamedType, kind: string): string {
  const access = accessOf(type.extensions);
  const declaredReaders = readersOfExtensions(type.extensions);
  const readers =
    declaredReaders ??
    (access?.callers === RULE_PER_OBJECT
      ? "callers this type's read rule allows for that object (the description says who)"
      : access?.callers);
  const othersGet = access
    ? '. Others get <code>null</code> from <code>node</code> and <code>nodes</code>, and a <code>FORBIDDEN</code> error elsewhere'
    : '';
  const readRule = readers
    ? `<p class="access"><strong>Readable by:</strong> ${escapeHtml(readers)}${othersGet}.</p>`
    : '';
  return `<article id="${typeAnchor(type.name)}"><h3>${escapeHtml(type.name)} <span class="kind">${kind}</span></h3>${descriptionHtml(type.description)}${relationsHtml(schema, type)}${readRule}${membersHtml(type)}</article>`;
}

function schemaTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter(
      (type) =>
        !type.name.startsWith('__') &&
        !isSpecifiedScalarType(type) &&
        !(OPERATION_ROOTS as readonly string[]).includes(type.name),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
}

function operationsHtml(schema: GraphQLSchema, root: (typeof OPERATION_ROOTS)[number]): string {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  if (!type) return '';
  const title = root === 'Query' ? 'Queries' : 'Mutations';
  return `<section id="${root}"><h2>${title}</h2>${descriptionHtml(type.description)}${membersHtml(type)}</section>`;
}

const PUBLIC_OPERATIONS = 'every caller: API keys, sessions and callers without credentials';

/** Queries and mutations grouped by the caller they need, so a partner sees at once what an API key can do. */
function operationsByCallerHtml(schema: GraphQLSchema): string {
  const groups = new Map<string, string[]>();
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const callers = accessOf(field.extensions)?.callers ?? PUBLIC_OPERATIONS;
      groups.set(callers, [
        ...(groups.get(callers) ?? []),
        `<a href="#${root?.name}.${field.name}"><code>${escapeHtml(field.name)}</code></a>`,
      ]);
    }
  }
  const publicFirst = [...groups].sort(([a], [b]) =>
    a === PUBLIC_OPERATIONS ? -1 : b === PUBLIC_OPERATIONS ? 1 : a.localeCompare(b),
  );
  const rows = publicFirst.map(
    ([callers, operations]) => `<tr><td>${escapeHtml(callers)}</td><td>${operations.join(', ')}</td></tr>`,
  );
  return `<p>Who may call which query and mutation (some public ones still hide parts of their answer, as their fields say):</p>
<table><tr><th>needs</th><th>operations</th></tr>${rows.join('')}</table>`;
}

/** The reference page for a schema, stating the limits it is served with. */
export function renderReference(options: { schema: GraphQLSchema; limits: ReferenceLimits }): string {
  const { schema } = options;
  const types = schemaTypes(schema);
  const conventions = conventionsHtml(options.limits);
  const groups = KINDS.map((kind) => ({ ...kind, types: types.filter((type) => kind.is(type)) })).filter(
    (group) => group.types.length > 0,
  );

  const navigation = `<nav><strong>${REFERENCE_TITLE}</strong>
<ul><li><a href="#conventions">Conventions</a><ul>${CONVENTION_SECTIONS.map((section) => `<li><a href="#${section.id}">${section.title}</a></li>`).join('')}</ul></li>
<li><a href="#Query">Queries</a></li><li><a href="#Mutation">Mutations</a></li>
${groups.map((group) => `<li><a href="#${group.id}">${group.title}</a><ul>${group.types.map((type) => `<li>${typeLink(type)}</li>`).join('')}</ul></li>`).join('\n')}</ul></nav>`;

  const generated: Partial<Record<(typeof CONVENTION_SECTIONS)[number]['id'], string>> = {
    authentication: operationsByCallerHtml(schema),
  };
  const conventionSections = CONVENTION_SECTIONS.map(
    (section) =>
      `<section id="${section.id}"><h3>${section.title}</h3>${conventions[section.id]}${generated[section.id] ?? ''}</section>`,
  ).join('\n');
  const typeSections = groups
    .map(
      (group) =>
        `<section id="${group.id}"><h2>${group.title}</h2>${group.types.map((type) => typeHtml(schema, type, group.title.toLowerCase().replace(/s$/, ''))).join('\n')}</section>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${REFERENCE_TITLE}</title>
<style>${STYLE}</style>
</head>
<body>
${navigation}
<main>
<h1>${REFERENCE_TITLE}</h1>
<p>The GraphQL API of Plenary at <code>/graphql</code>, rendered from the schema it serves. The schema itself ships in
the SDK as <code>@plenary/sdk/schema.graphql</code> for your own code generation (introspection is off in production).
Fields are non-null unless their type lacks the <code>!</code>.</p>
<section id="conventions"><h2>Conventions</h2>
${conventionSections}
</section>
${operationsHtml(schema, 'Query')}
${operationsHtml(schema, 'Mutation')}
${typeSections}
</main>
</body>
</html>
`;
}
