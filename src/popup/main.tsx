// Popup entry: wiring only.
import { render } from 'preact';
import '../shared/extension-page.css';
import './popup.css';
import { localizeDocument } from '../shared/extension-page.ts';
import { Popup } from './components/Popup.tsx';
import { resolveTargetTabId } from './current-tab.ts';

localizeDocument(document, 'popupTitle');
const root = document.getElementById('app');
const mount = (tabId: number | undefined) => {
  if (root) render(<Popup tabId={tabId} locale={document.documentElement.lang} />, root);
};
resolveTargetTabId(location.search).then(mount, () => mount(undefined));
