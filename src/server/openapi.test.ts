import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pruneUnusedInputSchemas } from './openapi';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

test('unreferenced input twins are dropped; referenced ones and what they refer to are kept', () => {
  const doc = {
    openapi: '3.1.0',
    paths: { '/a': { post: { requestBody: { content: { 'application/json': { schema: ref('OrderInput') } } }, responses: { 200: ref('Order') } } } },
    components: {
      schemas: {
        Order: { properties: { line: ref('Line') } },
        Line: {},
        OrderInput: { properties: { line: ref('LineInput') } },
        LineInput: {},
        Error: {},
        ErrorInput: {},
        UnusedInput: {},
      },
    },
  };
  pruneUnusedInputSchemas(doc);
  assert.deepEqual(Object.keys(doc.components.schemas).sort(), ['Error', 'Line', 'LineInput', 'Order', 'OrderInput']);
});

test('a document without components is returned as is', () => {
  const doc = { openapi: '3.1.0', paths: {} };
  assert.deepEqual(pruneUnusedInputSchemas(doc), { openapi: '3.1.0', paths: {} });
});
