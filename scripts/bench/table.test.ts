import { describe, expect, it } from 'vitest';
import { markdownTable, type Table, textTable } from './table.ts';

const table: Table = {
  title: 'T',
  headers: ['Name', 'ms'],
  rows: [
    ['floor', '5.0'],
    ['a|b', '123'],
  ],
  leftColumns: 1,
};

describe('tables', () => {
  it('aligns text left and numbers right', () => {
    expect(textTable(table).split('\n')).toEqual([
      'T',
      'Name    ms',
      '-----  ---',
      'floor  5.0',
      'a|b    123',
    ]);
  });

  it('renders Markdown with alignment and escaped pipes', () => {
    expect(markdownTable(table).split('\n')).toEqual([
      '| Name | ms |',
      '| :-- | --: |',
      '| floor | 5.0 |',
      '| a\\|b | 123 |',
    ]);
  });
});
