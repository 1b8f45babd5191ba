/**
 * The two scripts the gate has loaded into a frame once a company can be named there (the gate is
 * the only script the manifest runs everywhere: `src/content/gate/`). Built as self-contained files
 * (`scripts/injected-scripts.ts`, no loader, no web-accessible resource a page could probe) and
 * injected with `scripting.executeScript` (inject-lens.ts).
 */
export const INJECTED_SCRIPTS = {
  /** The scanner, the marks and the page session. */
  lens: { source: 'src/content/lens-script.ts', file: 'src/content/lens-script.js' },
  /** The hover card, asked for by the lens when it finds its first mention. */
  card: { source: 'src/content/card-script.ts', file: 'src/content/card-script.js' },
  /** Not injected but registered, before the gate, while packs or captures are stored (watch-lens-gate.ts). */
  gateStored: { source: 'src/content/gate-stored.ts', file: 'src/content/gate-stored.js' },
} as const;
