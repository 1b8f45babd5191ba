/**
 * Adopts the `::highlight()` rules into open shadow roots that hold marks: the manifest's
 * content-script stylesheet styles the document, but document styles do not reach into shadow
 * trees. A constructed sheet, so no `<style>` element lands in the component. Aborting the signal
 * takes it out everywhere.
 */

type SheetHolder = Document | ShadowRoot;

export interface HighlightStylesheet {
  adoptInto(holder: SheetHolder): void;
}

/**
 * Firefox content scripts see page objects through Xray wrappers: a sheet built from the content
 * script's own constructor cannot be adopted by the page's document, so build it from the page's.
 */
function pageConstructor(win: Window & typeof globalThis): typeof CSSStyleSheet {
  const page = (win as typeof win & { wrappedJSObject?: typeof win }).wrappedJSObject;
  return (page?.CSSStyleSheet ?? win.CSSStyleSheet) as typeof CSSStyleSheet;
}

export function startHighlightStylesheet(
  win: Window & typeof globalThis,
  css: string,
  signal: AbortSignal,
): HighlightStylesheet {
  const holders = new Set<SheetHolder>();
  let sheet: CSSStyleSheet | undefined;
  try {
    const Sheet = pageConstructor(win);
    sheet = new Sheet();
    sheet.replaceSync(css);
  } catch {
    // No constructable stylesheets: marks stay in the index (the card works) but are not painted.
    sheet = undefined;
  }

  const adoptInto = (holder: SheetHolder) => {
    if (!sheet || signal.aborted || holders.has(holder)) return;
    try {
      holder.adoptedStyleSheets.push(sheet);
      holders.add(holder);
    } catch {
      // An engine without adoptable sheets: the marks are indexed but unpainted, the page untouched.
    }
  };

  signal.addEventListener(
    'abort',
    () => {
      for (const holder of holders) {
        const list = holder.adoptedStyleSheets;
        const at = list.indexOf(sheet as CSSStyleSheet);
        if (at >= 0) list.splice(at, 1);
      }
      holders.clear();
    },
    { once: true },
  );
  return { adoptInto };
}
