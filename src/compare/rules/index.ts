import type { Rule } from '../rule.js';
import antonymSwap from './antonym-swap.js';
import attributionMismatch from './attribution-mismatch.js';
import dateMismatch from './date-mismatch.js';
import entitySubstitution from './entity-substitution.js';
import locationMismatch from './location-mismatch.js';
import equipmentRole from './equipment-role.js';
import modalityMismatch from './modality-mismatch.js';
import negationPolarity from './negation-polarity.js';
import numericMismatch from './numeric-mismatch.js';
import ordinalScope from './ordinal-scope.js';
import paraphrase from './paraphrase.js';
import quoteWording from './quote-wording.js';
import weekdayMismatch from './weekday-mismatch.js';
import wordSubstitution from './word-substitution.js';

/** Every comparison rule. The judge runs them all; `paraphrase` speaks only when no other rule did. */
export const RULES: readonly Rule[] = [
  ordinalScope,
  numericMismatch,
  dateMismatch,
  weekdayMismatch,
  equipmentRole,
  entitySubstitution,
  locationMismatch,
  attributionMismatch,
  quoteWording,
  negationPolarity,
  antonymSwap,
  wordSubstitution,
  modalityMismatch,
  paraphrase,
];
