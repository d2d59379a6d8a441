/**
 * `content/installningar.yml` in the editors' check: the same validation as the build
 * (src/lib/site-settings.ts), reported on the file's lines, so a mistake shows in `npm run check`
 * and in a pull request instead of only stopping the build.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, visit } from 'yaml';
import { fieldsAt } from '../schemas/introspect.ts';
import { SiteSettingsSchema } from '../schemas/site-settings.ts';
import { indexYaml, lineOfPath, pathKey } from './yaml-positions.ts';
import { error, type CheckIssue, type IssueCode } from '../plan/issues.ts';
import { swedishErrorMap } from '../plan/zod-error-map.ts';
import { toPath } from '../plan/zod-messages.ts';

export const SETTINGS_NAME = 'installningar.yml';

const CODES: Record<string, IssueCode> = {
  invalid_value: 'unknown-value',
  invalid_type: 'wrong-type',
  too_small: 'too-small',
  custom: 'wrong-format',
};

export async function checkSettings(contentDir: string, root: string): Promise<CheckIssue[]> {
  const path = join(contentDir, SETTINGS_NAME);
  if (!existsSync(path)) return [];
  const file = relative(root, path);
  const lineCounter = new LineCounter();
  const doc = parseDocument(await readFile(path, 'utf8'), { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return doc.errors.map((problem) => error({
      file, line: lineCounter.linePos(problem.pos[0]).line, code: 'broken-yaml',
      message: `Raden går inte att läsa som YAML (${problem.message.split('\n')[0]}). Jämför med exemplen i filens kommentarer.`,
    }));
  }
  const positions = indexYaml(doc.contents, lineCounter, 0);
  // No aliases (`*namn`), as in the build (src/publishing/site-settings.ts): `toJS` refuses them.
  let alias: number | undefined;
  visit(doc, { Alias: (_, node) => { alias ??= node.range?.[0]; } });
  if (alias !== undefined) {
    return [error({
      file, line: lineCounter.linePos(alias).line, code: 'broken-yaml',
      message: 'Raden hänvisar till ett annat värde (`*namn`), och det går inte i inställningarna. Skriv ut värdet i stället.',
    })];
  }
  // `reportInput`, so that a value of the wrong type is not taken for a missing one below.
  const result = SiteSettingsSchema.safeParse(doc.toJS() ?? {}, { error: swedishErrorMap, reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const fieldPath = toPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(SiteSettingsSchema, fieldPath);
      return issue.keys.map((key) => error({
        file, line: lineOfPath(positions, [...fieldPath, key]), code: 'unknown-field', field: pathKey([...fieldPath, key]),
        message: `Fältet \`${key}\` finns inte i inställningarna. Fälten som finns är ${allowed.map((name) => `\`${name}\``).join(', ')}.`,
      }));
    }
    const code = issue.code === 'invalid_type' && issue.input === undefined ? 'missing-field' : (CODES[issue.code] ?? 'invalid-value');
    return [error({ file, line: lineOfPath(positions, fieldPath), code, field: pathKey(fieldPath) || undefined, message: issue.message })];
  });
}
