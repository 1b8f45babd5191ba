// Content-script entry: wiring only. Runs in every frame of http(s) and file pages.
import { startCompanyLens } from './company-lens.ts';

startCompanyLens();
