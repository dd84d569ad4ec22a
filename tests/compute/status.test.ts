import { describe, expect, it } from 'vitest';
import { replyState } from '../../src/compute/status.ts';

describe('replyState', () => {
  it.each([
    { figures: { offences: 20 }, expected: { responded: true, status: 'replied', ranked: true } },
    { figures: { responded: true }, expected: { responded: true, status: 'replied', ranked: true } },
    { figures: { responded: false }, expected: { responded: false, status: 'no-reply', ranked: false } },
    { figures: { status: 'refused' as const }, expected: { responded: false, status: 'refused', ranked: false } },
    { figures: { status: 'not-held' as const, responded: true }, expected: { responded: false, status: 'not-held', ranked: false } },
    { figures: { status: 'partial' as const, offences: 19 }, expected: { responded: true, status: 'partial', ranked: false } },
    { figures: { status: 'partial' as const, responded: false }, expected: { responded: false, status: 'no-reply', ranked: false } },
  ])('$figures → $expected.status', ({ figures, expected }) => {
    expect(replyState(figures)).toEqual(expected);
  });
});
