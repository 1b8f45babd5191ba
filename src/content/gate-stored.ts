// Registered by the background (watch-lens-gate.ts) to run at document_start, before the gate, only
// while knowledge packs or captured quotes are stored: it tells the gate to read the stored gate.
import { GATE_STORED_FLAG } from '../shared/lens-gate.ts';

(globalThis as Record<string, unknown>)[GATE_STORED_FLAG] = true;
