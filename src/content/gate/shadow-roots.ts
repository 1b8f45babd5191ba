/**
 * The open shadow roots under a root, and the custom elements that have none yet (they often attach
 * one later: `late-shadow-roots.ts`). A page's `textContent` does not include shadow trees, so the
 * gate reads these apart. By property and tag name only: nothing here forces style or layout.
 */
export interface ShadowScan {
  roots: ShadowRoot[];
  /** Custom elements (a hyphen in the name, https://html.spec.whatwg.org/#valid-custom-element-name) without one. */
  bare: Element[];
}

export function findShadowRoots(root: ParentNode, found: ShadowScan = { roots: [], bare: [] }): ShadowScan {
  for (const element of root.querySelectorAll('*')) {
    const shadowRoot = element.shadowRoot;
    if (shadowRoot) {
      found.roots.push(shadowRoot);
      findShadowRoots(shadowRoot, found);
    } else if (element.localName.includes('-')) {
      found.bare.push(element);
    }
  }
  return found;
}
