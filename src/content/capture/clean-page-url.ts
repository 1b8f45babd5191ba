/**
 * The address a captured fact cites: the page itself, without its fragment (a place in the page, not
 * another page) or the parameters that only say how the reader arrived (campaign and click ids).
 * https://en.wikipedia.org/wiki/UTM_parameters
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src)$/i;

export function cleanPageUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  // The query is split by hand: in a Firefox content script (ESR 140, 2026-12) the iterators of
  // `searchParams` throw "not iterable", as Xray-wrapped iterators do.
  // https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Sharing_objects_with_page_scripts
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING.test(pair.split('=')[0] ?? ''));
  // An emptied query leaves no bare "?" behind.
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href;
}
