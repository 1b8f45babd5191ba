import { describe, expect, it } from 'vitest';
import { moduleOfLine, timeByModule } from './startup-profile.ts';
import type { TraceEvent } from './trace-events.ts';

const BUNDLE = [
  '(function() {',
  '\t// node_modules/webextension-polyfill/dist/browser-polyfill.js',
  '\tvar a = 1;',
  '\t// src/shared/settings.ts',
  '\tfunction read() {}',
  '})();',
].join('\n');

describe('moduleOfLine', () => {
  it('names the module whose marker comment comes last before the line', () => {
    const of = moduleOfLine(BUNDLE);
    expect(of(0)).toMatch(/^top level/);
    expect(of(2)).toBe('node_modules/webextension-polyfill/dist/browser-polyfill.js');
    expect(of(4)).toBe('src/shared/settings.ts');
  });
});

describe('timeByModule', () => {
  it('counts each sample to the innermost frame of ours, API calls included, and nothing else', () => {
    const chunk: TraceEvent = {
      name: 'ProfileChunk',
      cat: 'cpu',
      ph: 'P',
      pid: 1,
      tid: 1,
      ts: 0,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: {} },
              { id: 2, parent: 1, callFrame: { url: 'ext://x/index.js', lineNumber: 4 } },
              { id: 3, parent: 2, callFrame: { url: '', functionName: 'sendMessage' } },
              { id: 4, parent: 1, callFrame: { url: 'http://page/app.js' } },
            ],
            samples: [2, 3, 4],
          },
          timeDeltas: [1000, 2000, 4000],
        },
      },
    };
    const totals = timeByModule([chunk], 'ext://x', new Map([['index.js', moduleOfLine(BUNDLE)]]));
    expect([...totals]).toEqual([['index.js: src/shared/settings.ts', 3]]);
  });
});
