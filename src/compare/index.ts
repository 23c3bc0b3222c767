export { compare, judgePair, ruleContext, wordDiff, comparisonId, claimRef, type Judgement } from './judge.js';
export { defineRule, type Rule, type RuleContext, type RuleResult } from './rule.js';
export { RULES } from './rules/index.js';
