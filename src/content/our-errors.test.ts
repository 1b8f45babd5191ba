import { expect, it } from 'vitest';
import { describeError, reportOurError, sendOurErrorsWith } from './our-errors.ts';

it('keeps errors reported before the sender is installed, a few at most, then sends them', () => {
  const world = {};
  for (let i = 0; i < 25; i++) reportOurError(new Error(`early ${i}`), world);
  const sent: unknown[] = [];
  sendOurErrorsWith((error) => sent.push(error), world);
  expect(sent).toHaveLength(20);
  reportOurError('late', world);
  expect(sent.at(-1)).toBe('late');
});

it('describes an error with its name, message and stack', () => {
  const error = new TypeError('no such thing');
  expect(describeError(error)).toMatch(/^TypeError: no such thing\n.*our-errors\.test/s);
  expect(describeError('plain')).toBe('plain');
});
