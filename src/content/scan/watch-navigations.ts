/**
 * Same-document navigations (history API): `popstate` everywhere, and the Navigation API's
 * `navigatesuccess` where the engine has it, which also sees the page's own `pushState` calls.
 */
type NavigationWindow = Window & { navigation?: EventTarget };

export function watchNavigations(win: Window, onNavigate: () => void, signal: AbortSignal): void {
  win.addEventListener('popstate', onNavigate, { signal });
  (win as NavigationWindow).navigation?.addEventListener('navigatesuccess', onNavigate, { signal });
}
