/**
 * The JSDoc written on each schema field, for content authors, carried into the JSON
 * Schemas as `description` so that an editor shows it on hover. Read from the schema
 * sources with the TypeScript parser, so the text lives in one place: the schema file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type TypeScript from 'typescript';

// The TypeScript parser is large (half a second to load): loaded only when schemas are written.
let typescript: typeof TypeScript | undefined;
const tsApi = () => (typescript ??= createRequire(import.meta.url)('typescript') as typeof TypeScript);

/** The fields of one object literal: their docs, and where their own fields are described. */
interface ObjectDocs {
  [field: string]: { doc?: string; fields?: ObjectDocs | string };
}

/** `const XSchema = z.object({…})` → its field docs; nested literals inline, references by name. */
export function readSchemaDocs(dir: string): Map<string, ObjectDocs> {
  const ts = tsApi();
  const out = new Map<string, ObjectDocs>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild((statement) => {
      if (!ts.isVariableStatement(statement)) return;
      for (const decl of statement.declarationList.declarations) {
        const literal = decl.initializer && firstObjectLiteral(decl.initializer);
        if (ts.isIdentifier(decl.name) && literal) out.set(decl.name.text, docsOf(literal));
      }
    });
  }
  return out;
}

function docsOf(literal: TypeScript.ObjectLiteralExpression): ObjectDocs {
  const ts = tsApi();
  const docs: ObjectDocs = {};
  for (const prop of literal.properties) {
    if (!ts.isPropertyAssignment(prop) || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
    const doc = ts.getJSDocCommentsAndTags(prop).map((d) => (ts.isJSDoc(d) ? ts.getTextOfJSDocComment(d.comment) : '')).join(' ').trim();
    const nested = firstObjectLiteral(prop.initializer);
    const reference = firstSchemaReference(prop.initializer);
    docs[prop.name.text] = { ...(doc ? { doc } : {}), ...(nested ? { fields: docsOf(nested) } : reference ? { fields: reference } : {}) };
  }
  return docs;
}

/** The object literal passed to the first `z.object(…)` in an expression, if any. */
function firstObjectLiteral(node: TypeScript.Node): TypeScript.ObjectLiteralExpression | undefined {
  const ts = tsApi();
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'object') {
    const arg = node.arguments[0];
    if (arg && ts.isObjectLiteralExpression(arg)) return arg;
  }
  return ts.forEachChild(node, firstObjectLiteral);
}

function firstSchemaReference(node: TypeScript.Node): string | undefined {
  const ts = tsApi();
  if (ts.isIdentifier(node) && /Schema$/.test(node.text)) return node.text;
  return ts.forEachChild(node, firstSchemaReference);
}

type JsonSchema = { [key: string]: unknown };

/** Sets `description` on each property of a JSON Schema from the docs of `root`. */
export function describe(schema: JsonSchema, root: string, all: Map<string, ObjectDocs>): void {
  const visit = (node: unknown, docs: ObjectDocs | string | undefined): void => {
    if (!node || typeof node !== 'object') return;
    const fields = typeof docs === 'string' ? all.get(docs) : docs;
    const n = node as JsonSchema;
    for (const key of ['anyOf', 'oneOf', 'allOf']) (n[key] as unknown[] | undefined)?.forEach((b) => visit(b, docs));
    if (n.items) visit(n.items, docs);
    const props = n.properties as Record<string, JsonSchema> | undefined;
    if (!props || !fields) return;
    for (const [key, child] of Object.entries(props)) {
      const field = fields[key];
      if (field?.doc) child.description = field.doc;
      visit(child, field?.fields);
    }
  };
  visit(schema, root);
}

/** The `collections` table of src/schema/index.ts: collection name → its schema constant. */
export function readCollectionRoots(indexFile: string): Map<string, string> {
  const ts = tsApi();
  const out = new Map<string, string>();
  const source = ts.createSourceFile('index.ts', readFileSync(indexFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: TypeScript.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'collections') {
      const literal = node.initializer && findLiteral(node.initializer);
      for (const prop of literal?.properties ?? []) {
        if (ts.isPropertyAssignment(prop) && ts.isIdentifier(prop.initializer)) {
          const key = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : undefined;
          if (key) out.set(key, prop.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function findLiteral(node: TypeScript.Node): TypeScript.ObjectLiteralExpression | undefined {
  const ts = tsApi();
  if (ts.isObjectLiteralExpression(node)) return node;
  return ts.forEachChild(node, findLiteral);
}
