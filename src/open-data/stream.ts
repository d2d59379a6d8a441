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
  const entries = Object.entries(value).flatMap(([key, item]) => {
    const json = Array.isArray(item) ? item : JSON.stringify(item, null, 2);
    return json === undefined ? [] : [{ key, item, json }];
  });
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [index, { key, item, json }] of entries.entries()) {
    const separator = index === 0 ? '\n' : ',\n';
    if (!Array.isArray(item) || item.length === 0) {
      yield `${separator}  ${JSON.stringify(key)}: ${Array.isArray(item) ? '[]' : indent(json as string, '  ')}`;
      continue;
    }
    yield `${separator}  ${JSON.stringify(key)}: [`;
    for (const [at, element] of item.entries()) {
      yield `${at === 0 ? '\n' : ',\n'}    ${indent(JSON.stringify(element, null, 2) ?? 'null', '    ')}`;
    }
    yield '\n  ]';
  }
  yield '\n}';
}
