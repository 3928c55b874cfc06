import {
  getNamedType,
  isAbstractType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/** What a document asks for: each field as `Type.field`, and every object type its fields can answer with. */
export interface Selection {
  fields: ReadonlySet<string>;
  answerTypes: ReadonlySet<string>;
}

// Apollo keeps one parsed document per query text, so a repeated query is walked once.
const selections = new WeakMap<DocumentNode, Selection>();

/** Walks the whole document; an interface or union stands for each type that may answer for it (`node` for `User`). */
export function selectionOf(schema: GraphQLSchema, document: DocumentNode): Selection {
  const known = selections.get(document);
  if (known) return known;
  const fields = new Set<string>();
  const answerTypes = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: () => {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field) return;
        fields.add(`${parent.name}.${field.name}`);
        const type = getNamedType(field.type);
        if (isAbstractType(type)) for (const possible of schema.getPossibleTypes(type)) answerTypes.add(possible.name);
        else answerTypes.add(type.name);
      },
    }),
  );
  const selection = { fields, answerTypes };
  selections.set(document, selection);
  return selection;
}
