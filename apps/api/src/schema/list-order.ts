import { builder } from '../builder.ts';
import { ORDER_BOUND_CURSORS } from '../connections/order-bound-cursors.ts';

// `orderBy` on the lists partners page through: `{ field, direction }`, one input and one field enum per node type
// (`StateOrder`, `StateOrderField`), its default the list's order before `orderBy` existed. Each order ends with the
// row's ID, so rows that tie keep one order from page to page. Cursors are bound to the order they were read in.

type Direction = 'ASC' | 'DESC';

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Which way a list is ordered by its `orderBy` field.',
  values: {
    ASC: { description: 'Ascending: A to Z, earliest first.' },
    DESC: { description: 'Descending: Z to A, latest first.' },
  },
});

interface OrderField<OrderBy> {
  description: string;
  /** The Prisma order for this field in this direction, ending with a unique column. */
  orderBy: (direction: 'asc' | 'desc') => OrderBy[];
}

export function listOrder<Field extends string, OrderBy>(options: {
  node: string;
  fields: Record<Field, OrderField<OrderBy>>;
  defaultOrder: { field: NoInfer<Field>; direction: Direction };
}) {
  const fieldNames = Object.keys(options.fields) as Field[];
  const FieldEnum = builder.enumType(`${options.node}OrderField`, {
    description: `What a list of ${options.node} items can be ordered by.`,
    values: Object.fromEntries(
      fieldNames.map((name) => [name, { description: options.fields[name].description }]),
    ) as Record<Field, { description: string }>,
  });
  const OrderInput = builder.inputType(`${options.node}Order`, {
    description: `The order of a list of ${options.node} items: a field and a direction; items that tie are ordered by their ID.`,
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true, description: 'What to order by.' }),
      direction: t.field({ type: OrderDirectionEnum, required: true, description: 'Ascending or descending.' }),
    }),
  });
  const { field, direction } = options.defaultOrder;
  return {
    /** The `orderBy` argument's options, and the mark that binds the field's cursors to it. */
    arg: {
      type: OrderInput,
      required: true,
      defaultValue: options.defaultOrder,
      description:
        `The order of the list (default: ${field} ${direction}). A cursor is valid in the order it was read in only: ` +
        'passed with another `orderBy`, it is refused with BAD_USER_INPUT.',
    } as const,
    extensions: ORDER_BOUND_CURSORS,
    /** Prisma's orderBy for the order asked. */
    prismaOrderBy: (order: { field: Field; direction: Direction }): OrderBy[] =>
      options.fields[order.field].orderBy(order.direction === 'ASC' ? 'asc' : 'desc'),
    isDefault: (order: { field: Field; direction: Direction }): boolean =>
      order.field === field && order.direction === direction,
  };
}
