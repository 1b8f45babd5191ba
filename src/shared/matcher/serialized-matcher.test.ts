/**
 * The base64 of the serialized matcher: what `encodeArray` writes is standard base64 of the array's
 * bytes (padding included), and reads back as the same array.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUint16, decodeUint32, encodeArray } from './serialized-matcher.ts';

const base64Of = (array: Uint16Array | Uint32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');

describe('encodeArray', () => {
  it('writes standard base64 of 16-bit arrays, whatever their length, and reads them back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 50 }), (values) => {
        const array = Uint16Array.from(values);
        const encoded = encodeArray(array);
        expect(encoded).toBe(base64Of(array));
        expect([...decodeUint16(encoded)]).toEqual(values);
      }),
    );
  });

  it('writes standard base64 of 32-bit arrays and views into a larger buffer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 50 }),
        fc.nat(3),
        (values, skip) => {
          const whole = Uint32Array.from([7, 7, 7, ...values]);
          const view = whole.subarray(skip);
          const encoded = encodeArray(view);
          expect(encoded).toBe(base64Of(view));
          expect([...decodeUint32(encoded)]).toEqual([...view]);
        },
      ),
    );
  });
});
