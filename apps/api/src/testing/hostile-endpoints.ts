import type { Method } from './hostile-senders';

/** The little of an OpenAPI document an attack needs (SwaggerModule's document, or /api/docs-json). */
export interface OpenApiDocument {
  paths: Record<string, object>;
  components?: { schemas?: Record<string, unknown> };
}

export interface Field {
  name: string;
  type?: string;
  format?: string;
  enum?: string[];
}

export interface Endpoint {
  method: Method;
  /** The OpenAPI template, e.g. /api/sandbox/messages/{id}. */
  path: string;
  pathParameters: string[];
  queryParameters: Field[];
  /** The request body DTO's properties; empty when the endpoint documents none. */
  bodyFields: Field[];
  /** Real values for some path parameters, so that the attack gets past the 404 of an unknown id. */
  known?: Record<string, string>;
}

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}
interface Operation {
  parameters?: { in?: string; name?: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const METHODS: readonly string[] = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, with the names of its path, query and body inputs. */
export function endpointsOf(document: OpenApiDocument): Endpoint[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations as Record<string, Operation>)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({
        method: method as Method,
        path,
        pathParameters: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string),
        queryParameters: (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'query' && typeof parameter.name === 'string')
          .map((parameter) => fieldOf(parameter.name as string, resolve(document, parameter.schema))),
        bodyFields: propertiesOf(document, operation.requestBody?.content?.['application/json']?.schema),
      })),
  );
}

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  const name = schema?.$ref?.replace('#/components/schemas/', '');
  return name ? (document.components?.schemas?.[name] as Schema | undefined) : schema;
}

function propertiesOf(document: OpenApiDocument, root: Schema | undefined): Field[] {
  const fields = new Map<string, Field>();
  const pending: (Schema | undefined)[] = [root];
  while (pending.length > 0) {
    const schema = resolve(document, pending.pop());
    if (!schema) continue;
    pending.push(...(schema.allOf ?? []));
    for (const [name, property] of Object.entries(schema.properties ?? {})) fields.set(name, fieldOf(name, resolve(document, property)));
  }
  return [...fields.values()];
}

function fieldOf(name: string, schema: Schema | undefined): Field {
  const values = schema?.enum?.filter((value): value is string => typeof value === 'string');
  return { name, type: schema?.type, format: schema?.format, ...(values?.length ? { enum: values } : {}) };
}

const DATE_NAME = /^(at|date|day|from|to|since|until)$|(At|Date|_at|_date)$/;
const NUMBER_NAME = /^(limit|count|hours|days|minutes|year|amount)$|Cents$/;
const CURSOR_NAME = /^(after|before|cursor|next|page)$/i;

export const isDateField = (field: Field) => DATE_NAME.test(field.name) || field.format === 'date' || field.format === 'date-time';
export const isNumberField = (field: Field) => field.type === 'integer' || field.type === 'number' || NUMBER_NAME.test(field.name);
export const isCursorField = (field: Field) => CURSOR_NAME.test(field.name);
export const hasBody = (endpoint: Endpoint) => endpoint.method === 'post' || endpoint.method === 'put' || endpoint.method === 'patch';
