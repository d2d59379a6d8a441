import { describe, expect, it } from 'vitest';
import { astroThreadPool } from '../../src/integrations/build-steps.ts';

describe('astroThreadPool', () => {
  it('gives Astro one libuv thread per core, two to four', () => {
    expect(astroThreadPool({}, 1)).toBe('2');
    expect(astroThreadPool({}, 2)).toBe('2');
    expect(astroThreadPool({}, 3)).toBe('3');
    expect(astroThreadPool({}, 4)).toBe('4');
    expect(astroThreadPool({}, 64)).toBe('4');
  });

  it('keeps a size someone set, and ignores an empty one', () => {
    expect(astroThreadPool({ UV_THREADPOOL_SIZE: '8' }, 2)).toBe('8');
    expect(astroThreadPool({ UV_THREADPOOL_SIZE: '' }, 2)).toBe('2');
  });
});
