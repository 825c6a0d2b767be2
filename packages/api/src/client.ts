// Types only: clients import this module, whose graph must contain no server code.
export type { AppRouter, RouterInputs, RouterOutputs } from './root.js';
