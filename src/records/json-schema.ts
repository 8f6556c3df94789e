import { z } from 'zod';
import { PlanDocument } from './schema.js';

/** The JSON Schema of the output, generated from the zod schema (the source of truth). */
export function planDocumentJsonSchema(): object {
  return {
    $id: 'https://github.com/plan-import/plan-import/schemas/plan-document.schema.json',
    title: 'PlanDocument',
    description: 'What plan-import prints for one input file (record contract version 1).',
    ...z.toJSONSchema(PlanDocument, { target: 'draft-2020-12' }),
  };
}

export function planDocumentJsonSchemaText(): string {
  return JSON.stringify(planDocumentJsonSchema(), null, 2) + '\n';
}
