/**
 * Where each value of a parsed YAML front matter sits in its file, so editors' messages can name
 * the line to change. Pure: takes a parsed `yaml` document, returns plain maps.
 */
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export type PathKey = string | number;

/** A plain value in the front matter, with its source text as the editor wrote it. */
export interface ScalarAt {
  path: PathKey[];
  line: number;
  /** The text as written, e.g. `2018-02-31` even where YAML read a date. */
  source: string;
  value: unknown;
}

export interface YamlPositions {
  /** File line of every key and list item, keyed by its dotted path (`sources.0.url`). */
  lines: Map<string, number>;
  scalars: ScalarAt[];
}

export const pathKey = (path: readonly PathKey[]) => path.join('.');

/**
 * Walks the document. `lineOffset` is the number of file lines above the YAML text (the
 * opening `---`), so lines are those the editor sees.
 */
export function indexYaml(contents: unknown, lineCounter: LineCounter, lineOffset: number): YamlPositions {
  const lines = new Map<string, number>();
  const scalars: ScalarAt[] = [];
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

  const walk = (node: unknown, path: PathKey[], line: number) => {
    if (isScalar(node)) {
      const source = typeof node.source === 'string' ? node.source : String(node.value);
      scalars.push({ path, line: node.range ? lineAt(node.range[0]) : line, source, value: node.value });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const keyLine = pair.key.range ? lineAt(pair.key.range[0]) : line;
        lines.set(pathKey([...path, key]), keyLine);
        walk(pair.value, [...path, key], keyLine);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemLine = (item as Node | null)?.range ? lineAt((item as Node).range![0]) : line;
        lines.set(pathKey([...path, index]), itemLine);
        walk(item, [...path, index], itemLine);
      });
    }
  };
  walk(contents, [], 1 + lineOffset);
  return { lines, scalars };
}

/** The line of the deepest part of `path` that exists: a missing field points at its parent. */
export function lineOfPath(positions: YamlPositions, path: readonly PathKey[]): number | undefined {
  for (let end = path.length; end > 0; end--) {
    const line = positions.lines.get(pathKey(path.slice(0, end)));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** The line where a given value appears under a field, e.g. the id `saknas` inside `indicators`. */
export function lineOfValue(positions: YamlPositions, field: string, value: string): number | undefined {
  const [top, ...rest] = field.split('.');
  const hit = positions.scalars.find(
    (scalar) =>
      scalar.path[0] === top &&
      String(scalar.value) === value &&
      rest.every((part) => scalar.path.slice(1).includes(part)),
  );
  return hit?.line ?? lineOfPath(positions, [top ?? field]);
}
