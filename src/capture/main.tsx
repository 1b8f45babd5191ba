// Capture page entry: wiring only. Opened by the background with a draft id when the user captures a selection.
import { render } from 'preact';
import '../shared/extension-page.css';
import './capture.css';
import { localizeDocument } from '../shared/extension-page.ts';
import { CapturePage } from './components/CapturePage.tsx';

localizeDocument(document, 'captureTitle');
const root = document.getElementById('app');
if (root) render(<CapturePage search={location.search} />, root);
