// Source reader entry: wiring only. Opened by the background when a card's "Read it in the article" is used.
import { render } from 'preact';
import '../shared/extension-page.css';
import './reader.css';
import { localizeDocument } from '../shared/extension-page.ts';
import { Reader } from './components/Reader.tsx';

localizeDocument(document, 'readerTitle');
const root = document.getElementById('app');
if (root) render(<Reader search={location.search} />, root);
