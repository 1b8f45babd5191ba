// Options page entry: wiring only.
import { render } from 'preact';
import '../shared/extension-page.css';
import './options.css';
import { localizeDocument } from '../shared/extension-page.ts';
import { Options } from './components/Options.tsx';

localizeDocument(document, 'optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
