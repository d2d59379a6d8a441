/**
 * Large open-data files as streams of text: an endpoint returns `new Response(textStream(…))`,
 * and no file is ever one JavaScript string (UTF-16, twice its size in UTF-8) next to its bytes.
 * At N = 5,000 goals `plan.json` is 137 MB.
 */

/** The chunks as UTF-8 bytes, one chunk per read. */
export function textStream(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.iterator]();
  const utf8 = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(utf8.encode(next.value));
    },
    cancel() {
      iterator.return?.();
    },
  });
}

const indent = (json: string, by: string) => json.replaceAll('\n', `\n${by}`);

/**
 * `JSON.stringify(value, null, 2)` of a plain object, one top-level entry at a time, and one item
 * at a time for a top-level array. JSON.stringify writes no line break inside a string, so each
 * piece is indented by its line breaks alone.
 */
export function* prettyJsonChunks(value: Record<string, unknown>): Generator<string> {
  // What JSON.stringify leaves out of an object (undefined, functions) is left out here too.
  const entries = Object.entries(value).flatMap(([key, item]): ({ key: string; items: unknown[] } | { key: string; json: string })[] => {
    if (Array.isArray(item)) return [{ key, items: item as unknown[] }];
    const json = JSON.stringify(item, null, 2);
    return json === undefined ? [] : [{ key, json }];
  });
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [index, entry] of entries.entries()) {
    const start = `${index === 0 ? '\n' : ',\n'}  ${JSON.stringify(entry.key)}: `;
    if ('json' in entry) yield start + indent(entry.json, '  ');
    else if (entry.items.length === 0) yield `${start}[]`;
    else {
      yield `${start}[`;
      for (const [at, element] of entry.items.entries()) {
        // In an array, JSON.stringify writes null for what it would leave out of an object.
        yield `${at === 0 ? '\n' : ',\n'}    ${indent(JSON.stringify(element, null, 2) ?? 'null', '    ')}`;
      }
      yield '\n  ]';
    }
  }
  yield '\n}';
}
