export { applyDecisions, openConflicts } from './apply.js';
export { emptyDecisions, serializeDecisions, upsertDecision } from './store.js';
