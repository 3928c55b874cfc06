import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';

export const TOTAL_COUNT_DESCRIPTION = 'How many items the whole list holds (with the same filters), not just this page.';

/**
 * The Prisma plugin adds `totalCount` to connections without a description and offers no option for one, so this
 * plugin gives every such field the same description partners read in the reference.
 */
export class TotalCountDescriptionPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.description || !fieldConfig.extensions?.pothosPrismaTotalCount) return fieldConfig;
    return { ...fieldConfig, description: TOTAL_COUNT_DESCRIPTION };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos declares its plugins in this global namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      totalCountDescription: TotalCountDescriptionPlugin<Types>;
    }
  }
}

export const TOTAL_COUNT_DESCRIPTION_PLUGIN = 'totalCountDescription';

SchemaBuilder.registerPlugin(TOTAL_COUNT_DESCRIPTION_PLUGIN, TotalCountDescriptionPlugin);
